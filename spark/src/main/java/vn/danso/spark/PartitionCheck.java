package vn.danso.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import vn.danso.admin.UnitCode;
import vn.danso.data.DataKey;
import vn.danso.data.DataValidator;
import vn.danso.data.Dataset;
import vn.danso.data.DatasetReport;
import vn.danso.indicator.Period;
import vn.danso.indicator.ReportedValue;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Finding;
import vn.danso.validation.Subject;

/**
 * The check of one group's figures on an executor (kiểm tra số liệu của một nhóm): reads its rows into the engine's
 * dataset, runs the engine with the group's tree, and keeps the findings the group owns.
 *
 * <p>This is the one place that turns Spark rows into the engine's input: each row's strings are read once per
 * distinct value (units, periods and keys repeat), its value goes straight into the dataset's columns. A row that
 * cannot be read becomes a {@link SparkRules#FIGURE_UNREADABLE} finding; the others are checked.
 */
final class PartitionCheck {
  private final ValidationSetup setup;
  private final int group;
  private final Dataset.Builder figures = Dataset.builder();
  private final List<Finding> unreadable = new ArrayList<>();
  private final Map<String, UnitCode> units = new HashMap<>();
  private final Map<String, Period> periods = new HashMap<>();
  private final Map<String, DataKey> keys = new HashMap<>();

  PartitionCheck(ValidationSetup setup, int group) {
    this.setup = setup;
    this.group = group;
  }

  /** The group checked. */
  int group() {
    return group;
  }

  /**
   * Reads a row in the shape {@code group, unit, period, key, value, decimals}; in a group of the tree, a row with
   * no unit only marks the group as one to check.
   */
  void add(Row row) {
    String unitText = row.getString(1);
    if (unitText == null && group >= 0) {
      return;
    }
    String periodText = row.getString(2);
    String keyText = row.getString(3);
    UnitCode unit = read(units, unitText, t -> UnitCode.tryParse(t));
    Period period = read(periods, periodText, t -> Period.tryParse(t));
    DataKey key = read(keys, keyText, t -> DataKey.tryParse(t));
    Integer decimals = row.isNullAt(5) ? null : row.getInt(5);
    if (unit == null || period == null || key == null || row.isNullAt(4)
        || (decimals != null && (decimals < 0 || decimals > ReportedValue.MAX_DECIMALS))) {
      if (group == UnitGroups.TOP && setup.groups().isBranch(unitText)) {
        return; // a province's row is read by two groups; its province's group reports it
      }
      unreadable.add(SparkRules.FIGURE_UNREADABLE.finding(Subject.of("row", unitText + "," + periodText + ","
          + keyText)).arg("unit", String.valueOf(unitText)).arg("period", String.valueOf(periodText))
          .arg("key", String.valueOf(keyText)).actual(why(unit, period, key, row.isNullAt(4), decimals)).build());
      return;
    }
    figures.add(unit, period, key, row.getDouble(4), decimals == null ? -1 : decimals);
  }

  private static <T> T read(Map<String, T> cache, String text, java.util.function.Function<String, Optional<T>> parse) {
    if (text == null) {
      return null;
    }
    T known = cache.get(text);
    if (known == null) {
      known = parse.apply(text).orElse(null);
      if (known != null) {
        cache.put(text, known);
      }
    }
    return known;
  }

  private static LocalizedText why(UnitCode unit, Period period, DataKey key, boolean noValue, Integer decimals) {
    if (unit == null) {
      return LocalizedText.of("mã đơn vị không hợp lệ (cần VN, 2, 3 hoặc 5 chữ số)",
          "the unit code is not valid (VN, 2, 3 or 5 digits expected)");
    }
    if (period == null) {
      return LocalizedText.of("kỳ không hợp lệ (ví dụ 2024, 2024Q1, 2024-01, 2021-2025)",
          "the period is not valid (e.g. 2024, 2024Q1, 2024-01, 2021-2025)");
    }
    if (key == null) {
      return LocalizedText.of("chỉ tiêu không hợp lệ (ví dụ births, births[male], SRB)",
          "the key is not valid (e.g. births, births[male], SRB)");
    }
    if (noValue) {
      return LocalizedText.of("không có giá trị (null)", "there is no value (null)");
    }
    return LocalizedText.of("số chữ số thập phân " + decimals + " không hợp lệ (0 đến 9)",
        "decimals " + decimals + " is not valid (0 to 9)");
  }

  /** Checks the rows read and adds the findings the group owns, as {@link FigureSchema#FINDINGS} rows. */
  void findings(List<Row> out) {
    for (Period period : setup.periods()) {
      figures.period(period);
    }
    DataValidator validator = setup.validator(group);
    DatasetReport report = validator.check(figures.build());
    for (Finding finding : unreadable) {
      out.add(FindingRows.of(finding));
    }
    for (Finding finding : report.toReport().findings()) {
      if (setup.groups().owns(group, finding)) {
        out.add(FindingRows.of(finding));
      }
    }
  }
}
