package vn.danso.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.testing.Gen;

/**
 * The exact decision in long arithmetic against the decision over {@link Rational}s, on generated formulas and inputs
 * near the rounding boundary: whenever the long path decides, it decides as fractions do; when a part outgrows a long
 * it must hand over (-1), and the comparison then still gives the fractions' answer.
 */
class ExactDecisionPropertyTest {
  private static final List<Formula> ELEMENTS = List.of(Formula.element("births", Sex.MALE),
      Formula.element("births", Sex.FEMALE), Formula.element("deaths"), Formula.element("population.average"));
  private static final int[] MULTIPLIERS = {1, 100, 1000, 100_000};
  private static final double[] FACTORS = {0.5, 2.5, 3, 0.001, 1.0 / 3, -1, 1e-20, 1e20};

  static Stream<Long> seeds() {
    return Gen.seeds(2000);
  }

  /** A formula of at most {@code depth} levels over the four elements. */
  private static Formula formula(Gen gen, int depth) {
    int kind = depth <= 1 ? 0 : gen.intBetween(0, 4);
    switch (kind) {
      case 0:
        return gen.pick(ELEMENTS);
      case 1:
        return Formula.sum(formula(gen, depth - 1), formula(gen, depth - 1), formula(gen, depth - 1));
      case 2:
        return Formula.difference(formula(gen, depth - 1), formula(gen, depth - 1));
      case 3:
        return Formula.times(FACTORS[gen.intBetween(0, FACTORS.length - 1)], formula(gen, depth - 1));
      default:
        return Formula.rate(formula(gen, depth - 1), formula(gen, depth - 1),
            MULTIPLIERS[gen.intBetween(0, MULTIPLIERS.length - 1)]);
    }
  }

  /** An input: mostly counts, some halves and quarters, some decimals, some beyond what a long fraction holds. */
  private static double input(Gen gen) {
    switch (gen.intBetween(0, 9)) {
      case 0:
        return gen.intBetween(0, 3);
      case 1:
        return gen.longBetween(-1000, 1000) / 4.0;
      case 2:
        return gen.longBetween(0, 99_999) / 10.0;
      case 3:
        return gen.pick(1e18, 0x1p62, 0x1p62 - 1024, -0x1p62, 1e-25, Double.MIN_VALUE, 0x1p-61, 0x1p-62);
      case 4:
        return gen.longBetween(0, 1L << 40);
      default:
        return gen.longBetween(0, 2_000_000);
    }
  }

  /** A reported value within a unit of the last decimal of the value: both sides of the boundaries nearby. */
  private static double reportedNear(Gen gen, double value, int decimals) {
    double scale = Math.pow(10, decimals);
    if (!Double.isFinite(value) || Math.abs(value * scale) > 0x1p52) {
      return gen.longBetween(-1000, 1000) / scale;
    }
    return (Math.round(value * scale) + gen.intBetween(-1, 1)) / scale;
  }

