package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkArgument;

import vn.danso.internal.Decimals;
import vn.danso.text.Language;
import vn.danso.text.Localized;

/**
 * A range of values an indicator may take (khoảng giá trị), with closed or open ends, either of which may be
 * unbounded: {@code [0, 100]}, {@code [0, +∞)}.
 *
 * <p>Unlike {@code com.google.common.collect.Range<Double>}, it tests a primitive {@code double} without boxing, as
 * the data engine does for millions of values; {@link #contains(double)} is false for NaN. Immutable.
 */
public final class ValueRange implements Localized {
  private static final ValueRange ALL = new ValueRange(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

  private final double lower;
  private final boolean lowerClosed;
  private final double upper;
  private final boolean upperClosed;

  private ValueRange(double lower, boolean lowerClosed, double upper, boolean upperClosed) {
    this.lower = lower;
    this.lowerClosed = lowerClosed;
    this.upper = upper;
    this.upperClosed = upperClosed;
  }

  /**
   * Returns the range from one value to another, both included.
   *
   * @param lower the least value
   * @param upper the greatest value, not less than the least
   * @return the range
   * @throws IllegalArgumentException if a bound is NaN or +∞ as the least value or −∞ as the greatest, or the greatest
   *     is less than the least
   */
  public static ValueRange closed(double lower, double upper) {
    return make(lower, true, upper, true);
  }

  /**
   * Returns the range of values at least the given one.
   *
   * @param lower the least value
   * @return the range
   * @throws IllegalArgumentException if the bound is NaN or +∞
   */
  public static ValueRange atLeast(double lower) {
    return make(lower, true, Double.POSITIVE_INFINITY, false);
  }

  /**
   * Returns the range of values greater than the given one.
   *
   * @param lower the bound, excluded
   * @return the range
   * @throws IllegalArgumentException if the bound is NaN or +∞
   */
  public static ValueRange greaterThan(double lower) {
    return make(lower, false, Double.POSITIVE_INFINITY, false);
  }

  /**
   * Returns the range of values at most the given one.
   *
   * @param upper the greatest value
   * @return the range
   * @throws IllegalArgumentException if the bound is NaN or −∞
   */
  public static ValueRange atMost(double upper) {
    return make(Double.NEGATIVE_INFINITY, false, upper, true);
  }

  /**
   * Returns the range of every finite value.
   *
   * @return the unbounded range
   */
  public static ValueRange all() {
    return ALL;
  }

  private static ValueRange make(double lower, boolean lowerClosed, double upper, boolean upperClosed) {
    checkArgument(!Double.isNaN(lower) && !Double.isNaN(upper), "a range bound is NaN");
    checkArgument(lower != Double.POSITIVE_INFINITY && upper != Double.NEGATIVE_INFINITY,
        "range bounds are reversed: lower %s, upper %s", lower, upper);
    checkArgument(lower < upper || (lower == upper && lowerClosed && upperClosed),
        "range is empty: lower %s, upper %s", lower, upper);
    return new ValueRange(lower, lowerClosed && lower != Double.NEGATIVE_INFINITY, upper,
        upperClosed && upper != Double.POSITIVE_INFINITY);
  }

  /**
   * Returns true if the value lies in the range; false for NaN and for infinities.
   *
   * @param value the value
   * @return whether the value is in range
   */
  public boolean contains(double value) {
    return (lowerClosed ? value >= lower : value > lower)
        && (upperClosed ? value <= upper : value < upper)
        && value != Double.NEGATIVE_INFINITY && value != Double.POSITIVE_INFINITY;
  }

  /**
   * Returns true if every value of the other range lies in this one.
   *
   * @param other the other range
   * @return whether this range encloses the other
   */
  public boolean encloses(ValueRange other) {
    boolean lowerOk = lower < other.lower || (lower == other.lower && (lowerClosed || !other.lowerClosed));
    boolean upperOk = upper > other.upper || (upper == other.upper && (upperClosed || !other.upperClosed));
    return lowerOk && upperOk;
  }

  /**
   * Returns the lower bound.
   *
   * @return the lower bound, or negative infinity when unbounded below
   */
  public double lower() {
    return lower;
  }

  /**
   * Returns true if the lower bound is included.
   *
   * @return whether the lower bound is a member
   */
  public boolean isLowerClosed() {
    return lowerClosed;
  }

  /**
   * Returns the upper bound.
   *
   * @return the upper bound, or positive infinity when unbounded above
   */
  public double upper() {
    return upper;
  }

  /**
   * Returns true if the upper bound is included.
   *
   * @return whether the upper bound is a member
   */
  public boolean isUpperClosed() {
    return upperClosed;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ValueRange)) {
      return false;
    }
    ValueRange that = (ValueRange) o;
    return Double.compare(lower, that.lower) == 0 && Double.compare(upper, that.upper) == 0
        && lowerClosed == that.lowerClosed && upperClosed == that.upperClosed;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(lower) * 31 + Double.hashCode(upper) + (lowerClosed ? 2 : 0) + (upperClosed ? 1 : 0);
  }

  /**
   * Returns the range in interval notation, as each language writes numbers: {@code [2,05; 2,15]} in Vietnamese,
   * {@code [2.05, 2.15]} in English.
   */
  @Override
  public String label(Language language) {
    String separator = language == Language.VI ? "; " : ", ";
    return (lowerClosed ? "[" : "(") + bound(lower, language) + separator + bound(upper, language)
        + (upperClosed ? "]" : ")");
  }

  /** Returns the range in interval notation, such as {@code [0, 100]} or {@code (−∞, 120]}. */
  @Override
  public String toString() {
    return label(Language.EN);
  }

  private static String bound(double value, Language language) {
    return Decimals.plain(value, language == Language.VI);
  }
}
