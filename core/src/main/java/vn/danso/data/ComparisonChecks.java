package vn.danso.data;

import com.google.common.math.Quantiles;
import com.google.common.math.Stats;
import java.util.ArrayList;
import java.util.List;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.indicator.Period;
import vn.danso.validation.Finding;

/** The checks that compare a figure with others: the same period a year before, and comparable units. */
final class ComparisonChecks {
  private ComparisonChecks() {}

  /** A figure against the same period a year before. */
  static final class YearOnYear extends ColumnCheck {
    private final YearOnYearChange rule;
    private final int column;
    /** Per period: the period a year before, or -1 when the dataset does not have it. */
    private final int[] previous;

    YearOnYear(int order, DataKey key, YearOnYearChange rule, int column, BulkRun bulk) {
      super(order, key);
      this.rule = rule;
      this.column = column;
      this.previous = new int[bulk.periods];
      for (int p = 0; p < previous.length; p++) {
        Period period = bulk.periodAt(p);
        previous[p] = period.firstYear() > 1000 ? bulk.dataset.periodIndex(period.plusYears(-1)) : -1;
      }
    }

    @Override
    Walk walk() {
      return Walk.CELLS;
    }

    @Override
    void scanCells(ScanWorkspace scan, int index, int from, int to) {
      int periods = scan.bulk.periods;
      for (int base = from; base < to; base += periods) {
        for (int p = 0; p < periods; p++) {
          if (previous[p] >= 0 && change(scan.bulk, base, p) != null) {
            scan.hit(base / periods, p, index);
          }
        }
      }
    }

    /** Last year's and this year's figures when the change is reported, else null. */
    private double[] change(BulkRun bulk, int base, int period) {
      int cell = base + period;
      if (!bulk.isPresent(column, cell)) {
        return null;
      }
      double current = bulk.dataset.column(column)[cell];
      double before = 0;
      int present = 0;
      if (bulk.isPresent(column, base + previous[period])) {
        before = bulk.dataset.column(column)[base + previous[period]];
        present = 1;
      }
      if (!Double.isFinite(current) || !Double.isFinite(before) || !rule.missingValues().checks(present, 1)
          || !rule.isUnusual(before, current)) {
        return null;
      }
      return new double[] {before, current};
    }

    @Override
    void findings(BulkRun bulk, int ordinal, int period, List<Finding> out) {
      double[] change = change(bulk, bulk.unitOfOrdinal[ordinal] * bulk.periods, period);
      if (change != null) {
        out.add(DataFindings.yearOnYear(bulk.subject(ordinal, period, key), key, change[0], change[1], rule));
      }
    }
  }

  /** A figure against the same figure of comparable units: the units below one unit, or of one level. */
  static final class Outlier extends ColumnCheck {
    private static final double CONSISTENCY = 0.6745;
    private static final double MEAN_DEVIATION = 1.253314;

    private final PeerOutlier rule;
    private final int column;
    private final boolean grouped;

    Outlier(int order, DataKey key, PeerOutlier rule, int column, boolean grouped) {
      super(order, key);
      this.rule = rule;
      this.column = column;
      this.grouped = grouped;
    }

    @Override
    Walk walk() {
      return grouped ? Walk.GROUPS : Walk.WHOLE;
    }

    @Override
    void scanGroup(ScanWorkspace scan, int index, int node) {
      scanPeers(scan, index, scan.bulk.childUnits(node));
    }

    @Override
    void scanWhole(ScanWorkspace scan, int index) {
      for (int[] peers : levels(scan.bulk)) {
        scanPeers(scan, index, peers);
      }
    }

    /** Without a tree: the dataset's units of each level. */
    private static List<int[]> levels(BulkRun bulk) {
      List<int[]> groups = new ArrayList<>();
      for (AdministrativeLevel level : AdministrativeLevel.values()) {
        int[] peers = java.util.stream.IntStream.range(0, bulk.dataset.unitCount())
            .filter(u -> bulk.dataset.units().get(u).level() == level).toArray();
        if (peers.length > 0) {
          groups.add(peers);
        }
      }
      return groups;
    }

    private void scanPeers(ScanWorkspace scan, int index, int[] peers) {
      for (int p = 0; p < scan.bulk.periods; p++) {
        double[] stats = stats(scan.bulk, peers, p);
        if (stats == null) {
          continue;
        }
        for (int peer : peers) {
          if (peer >= 0 && !Double.isNaN(score(scan.bulk, peer, p, stats))) {
            scan.hit(peer, p, index);
          }
        }
      }
    }

    /** Median, and the scale of deviations, of the peers' values for a period; null when the group is skipped. */
    private double[] stats(BulkRun bulk, int[] peers, int period) {
      double[] values = new double[peers.length];
      int n = 0;
      for (int peer : peers) {
        if (peer >= 0 && bulk.isPresent(column, peer * bulk.periods + period)) {
          double v = bulk.dataset.column(column)[peer * bulk.periods + period];
          if (Double.isFinite(v)) {
            values[n++] = v;
          }
        }
      }
      if (n < rule.minimumPeers() || (rule.missingValues() == MissingValueStrategy.SKIP_IF_ANY_MISSING
          && n < peers.length)) {
        return null;
      }
      double[] present = java.util.Arrays.copyOf(values, n);
      double median = Quantiles.median().compute(present);
      double[] deviations = new double[n];
      for (int i = 0; i < n; i++) {
        deviations[i] = Math.abs(present[i] - median);
      }
      double mad = Quantiles.median().compute(deviations);
      double scale = mad > 0 ? mad / CONSISTENCY : MEAN_DEVIATION * Stats.meanOf(deviations);
      return scale > 0 ? new double[] {median, scale, n} : null;
    }

    /** The modified z-score of a peer when beyond the threshold, else NaN. */
    private double score(BulkRun bulk, int peer, int period, double[] stats) {
      int cell = peer * bulk.periods + period;
      if (!bulk.isPresent(column, cell) || !Double.isFinite(bulk.dataset.column(column)[cell])) {
        return Double.NaN;
      }
      double score = (bulk.dataset.column(column)[cell] - stats[0]) / stats[1];
      return Math.abs(score) > rule.threshold() ? score : Double.NaN;
    }

    @Override
    void findings(BulkRun bulk, int ordinal, int period, List<Finding> out) {
      int unit = bulk.unitOfOrdinal[ordinal];
      int[] peers = peersOf(bulk, unit);
      double[] stats = stats(bulk, peers, period);
      if (stats == null) {
        return;
      }
      double score = score(bulk, unit, period, stats);
      if (!Double.isNaN(score)) {
        out.add(DataFindings.outlier(bulk.subject(ordinal, period, key), key,
            bulk.dataset.column(column)[unit * bulk.periods + period], stats[0], score, (int) stats[2], rule));
      }
    }

    private static int[] peersOf(BulkRun bulk, int unit) {
      if (bulk.tree != null) {
        return bulk.childUnits(bulk.tree.parentOf(bulk.nodeOfUnit[unit]));
      }
      for (int[] group : levels(bulk)) {
        if (java.util.Arrays.binarySearch(group, unit) >= 0) {
          return group;
        }
      }
      return new int[] {unit};
    }
  }
}
