package vn.danso.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import vn.danso.indicator.CompiledIndicator;
import vn.danso.indicator.IndicatorCatalogue;

/**
 * What a compiled indicator formula costs against the same expression written by hand, over the same rows of
 * primitive inputs: the sex ratio at birth (one rate) and the total fertility rate (5 × the sum of seven rates). The
 * compiled path also checks every input is finite and every denominator non-zero, which the hand-written baseline
 * does not. Times are per row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FormulaBenchmark {
  private static final int ROWS = 1024;

  private CompiledIndicator srb;
  private CompiledIndicator tfr;
  private double[][] srbRows;
  private double[][] tfrRows;
  private double[] reported;

  @Setup
  public void setUp() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    srb = catalogue.compile("SRB");
    tfr = catalogue.compile("TFR");
    SplittableRandom random = new SplittableRandom(42);
    srbRows = new double[ROWS][];
    tfrRows = new double[ROWS][];
    reported = new double[ROWS];
    for (int i = 0; i < ROWS; i++) {
      double boys = random.nextInt(5, 600);
      double girls = random.nextInt(5, 600);
      srbRows[i] = new double[] {boys, girls};
      reported[i] = Math.round(1000.0 * boys / girls) / 10.0;
      double[] row = new double[tfr.formula().inputs().size()];
      for (int j = 0; j < row.length; j += 2) {
        row[j] = random.nextInt(0, 200);          // births to women of the age group
        row[j + 1] = random.nextInt(200, 2_000);  // women of the age group
      }
      tfrRows[i] = row;
    }
  }

  /** Baseline: the sex ratio at birth written by hand. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void srbHandWritten(Blackhole bh) {
    for (double[] row : srbRows) {
      bh.consume(row[0] * 100 / row[1]);
    }
  }

  /** The compiled sex ratio at birth. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void srbCompiled(Blackhole bh) {
    for (double[] row : srbRows) {
      bh.consume(srb.value(row));
    }
  }

  /** Baseline: the total fertility rate written by hand (inputs alternate births and women per age group). */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void tfrHandWritten(Blackhole bh) {
    for (double[] row : tfrRows) {
      double sum = 0;
      for (int j = 0; j < 14; j += 2) {
        sum += row[j] / row[j + 1];
      }
      bh.consume(5 * sum);
    }
  }

  /** The compiled total fertility rate. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void tfrCompiled(Blackhole bh) {
    for (double[] row : tfrRows) {
      bh.consume(tfr.value(row));
    }
  }

  /** Baseline: a reported SRB compared with the computed one within ±0.05 by hand (boundary not exact). */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void srbMatchHandWritten(Blackhole bh) {
    for (int i = 0; i < ROWS; i++) {
      double[] row = srbRows[i];
      bh.consume(Math.abs(row[0] * 100 / row[1] - reported[i]) <= 0.05);
    }
  }

  /** The compiled precision-aware comparison, exact at the boundary. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void srbMatchCompiled(Blackhole bh) {
    for (int i = 0; i < ROWS; i++) {
      bh.consume(srb.formula().matches(srbRows[i], reported[i], 1));
    }
  }
}
