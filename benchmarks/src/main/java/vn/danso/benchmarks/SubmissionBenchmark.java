package vn.danso.benchmarks;

import java.util.HashMap;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Warmup;
import vn.danso.admin.UnitCode;
import vn.danso.data.DataKey;
import vn.danso.data.DataValidator;
import vn.danso.data.DataValue;
import vn.danso.data.Submission;
import vn.danso.indicator.Period;
import vn.danso.indicator.ReportedValue;

/**
 * The single-submission path: one commune's monthly report of 40 figures (from {@link NationalDataset}) checked with
 * the built-in rules (about 30 of them apply), as a request/response service would, beside a hand-written check of
 * the same report with a hash map and the same checks written out for these 40 keys.
 *
 * <ul>
 *   <li>{@code handWritten}: the baseline;
 *   <li>{@code clean}: {@code validator.validate(report)} on a report without defects (goal ≤ 20 µs);
 *   <li>{@code twoDefects}: the same with two more boys typed: a sum and a ratio that no longer hold, two findings;
 *   <li>{@code stream}: a stream of similar reports, a different commune's March report at each call (256 of them,
 *       each with its own key objects, as a service reading requests makes them), with or without defects.
 * </ul>
 *
 * <p>A report is checked as a one-unit dataset by the engine that checks datasets; the plan of a report depends
 * only on its shape (its keys, its unit's level, its period's type) and is made once per shape, so {@code stream}
 * measures the steady state of a service, not the first report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class SubmissionBenchmark {
  private DataValidator validator;
  private Submission clean;
  private Submission twoDefects;
  private String[][] sums;
  private Submission[] stream;
  private int next;

  @Setup
  public void setUp() {
    NationalDataset data = new NationalDataset(2024);
    validator = DataValidator.builtIn();
    Period march = Period.month(2024, 3);
    // A commune whose March report has no defect and reports every figure.
    for (UnitCode unit : data.units.subList(NationalDataset.DISTRICTS, data.units.size())) {
      Submission s = data.dataset.submission(unit, march).orElseThrow();
      if (s.size() == 40 && validator.validate(s).isEmpty()) {
        clean = s;
        break;
      }
    }
    Submission.Builder edited = Submission.builder(clean.unit(), march);
    for (DataValue v : clean.values()) {
      boolean boys = v.key().toString().equals("births[male]");
      edited.add(v.key(), boys ? v.value() + 2 : v.value(), v.decimals().orElse(-1) < 0 ? 0 : 1);
    }
    twoDefects = edited.build();
    java.util.List<Submission> reports = new java.util.ArrayList<>();
    for (UnitCode unit : data.units.subList(NationalDataset.DISTRICTS, data.units.size())) {
      Submission s = data.dataset.submission(unit, march).orElseThrow();
      if (s.size() == 40) {
        Submission.Builder copy = Submission.builder(unit, march);
        for (DataValue v : s.values()) {
          // Keys parsed again, as a service reading a request gets them: equal, not the same objects.
          DataKey key = DataKey.parse(v.key().toString());
          if (v.decimals().isPresent()) {
            copy.add(key, v.value(), v.decimals().getAsInt());
          } else {
            copy.add(key, v.value());
          }
        }
        reports.add(copy.build());
      }
      if (reports.size() == 256) {
        break;
      }
    }
    stream = reports.toArray(new Submission[0]);
    sums = new String[][] {
        {"births", "births[male]", "births[female]"}, {"births", "births[urban]", "births[rural]"},
        {"deaths", "deaths[male]", "deaths[female]"}, {"deaths", "deaths[urban]", "deaths[rural]"},
        {"population.average", "population.average[male]", "population.average[female]"},
        {"population.average", "population.average[0-14]", "population.average[15-64]", "population.average[65+]"},
        {"elderly", "elderly[male]", "elderly[female]"},
        {"elderly.health-insured", "elderly.health-insured[male]", "elderly.health-insured[female]"}};
    System.out.printf("%nreport %s: %d values; findings clean %d, with two more boys %s%n", clean, clean.size(),
        validator.validate(clean).size(), validator.validate(twoDefects).countsByRule());
  }

  /** Baseline: the same checks of one report, hand-written over a hash map. */
  @Benchmark
  public int handWritten() {
    Map<String, Double> values = new HashMap<>();
    int found = 0;
    for (DataValue v : clean.values()) {
      if (values.putIfAbsent(v.key().toString(), v.value()) != null) {
        found++;
      }
    }
    for (Map.Entry<String, Double> e : values.entrySet()) {
      double v = e.getValue();
      boolean indicator = Character.isUpperCase(e.getKey().charAt(0));
      if (!Double.isFinite(v) || v < 0 || (!indicator && (v != Math.rint(v) || v > 200_000_000))) {
        found++;
      }
    }
    for (String[] sum : sums) {
      double parts = 0;
      for (int i = 1; i < sum.length; i++) {
        parts += values.getOrDefault(sum[i], Double.NaN);
      }
      if (values.get(sum[0]) != parts) {
        found++;
      }
    }
    for (String[] indicator : NationalDataset.INDICATORS) {
      Double reported = values.get(indicator[0]);
      double computed = values.get(indicator[1]) * Double.parseDouble(indicator[3]) / values.get(indicator[2]);
      if (reported != null && !ReportedValue.matches(reported, 1, computed)) {
        found++;
      }
    }
    return found;
  }

  /** A report without defects. */
  @Benchmark
  public int clean() {
    return validator.validate(clean).size();
  }

  /** A report with two findings. */
  @Benchmark
  public int twoDefects() {
    return validator.validate(twoDefects).size();
  }

  /** A different commune's report at each call, of the same shape. */
  @Benchmark
  public int stream() {
    Submission report = stream[next];
    next = (next + 1) & (stream.length - 1);
    return validator.validate(report).size();
  }

  static DataKey key(String text) {
    return DataKey.parse(text);
  }
}
