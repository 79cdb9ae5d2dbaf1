package vn.danso.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.testing.Gen;

/** Exact fractions against a reference in plain BigInteger arithmetic, across the long/BigInteger boundary. */
class RationalTest {
  static Stream<Long> seeds() {
    return Gen.seeds(1000);
  }

  /** A reference fraction: numerator and denominator, normalised. */
  private static BigInteger[] ref(BigInteger n, BigInteger d) {
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    BigInteger g = n.gcd(d);
    return new BigInteger[] {n.divide(g), d.divide(g)};
  }

  private static String text(BigInteger[] r) {
    return r[0] + "/" + r[1];
  }

  private static long operand(Gen gen) {
    switch (gen.intBetween(0, 3)) {
      case 0:
        return gen.longBetween(-1000, 1000);
      case 1:
        return gen.longBetween(-(1L << 40), 1L << 40);
      case 2:
        return gen.longBetween(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2);
      default:
        return gen.pick(Long.MIN_VALUE, Long.MAX_VALUE, (1L << 62) - 1, 1L << 62, -(1L << 62));
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void operationsAgreeWithTheReference(long seed) {
    Gen gen = new Gen(seed);
    long an = operand(gen);
    long ad = operand(gen);
    long bn = operand(gen);
    long bd = operand(gen);
    if (ad == 0 || bd == 0 || bn == 0) {
      return;
    }
    Rational a = Rational.of(an, ad);
    Rational b = Rational.of(bn, bd);
    BigInteger[] ra = ref(BigInteger.valueOf(an), BigInteger.valueOf(ad));
    BigInteger[] rb = ref(BigInteger.valueOf(bn), BigInteger.valueOf(bd));
    assertThat(a).hasToString(text(ra));
    assertThat(a.add(b)).hasToString(text(ref(ra[0].multiply(rb[1]).add(rb[0].multiply(ra[1])),
        ra[1].multiply(rb[1]))));
    assertThat(a.subtract(b)).hasToString(text(ref(ra[0].multiply(rb[1]).subtract(rb[0].multiply(ra[1])),
        ra[1].multiply(rb[1]))));
    assertThat(a.multiply(b)).hasToString(text(ref(ra[0].multiply(rb[0]), ra[1].multiply(rb[1]))));
    assertThat(a.divide(b)).hasToString(text(ref(ra[0].multiply(rb[1]), ra[1].multiply(rb[0]))));
    assertThat(Integer.signum(a.compareTo(b)))
        .isEqualTo(ra[0].multiply(rb[1]).compareTo(rb[0].multiply(ra[1])));
    assertThat(a.abs()).hasToString(text(ref(ra[0].abs(), ra[1])));
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void doublesAndDecimalsAreTakenExactly(long seed) {
    Gen gen = new Gen(seed);
    double d = gen.pick(gen.doubleBetween(-1e6, 1e6), (double) gen.longBetween(-(1L << 53), 1L << 53),
        gen.doubleBetween(-1e30, 1e30), Double.MIN_VALUE);
    BigDecimal exact = new BigDecimal(d);
    Rational r = Rational.of(d);
    BigInteger[] expected = exact.scale() <= 0
        ? ref(exact.toBigIntegerExact(), BigInteger.ONE)
        : ref(exact.unscaledValue(), BigInteger.TEN.pow(exact.scale()));
    assertThat(r).hasToString(text(expected));
    BigDecimal decimal = BigDecimal.valueOf(gen.longBetween(-1_000_000, 1_000_000), gen.intBetween(-3, 20));
    BigInteger[] expectedDecimal = decimal.scale() <= 0
        ? ref(decimal.toBigIntegerExact(), BigInteger.ONE)
        : ref(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()));
    assertThat(Rational.of(decimal)).hasToString(text(expectedDecimal));
  }
}
