package vn.danso.spark;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import vn.danso.admin.UnitCode;
import vn.danso.data.DataKey;
import vn.danso.data.DataValidator;
import vn.danso.data.DatasetReport;
import vn.danso.indicator.Period;
import vn.danso.validation.Finding;

/**
 * The large job (tác vụ kiểm tra số liệu quy mô lớn): generates in Spark monthly counts by sex and single year of age
 * for every commune and district of a nation-shaped tree over some years, writes them as Parquet, checks them with
 * {@link SparkValidator}, writes the findings as Parquet, and times the single-machine engine on one province's slice
 * in the same run, so that the two rates are compared on the same machine at the same moment.
 *
 * <p>Run with {@code spark-submit --class vn.danso.spark.NationalFiguresJob danso-spark.jar [options]} on a cluster, or
 * with {@code java -cp} and {@code --master local[2]} on one machine ({@code docs/spark.md}). Options, each
 * {@code --name value}: {@code master} (unless spark-submit sets it), {@code dir} (where the Parquet files go;
 * {@code /tmp/danso-spark}), {@code provinces} (63), {@code districts} per province (11), {@code communes} per
 * district (15), {@code first-year} (2016), {@code years} (10), {@code ages} ({@code single} or {@code broad}),
 * {@code partitions} of the generated figures (4 per core), {@code seed} (16).
 */
public final class NationalFiguresJob {
  private final Map<String, String> options;
  private final PrintStream out;

  private NationalFiguresJob(Map<String, String> options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  /**
   * Runs the job.
   *
   * @param args options, each {@code --name value}
   */
  public static void main(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("options are --name value pairs; \"" + args[i] + "\" is not a name");
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("option " + args[args.length - 1] + " has no value");
    }
    new NationalFiguresJob(options, System.out).run();
  }

  private int number(String name, int otherwise) {
    return Integer.parseInt(options.getOrDefault(name, String.valueOf(otherwise)));
  }

  private void run() {
    SparkSession.Builder session = SparkSession.builder().appName("danso national figures");
    if (options.containsKey("master")) {
      session.master(options.get("master"));
    }
    SparkSession spark = session.getOrCreate();
    int cores = spark.sparkContext().defaultParallelism();
    SyntheticNation nation = new SyntheticNation(number("provinces", 63), number("districts", 11),
        number("communes", 15));
    SyntheticFigures generator = new SyntheticFigures(nation, number("first-year", 2016), number("years", 10),
        !options.getOrDefault("ages", "single").equals("broad"), false, number("seed", 16), 0.001);
    String dir = options.getOrDefault("dir", "/tmp/danso-spark");
    out.printf(Locale.ROOT, "nation: %d provinces, %d districts, %d communes; %d months; %d keys a report; "
            + "%d cores%n", nation.provinces, nation.districts(), nation.communes(), generator.periods().size(),
        generator.keysPerReport(), cores);

    long start = System.nanoTime();
    long cpu = processCpu();
    generator.generate(spark, number("partitions", 4 * cores)).write().mode(SaveMode.Overwrite)
        .parquet(dir + "/figures");
    double generated = seconds(start);
    double generatedCpu = (processCpu() - cpu) / 1e9;
    Dataset<Row> figures = spark.read().parquet(dir + "/figures");
    long values = figures.count();
    out.printf(Locale.ROOT, "generated and written: %,d values in %.1f s (%.1f CPU s)%n", values, generated,
        generatedCpu);

    start = System.nanoTime();
    cpu = processCpu();
    SparkReport report = SparkValidator.builder().units(nation.tree()).build().check(figures, generator.periods());
    report.findings().write().mode(SaveMode.Overwrite).parquet(dir + "/findings");
    double checked = seconds(start);
    double checkedCpu = (processCpu() - cpu) / 1e9;
    Dataset<Row> findings = spark.read().parquet(dir + "/findings");
    out.printf(Locale.ROOT, "checked on Spark: %,d values, %,d findings in %.1f s: %,.0f values/s, %,.0f values/s "
            + "per core; %.1f CPU s, %,.0f values per CPU second%n", values, findings.count(), checked,
        values / checked, values / checked / cores, checkedCpu, values / checkedCpu);
    findings.groupBy("rule_id", "severity").count().orderBy("rule_id").collectAsList()
        .forEach(row -> out.printf(Locale.ROOT, "  %-36s %-8s %,12d%n", row.getString(0), row.getString(1),
            row.getLong(2)));
    singleMachine(generator, nation);
    spark.stop();
  }

  /** The single-machine engine on one province's slice, in one thread: read the rows, check, make the findings. */
  private void singleMachine(SyntheticFigures generator, SyntheticNation nation) {
    List<Row> rows = new ArrayList<>();
    for (int unit : generator.unitsOf(0)) {
      for (int month = 0; month < generator.periods().size(); month++) {
        generator.report(unit, month, rows::add);
      }
    }
    // One province checked on its own: the tree below the province, as a user checking a province wires it.
    vn.danso.data.UnitTree whole = nation.tree();
    DataValidator validator = DataValidator.builder()
        .units(vn.danso.data.UnitTree.of(UnitCode.of(nation.provinceCode(0)), whole::children)).parallelism(1)
        .build();
    double best = Double.MAX_VALUE;
    double bestCpu = Double.MAX_VALUE;
    int findings = 0;
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int run = 0; run < 3; run++) {
      long start = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      findings = check(validator, rows);
      best = Math.min(best, seconds(start));
      bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
    }
    out.printf(Locale.ROOT, "single machine, one thread, province %s: %,d values, %,d findings in %.2f s (best of 3): "
            + "%,.0f values/s; %.2f CPU s, %,.0f values per CPU second%n", nation.provinceCode(0), rows.size(),
        findings, best, rows.size() / best, bestCpu, rows.size() / bestCpu);
  }

  /** The simplest wiring a user would write: each row read, one dataset, one check, every finding as a row. */
  private static int check(DataValidator validator, List<Row> rows) {
    vn.danso.data.Dataset.Builder builder = vn.danso.data.Dataset.builder();
    Map<String, UnitCode> units = new HashMap<>();
    Map<String, Period> periods = new HashMap<>();
    Map<String, DataKey> keys = new HashMap<>();
    for (Row row : rows) {
      builder.add(units.computeIfAbsent(row.getString(0), UnitCode::of),
          periods.computeIfAbsent(row.getString(1), Period::parse),
          keys.computeIfAbsent(row.getString(2), DataKey::parse), row.getDouble(3));
    }
    DatasetReport report = validator.check(builder.build());
    int count = 0;
    for (Finding finding : report.toReport().findings()) {
      if (FindingRows.of(finding) != null) {
        count++;
      }
    }
    return count;
  }

  /** The CPU time of the whole JVM (driver and, in local mode, executors), in nanoseconds. */
  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
