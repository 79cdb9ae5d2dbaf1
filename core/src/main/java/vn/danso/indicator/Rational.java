package vn.danso.indicator;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact fraction of two big integers, for the slow path of precision-aware comparison: every finite double and
 * every decimal is exactly a fraction, and formulas only add, subtract, multiply and divide, so a formula's exact value
 * over its inputs is a fraction too. Immutable; the denominator is positive and the fraction is in lowest terms.
 */
final class Rational implements Comparable<Rational> {
  static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

  private final BigInteger num;
  private final BigInteger den;

  private Rational(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
  }

  static Rational of(BigInteger num, BigInteger den) {
    if (den.signum() == 0) {
      throw new ArithmeticException("zero denominator");
    }
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger gcd = num.gcd(den);
    return gcd.equals(BigInteger.ONE) ? new Rational(num, den) : new Rational(num.divide(gcd), den.divide(gcd));
  }

  /** The exact value of a finite double. */
  static Rational of(double value) {
    return of(new BigDecimal(value));
  }

  /** The exact value of a decimal. */
  static Rational of(BigDecimal value) {
    if (value.scale() <= 0) {
      return new Rational(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  boolean isZero() {
    return num.signum() == 0;
  }

  Rational add(Rational other) {
    return of(num.multiply(other.den).add(other.num.multiply(den)), den.multiply(other.den));
  }

  Rational subtract(Rational other) {
    return of(num.multiply(other.den).subtract(other.num.multiply(den)), den.multiply(other.den));
  }

  Rational multiply(Rational other) {
    return of(num.multiply(other.num), den.multiply(other.den));
  }

  /** Divides; the caller makes sure the divisor is not zero. */
  Rational divide(Rational other) {
    return of(num.multiply(other.den), den.multiply(other.num));
  }

  Rational abs() {
    return num.signum() < 0 ? new Rational(num.negate(), den) : this;
  }

  @Override
  public int compareTo(Rational other) {
    return num.multiply(other.den).compareTo(other.num.multiply(den));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational && num.equals(((Rational) o).num) && den.equals(((Rational) o).den);
  }

  @Override
  public int hashCode() {
    return num.hashCode() * 31 + den.hashCode();
  }

  @Override
  public String toString() {
    return num + "/" + den;
  }
}
