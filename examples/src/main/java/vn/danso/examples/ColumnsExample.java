package vn.danso.examples;

import java.io.PrintStream;
import java.util.BitSet;
import java.util.List;
import vn.danso.admin.UnitCode;
import vn.danso.data.DataKey;
import vn.danso.data.DataValidator;
import vn.danso.data.Dataset;
import vn.danso.data.DatasetReport;
import vn.danso.indicator.Period;
import vn.danso.text.Language;
import vn.danso.validation.ValidationReport;

/**
 * Figures an integrator already holds in its own arrays (a column store, a statistics package, a data frame) handed
 * to danso with {@link Dataset#columns} without a call per value: Huyện An Minh's communes' monthly births by sex and
 * deaths for 2024, one {@code double[]} per key, cell {@code commune * 12 + month}. The unit codes are Huyện An
 * Minh's communes' on the statistics office's list; the figures are illustrative, made up by a fixed formula to show
 * the hand-over. One mistake is put in on purpose (one commune's boys and girls do not add up to its births in
 * July), and one commune's December deaths are not reported: their cell is left out of the {@code BitSet} of
 * reported cells, so danso does not read it.
 */
final class ColumnsExample {
  /** Huyện An Minh's communes, in the integrator's order (the order of the arrays' cells). */
  static final List<UnitCode> COMMUNES = List.of("31018", "31021", "31024", "31030", "31031", "31033", "31036",
      "31039", "31042", "31045", "31048").stream().map(UnitCode::of).toList();
  /** The months of 2024, in the integrator's order. */
  static final List<Period> MONTHS = java.util.stream.IntStream.rangeClosed(1, 12)
      .mapToObj(m -> Period.month(2024, m)).toList();
  /** The commune whose boys and girls do not add up to its births, and the month (0-based). */
  static final int MISMATCH_COMMUNE = 3;
  static final int MISMATCH_MONTH = 6;
  /** The commune whose December deaths are not reported. */
  static final int SILENT_COMMUNE = 10;

  private ColumnsExample() {}

  /** The integrator's arrays: births, births[male], births[female], deaths, and which deaths were reported. */
  record Columns(double[] births, double[] boys, double[] girls, double[] deaths, BitSet deathsReported) {}

  /** Makes the illustrative arrays, as an integrator's own code would hold them. */
  static Columns columns() {
    int cells = COMMUNES.size() * MONTHS.size();
    double[] boys = new double[cells];
    double[] girls = new double[cells];
    double[] births = new double[cells];
    double[] deaths = new double[cells];
    BitSet deathsReported = new BitSet(cells);
    for (int u = 0; u < COMMUNES.size(); u++) {
      for (int m = 0; m < MONTHS.size(); m++) {
        int cell = u * MONTHS.size() + m;
        boys[cell] = 10 + (u * 7 + m * 3) % 9;
        girls[cell] = 9 + (u * 5 + m * 4) % 8;
        births[cell] = boys[cell] + girls[cell];
        deaths[cell] = 3 + (u + m * 2) % 5;
        deathsReported.set(cell, !(u == SILENT_COMMUNE && m == MONTHS.size() - 1));
      }
    }
    births[MISMATCH_COMMUNE * MONTHS.size() + MISMATCH_MONTH] += 2;
    return new Columns(births, boys, girls, deaths, deathsReported);
  }

  /** Hands the arrays to danso: one call per key, no call per value. */
  static Dataset dataset(Columns c) {
    return Dataset.columns(COMMUNES, MONTHS)
        .column(DataKey.parse("births"), c.births())
        .column(DataKey.parse("births[male]"), c.boys())
        .column(DataKey.parse("births[female]"), c.girls())
        .column(DataKey.parse("deaths"), c.deaths(), c.deathsReported())
        .build();
  }

  /** Prints the example in a language. */
  static void print(Language language, PrintStream out) {
    boolean vi = language == Language.VI;
    Columns columns = columns();
    Dataset dataset = dataset(columns);
    DatasetReport counts = DataValidator.builtIn().check(dataset);
    out.println(vi
        ? "Số liệu tháng năm 2024 của " + COMMUNES.size() + " xã thuộc Huyện An Minh (minh hoạ), trao cho danso "
            + "dưới dạng mảng double[] theo từng chỉ tiêu (4 mảng, " + columns.births().length + " ô mỗi mảng)."
        : "Monthly 2024 figures of Huyện An Minh's " + COMMUNES.size() + " communes (illustrative), handed to danso "
            + "as one double[] per key (4 arrays of " + columns.births().length + " cells).");
    out.println(vi
        ? "Giá trị đã kiểm tra: " + counts.valuesChecked() + "; số liệu bị đánh dấu: " + counts.flagged()
        : "Values checked: " + counts.valuesChecked() + "; figures flagged: " + counts.flagged());
    ValidationReport report = DataValidator.builtIn().validate(dataset);
    out.print(report.format(language));
  }
}
