package vn.danso.data;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.danso.admin.UnitCode;
import vn.danso.validation.Finding;

/** The checks that add figures up: a total against its parts, a unit against the units below it. */
final class SumChecks {
  private SumChecks() {}

  /** A total against the sum of its parts, cell by cell. */
  static final class Components extends ColumnCheck {
    private final ComponentsSum rule;
    private final int total;
    private final int[] parts;
    private final ImmutableList<DataKey> partKeys;

    Components(int order, DataKey key, ComponentsSum rule, int total, int[] parts, ImmutableList<DataKey> partKeys) {
      super(order, key);
      this.rule = rule;
      this.total = total;
      this.parts = parts;
      this.partKeys = partKeys;
    }

    @Override
    Walk walk() {
      return Walk.CELLS;
    }

    @Override
    void scanCells(ScanWorkspace scan, int index, int from, int to) {
      Dataset dataset = scan.bulk.dataset;
      double[] sums = scan.sums;
      int length = to - from;
      Arrays.fill(sums, 0, length, 0);
      for (int part : parts) {
        if (part >= 0) {
          double[] values = dataset.column(part);
          for (int i = 0; i < length; i++) {
            sums[i] += values[from + i];
          }
        }
      }
      double[] totals = dataset.column(total);
      double tolerance = rule.tolerance();
      for (int i = 0; i < length; i++) {
        // A NaN anywhere fails this test and is passed over: it is reported as not finite.
        if (Math.abs(totals[from + i] - sums[i]) > tolerance && flagged(scan.bulk, from + i)) {
          scan.hit((from + i) / scan.bulk.periods, (from + i) % scan.bulk.periods, index);
        }
      }
    }

    /** Decides a cell exactly, without allocating. */
    private boolean flagged(BulkRun bulk, int cell) {
      if (!bulk.isPresent(total, cell) || !Double.isFinite(bulk.dataset.column(total)[cell])) {
        return false;
      }
      double sum = 0;
      int reported = 0;
      for (int part : parts) {
        double v = 0;
        if (bulk.isPresent(part, cell)) {
          v = bulk.dataset.column(part)[cell];
          if (!Double.isFinite(v)) {
            return false;
          }
          reported++;
        }
        sum += v;
      }
      return rule.missingValues().checks(reported, parts.length)
          && Math.abs(bulk.dataset.column(total)[cell] - sum) > rule.tolerance();
    }

    /** Gathers the cell's figures and makes the findings. */
    private void check(BulkRun bulk, int cell, List<Finding> out) {
      if (!bulk.isPresent(total, cell)) {
        return;
      }
      double value = bulk.dataset.column(total)[cell];
      if (!Double.isFinite(value)) {
        return;
      }
      double[] values = new double[parts.length];
      boolean[] present = new boolean[parts.length];
      int reported = 0;
      for (int i = 0; i < parts.length; i++) {
        if (bulk.isPresent(parts[i], cell)) {
          values[i] = bulk.dataset.column(parts[i])[cell];
          if (!Double.isFinite(values[i])) {
            return;
          }
          present[i] = true;
          reported++;
        }
      }
      if (!rule.missingValues().checks(reported, parts.length)) {
        return;
      }
      int unit = cell / bulk.periods;
      CheckLogic.components(rule, bulk.subject(bulk.ordinalOfUnit[unit], cell % bulk.periods), key, value,
          partKeys, values, present, ColumnCheck.into(out));
    }

    @Override
    void findings(BulkRun bulk, int ordinal, int period, List<Finding> out) {
      check(bulk, bulk.unitOfOrdinal[ordinal] * bulk.periods + period, out);
    }
  }

  /** A unit's figure against the sum of the figures of the units directly below it in the tree. */
  static final class Parent extends ColumnCheck {
    private final ParentEqualsChildrenSum rule;
    private final int column;

    Parent(int order, DataKey key, ParentEqualsChildrenSum rule, int column) {
      super(order, key);
      this.rule = rule;
      this.column = column;
    }

    @Override
    Walk walk() {
      return Walk.GROUPS;
    }

    @Override
    void scanGroup(ScanWorkspace scan, int index, int node) {
      BulkRun bulk = scan.bulk;
      int parent = bulk.unitOfNode[node];
      int count = bulk.tree.childCount(node);
      if (parent < 0 || count == 0) {
        return;
      }
      int periods = bulk.periods;
      double[] values = bulk.dataset.column(column);
      double[] sums = scan.perPeriod;
      Arrays.fill(sums, 0);
      for (int k = 0; k < count; k++) {
        int child = bulk.childUnit(node, k);
        if (child >= 0) {
          int base = child * periods;
          for (int p = 0; p < periods; p++) {
            sums[p] += values[base + p];
          }
        }
      }
      int base = parent * periods;
      double tolerance = rule.tolerance();
      for (int p = 0; p < periods; p++) {
        if (Math.abs(values[base + p] - sums[p]) > tolerance && sum(bulk, node, p) != null) {
          scan.hit(parent, p, index);
        }
      }
    }

    /**
     * The sum below a unit for a period as the rule reads it, or null when the rule does not apply or holds: index
     * 0 the unit's value, 1 the sum, 2 the number of children that reported.
     */
    private double[] sum(BulkRun bulk, int node, int period) {
      int parent = bulk.unitOfNode[node];
      int cell = parent * bulk.periods + period;
      if (!bulk.isPresent(column, cell)) {
        return null;
      }
      double value = bulk.dataset.column(column)[cell];
      if (!Double.isFinite(value)) {
        return null;
      }
      int count = bulk.tree.childCount(node);
      double sum = 0;
      int reported = 0;
      for (int k = 0; k < count; k++) {
        int child = bulk.childUnit(node, k);
        if (child >= 0 && bulk.isPresent(column, child * bulk.periods + period)) {
          double v = bulk.dataset.column(column)[child * bulk.periods + period];
          if (!Double.isFinite(v)) {
            return null;
          }
          sum += v;
          reported++;
        }
      }
      if (!rule.missingValues().checks(reported, count) || !(Math.abs(value - sum) > rule.tolerance())) {
        return null;
      }
      return new double[] {value, sum, reported};
    }

    @Override
    void findings(BulkRun bulk, int ordinal, int period, List<Finding> out) {
      int parent = bulk.unitOfOrdinal[ordinal];
      int node = bulk.nodeOfUnit[parent];
      double[] sum = sum(bulk, node, period);
      if (sum == null) {
        return;
      }
      List<UnitCode> missing = new ArrayList<>();
      int[] children = bulk.childUnits(node);
      for (int k = 0; k < children.length; k++) {
        if (children[k] < 0 || !bulk.isPresent(column, children[k] * bulk.periods + period)) {
          missing.add(bulk.tree.unitAt(bulk.tree.child(node, k)));
        }
      }
      out.add(DataFindings.hierarchyMismatch(bulk.subject(ordinal, period, key), key, sum[0], sum[1],
          children.length, (int) sum[2], missing, rule.severity()));
    }
  }
}