  private static void agree(CompiledFormula compiled, double[] inputs, double reported, int decimals) {
    boolean expected = compiled.decideWithFractions(inputs, reported, decimals, null);
    int decided = compiled.decideInLongs(inputs, reported, decimals);
    String what = String.format("%s over %s vs %s (%s decimals)", compiled, java.util.Arrays.toString(inputs),
        reported, decimals);
    if (decided >= 0) {
      assertThat(decided == 1).as(what).isEqualTo(expected);
    }
    double value = compiled.evaluate(inputs);
    boolean matches = compiled.matches(inputs, reported, decimals);
    if (!Double.isNaN(value) && Math.abs(Math.abs(value - reported) - ReportedValue.halfUnit(decimals))
        <= ReportedValue.MARGIN * (Math.abs(value) + Math.abs(reported) + ReportedValue.halfUnit(decimals))) {
      assertThat(matches).as("near the boundary: " + what).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void generatedFormulasDecideAsFractionsDo(long seed) {
    Gen gen = new Gen(seed);
    CompiledFormula compiled = formula(gen, gen.intBetween(1, 5)).compile();
    double[] inputs = new double[compiled.inputs().size()];
    for (int i = 0; i < inputs.length; i++) {
      inputs[i] = input(gen);
    }
    int decimals = gen.intBetween(0, ReportedValue.MAX_DECIMALS);
    double value = compiled.evaluate(inputs);
    for (int i = 0; i < 3; i++) {
      agree(compiled, inputs, reportedNear(gen, value, decimals), decimals);
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void ratesOnTheBoundaryDecideInLongsAsFractionsDo(long seed) {
    Gen gen = new Gen(seed);
    int decimals = gen.intBetween(0, 3);
    int multiplier = MULTIPLIERS[gen.intBetween(0, MULTIPLIERS.length - 1)];
    CompiledFormula rate = Formula.rate(ELEMENTS.get(0), ELEMENTS.get(1), multiplier).compile();
    long k = gen.longBetween(1, 50);
    long r = gen.longBetween(0, 30_000);
    long power = (long) Math.pow(10, decimals);
    // multiplier·a/b = (2r + 1) / (2·10^d): halfway between r and r + 1 units of the last decimal.
    double[] inputs = {(2 * r + 1) * k, 2L * multiplier * power * k};
    for (long reported = r - 1; reported <= r + 2; reported++) {
      double value = reported / (double) power;
      assertThat(rate.decideInLongs(inputs, value, decimals)).as("counts stay in longs").isNotNegative();
      agree(rate, inputs, value, decimals);
    }
    assertThat(rate.matches(inputs, r / (double) power, decimals)).isTrue();
    assertThat(rate.matches(inputs, (r + 1) / (double) power, decimals)).isTrue();
    assertThat(rate.matches(inputs, (r + 2) / (double) power, decimals)).isFalse();
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void valuesBeyondLongFractionsFallBack(long seed) {
    Gen gen = new Gen(seed);
    CompiledFormula rate = Formula.rate(ELEMENTS.get(0), ELEMENTS.get(1), 1000).compile();
    double big = gen.pick(0x1p62, 1e19, 0x1p62 * gen.intBetween(1, 1000), 1e-30, 0x1p-62 * 3);
    double other = gen.longBetween(1, 1L << 40);
    double[] inputs = gen.chance(0.5) ? new double[] {big, other} : new double[] {other, big};
    int decimals = gen.intBetween(0, 4);
    double reported = reportedNear(gen, rate.evaluate(inputs), decimals);
    assertThat(rate.decideInLongs(inputs, reported, decimals)).as("%s, %s", inputs[0], inputs[1]).isEqualTo(-1);
    agree(rate, inputs, reported, decimals);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void productsBeyondLongsFallBack(long seed) {
    Gen gen = new Gen(seed);
    // Counts near 2^40 whose product with 10^6 · 10^d outgrows 2^62 in the comparison or the rates.
    CompiledFormula nested = Formula.rate(Formula.rate(ELEMENTS.get(0), ELEMENTS.get(1), 100_000),
        Formula.rate(ELEMENTS.get(2), ELEMENTS.get(3), 100_000), 1000).compile();
    double[] inputs = {gen.longBetween(1L << 38, 1L << 40) | 1, gen.longBetween(1L << 38, 1L << 40) | 1,
        gen.longBetween(1L << 38, 1L << 40) | 1, gen.longBetween(1L << 38, 1L << 40) | 1};
    int decimals = gen.intBetween(0, ReportedValue.MAX_DECIMALS);
    double reported = reportedNear(gen, nested.evaluate(inputs), decimals);
    assertThat(nested.decideInLongs(inputs, reported, decimals)).isEqualTo(-1);
    agree(nested, inputs, reported, decimals);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void doublesReadAsRationalReadsThem(long seed) {
    Gen gen = new Gen(seed);
    double value = gen.pick(gen.doubleBetween(-1e6, 1e6), gen.longBetween(-(1L << 62), 1L << 62) * 1.0,
        Double.longBitsToDouble(gen.longBetween(0, 0x7FEFFFFFFFFFFFFFL)) * gen.pick(1, -1), input(gen));
    long[] scratch = new long[2];
    if (LongFraction.set(scratch, 0, value)) {
      assertThat(scratch[0] + "/" + scratch[1]).as("%s", value).isEqualTo(Rational.of(value).toString());
      assertThat(Math.abs(scratch[0])).isLessThan(1L << 62);
      assertThat(scratch[1]).isPositive().isLessThan(1L << 62);
    } else {
      assertThat(Rational.of(value).toString()).as("%s", value).matches(s -> {
        String[] parts = s.split("/");
        return Math.abs(Double.parseDouble(parts[0])) >= 0x1p62 || Double.parseDouble(parts[1]) >= 0x1p62;
      }, "a part of 2^62 or more");
    }
  }

  @Test
  void theDeepestFormulaDecidesInLongs() {
    Formula formula = ELEMENTS.get(0);
    for (int i = 1; i < Formula.MAX_DEPTH; i++) {
      formula = i % 2 == 0 ? Formula.sum(formula, ELEMENTS.get(1)) : Formula.times(3, formula);
    }
    CompiledFormula compiled = formula.compile();
    double[] inputs = {1, 1};
    double value = compiled.evaluate(inputs);
    assertThat(compiled.decideInLongs(inputs, value, 0)).isEqualTo(1);
    assertThat(compiled.decideInLongs(inputs, value + 1, 0)).isZero();
  }

  @Test
  void aZeroDenominatorMatchesNothing() {
    CompiledFormula rate = Formula.rate(ELEMENTS.get(0), ELEMENTS.get(1), 100).compile();
    assertThat(rate.decideInLongs(new double[] {5, 0}, 0, 0)).isZero();
    assertThat(rate.decideWithFractions(new double[] {5, 0}, 0, 0, null)).isFalse();
  }
}
