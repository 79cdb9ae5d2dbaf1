package vn.danso.benchmarks;

import java.util.Arrays;

/**
 * The plain-loop baseline of the national job: its four checks written the simplest way an integrator would write
 * them over the arrays they already hold, one {@code double[]} per key indexed by {@code unit × 12 + month}, with no
 * presence bits, no rule objects and no findings, only a count per check. It is the floor the engine is measured
 * against: anything the engine does beyond these loops (telling a missing figure from a zero, NaN from a mismatch,
 * the exact comparison near half a unit, findings that can be made later) is what its time above the floor buys.
 *
 * <p>The four checks, as {@link NationalJob} writes them for the engine:
 * <ol>
 *   <li>every count between 0 and 200 million (a range per element, every part of it);
 *   <li>the 8 component sums: totals against their parts by sex, residence and broad age group;
 *   <li>SRB computed from boys and girls against SRB reported with one decimal, within half a unit of it;
 *   <li>each district's counts against the sums of its communes', month by month.
 * </ol>
 * A NaN fails each comparison and is counted, as such loops count it.
 */
final class PlainLoops {
  private static final double MAX_COUNT = 200_000_000;

  private final double[][] columns;
  private final int[] counts;
  /** Per sum: the total, then its parts. */
  private final int[][] sums;
  private final int srb;
  private final int boys;
  private final int girls;
  private final int[][] communesOf;
  private final int cells;

  PlainLoops(NationalDataset data) {
    this.columns = data.columns;
    this.counts = Arrays.stream(NationalDataset.COUNTS).mapToInt(data::key).toArray();
    this.sums = data.componentSums();
    this.srb = data.key("SRB");
    this.boys = data.key("births[male]");
    this.girls = data.key("births[female]");
    this.communesOf = data.communesOf;
    this.cells = data.units.size() * NationalDataset.MONTHS;
  }

  /** Runs the four checks; returns the count of each. */
  int[] run() {
    int[] found = new int[4];
    for (int k : counts) {
      double[] column = columns[k];
      for (int c = 0; c < cells; c++) {
        if (!(column[c] >= 0 && column[c] <= MAX_COUNT)) {
          found[0]++;
        }
      }
    }
    for (int[] sum : sums) {
      double[] total = columns[sum[0]];
      for (int c = 0; c < cells; c++) {
        double parts = 0;
        for (int i = 1; i < sum.length; i++) {
          parts += columns[sum[i]][c];
        }
        if (total[c] != parts) {
          found[1]++;
        }
      }
    }
    double[] reported = columns[srb];
    double[] male = columns[boys];
    double[] female = columns[girls];
    for (int c = 0; c < cells; c++) {
      if (!(Math.abs(male[c] * 100 / female[c] - reported[c]) <= 0.05)) {
        found[2]++;
      }
    }
    for (int district = 0; district < communesOf.length; district++) {
      int first = communesOf[district][0];
      int end = communesOf[district][1];
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
          if (column[district * NationalDataset.MONTHS + month] != sum) {
            found[3]++;
          }
        }
      }
    }
    return found;
  }
}
