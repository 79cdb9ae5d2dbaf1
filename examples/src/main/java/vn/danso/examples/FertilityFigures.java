package vn.danso.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.Crosswalk;
import vn.danso.admin.CrosswalkLink;
import vn.danso.admin.Hierarchy;
import vn.danso.admin.Reaggregation;
import vn.danso.admin.UnitCode;
import vn.danso.data.DataCheckSet;
import vn.danso.data.DataKey;
import vn.danso.data.DataValidator;
import vn.danso.data.Dataset;
import vn.danso.indicator.Period;
import vn.danso.validation.ValidationReport;

/**
 * A year's published total fertility rates by province (children per woman) with each province's female average
 * population, as read from the statistics office's tables: the rates as a dataset with their printed decimals, their
 * validation, and their restatement for the provinces of another day through the hierarchy's crosswalk.
 *
 * <p>A total fertility rate is a sum of age-specific rates, each births over women of that age group, so the rate of
 * merged provinces is the women-weighted mean of their rates (exact when the age structure of women 15–49 is the same
 * in each) — never the plain mean. No provincial table of women 15–49 was found, so the weight is the female average
 * population, on the assumption printed with the restatement.
 */
final class FertilityFigures {
  /** One new province: its code and name, the old provinces it was formed from, its weight and its rate. */
  record Row(UnitCode code, String name, ImmutableSortedSet<UnitCode> from, OptionalDouble women, OptionalDouble tfr) {}

  /** What the restatement assumes, printed with it. */
  static final ImmutableList<String> ASSUMPTIONS_EN = ImmutableList.of(
      "a total fertility rate is 5 × Σ births / women over the 5-year groups of women 15–49, so the rate of merged "
          + "provinces is their rates weighted by their women 15–49 (exact when the age structure of those women is "
          + "the same in each old province)",
      "no provincial table of women 15–49 was found: each province's women 15–49 are taken as the same share of its "
          + "female average population of the year (published table E02.03-07), so the weight is the female average "
          + "population",
      "the rates are printed with one decimal, so a restated rate carries ± 0.05 of that rounding",
      "the 2025 mergers joined whole provinces (Nghị quyết 202/2025/QH15)",
      "a new province is restated only when every old province it was formed from has a rate and a weight; the rate "
          + "is Σ rate × weight / Σ weight, never a mean of the old provinces' rates");

  static final ImmutableList<String> ASSUMPTIONS_VI = ImmutableList.of(
      "tổng tỷ suất sinh là 5 × Σ số sinh / số phụ nữ theo các nhóm tuổi 5 năm của phụ nữ 15–49, nên tỷ suất của các "
          + "tỉnh gộp lại là tỷ suất của từng tỉnh lấy quyền số là số phụ nữ 15–49 (đúng khi cơ cấu tuổi của số phụ "
          + "nữ đó ở các tỉnh cũ như nhau)",
      "không tìm được bảng số phụ nữ 15–49 theo tỉnh: coi số phụ nữ 15–49 của mỗi tỉnh là cùng một tỷ lệ của dân số "
          + "nữ trung bình trong năm (bảng công bố E02.03-07), nên quyền số là dân số nữ trung bình",
      "tỷ suất công bố có một chữ số thập phân, nên tỷ suất tính lại mang sai số làm tròn ± 0,05",
      "các tỉnh sáp nhập năm 2025 là nhập nguyên tỉnh (Nghị quyết 202/2025/QH15)",
      "một tỉnh mới chỉ được tính lại khi mọi tỉnh cũ hợp thành đều có tỷ suất và quyền số; tỷ suất là "
          + "Σ tỷ suất × quyền số / Σ quyền số, không bao giờ là trung bình cộng các tỷ suất cũ");

  private final int year;
  private final ImmutableMap<UnitCode, ProvincialFigures.Figure> rates;
  private final ImmutableMap<UnitCode, Double> women;

  private FertilityFigures(int year, ImmutableMap<UnitCode, ProvincialFigures.Figure> rates,
      ImmutableMap<UnitCode, Double> women) {
    this.year = year;
    this.rates = rates;
    this.women = women;
  }

  /**
   * Takes the figures of a year from a table of total fertility rates (a column labelled with the year) and a table
   * of average population by sex (a column {@code Female YEAR}, thousands), both matched to the provinces of the
   * year's last day. A cell {@code ..} gives no figure and is reported.
   */
  static FertilityFigures of(int year, PxTable tfrTable, ProvinceRows tfrRows, PxTable womenTable,
      ProvinceRows womenRows, ValidationReport.Builder report) {
    Map<UnitCode, ProvincialFigures.Figure> rates = new LinkedHashMap<>();
    int rateColumn = tfrColumn(tfrTable, year);
    if (rateColumn >= 0) {
      tfrRows.provinces().forEach((unit, row) -> {
        PxTable.Cell cell = row.cells().get(rateColumn);
        if (cell.isAvailable()) {
          rates.put(unit, new ProvincialFigures.Figure(cell.value().getAsDouble(), cell.decimals()));
        } else if (cell.isMarkedNotAvailable()) {
          notAvailable(tfrTable, row, rateColumn, report);
        }
      });
    }
    Map<UnitCode, Double> women = new LinkedHashMap<>();
    int womenColumn = womenTable.column("Female", Integer.toString(year));
    if (womenColumn >= 0) {
      womenRows.provinces().forEach((unit, row) -> {
        PxTable.Cell cell = row.cells().get(womenColumn);
        if (cell.isAvailable()) {
          women.put(unit, new BigDecimal(cell.text()).movePointRight(3).doubleValue());
        } else if (cell.isMarkedNotAvailable()) {
          notAvailable(womenTable, row, womenColumn, report);
        }
      });
    }
    return new FertilityFigures(year, ImmutableMap.copyOf(rates), ImmutableMap.copyOf(women));
  }

