package vn.danso.indicator;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact fraction, for the slow path of precision-aware comparison: every finite double and every decimal is
 * exactly a fraction, and formulas only add, subtract, multiply and divide, so a formula's exact value over its inputs
 * is a fraction too. Immutable; in lowest terms with a positive denominator.
 *
 * <p>Counts and their ratios fit in {@code long}s, so a fraction is kept as two longs while its parts stay below
 * 2<sup>62</sup> in magnitude, and only moves to {@link BigInteger}s when an operation would overflow; the comparison
 * of a sex ratio at birth with a reported value at the boundary then costs tens of nanoseconds, not microseconds.
 */
final class Rational implements Comparable<Rational> {
  static final Rational ZERO = new Rational(0, 1, null, null);

  private static final long LIMIT = 1L << 62;
  private static final int SMALL_BITS = 62;

  private final long num;
  private final long den;
  private final BigInteger bigNum;
  private final BigInteger bigDen;

  private Rational(long num, long den, BigInteger bigNum, BigInteger bigDen) {
    this.num = num;
    this.den = den;
    this.bigNum = bigNum;
    this.bigDen = bigDen;
  }

  /** A fraction of two longs; the denominator is not zero. */
  static Rational of(long num, long den) {
    if (den == 0) {
      throw new ArithmeticException("zero denominator");
    }
    if (!small(num) || !small(den)) {
      return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }
    if (den < 0) {
      num = -num;
      den = -den;
    }
    long gcd = LongFraction.gcd(Math.abs(num), den);
    return gcd == 1 ? new Rational(num, den, null, null) : new Rational(num / gcd, den / gcd, null, null);
  }

  /** A fraction of two big integers; the denominator is not zero. */
  static Rational of(BigInteger num, BigInteger den) {
    if (den.signum() == 0) {
      throw new ArithmeticException("zero denominator");
    }
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger gcd = num.gcd(den);
    if (!gcd.equals(BigInteger.ONE)) {
      num = num.divide(gcd);
      den = den.divide(gcd);
    }
    if (num.bitLength() < SMALL_BITS && den.bitLength() < SMALL_BITS) {
      return new Rational(num.longValue(), den.longValue(), null, null);
    }
    return new Rational(0, 0, num, den);
  }

  /** The exact value of a finite double. */
  static Rational of(double value) {
    if (value == Math.rint(value) && Math.abs(value) < LIMIT) {
      return new Rational((long) value, 1, null, null);
    }
    return of(new BigDecimal(value));
  }

  /** The exact value of a decimal. */
  static Rational of(BigDecimal value) {
    BigInteger unscaled = value.unscaledValue();
    if (value.scale() <= 0) {
      return of(unscaled.multiply(BigInteger.TEN.pow(-value.scale())), BigInteger.ONE);
    }
    if (unscaled.bitLength() < SMALL_BITS && value.scale() < 18) {
      long tenToScale = 1;
      for (int i = 0; i < value.scale(); i++) {
        tenToScale *= 10;
      }
      return of(unscaled.longValue(), tenToScale);
    }
    return of(unscaled, BigInteger.TEN.pow(value.scale()));
  }

  private static boolean small(long value) {
    return value > -LIMIT && value < LIMIT;
  }

  /** The product of two longs, or {@code Long.MIN_VALUE} when it is not below 2^62 in magnitude. */
  private static long times(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    boolean fits = (high == 0 && low >= 0) || (high == -1 && low < 0);
    return fits && small(low) ? low : Long.MIN_VALUE;
  }

  private boolean isBig() {
    return bigNum != null;
  }

  private BigInteger n() {
    return isBig() ? bigNum : BigInteger.valueOf(num);
  }

  private BigInteger d() {
    return isBig() ? bigDen : BigInteger.valueOf(den);
  }

  boolean isZero() {
    return isBig() ? bigNum.signum() == 0 : num == 0;
  }

  Rational add(Rational other) {
    if (!isBig() && !other.isBig()) {
      long a = times(num, other.den);
      long b = times(other.num, den);
      long d = times(den, other.den);
      if (a != Long.MIN_VALUE && b != Long.MIN_VALUE && d != Long.MIN_VALUE) {
        return of(a + b, d);   // both below 2^62 in magnitude: the sum fits
      }
    }
    return of(n().multiply(other.d()).add(other.n().multiply(d())), d().multiply(other.d()));
  }

  Rational subtract(Rational other) {
    return add(other.negate());
  }

  Rational negate() {
    return isBig() ? new Rational(0, 0, bigNum.negate(), bigDen) : new Rational(-num, den, null, null);
  }

  Rational multiply(Rational other) {
    if (!isBig() && !other.isBig()) {
      long n = times(num, other.num);
      long d = times(den, other.den);
      if (n != Long.MIN_VALUE && d != Long.MIN_VALUE) {
        return of(n, d);
      }
    }
    return of(n().multiply(other.n()), d().multiply(other.d()));
  }

  /** Divides; the caller makes sure the divisor is not zero. */
  Rational divide(Rational other) {
    if (!isBig() && !other.isBig()) {
      long n = times(num, other.den);
      long d = times(den, other.num);
      if (n != Long.MIN_VALUE && d != Long.MIN_VALUE) {
        return of(n, d);
      }
    }
    return of(n().multiply(other.d()), d().multiply(other.n()));
  }

  Rational abs() {
    if (isBig()) {
      return bigNum.signum() < 0 ? negate() : this;
    }
    return num < 0 ? negate() : this;
  }

  @Override
  public int compareTo(Rational other) {
    if (!isBig() && !other.isBig()) {
      long a = times(num, other.den);
      long b = times(other.num, den);
      if (a != Long.MIN_VALUE && b != Long.MIN_VALUE) {
        return Long.compare(a, b);
      }
    }
    return n().multiply(other.d()).compareTo(other.n().multiply(d()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational && compareTo((Rational) o) == 0;
  }

  @Override
  public int hashCode() {
    return n().hashCode() * 31 + d().hashCode();
  }

  @Override
  public String toString() {
    return n() + "/" + d();
  }
}
