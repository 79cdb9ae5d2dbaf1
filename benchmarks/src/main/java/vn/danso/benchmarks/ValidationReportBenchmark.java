package vn.danso.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.danso.validation.Finding;
import vn.danso.validation.Rule;
import vn.danso.validation.Severity;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * What it costs to collect findings into a report, against the baseline of collecting the same findings into an
 * {@link ArrayList}. Validators report through {@link ValidationReport}, so its overhead is paid everywhere.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValidationReportBenchmark {
  private static final Rule RULE = Rule.builder()
      .id("bench.count-negative")
      .severity(Severity.ERROR)
      .title("Số đếm âm", "Negative count")
      .message("Số đếm {actual} âm", "Count {actual} is negative")
      .build();

  @Param({"10", "1000"})
  int findings;

  private List<Finding> made;

  @Setup
  public void setUp() {
    made = new ArrayList<>();
    for (int i = 0; i < findings; i++) {
      made.add(RULE.finding(Subject.of("unit", String.valueOf(10_000 + i))).actual(-i).build());
    }
  }

  /** Baseline: the findings into a plain list. */
  @Benchmark
  public List<Finding> baselineArrayList() {
    List<Finding> list = new ArrayList<>();
    for (Finding finding : made) {
      list.add(finding);
    }
    return list;
  }

  /** The findings into a report, with its counts. */
  @Benchmark
  public ValidationReport reportBuilder() {
    ValidationReport.Builder builder = ValidationReport.builder();
    for (Finding finding : made) {
      builder.add(finding);
    }
    return builder.build();
  }

  /** Making the findings themselves (rule, subject, argument checks), as a validator does. */
  @Benchmark
  public ValidationReport makeFindingsAndReport() {
    ValidationReport.Builder builder = ValidationReport.builder();
    for (int i = 0; i < findings; i++) {
      builder.add(RULE.finding(Subject.of("unit", "31018")).actual(-i).build());
    }
    return builder.build();
  }
}
