package vn.danso.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A share of the data engine's work (phần việc của một luồng): runs of units to scan cell by cell, and tree nodes
 * whose children to compare. {@link BulkCheck} hands the tasks out to its threads one at a time.
 */
final class BulkTask {
  private static final int[] NONE = new int[0];

  /** Units per task when there is no tree to split by. */
  private static final int SLICE = 256;

  /** Ascending unit indices as runs of consecutive units: start, end (exclusive), start, end… */
  final int[] runs;
  /** Tree nodes with children, whose children's figures are compared with theirs. */
  final int[] nodes;

  private BulkTask(int[] runs, int[] nodes) {
    this.runs = runs;
    this.nodes = nodes;
  }

  /**
   * Splits a dataset's units into tasks: one per branch below the tree's root (a province, below the nation) with the
   * branch's units and parent nodes, then the units outside the tree in slices; without a tree, slices of units.
   */
  static List<BulkTask> of(BulkRun bulk) {
    Dataset dataset = bulk.dataset;
    int unitCount = dataset.unitCount();
    List<BulkTask> tasks = new ArrayList<>();
    if (bulk.tree == null) {
      for (int from = 0; from < unitCount; from += SLICE) {
        tasks.add(new BulkTask(new int[] {from, Math.min(unitCount, from + SLICE)}, NONE));
      }
      return tasks;
    }
    UnitTree tree = bulk.tree;
    int[] taskOfBranch = new int[tree.size()];
    Arrays.fill(taskOfBranch, -1);
    int branches = 0;
    for (int n = 0; n < tree.size(); n++) {
      int branch = tree.branchOf(n);
      if (taskOfBranch[branch] < 0) {
        taskOfBranch[branch] = branches++;
      }
    }
    int[][] unitsOf = unitsByTask(bulk, taskOfBranch, branches);
    int[][] nodesOf = parentsByTask(tree, taskOfBranch, branches);
    for (int t = 0; t < branches; t++) {
      tasks.add(new BulkTask(runs(unitsOf[t], 0, unitsOf[t].length), nodesOf[t]));
    }
    int[] outside = unitsOf[branches];
    for (int from = 0; from < outside.length; from += SLICE) {
      tasks.add(new BulkTask(runs(outside, from, Math.min(outside.length, from + SLICE)), NONE));
    }
    return tasks;
  }

  /** The units of each branch's task in ascending order, and last the units outside the tree. */
  private static int[][] unitsByTask(BulkRun bulk, int[] taskOfBranch, int branches) {
    UnitTree tree = bulk.tree;
    int unitCount = bulk.dataset.unitCount();
    int[] unitTask = new int[unitCount];
    int[] unitsPerTask = new int[branches + 1];
    for (int u = 0; u < unitCount; u++) {
      int node = bulk.nodeOfUnit[u];
      unitTask[u] = node < 0 ? branches : taskOfBranch[tree.branchOf(node)];
      unitsPerTask[unitTask[u]]++;
    }
    int[][] unitsOf = new int[branches + 1][];
    for (int t = 0; t <= branches; t++) {
      unitsOf[t] = new int[unitsPerTask[t]];
    }
    int[] filled = new int[branches + 1];
    for (int u = 0; u < unitCount; u++) {
      unitsOf[unitTask[u]][filled[unitTask[u]]++] = u;
    }
    return unitsOf;
  }

  /** The tree nodes with children of each branch's task, in ascending order. */
  private static int[][] parentsByTask(UnitTree tree, int[] taskOfBranch, int branches) {
    int[] nodesPerTask = new int[branches];
    for (int n = 0; n < tree.size(); n++) {
      if (tree.childCount(n) > 0) {
        nodesPerTask[taskOfBranch[tree.branchOf(n)]]++;
      }
    }
    int[][] nodesOf = new int[branches][];
    for (int t = 0; t < branches; t++) {
      nodesOf[t] = new int[nodesPerTask[t]];
    }
    int[] filled = new int[branches];
    for (int n = 0; n < tree.size(); n++) {
      if (tree.childCount(n) > 0) {
        int t = taskOfBranch[tree.branchOf(n)];
        nodesOf[t][filled[t]++] = n;
      }
    }
    return nodesOf;
  }

  /** Ascending unit indices as runs of consecutive units: start, end (exclusive), start, end… */
  private static int[] runs(int[] units, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (i == from || units[i] != units[i - 1] + 1) {
        count++;
      }
    }
    int[] runs = new int[2 * count];
    int r = -2;
    for (int i = from; i < to; i++) {
      if (i == from || units[i] != units[i - 1] + 1) {
        r += 2;
        runs[r] = units[i];
      }
      runs[r + 1] = units[i] + 1;
    }
    return runs;
  }
}
