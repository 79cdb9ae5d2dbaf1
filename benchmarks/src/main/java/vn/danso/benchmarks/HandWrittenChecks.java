package vn.danso.benchmarks;

import java.util.Arrays;

/**
 * The baseline of the data engine's benchmark: the same checks as the built-in rules make on the national dataset,
 * written by hand for exactly this dataset, as loops over its {@code double[]} columns and presence bits. It knows its
 * 40 keys, 9 formulas and 8 component sums at compile time and records the cell of each defect in an {@code int[]};
 * no rule objects, no findings. It decides a reported indicator within half a unit of its last decimal as the engine
 * does, deferring to an exact comparison only near the boundary.
 *
 * <p>Checks: non-finite values; counts negative, fractional or beyond 200 million; indicators outside their
 * plausible ranges; totals against their parts by sex, residence and broad age group; the 9 reported indicators
 * against the values computed from their counts; each district's counts against the sums of its communes; districts
 * with communes that did not report; keys given twice.
 */
final class HandWrittenChecks {
  private static final double MAX_COUNT = 200_000_000;
  private static final double HALF = 0.05;

  private final NationalDataset data;
  private final int cells;
  private final int[] counts;
  private final int[] indicators;
  private final int[] numerators;
  private final int[] denominators;
  private final double[] multipliers;
  private final double[] upper;
  /** Per sum: the total, then its parts. */
  private final int[][] sums;
  private int[] found = new int[1024];
  private int size;

  HandWrittenChecks(NationalDataset data) {
    this.data = data;
    this.cells = data.units.size() * NationalDataset.MONTHS;
    this.counts = Arrays.stream(NationalDataset.COUNTS).mapToInt(data::key).toArray();
    String[][] defs = NationalDataset.INDICATORS;
    this.indicators = Arrays.stream(defs).mapToInt(d -> data.key(d[0])).toArray();
    this.numerators = Arrays.stream(defs).mapToInt(d -> data.key(d[1])).toArray();
    this.denominators = Arrays.stream(defs).mapToInt(d -> data.key(d[2])).toArray();
    this.multipliers = Arrays.stream(defs).mapToDouble(d -> Double.parseDouble(d[3])).toArray();
    // Plausible ranges of the built-in catalogue: ‰ rates to 1000, shares to 100, ratios unbounded.
    this.upper = Arrays.stream(defs).mapToDouble(d -> d[3].equals("1000") ? 1000
        : d[0].equals("SRB") || d[0].equals("SEX_RATIO") ? Double.POSITIVE_INFINITY : 100).toArray();
    this.sums = data.componentSums();
  }

  private void found(int cell) {
    if (size == found.length) {
      found = Arrays.copyOf(found, size * 2);
    }
    found[size++] = cell;
  }

  private boolean present(int key, int cell) {
    return (data.present[key][cell >>> 6] & (1L << cell)) != 0;
  }

  /** Runs every check; returns the number of defects found. */
  int run() {
    size = 0;
    double[][] columns = data.columns;
    // One pass per column: NaN and infinities fail the range test too.
    for (int k : counts) {
      double[] column = columns[k];
      for (int c = 0; c < cells; c++) {
        double v = column[c];
        if (!(v >= 0 && v <= MAX_COUNT) || v != Math.rint(v)) {
          found(c);
        }
      }
    }
    for (int i = 0; i < indicators.length; i++) {
      double[] column = columns[indicators[i]];
      double max = upper[i] == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : upper[i];
      for (int c = 0; c < cells; c++) {
        double v = column[c];
        if (!(v >= 0 && v <= max)) {
          found(c);
        }
      }
    }
    for (int[] sum : sums) {
      double[] total = columns[sum[0]];
      double[] a = columns[sum[1]];
      double[] b = columns[sum[2]];
      double[] d = sum.length > 3 ? columns[sum[3]] : null;
      for (int c = 0; c < cells; c++) {
        double parts = d == null ? a[c] + b[c] : a[c] + b[c] + d[c];
        if (total[c] != parts && sumApplies(sum, c)) {
          found(c);
        }
      }
    }
    for (int i = 0; i < indicators.length; i++) {
      double[] reported = columns[indicators[i]];
      double[] n = columns[numerators[i]];
      double[] d = columns[denominators[i]];
      double m = multipliers[i];
      long[] has = data.present[indicators[i]];
      for (int c = 0; c < cells; c++) {
        if ((has[c >>> 6] & (1L << c)) == 0) {
          continue;
        }
        double r = reported[c];
        double v = d[c] == 0 ? Double.NaN : n[c] * m / d[c];
        if (!(Math.abs(v - r) <= HALF - 1e-7 * (Math.abs(v) + Math.abs(r) + HALF)) && mismatch(i, c)) {
          found(c);
        }
      }
    }
    for (int district = 0; district < NationalDataset.DISTRICTS; district++) {
      int first = data.communesOf[district][0];
      int end = data.communesOf[district][1];
      if (first == end) {
        continue;
      }
      for (int k : counts) {
        double[] column = columns[k];
        for (int month = 0; month < NationalDataset.MONTHS; month++) {
          double sum = 0;
          for (int u = first; u < end; u++) {
            sum += column[u * NationalDataset.MONTHS + month];
          }
          int cell = district * NationalDataset.MONTHS + month;
          if (column[cell] != sum && districtApplies(k, district, month)) {
            found(cell);
          }
        }
      }
      for (int month = 0; month < NationalDataset.MONTHS; month++) {
        for (int u = first; u < end; u++) {
          if (!reported(u * NationalDataset.MONTHS + month)) {
            found(district * NationalDataset.MONTHS + month);
            break;
          }
        }
      }
    }
    for (double[] duplicate : data.duplicates) {
      found((int) duplicate[0] * NationalDataset.MONTHS + (int) duplicate[1]);
    }
    return size;
  }

  /** A sum applies when the total and every part are reported and finite. */
  private boolean sumApplies(int[] sum, int cell) {
    for (int k : sum) {
      if (!present(k, cell) || !Double.isFinite(data.columns[k][cell])) {
        return false;
      }
    }
    return true;
  }

  /** Near the boundary or beyond: reported and inputs present and finite, and off by more than half a unit. */
  private boolean mismatch(int i, int cell) {
    double r = data.columns[indicators[i]][cell];
    double n = data.columns[numerators[i]][cell];
    double d = data.columns[denominators[i]][cell];
    if (!Double.isFinite(r) || !present(numerators[i], cell) || !present(denominators[i], cell)
        || !Double.isFinite(n) || !Double.isFinite(d)) {
      return false;
    }
    if (d == 0) {
      return true;
    }
    return !vn.danso.indicator.ReportedValue.matches(r, 1, n * multipliers[i] / d);
  }

  /** A district's sum applies when its value is reported and finite and no commune's value is NaN or infinite. */
  private boolean districtApplies(int key, int district, int month) {
    int cell = district * NationalDataset.MONTHS + month;
    if (!present(key, cell) || !Double.isFinite(data.columns[key][cell])) {
      return false;
    }
    int reported = 0;
    for (int u = data.communesOf[district][0]; u < data.communesOf[district][1]; u++) {
      int c = u * NationalDataset.MONTHS + month;
      if (present(key, c)) {
        if (!Double.isFinite(data.columns[key][c])) {
          return false;
        }
        reported++;
      }
    }
    return reported > 0;
  }

  private boolean reported(int cell) {
    for (long[] bits : data.present) {
      if ((bits[cell >>> 6] & (1L << cell)) != 0) {
        return true;
      }
    }
    return false;
  }
}
