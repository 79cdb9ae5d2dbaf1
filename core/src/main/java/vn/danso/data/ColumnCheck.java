package vn.danso.data;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import vn.danso.validation.Finding;

/**
 * One rule applied to one key of a dataset, as a loop over the dataset's columns: it flags cells cheaply while
 * scanning, and makes the findings of a flagged cell when they are asked for. Checks are ordered by rule order, then
 * key; their position in that order is their index in the packed hits.
 */
abstract class ColumnCheck {
  /** How a check walks a dataset. */
  enum Walk {
    /** Within one unit's cells: scanned block by block over runs of units. */
    CELLS,
    /** Over the units directly below a unit of the tree. */
    GROUPS,
    /** Once for the whole dataset, after the parallel part. */
    WHOLE
  }

  final int order;
  /** The key checked, or null for a check about reports rather than keys. */
  final DataKey key;

  ColumnCheck(int order, DataKey key) {
    this.order = order;
    this.key = key;
  }

  abstract Walk walk();

  /** The column of the dataset the check reads its values from, or -1. */
  int column() {
    return -1;
  }

  /** Flags cells {@code [from, to)}, which start and end on unit boundaries. */
  void scanCells(ScanWorkspace scan, int index, int from, int to) {}

  /** Flags what the check finds about the units directly below a tree node. */
  void scanGroup(ScanWorkspace scan, int index, int node) {}

  /** Flags what the check finds over the whole dataset. */
  void scanWhole(ScanWorkspace scan, int index) {}

  /** Adds the findings of a flagged anchor (a unit by its ordinal, and a period). */
  abstract void findings(BulkRun bulk, int ordinal, int period, List<Finding> out);

  /** The largest formula's node and input counts, for sizing buffers. */
  int formulaNodes() {
    return 0;
  }

  int formulaInputs() {
    return 0;
  }

  /** Orders by rule order, then key (checks without a key first). */
  static int compare(ColumnCheck a, ColumnCheck b) {
    int byOrder = Integer.compare(a.order, b.order);
    if (byOrder != 0) {
      return byOrder;
    }
    if (a.key == null || b.key == null) {
      return a.key == null ? (b.key == null ? 0 : -1) : 1;
    }
    return a.key.compareTo(b.key);
  }

  /** {@link #compare} as a comparator: a named class, not a lambda, so that the first validation spins none. */
  static final Comparator<ColumnCheck> ORDER = new Comparator<ColumnCheck>() {
    @Override
    public int compare(ColumnCheck a, ColumnCheck b) {
      return ColumnCheck.compare(a, b);
    }
  };

  /** Adds findings to a list (a named class rather than {@code out::add}, which is spun on first use). */
  static Consumer<Finding> into(List<Finding> out) {
    return new Into(out);
  }

  private static final class Into implements Consumer<Finding> {
    private final List<Finding> out;

    Into(List<Finding> out) {
      this.out = out;
    }

    @Override
    public void accept(Finding finding) {
      out.add(finding);
    }
  }
}
