package vn.danso.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.testing.Gen;

/**
 * Precision-aware comparison against an oracle in integer arithmetic: for the sex ratio at birth 100·b/g and a value
 * R/10^d reported with d decimals, they match exactly when |2·100·b·10^d − 2·R·g| ≤ g.
 */
class PrecisionPropertyTest {
  private static final CompiledFormula SRB = Formula.rate(Formula.element("births", Sex.MALE),
      Formula.element("births", Sex.FEMALE), 100).compile();

  static Stream<Long> seeds() {
    return Gen.seeds(2000);
  }

  private static boolean oracle(long boys, long girls, long reportedUnscaled, int decimals) {
    BigInteger left = BigInteger.valueOf(200 * boys).multiply(BigInteger.TEN.pow(decimals));
    BigInteger right = BigInteger.valueOf(2 * reportedUnscaled).multiply(BigInteger.valueOf(girls));
    return left.subtract(right).abs().compareTo(BigInteger.valueOf(girls)) <= 0;
  }

  private static void check(long boys, long girls, long reportedUnscaled, int decimals) {
    double reported = reportedUnscaled / Math.pow(10, decimals);
    boolean expected = oracle(boys, girls, reportedUnscaled, decimals);
    double[] inputs = {boys, girls};
    assertThat(SRB.matches(inputs, reported, decimals))
        .as("%s/%s vs %s (%s decimals)", boys, girls, reported, decimals).isEqualTo(expected);
    assertThat(SRB.matches(inputs, ReportedValue.of(java.math.BigDecimal.valueOf(reportedUnscaled, decimals))))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void randomCountsAgreeWithTheOracle(long seed) {
    Gen gen = new Gen(seed);
    long boys = gen.longBetween(0, 2_000_000);
    long girls = gen.longBetween(1, 2_000_000);
    int decimals = gen.intBetween(0, 3);
    long nearest = Math.round(100.0 * boys / girls * Math.pow(10, decimals));
    for (long r = nearest - 1; r <= nearest + 1; r++) {
      check(boys, girls, r, decimals);
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void exactBoundariesAreIncludedOnBothSides(long seed) {
    Gen gen = new Gen(seed);
    int decimals = gen.intBetween(0, 3);
    long k = gen.longBetween(1, 50);
    long r = gen.longBetween(0, 30_000 * (long) Math.pow(10, decimals) / 100);
    // 100·b/g = (2r + 1) / (2·10^d): exactly halfway between r and r + 1 units of the last decimal.
    long girls = 200 * (long) Math.pow(10, decimals) * k;
    long boys = (2 * r + 1) * k;
    assertThat(oracle(boys, girls, r, decimals)).isTrue();
    assertThat(oracle(boys, girls, r + 1, decimals)).isTrue();
    check(boys, girls, r, decimals);
    check(boys, girls, r + 1, decimals);
    check(boys, girls, r - 1, decimals);
    check(boys, girls, r + 2, decimals);
  }
}
