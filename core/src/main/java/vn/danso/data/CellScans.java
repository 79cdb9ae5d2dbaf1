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
 * required figures. Each scans a block of a column with a tight loop whose common case (nothing wrong) does one or two
 * comparisons per cell; a cell that may be wrong is looked at closely in a separate, rarely taken branch.
 *
 * <p>Cells that were not reported hold zero, which no scan flags unless zero is itself out of range; the close look
 * then sees the cell was not reported and passes on.
 */
final class CellScans {
  private CellScans() {}

  /** A key given more than once for a cell: from the dataset's list of duplicates. */
  static final class Duplicate extends ColumnCheck {
    private final int column;

    Duplicate(DataKey key, int column) {
      super(CompiledChecks.DUPLICATE, key);
      this.column = column;
    }

    @Override
    Walk walk() {
      return Walk.WHOLE;
    }

    @Override
    void scanWhole(ScanWorkspace scan, int index) {
      Duplicates duplicates = scan.bulk.dataset.duplicates();
      int periods = scan.bulk.periods;
      for (int d = 0; d < duplicates.size(); d++) {
        if (duplicates.key(d) == column) {
          int cell = duplicates.cell(d);
          scan.hit(cell / periods, cell % periods, index);
        }
      }
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
    void scanCells(ScanWorkspace scan, int index, int from, int to) {
      double[] values = scan.bulk.dataset.column(column);
      for (int c = from; c < to; c++) {
        if (!Double.isFinite(values[c])) {
          scan.hit(c / scan.bulk.periods, c % scan.bulk.periods, index);
        }
      }
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
    Walk walk() {
      return Walk.CELLS;
    }

    @Override
    void scanCells(ScanWorkspace scan, int index, int from, int to) {
      Dataset dataset = scan.bulk.dataset;
      for (int c = from; c < to; c++) {
        if (dataset.isPresent(column, c)) {
          scan.hit(c / scan.bulk.periods, c % scan.bulk.periods, index);
        }
      }
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

    @Override
    void scanCells(ScanWorkspace scan, int index, int from, int to) {
      double[] values = scan.bulk.dataset.column(column);
      if (everyPeriod) {
        for (int c = from; c < to; c++) {
          double v = values[c];
          if (!(plausible.contains(v) && expected.contains(v))) {
            closer(scan, index, c);
          }
        }
        return;
      }
      int periods = scan.bulk.periods;
      for (int base = from; base < to; base += periods) {
        for (int p = 0; p < periods; p++) {
          double v = values[base + p];
          if (applies[p] && !(plausible.contains(v) && expected.contains(v))) {
            closer(scan, index, base + p);
          }
        }
      }
    }

    private void closer(ScanWorkspace scan, int index, int cell) {
      if (scan.bulk.dataset.isPresent(column, cell) && Double.isFinite(scan.bulk.dataset.column(column)[cell])) {
        scan.hit(cell / scan.bulk.periods, cell % scan.bulk.periods, index);
      }
    }

    /** Whether the ranges hold for every period of the dataset, so that a fused loop may check them. */
    boolean everyPeriod() {
      return everyPeriod;
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
      CheckLogic.range(bulk.subject(ordinal, period), key, bulk.dataset.column(column)[cell], rule, out::add);
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
    void scanCells(ScanWorkspace scan, int index, int from, int to) {
      double[] values = scan.bulk.dataset.column(column);
      for (int c = from; c < to; c++) {
        double v = values[c];
        // NaN fails the second test; the closer look passes over it (it is reported as not finite).
        if (v < 0 || v != Math.rint(v)) {
          if (Double.isFinite(v)) {
            scan.hit(c / scan.bulk.periods, c % scan.bulk.periods, index);
          }
        }
      }
    }

    @Override
    void findings(BulkRun bulk, int ordinal, int period, List<Finding> out) {
      int cell = bulk.unitOfOrdinal[ordinal] * bulk.periods + period;
      CheckLogic.whole(bulk.subject(ordinal, period), key, bulk.dataset.column(column)[cell], severity,
          out::add);
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

  /**
   * The value checks of one column fused into one loop: not finite, not a whole non-negative count, out of range. The
   * loop tests each cell against the one interval every check accepts (and wholeness for counts); a cell outside it
   * is looked at by each check in turn, which records its own finding under its own index.
   */
  static final class ValueScan {
    private final int column;
    private final int notFinite;
    private final int whole;
    private final Range[] ranges;
    private final int[] rangeIndex;
    private final double least;
    private final double greatest;

    ValueScan(int column, int notFinite, int whole, List<Range> ranges, List<Integer> rangeIndex) {
      this.column = column;
      this.notFinite = notFinite;
      this.whole = whole;
      this.ranges = ranges.toArray(new Range[0]);
      this.rangeIndex = Ints.toArray(rangeIndex);
      double lo = whole >= 0 ? 0 : -Double.MAX_VALUE;
      double hi = Double.MAX_VALUE;
      for (Range range : ranges) {
        lo = Math.max(lo, range.least());
        hi = Math.min(hi, range.greatest());
      }
      this.least = lo;
      this.greatest = hi;
    }

    void scan(ScanWorkspace scan, int from, int to) {
      double[] values = scan.bulk.dataset.column(column);
      double lo = least;
      double hi = greatest;
      if (whole >= 0) {
        for (int c = from; c < to; c++) {
          double v = values[c];
          if (!(v >= lo && v <= hi) || v != Math.rint(v)) {
            closer(scan, c);
          }
        }
      } else {
        for (int c = from; c < to; c++) {
          double v = values[c];
          if (!(v >= lo && v <= hi)) {
            closer(scan, c);
          }
        }
      }
    }

    private void closer(ScanWorkspace scan, int cell) {
      BulkRun bulk = scan.bulk;
      if (!bulk.dataset.isPresent(column, cell)) {
        return;
      }
      int unit = cell / bulk.periods;
      int period = cell % bulk.periods;
      double v = bulk.dataset.column(column)[cell];
      if (!Double.isFinite(v)) {
        if (notFinite >= 0) {
          scan.hit(unit, period, notFinite);
        }
        return;
      }
      if (whole >= 0 && (v < 0 || v != Math.rint(v))) {
        scan.hit(unit, period, whole);
      }
      for (int i = 0; i < ranges.length; i++) {
        if (!ranges[i].contains(v)) {
          scan.hit(unit, period, rangeIndex[i]);
        }
      }
    }
  }
}