  /** The column of a year in a table of rates whose columns are labelled with the year alone, or -1. */
  static int tfrColumn(PxTable table, int year) {
    String label = Integer.toString(year);
    for (int i = 0; i < table.columns().size(); i++) {
      if (table.columns().get(i).strip().equals(label)) {
        return i;
      }
    }
    return -1;
  }

  private static void notAvailable(PxTable table, PxTable.Row row, int column, ValidationReport.Builder report) {
    report.add(TableRules.NOT_AVAILABLE.finding(PxTable.subject(table.file(), row.line()))
        .arg("file", table.file()).arg("line", row.line()).arg("name", row.name().strip())
        .arg("column", table.columns().get(column)).build());
  }

  int year() {
    return year;
  }

  /** The total fertility rate of each province, as printed. */
  ImmutableMap<UnitCode, ProvincialFigures.Figure> rates() {
    return rates;
  }

  /** The female average population of each province, in persons: the weight of its rate. */
  ImmutableMap<UnitCode, Double> women() {
    return women;
  }

  /** The rates as a dataset: key {@code TFR}, each with its printed decimals, for the year. */
  Dataset dataset() {
    Dataset.Builder dataset = Dataset.builder();
    Period period = Period.year(year);
    rates.forEach((unit, figure) -> dataset.add(unit, period, DataKey.parse("TFR"), figure.value(),
        figure.decimals()));
    return dataset.build();
  }

  /** Checks the rates with a rule set (the catalogue's plausible and expected ranges of the TFR among them). */
  ValidationReport validate(DataCheckSet rules) {
    return DataValidator.builder().checks(rules).build().check(dataset()).toReport();
  }

  /** The rate of the whole country rebuilt from the provinces: Σ rate × weight / Σ weight; empty if none has both. */
  OptionalDouble fromProvinces() {
    double weighted = 0;
    double weights = 0;
    for (Map.Entry<UnitCode, ProvincialFigures.Figure> entry : rates.entrySet()) {
      Double w = women.get(entry.getKey());
      if (w != null) {
        weighted += entry.getValue().value() * w;
        weights += w;
      }
    }
    return weights > 0 ? OptionalDouble.of(weighted / weights) : OptionalDouble.empty();
  }

  /** What a restatement gives: a row per new province and what the crosswalk could not carry. */
  record Restated(ImmutableList<Row> rows, ValidationReport report) {}

  /** Restates the rates for the provinces of another day, weighted by the female average population. */
  Restated restate(Hierarchy hierarchy, LocalDate to) {
    Crosswalk walk = hierarchy.crosswalk(LocalDate.of(year, 12, 31), to);
    Map<UnitCode, Set<UnitCode>> sources = new TreeMap<>();
    for (var unit : walk.source().units(AdministrativeLevel.PROVINCE)) {
      for (CrosswalkLink link : walk.links(unit.code())) {
        sources.computeIfAbsent(link.target().code(), k -> new TreeSet<>()).add(unit.code());
      }
    }
    ValidationReport.Builder report = ValidationReport.builder();
    Map<UnitCode, Double> weighted = new HashMap<>();
    Map<UnitCode, Double> weights = new HashMap<>();
    rates.forEach((unit, figure) -> {
      Double w = women.get(unit);
      if (w != null) {
        weighted.put(unit, figure.value() * w);
        weights.put(unit, w);
      }
    });
    Reaggregation carriedWeights = walk.reaggregate(weights, AdministrativeLevel.PROVINCE);
    Reaggregation carriedWeighted = walk.reaggregate(weighted, AdministrativeLevel.PROVINCE);
    report.addAll(carriedWeights.report()).addAll(carriedWeighted.report());
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (var unit : walk.target().units(AdministrativeLevel.PROVINCE)) {
      Set<UnitCode> parts = sources.getOrDefault(unit.code(), Set.of());
      boolean complete = !parts.isEmpty() && weights.keySet().containsAll(parts);
      Double w = carriedWeights.values().get(unit.code());
      Double wr = carriedWeighted.values().get(unit.code());
      OptionalDouble weight = complete && w != null ? OptionalDouble.of(w) : OptionalDouble.empty();
      OptionalDouble tfr = complete && w != null && wr != null && w > 0
          ? OptionalDouble.of(wr / w) : OptionalDouble.empty();
      rows.add(new Row(unit.code(), unit.name(), ImmutableSortedSet.copyOf(parts), weight, tfr));
    }
    return new Restated(rows.build(), report.build());
  }
}
