package vn.danso.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import vn.danso.data.DataCheckSet;
import vn.danso.data.DataValidator;
import vn.danso.data.RuleFile;
import vn.danso.indicator.IndicatorCatalogue;

/**
 * The work of {@link RuleTextBenchmark} measured as CPU time of the thread doing it, not wall time: on a machine
 * shared with other builds the wall time mostly measures waiting for a core, the thread's CPU time much less. Runs
 * both ways alternately, {@code N} times each (400 unless given), and prints the mean of the second half of each.
 */
public final class RuleTextCpuTime {
  private RuleTextCpuTime() {}

  /**
   * Measures and prints.
   *
   * @param args optionally the number of runs of each
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    String text = RuleFile.format(DataCheckSet.builtIn(catalogue));
    long typed = 0;
    long fromText = 0;
    int kept = 0;
    int sizes = 0;
    for (int i = 0; i < n; i++) {
      long t0 = threads.getCurrentThreadCpuTime();
      DataValidator a = DataValidator.builder().catalogue(catalogue).checks(DataCheckSet.builtIn(catalogue)).build();
      long t1 = threads.getCurrentThreadCpuTime();
      DataValidator b = DataValidator.builder().catalogue(catalogue).checks(RuleFile.read(text, catalogue).checks())
          .build();
      long t2 = threads.getCurrentThreadCpuTime();
      sizes += a.checks().size() - b.checks().size();
      if (i >= n / 2) {
        typed += t1 - t0;
        fromText += t2 - t1;
        kept++;
      }
    }
    System.out.printf("CPU time per run, mean of the last %d of %d: typed %.2f ms, from text %.2f ms (%.1f x)%s%n",
        kept, n, typed / 1e6 / kept, fromText / 1e6 / kept, (double) fromText / typed,
        sizes == 0 ? "" : " — the two rule sets differ in size");
  }
}
