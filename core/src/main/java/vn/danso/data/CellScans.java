package vn.danso.data;

import com.google.common.primitives.Ints;
import java.util.ArrayList;
import java.util.List;
import vn.danso.indicator.ValueRange;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Finding;
import vn.danso.validation.Severity;

/**
 * The checks of one key's values, one cell at a time: duplicated, non-finite and unknown figures, ranges, counts, and
 * required figures. The checks of a single value are scanned together, one pass per column and block
 * ({@link ValueScan}): here they only make their findings. A required figure is scanned with a tight loop whose
 * common case (nothing wrong) does one or two comparisons per cell.
 *
 * <p>Cells that were not reported hold zero, which no scan flags unless zero is itself out of range; the close look
 * then sees the cell was not reported and passes on.
 */
final class CellScans {
  private CellScans() {}

  /** A key given more than once for a cell: from the dataset's index of duplicates. */
  static final class Duplicate extends ColumnCheck {
    private final int column;

    Duplicate(DataKey key, int column) {
      super(CompiledChecks.DUPLICATE, key);
      this.column = column;
    }

    @Override
    int column() {
      return column;
    }

    @Override
    Walk walk() {
      return Walk.CELLS;
    }

    @Override
    void findings(BulkRun bulk, int ordinal, int period, List<Finding> out) {
      int cell = bulk.unitOfOrdinal[ordinal] * bulk.periods + period;
      double used = bulk.dataset.column(column)[cell];
      List<Double> values = new ArrayList<>();
      values.add(used);
      Duplicates duplicates = bulk.dataset.duplicates();
      for (int d : duplicates.at(column, cell)) {
        values.add(duplicates.value(d));
      }
      out.add(DataFindings.duplicate(bulk.subject(ordinal, period, key), key, used, values));
    }
  }

  /** A value that is NaN or infinite. */
  static final class NotFinite extends ColumnCheck {
    private final int column;

    NotFinite(DataKey key, int column) {
      super(CompiledChecks.NOT_FINITE, key);
      this.column = column;
    }

    @Override
    int column() {
      return column;
    }

    @Override
    Walk walk() {
      return Walk.CELLS;
    }

    @Override
    void findings(BulkRun bulk, int ordinal, int period, List<Finding> out) {
      int cell = bulk.unitOfOrdinal[ordinal] * bulk.periods + period;
      out.add(DataFindings.notFinite(bulk.subject(ordinal, period, key), key, bulk.dataset.column(column)[cell]));
    }
  }

  /** A key the catalogue does not define: every value of it. */
  static final class UnknownKey extends ColumnCheck {
    private final int column;
    private final LocalizedText reason;

    UnknownKey(DataKey key, int column, LocalizedText reason) {
      super(CompiledChecks.UNKNOWN_KEY, key);
      this.column = column;
      this.reason = reason;
    }

    @Override
    int column() {
      return column;
    }

    @Override
    Walk walk() {
      return Walk.CELLS;
    }

    @Override
    void findings(BulkRun bulk, int ordinal, int period, List<Finding> out) {
      out.add(DataFindings.unknownKey(bulk.subject(ordinal, period, key), key, reason));
    }
  }

  /** A value outside a range rule's plausible or expected range. */
  static final class Range extends ColumnCheck {
    private final InRange rule;
    private final int column;
    private final ValueRange plausible;
    private final ValueRange expected;
    /** Per period: whether the rule applies to its type. */
    private final boolean[] applies;
    private final boolean everyPeriod;

    Range(int order, DataKey key, InRange rule, int column, BulkRun bulk) {
      super(order, key);
      this.rule = rule;
      this.column = column;
      this.plausible = rule.plausible().orElse(ValueRange.all());
      this.expected = rule.expected().orElse(ValueRange.all());
      this.applies = new boolean[bulk.periods];
      boolean all = true;
      for (int p = 0; p < bulk.periods; p++) {
        applies[p] = rule.appliesTo(bulk.periodAt(p).type());
        all &= applies[p];
      }
      this.everyPeriod = all;
    }

    @Override
    int column() {
      return column;
    }

    @Override
    Walk walk() {
      return Walk.CELLS;
    }

    /** Whether the ranges hold for every period of the dataset. */
    boolean everyPeriod() {
      return everyPeriod;
    }

    /** Whether the ranges hold for a period of the dataset. */
    boolean appliesTo(int period) {
      return applies[period];
    }

    /** Whether the ranges hold for no period of the dataset, so that nothing need be scanned. */
    boolean noPeriod() {
      for (boolean a : applies) {
        if (a) {
          return false;
        }
      }
      return true;
    }

    boolean contains(double v) {
      return plausible.contains(v) && expected.contains(v);
    }

    /** The least value within both ranges. */
    double least() {
      return Math.max(least(plausible), least(expected));
    }

    /** The greatest value within both ranges. */
    double greatest() {
      return Math.min(greatest(plausible), greatest(expected));
    }

    private static double least(ValueRange range) {
      return range.isLowerClosed() ? range.lower() : Math.nextUp(range.lower());
    }

    private static double greatest(ValueRange range) {
      return range.isUpperClosed() ? range.upper() : Math.nextDown(range.upper());
    }

    @Override
    void findings(BulkRun bulk, int ordinal, int period, List<Finding> out) {
      int cell = bulk.unitOfOrdinal[ordinal] * bulk.periods + period;
      CheckLogic.range(bulk.subject(ordinal, period), key, bulk.dataset.column(column)[cell], rule,
          ColumnCheck.into(out));
    }
  }

  /** A count that is negative or not whole. */
  static final class Whole extends ColumnCheck {
    private final int column;
    private final Severity severity;

    Whole(int order, DataKey key, int column, Severity severity) {
      super(order, key);
      this.column = column;
      this.severity = severity;
    }

    @Override
    int column() {
      return column;
    }

    @Override
    Walk walk() {
      return Walk.CELLS;
    }

    @Override
    void findings(BulkRun bulk, int ordinal, int period, List<Finding> out) {
      int cell = bulk.unitOfOrdinal[ordinal] * bulk.periods + period;
      CheckLogic.whole(bulk.subject(ordinal, period), key, bulk.dataset.column(column)[cell], severity,
          ColumnCheck.into(out));
    }
  }

  /** A key every report must contain. */
  static final class Missing extends ColumnCheck {
    private final int column;
    private final Severity severity;

    Missing(int order, DataKey key, int column, Severity severity) {
      super(order, key);
      this.column = column;
      this.severity = severity;
    }

    @Override
    Walk walk() {
      return Walk.CELLS;
    }

    @Override
    void scanCells(ScanWorkspace scan, int index, int from, int to) {
      Dataset dataset = scan.bulk.dataset;
      for (int c = from; c < to; c++) {
        if (dataset.hasReport(c) && (column < 0 || !dataset.isPresent(column, c))) {
          scan.hit(c / scan.bulk.periods, c % scan.bulk.periods, index);
        }
      }
    }

    @Override
    void findings(BulkRun bulk, int ordinal, int period, List<Finding> out) {
      out.add(DataFindings.missing(bulk.subject(ordinal, period, key), key, severity));
    }
  }
}
