package vn.danso.data;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import vn.danso.admin.UnitCode;

/**
 * Every unit a finding of a bulk run can be about, the dataset's and the tree's, numbered once in report order, with
 * the maps between a dataset unit, a tree node and that number. It depends only on the dataset's units and the tree,
 * so it is worked out once for datasets of the same units and kept with their plan. Immutable (its arrays are never
 * written after construction).
 */
final class UnitOrder {
  final UnitTree tree;
  /** Every unit a finding can be about, in report order (level, then code). */
  final ImmutableList<UnitCode> units;
  final int[] ordinalOfUnit;
  final int[] unitOfOrdinal;
  final int[] nodeOfUnit;
  final int[] unitOfNode;
  final int[] ordinalOfNode;

  /**
   * Merges the dataset's units and the tree's, both in code order, numbering every unit once.
   *
   * @param dataUnits the dataset's units, in the dataset's order
   * @param tree the tree, or null
   */
  UnitOrder(ImmutableList<UnitCode> dataUnits, UnitTree tree) {
    this.tree = tree;
    int unitCount = dataUnits.size();
    int nodeCount = tree == null ? 0 : tree.size();
    this.ordinalOfUnit = new int[unitCount];
    this.nodeOfUnit = new int[unitCount];
    this.unitOfNode = new int[nodeCount];
    this.ordinalOfNode = new int[nodeCount];
    Arrays.fill(nodeOfUnit, -1);
    Arrays.fill(unitOfNode, -1);
    ImmutableList.Builder<UnitCode> all = ImmutableList.builderWithExpectedSize(unitCount + nodeCount);
    int[] unitAt = new int[unitCount + nodeCount];
    int ordinals = 0;
    int u = 0;
    int k = 0;
    while (u < unitCount || k < nodeCount) {
      UnitCode fromData = u < unitCount ? dataUnits.get(u) : null;
      int node = k < nodeCount ? tree.byCode(k) : -1;
      UnitCode fromTree = node >= 0 ? tree.unitAt(node) : null;
      int c = fromData == null ? 1 : fromTree == null ? -1 : fromData.compareTo(fromTree);
      int ordinal = ordinals++;
      all.add(c <= 0 ? fromData : fromTree);
      unitAt[ordinal] = c <= 0 ? u : -1;
      if (c <= 0) {
        ordinalOfUnit[u] = ordinal;
      }
      if (c >= 0) {
        ordinalOfNode[node] = ordinal;
      }
      if (c == 0) {
        nodeOfUnit[u] = node;
        unitOfNode[node] = u;
      }
      u += c <= 0 ? 1 : 0;
      k += c >= 0 ? 1 : 0;
    }
    this.units = all.build();
    this.unitOfOrdinal = Arrays.copyOf(unitAt, ordinals);
  }
}
