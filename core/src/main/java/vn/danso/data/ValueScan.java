package vn.danso.data;

import java.util.List;

/**
 * Every check of one column that looks at one cell alone, fused into one pass over each block of the column: the
 * checks every dataset gets (a duplicated figure, a figure that is not finite, a key the catalogue does not define)
 * and the rules' ranges and counts. The loop tests each cell against the one interval every check accepts (and
 * wholeness for counts); a cell outside it is looked at by each check in turn, which records its own finding under its
 * own index. A key the catalogue does not define is flagged wherever it was reported, read from the presence words
 * of the block; a column's duplicates are read from the dataset's index of them, from the block's first cell.
 *
 * <p>So the checks every dataset gets cost no pass of their own: the column is read once per block whatever the
 * number of checks of single values, and the duplicates once per check in total.
 */
final class ValueScan {
  private final int column;
  private final int duplicate;
  private final int notFinite;
  private final int unknown;
  private final int whole;
  private final CellScans.Range[] ranges;
  private final int[] rangeIndex;
  /** Whether some range holds for some periods only, so that the closer look asks each range about the period. */
  private final boolean byPeriod;
  private final double least;
  private final double greatest;

  /**
   * Fuses checks of one column; each index is the check's in the plan, or -1 when the column has no such check.
   *
   * @param column the column
   * @param duplicate the check of duplicated figures
   * @param notFinite the check of figures that are not finite
   * @param unknown the check of a key the catalogue does not define
   * @param whole the check of whole non-negative counts
   * @param ranges the range checks that hold for some period, in plan order
   * @param rangeIndex their indices
   */
  ValueScan(int column, int duplicate, int notFinite, int unknown, int whole, List<CellScans.Range> ranges,
      List<Integer> rangeIndex) {
    this.column = column;
    this.duplicate = duplicate;
    this.notFinite = notFinite;
    this.unknown = unknown;
    this.whole = whole;
    this.ranges = ranges.toArray(new CellScans.Range[0]);
    this.rangeIndex = new int[rangeIndex.size()];
    for (int i = 0; i < this.rangeIndex.length; i++) {
      this.rangeIndex[i] = rangeIndex.get(i);
    }
    double lo = whole >= 0 ? 0 : -Double.MAX_VALUE;
    double hi = Double.MAX_VALUE;
    boolean some = false;
    for (CellScans.Range range : ranges) {
      lo = Math.max(lo, range.least());
      hi = Math.min(hi, range.greatest());
      some |= !range.everyPeriod();
    }
    this.least = lo;
    this.greatest = hi;
    this.byPeriod = some;
  }

  /** Flags cells {@code [from, to)}, which start and end on unit boundaries. */
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
    if (unknown >= 0) {
      reported(scan, from, to);
    }
    if (duplicate >= 0) {
      duplicates(scan, from, to);
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
      if (!ranges[i].contains(v) && (!byPeriod || ranges[i].appliesTo(period))) {
        scan.hit(unit, period, rangeIndex[i]);
      }
    }
  }

  /** Flags every reported cell of the block: the key is not in the catalogue. */
  private void reported(ScanWorkspace scan, int from, int to) {
    long[] present = scan.bulk.dataset.presence(column);
    int periods = scan.bulk.periods;
    for (int base = from & ~63; base < to; base += 64) {
      long word = present[base >>> 6];
      if (base < from) {
        word &= -1L << from;
      }
      while (word != 0) {
        int c = base + Long.numberOfTrailingZeros(word);
        if (c >= to) {
          break;
        }
        scan.hit(c / periods, c % periods, unknown);
        word &= word - 1;
      }
    }
  }

  /** Flags the block's cells that were given more than once. */
  private void duplicates(ScanWorkspace scan, int from, int to) {
    Duplicates duplicates = scan.bulk.dataset.duplicates();
    int periods = scan.bulk.periods;
    int last = -1;
    for (int d = duplicates.first(column, from); duplicates.keyAt(d) == column; d++) {
      int c = duplicates.cellAt(d);
      if (c >= to) {
        break;
      }
      if (c != last) {
        scan.hit(c / periods, c % periods, duplicate);
        last = c;
      }
    }
  }
}
