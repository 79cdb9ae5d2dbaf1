package vn.danso.benchmarks;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import vn.danso.document.Document;
import vn.danso.document.DocumentReference;
import vn.danso.plan.Cascade;
import vn.danso.plan.CascadeValidator;
import vn.danso.plan.Plan;
import vn.danso.validation.ValidationReport;

/**
 * Plan cascades at national scale: a central resolution and, for every province, district and commune, the Party
 * committee's and the People's Committee's plans ({@link SyntheticCascade}), at about 2,000, 20,000 (the real number
 * of units in 2025) and 200,000 documents. Goals: validation of 20,000 documents within 200 ms, and time growing
 * close to linearly with size (compare the sizes: the log-log slope between them is the growth exponent).
 *
 * <ul>
 *   <li>{@code build}: the cascade (one node per plan, every reference resolved through the indexes, cycles looked
 *       for, topological order);</li>
 *   <li>{@code validate}: every check, each document's number, date and place line included;</li>
 *   <li>{@code validateCascadeOnly}: without the per-document checks;</li>
 *   <li>{@code baseline}: the least a plain program would do: resolve each reference in a hash map and compare the
 *       dates and, by walking a code → parent-code hash map, the territories.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class CascadeBenchmark {
  @Param({"2000", "20000", "200000"})
  int documents;

  private List<Plan> plans;
  private Cascade cascade;
  private CascadeValidator validator;
  private CascadeValidator cascadeOnly;
  private Map<String, String> parentOf;
  private Map<String, Document> byNumberAndIssuer;

  @Setup
  public void setUp() {
    SyntheticCascade synthetic = new SyntheticCascade(documents);
    plans = synthetic.plans;
    cascade = Cascade.of(plans);
    validator = CascadeValidator.of(synthetic.hierarchy);
    cascadeOnly = validator.withoutDocumentChecks();
    ValidationReport report = validator.validate(cascade);
    if (!report.isEmpty()) {
      throw new IllegalStateException("the synthetic cascade is not clean: " + report.findings().get(0));
    }
    parentOf = synthetic.parentOf;
    byNumberAndIssuer = new HashMap<>();
    for (Plan plan : plans) {
      Document d = plan.document().orElseThrow();
      byNumberAndIssuer.put(d.number().format() + "|" + d.issuer().id(), d);
    }
  }

  @Benchmark
  public Cascade build() {
    return Cascade.of(plans);
  }

  @Benchmark
  public ValidationReport validate() {
    return validator.validate(cascade);
  }

  @Benchmark
  public ValidationReport validateCascadeOnly() {
    return cascadeOnly.validate(cascade);
  }

  /** Resolves, compares dates and walks up the parent codes: the count of defects, which is 0. */
  @Benchmark
  public int baseline() {
    int defects = 0;
    for (Plan plan : plans) {
      Document child = plan.document().orElseThrow();
      for (DocumentReference reference : child.implemented()) {
        Document parent = byNumberAndIssuer.get(reference.number().orElseThrow().format() + "|"
            + reference.issuer().orElseThrow().id());
        if (parent == null) {
          defects++;
          continue;
        }
        LocalDate childDate = child.date();
        if (childDate.isBefore(parent.date())) {
          defects++;
        }
        String territory = parent.issuer().jurisdiction().unit().value();
        String unit = child.issuer().jurisdiction().unit().value();
        while (unit != null && !unit.equals(territory)) {
          unit = parentOf.get(unit);
        }
        if (unit == null) {
          defects++;
        }
      }
    }
    return defects;
  }
}
