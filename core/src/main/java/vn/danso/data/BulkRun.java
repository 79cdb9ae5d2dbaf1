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
  /** The numbering of the units, which the fields below repeat. */
  final UnitOrder order;
  /** Periods per unit: a unit's cells are {@code [u * periods, (u + 1) * periods)}. */
  final int periods;
  /** Every unit a finding can be about, in report order (level, then code). */
  final ImmutableList<UnitCode> units;
  final int[] ordinalOfUnit;
  final int[] unitOfOrdinal;
  final int[] nodeOfUnit;
  final int[] unitOfNode;
  final int[] ordinalOfNode;
  /** Bits sorted per pass of {@link #radixSort}. */
  static final int RADIX = 11;
  private final int periodBits;
  private final int checkBits;

  BulkRun(CompiledChecks compiled, Dataset dataset, UnitTree tree, int checks) {
    this(compiled, dataset, new UnitOrder(dataset.units(), tree), checks);
  }

  /** A run over a dataset whose units were numbered already (kept with the plan of its shape). */
  BulkRun(CompiledChecks compiled, Dataset dataset, UnitOrder order, int checks) {
    this.compiled = compiled;
    this.dataset = dataset;
    this.order = order;
    this.tree = order.tree;
    this.periods = dataset.periodCount();
    this.units = order.units;
    this.ordinalOfUnit = order.ordinalOfUnit;
    this.unitOfOrdinal = order.unitOfOrdinal;
    this.nodeOfUnit = order.nodeOfUnit;
    this.unitOfNode = order.unitOfNode;
    this.ordinalOfNode = order.ordinalOfNode;
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
   * Returns how many passes of {@link #radixSort} sort {@code n} hits, or 0 when so few are better sorted by
   * comparison.
   */
  int sortPasses(int n) {
    if (n < 256) {
      return 0;
    }
    int bits = 64 - Long.numberOfLeadingZeros(hit(units.size(), periods, 0) | ((1L << checkBits) - 1));
    return (bits + RADIX - 1) / RADIX;
  }

  /**
   * Sorts the first {@code n} packed hits of {@code from}, least significant digits first (a radix sort over the bits
   * the packing uses), going back and forth between the two arrays: the hits end sorted in {@code from} after an even
   * number of {@linkplain #sortPasses passes}, in {@code to} after an odd one. Linear in the number of hits, where a
   * comparison sort of the hundred thousand a national check may flag costs several times more.
   */
  void radixSort(long[] from, long[] to, int n, int[] counts) {
    int passes = sortPasses(n);
    long[] a = from;
    long[] b = to;
    for (int pass = 0, shift = 0; pass < passes; pass++, shift += RADIX) {
      Arrays.fill(counts, 0, 1 << RADIX, 0);
      for (int i = 0; i < n; i++) {
        counts[(int) (a[i] >>> shift) & ((1 << RADIX) - 1)]++;
      }
      for (int d = 0, at = 0; d < 1 << RADIX; d++) {
        int count = counts[d];
        counts[d] = at;
        at += count;
      }
      for (int i = 0; i < n; i++) {
        long hit = a[i];
        b[counts[(int) (hit >>> shift) & ((1 << RADIX) - 1)]++] = hit;
      }
      long[] swap = a;
      a = b;
      b = swap;
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
