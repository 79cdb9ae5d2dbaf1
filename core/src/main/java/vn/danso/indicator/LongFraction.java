package vn.danso.indicator;

/**
 * Exact fractions kept as two longs in a scratch array, for the common case of deciding a comparison exactly without
 * making objects: fraction {@code at} is {@code s[at] / s[at + 1]}, in lowest terms with a positive denominator, both
 * parts below 2<sup>62</sup> in magnitude (so that the sum of two products fits in a long).
 *
 * <p>Every operation returns false when its result would not fit; the caller then decides with {@link Rational}, which
 * has the same values without the bound. The arithmetic is exact whenever it returns true, so both paths always agree.
 */
final class LongFraction {
  private static final long LIMIT = 1L << 62;
  private static final int SIGNIFICAND_BITS = 52;
  private static final int EXPONENT_BIAS = 1075;
  /** The most a double's value may be shifted right and still have a denominator below 2^62. */
  private static final int MAX_SHIFT = 61;

  private LongFraction() {}

  /** Whether a long is below 2^62 in magnitude. */
  static boolean small(long value) {
    return value > -LIMIT && value < LIMIT;
  }

  /** The product of two longs, or {@code Long.MIN_VALUE} when it is not below 2^62 in magnitude. */
  static long times(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    boolean fits = (high == 0 && low >= 0) || (high == -1 && low < 0);
    return fits && small(low) ? low : Long.MIN_VALUE;
  }

  /**
   * Sets fraction {@code at} to the exact value of a finite double, as {@link Rational#of(double)} reads it.
   *
   * @return false when the value is not a fraction of two longs below 2^62
   */
  static boolean set(long[] s, int at, double value) {
    if (value == Math.rint(value)) {
      if (Math.abs(value) >= LIMIT) {
        return false;
      }
      s[at] = (long) value;
      s[at + 1] = 1;
      return true;
    }
    // Not a whole number, so below 2^52 in magnitude: significand / 2^shift with shift > 0.
    long bits = Double.doubleToRawLongBits(value);
    int exponent = (int) ((bits >>> SIGNIFICAND_BITS) & 0x7FF);
    long significand = bits & ((1L << SIGNIFICAND_BITS) - 1);
    if (exponent == 0) {
      exponent = 1;   // subnormal: no implicit bit
    } else {
      significand |= 1L << SIGNIFICAND_BITS;
    }
    int shift = EXPONENT_BIAS - exponent;
    int zeros = Math.min(Long.numberOfTrailingZeros(significand), shift);
    significand >>= zeros;
    shift -= zeros;
    if (shift > MAX_SHIFT) {
      return false;
    }
    s[at] = value < 0 ? -significand : significand;
    s[at + 1] = 1L << shift;
    return true;
  }

  /** Sets fraction {@code at} to a fraction known to be in lowest terms. */
  static void set(long[] s, int at, long num, long den) {
    s[at] = num;
    s[at + 1] = den;
  }

  /** Copies fraction {@code from} to {@code at}. */
  static void copy(long[] s, int from, int at) {
    s[at] = s[from];
    s[at + 1] = s[from + 1];
  }

  /** Adds fraction {@code other}, negated if asked, to fraction {@code at}. */
  static boolean add(long[] s, int at, int other, boolean negate) {
    long a = s[at];
    long b = s[at + 1];
    long c = negate ? -s[other] : s[other];
    long d = s[other + 1];
    long g = gcd(b, d);
    long left = times(a, d / g);
    long right = times(c, b / g);
    long den = times(b, d / g);
    if (left == Long.MIN_VALUE || right == Long.MIN_VALUE || den == Long.MIN_VALUE) {
      return false;
    }
    long num = left + right;   // both below 2^62 in magnitude: the sum fits
    if (!small(num)) {
      return false;
    }
    reduce(s, at, num, den);
    return true;
  }

  /** Multiplies fraction {@code at} by {@code num / den}, in lowest terms with a positive denominator. */
  static boolean multiply(long[] s, int at, long num, long den) {
    long a = s[at];
    long b = s[at + 1];
    // Cross-reduce first: the parts stay in lowest terms and as small as they can be.
    long g1 = gcd(Math.abs(a), den);
    long g2 = gcd(Math.abs(num), b);
    long n = times(a / g1, num / g2);
    long d = times(b / g2, den / g1);
    if (n == Long.MIN_VALUE || d == Long.MIN_VALUE) {
      return false;
    }
    s[at] = n;
    s[at + 1] = n == 0 ? 1 : d;
    return true;
  }

  /** Divides fraction {@code at} by fraction {@code other}, which is not zero. */
  static boolean divide(long[] s, int at, int other) {
    long c = s[other];
    long d = s[other + 1];
    return c < 0 ? multiply(s, at, -d, -c) : multiply(s, at, d, c);
  }

  /**
   * Whether fraction {@code at} lies within half a unit of the last decimal of {@code reported / 10^decimals}: with
   * {@code at = a / b}, whether {@code 2·|a·10^d − reported·b| ≤ b}.
   *
   * @return 1 if within, 0 if not, -1 when a product does not fit
   */
  static int within(long[] s, int at, long reported, long tenToDecimals) {
    long a = s[at];
    long b = s[at + 1];
    long left = times(a, tenToDecimals);
    long right = times(reported, b);
    if (left == Long.MIN_VALUE || right == Long.MIN_VALUE) {
      return -1;
    }
    long diff = Math.abs(left - right);   // below 2^63
    // b is below 2^62, so a difference of 2^62 or more is surely beyond it.
    return diff < LIMIT && 2 * diff <= b ? 1 : 0;
  }

  /**
   * The greatest common divisor of two non-negative numbers, by the binary algorithm (shifts and subtractions, no
   * division); {@code gcd(0, 0)} is 0. Written here rather than taken from Guava's {@code LongMath}, whose class is
   * large and would be loaded on first use for this one method.
   */
  static long gcd(long a, long b) {
    if (a == 0) {
      return b;
    }
    if (b == 0) {
      return a;
    }
    int shift = Long.numberOfTrailingZeros(a | b);
    a >>= Long.numberOfTrailingZeros(a);
    while (b != 0) {
      b >>= Long.numberOfTrailingZeros(b);
      if (a > b) {
        long t = a;
        a = b;
        b = t;
      }
      b -= a;
    }
    return a << shift;
  }

  private static void reduce(long[] s, int at, long num, long den) {
    long g = gcd(Math.abs(num), den);
    s[at] = num / g;
    s[at + 1] = den / g;
  }
}
