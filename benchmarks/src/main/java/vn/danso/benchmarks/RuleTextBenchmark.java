package vn.danso.benchmarks;

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
import vn.danso.data.DataCheckSet;
import vn.danso.data.DataValidator;
import vn.danso.data.RuleFile;
import vn.danso.indicator.IndicatorCatalogue;

/**
 * Reading rules from text: the built-in rule set written as text, read back and compiled into a validator, beside
 * the same rule set built from the catalogue as typed values and compiled (the baseline), in one run.
 *
 * <ul>
 *   <li>{@code typed}: the baseline: {@code DataCheckSet.builtIn(catalogue)} and a validator of it;
 *   <li>{@code fromText}: {@code RuleFile.read(text, catalogue)} and a validator of its rules.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RuleTextBenchmark {
  private IndicatorCatalogue catalogue;
  private String text;

  @Setup
  public void setUp() {
    catalogue = IndicatorCatalogue.builtIn();
    text = RuleFile.format(DataCheckSet.builtIn(catalogue));
    System.out.printf("%nthe built-in rules as text: %,d rules, %,d lines, %,d characters%n",
        DataCheckSet.builtIn(catalogue).size(), text.split("\n").length, text.length());
  }

  /** Baseline: the built-in rules derived as typed values, and compiled. */
  @Benchmark
  public DataValidator typed() {
    return DataValidator.builder().catalogue(catalogue).checks(DataCheckSet.builtIn(catalogue)).build();
  }

  /** The built-in rules read from their text, and compiled. */
  @Benchmark
  public DataValidator fromText() {
    return DataValidator.builder().catalogue(catalogue).checks(RuleFile.read(text, catalogue).checks()).build();
  }
}
