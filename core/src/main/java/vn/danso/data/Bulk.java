package vn.danso.data;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.TreeSet;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;
import vn.danso.validation.Subject;

/**
 * What one bulk run shares between its threads: the dataset, the compiled rules, the tree, and every unit that can
 * be the subject of a finding (the dataset's and the tree's) numbered in report order, which is how a flagged cell is
 * packed into one sortable {@code long}: unit, period, check.
 */
final class Bulk {
  final CompiledRules compiled;
  final Dataset dataset;
  final UnitTree tree;
  /** Periods per unit: a unit's cells are {@code [u * periods, (u + 1) * periods)}. */
  final int periods;
  /** Every unit a finding can be about, in report order (level, then code). */
  final ImmutableList<UnitCode> units;
  final int[] ordinalOfUnit;
  final int[] unitOfOrdinal;
  final int[] nodeOfUnit;
  final int[] unitOfNode;
  final int[] ordinalOfNode;
  /** Per tree node: the dataset units of its children, in the tree's order (-1 for a child without figures). */
  private final int[][] childUnits;
  private final int periodBits;
  private final int checkBits;

  Bulk(CompiledRules compiled, Dataset dataset, UnitTree tree, int checks) {
    this.compiled = compiled;
    this.dataset = dataset;
    this.tree = tree;
    this.periods = dataset.periodCount();
    TreeSet<UnitCode> all = new TreeSet<>(dataset.units());
    if (tree != null) {
      all.addAll(tree.units());
    }
    this.units = ImmutableList.copyOf(all);
    int unitCount = dataset.unitCount();
    this.ordinalOfUnit = new int[unitCount];
    this.unitOfOrdinal = new int[units.size()];
    this.nodeOfUnit = new int[unitCount];
    this.unitOfNode = new int[tree == null ? 0 : tree.size()];
    this.ordinalOfNode = new int[unitOfNode.length];
    Arrays.fill(unitOfOrdinal, -1);
    Arrays.fill(unitOfNode, -1);
    for (int o = 0, u = 0; o < units.size(); o++) {
      if (u < unitCount && units.get(o).equals(dataset.units().get(u))) {
        ordinalOfUnit[u] = o;
        unitOfOrdinal[o] = u;
        u++;
      }
    }
    for (int u = 0; u < unitCount; u++) {
      nodeOfUnit[u] = tree == null ? -1 : tree.indexOf(dataset.units().get(u));
      if (nodeOfUnit[u] >= 0) {
        unitOfNode[nodeOfUnit[u]] = u;
      }
    }
    UnitCode[] ordered = units.toArray(new UnitCode[0]);
    for (int n = 0; n < ordinalOfNode.length; n++) {
      ordinalOfNode[n] = Arrays.binarySearch(ordered, tree.unitAt(n));
    }
    this.childUnits = new int[ordinalOfNode.length][];
    for (int n = 0; n < childUnits.length; n++) {
      childUnits[n] = new int[tree.childCount(n)];
      for (int k = 0; k < childUnits[n].length; k++) {
        childUnits[n][k] = unitOfNode[tree.child(n, k)];
      }
    }
    this.periodBits = bits(Math.max(1, periods));
    this.checkBits = bits(Math.max(1, checks));
    int unitBits = bits(Math.max(1, units.size()));
    checkArgument(unitBits + periodBits + checkBits <= 63,
        "%s units, %s periods and %s checks are too many to check at once: split the dataset, e.g. by year",
        units.size(), periods, checks);
  }

  private static int bits(int n) {
    return 32 - Integer.numberOfLeadingZeros(n);
  }

  /** The dataset units of a tree node's children, in the tree's order; -1 for a child without figures. */
  int[] childUnits(int node) {
    return childUnits[node];
  }

  /** Packs a finding's anchor: unit ordinal, period and check, in report order. */
  long hit(int ordinal, int period, int check) {
    return ((long) ordinal << (periodBits + checkBits)) | ((long) period << checkBits) | check;
  }

  int ordinal(long hit) {
    return (int) (hit >>> (periodBits + checkBits));
  }

  int period(long hit) {
    return (int) (hit >>> checkBits) & ((1 << periodBits) - 1);
  }

  int check(long hit) {
    return (int) hit & ((1 << checkBits) - 1);
  }

  Period periodAt(int p) {
    return dataset.periods().get(p);
  }

  Subject subject(int ordinal, int period) {
    return DataFindings.subject(units.get(ordinal), periodAt(period));
  }

  Subject subject(int ordinal, int period, DataKey key) {
    return DataFindings.subject(units.get(ordinal), periodAt(period), key);
  }

  /** The value of a cell of a key, or NaN when the key is not in the dataset or the cell was not reported. */
  double valueOrNaN(int key, int cell) {
    return key >= 0 && dataset.isPresent(key, cell) ? dataset.column(key)[cell] : Double.NaN;
  }

  boolean isPresent(int key, int cell) {
    return key >= 0 && dataset.isPresent(key, cell);
  }
}
