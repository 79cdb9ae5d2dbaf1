package vn.danso.benchmarks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.danso.data.DataCheckSet;
import vn.danso.data.DataValidator;
import vn.danso.data.Dataset;
import vn.danso.data.DatasetReport;
import vn.danso.data.RuleFile;
import vn.danso.indicator.IndicatorCatalogue;

/**
 * The data engine's bulk path on a national dataset ({@link NationalDataset}: 10.743 communes and districts × 40
 * figures × 12 months, about 5,2 million values, 1 % of them defective) with the built-in rules and the hierarchy,
 * beside a hand-written loop making the same checks over the same arrays ({@link HandWrittenChecks}), in one run.
 *
 * <ul>
 *   <li>{@code handWritten}: the baseline, one thread;
 *   <li>{@code engine}: {@code DataValidator.check(dataset)} on one thread: what is wrong, flagged;
 *   <li>{@code engineParallel}: the same on every core, province by province, the other threads from an executor
 *       the benchmark passes;
 *   <li>{@code engineRulesFromTextCountsPerRule}: one thread, the built-in rules written as text and read back, and
 *       the count of flagged figures per rule;
 *   <li>{@code engineWithFindings}: one thread, and every finding made with its messages;
 *   <li>{@code engineCleanData}: one thread, on the same dataset without defects;
 *   <li>{@code plainLoops}: the national job's four checks ({@link NationalJob}) as the simplest loops over
 *       {@code double[]} ({@link PlainLoops}), a count per check: the floor;
 *   <li>{@code jobTyped}, {@code jobFromText}: the same four checks given to the engine typed and as rule text, one
 *       thread, with the count of flagged figures per check;
 *   <li>{@code buildFromColumns}: the dataset's figures (without its duplicates) handed over as the generator's
 *       arrays with {@code Dataset.columns}; {@code buildValueByValue}: the same figures through
 *       {@code Dataset.builder()}, one call per value.
 * </ul>
 *
 * <p>Time per operation is the time to check the whole dataset: values per second are {@code values / time}. The
 * set-up prints the dataset's size, the bytes its arrays hold per value and the heap it retains per value, measured
 * after garbage collection. Run with {@code -prof gc} for the allocation per check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
public class DataValidationBenchmark {
  private NationalDataset data;
  private Dataset clean;
  private HandWrittenChecks handWritten;
  private DataValidator oneThread;
  private DataValidator everyCore;
  private DataValidator fromText;
  private PlainLoops plainLoops;
  private DataValidator jobTyped;
  private DataValidator jobFromText;
  private ExecutorService pool;

  @Setup
  public void setUp() {
    data = new NationalDataset(2024);
    if (!NationalDataset.sameLayout(data)) {
      throw new IllegalStateException("the generator's arrays are not laid out as the dataset is");
    }
    handWritten = new HandWrittenChecks(data);
    oneThread = DataValidator.builder().units(data.tree).parallelism(1).build();
    int cores = Runtime.getRuntime().availableProcessors();
    pool = Executors.newFixedThreadPool(Math.max(1, cores - 1), r -> {
      Thread thread = new Thread(r, "bench-pool");
      thread.setDaemon(true);
      return thread;
    });
    everyCore = DataValidator.builder().units(data.tree).parallelism(cores).executor(pool).build();
    String text = RuleFile.format(DataCheckSet.builtIn(IndicatorCatalogue.builtIn()));
    fromText = DataValidator.builder().units(data.tree)
        .checks(RuleFile.read(text, IndicatorCatalogue.builtIn()).checks()).build();
    plainLoops = new PlainLoops(data);
    jobTyped = DataValidator.builder().units(data.tree).checks(NationalJob.typed()).build();
    jobFromText = DataValidator.builder().units(data.tree).checks(NationalJob.fromText()).build();
    Dataset dataset = data.dataset;
    clean = new NationalDataset(2024, 0).dataset;
    long retained = retainedBytes();
    DatasetReport report = oneThread.check(dataset);
    System.out.printf("%n%s%n", data);
    System.out.printf("arrays: %,d bytes = %.2f bytes per value; heap retained: %,d bytes = %.2f bytes per value%n",
        dataset.arrayBytes(), (double) dataset.arrayBytes() / dataset.size(), retained,
        (double) retained / dataset.size());
    System.out.printf("engine: %,d flagged, %,d findings %s; hand-written: %,d defects; threads: %d%n",
        report.flagged(), report.size(), report.countsByRule(), handWritten.run(), everyCore.parallelism());
    System.out.printf("without defects: %,d values, %,d flagged%n", clean.size(), oneThread.check(clean).flagged());
    System.out.printf("national job, %d checks: plain loops count %s (range, sums, SRB, districts); the engine "
        + "flags %,d, by kind %s%n", jobTyped.checks().checks().size(), java.util.Arrays.toString(plainLoops.run()),
        jobTyped.check(dataset).flagged(), byKind(jobTyped.check(dataset).flaggedByCheck()));
  }

  /** Stops the threads of the parallel validator. */
  @TearDown
  public void tearDown() {
    pool.shutdownNow();
  }

  /** The heap a dataset built from the generator's values holds once its builder is collected. */
  private long retainedBytes() {
    Runtime runtime = Runtime.getRuntime();
    gc();
    long before = runtime.totalMemory() - runtime.freeMemory();
    Dataset copy = Dataset.of(() -> data.dataset.submissions().iterator());
    gc();
    long after = runtime.totalMemory() - runtime.freeMemory();
    if (copy.size() != data.dataset.size()) {
      throw new IllegalStateException("the copy lost values");
    }
    return after - before;
  }

  private static void gc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The engine's counts per check of the national job, added up per kind of check as the plain loops count. */
  private static String byKind(java.util.List<Integer> perCheck) {
    int elements = NationalJob.ELEMENTS.length;
    int[] kinds = new int[4];
    for (int i = 0; i < perCheck.size(); i++) {
      int kind = i < elements ? 0 : i < elements + 8 ? 1 : i == elements + 8 ? 2 : 3;
      kinds[kind] += perCheck.get(i);
    }
    return java.util.Arrays.toString(kinds);
  }

  /** The generator's arrays handed over as columns. */
  @Benchmark
  public Dataset buildFromColumns() {
    vn.danso.data.DatasetColumns columns = Dataset.columns(data.units, data.periods);
    for (int k = 0; k < data.keys.size(); k++) {
      java.util.BitSet reported = java.util.BitSet.valueOf(data.present[k]);
      if (data.keys.get(k).isIndicator()) {
        columns.column(data.keys.get(k), data.columns[k], reported, 1);
      } else {
        columns.column(data.keys.get(k), data.columns[k], reported);
      }
    }
    return columns.build();
  }

  /** The same figures given one by one to the builder. */
  @Benchmark
  public Dataset buildValueByValue() {
    Dataset.Builder builder = Dataset.builder();
    int periods = data.periods.size();
    for (int u = 0; u < data.units.size(); u++) {
      for (int p = 0; p < periods; p++) {
        int cell = u * periods + p;
        for (int k = 0; k < data.keys.size(); k++) {
          if ((data.present[k][cell >>> 6] & (1L << cell)) != 0) {
            builder.add(data.units.get(u), data.periods.get(p), data.keys.get(k), data.columns[k][cell],
                data.keys.get(k).isIndicator() ? 1 : -1);
          }
        }
      }
    }
    return builder.build();
  }

  /** Baseline of the national job: its four checks as plain loops, a count per check. */
  @Benchmark
  public int[] plainLoops() {
    return plainLoops.run();
  }

  /** The national job's four checks, typed, one thread, counts per check. */
  @Benchmark
  public Object jobTyped() {
    return jobTyped.check(data.dataset).flaggedByCheck();
  }

  /** The national job's four checks read from rule text, one thread, counts per check. */
  @Benchmark
  public Object jobFromText() {
    return jobFromText.check(data.dataset).flaggedByCheck();
  }

  /** Baseline: the same checks, hand-written for this dataset. */
  @Benchmark
  public int handWritten() {
    return handWritten.run();
  }

  /** The engine, one thread. */
  @Benchmark
  public int engine() {
    return oneThread.check(data.dataset).flagged();
  }

  /** The engine, one thread, on the same dataset without defects: what checking costs when nothing is wrong. */
  @Benchmark
  public int engineCleanData() {
    return oneThread.check(clean).flagged();
  }

  /** The engine on every core, province by province. */
  @Benchmark
  public int engineParallel() {
    return everyCore.check(data.dataset).flagged();
  }

  /** The engine, one thread, with the rules read from their text, and the count of figures flagged per rule. */
  @Benchmark
  public int engineRulesFromTextCountsPerRule() {
    return fromText.check(data.dataset).flaggedByCheck().size();
  }

  /** The engine, one thread, making every finding. */
  @Benchmark
  public int engineWithFindings() {
    return oneThread.check(data.dataset).toReport().size();
  }
}
