package vn.danso.data;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;
import vn.danso.validation.Subject;

/**
 * What one bulk run shares between its threads: the dataset, the compiled rules, the tree, and every unit that can
 * be the subject of a finding (the dataset's and the tree's) numbered in report order, which is how a flagged cell is
 * packed into one sortable {@code long}: unit, period, check.
 */
final class BulkRun {
  final CompiledChecks compiled;
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
  /** BitWords sorted per pass of {@link #sort}. */
  private static final int RADIX = 11;
  private final int periodBits;
  private final int checkBits;

  BulkRun(CompiledChecks compiled, Dataset dataset, UnitTree tree, int checks) {
    this.compiled = compiled;
    this.dataset = dataset;
    this.tree = tree;
    this.periods = dataset.periodCount();
    // Merge the dataset's units and the tree's, both in code order, numbering every unit once.
    int unitCount = dataset.unitCount();
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
      UnitCode fromData = u < unitCount ? dataset.units().get(u) : null;
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
    int[] units = new int[tree.childCount(node)];
    for (int k = 0; k < units.length; k++) {
      units[k] = unitOfNode[tree.child(node, k)];
    }
    return units;
  }

  /** The dataset unit of a tree node's k-th child, or -1. */
  int childUnit(int node, int k) {
    return unitOfNode[tree.child(node, k)];
  }

  /** Packs a finding's anchor: unit ordinal, period and check, in report order. */
  long hit(int ordinal, int period, int check) {
    return ((long) ordinal << (periodBits + checkBits)) | ((long) period << checkBits) | check;
  }

  /**
   * Sorts packed hits in place, least significant digits first (a radix sort over the bits the packing uses):
   * linear in the number of hits, where a comparison sort of the hundred thousand a national check may flag costs
   * several times more.
   */
  void sort(long[] hits) {
    int bits = 64 - Long.numberOfLeadingZeros(hit(units.size(), periods, 0) | ((1L << checkBits) - 1));
    if (hits.length < 256) {
      Arrays.sort(hits);
      return;
    }
    long[] from = hits;
    long[] to = new long[hits.length];
    int[] counts = new int[1 << RADIX];
    for (int shift = 0; shift < bits; shift += RADIX) {
      Arrays.fill(counts, 0);
      for (long hit : from) {
        counts[(int) (hit >>> shift) & ((1 << RADIX) - 1)]++;
      }
      for (int d = 0, at = 0; d < counts.length; d++) {
        int n = counts[d];
        counts[d] = at;
        at += n;
      }
      for (long hit : from) {
        to[counts[(int) (hit >>> shift) & ((1 << RADIX) - 1)]++] = hit;
      }
      long[] swap = from;
      from = to;
      to = swap;
    }
    if (from != hits) {
      System.arraycopy(from, 0, hits, 0, hits.length);
    }
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
