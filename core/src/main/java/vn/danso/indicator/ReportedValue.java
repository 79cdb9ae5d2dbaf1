package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.VietnameseText;

/**
 * A value as it was reported (giá trị báo cáo): a decimal that keeps the number of decimals it was written with, since
 * that number says how precisely it was reported. {@code 100,6} has one decimal, so it stands for anything from 100,55
 * to 100,65.
 *
 * <p>A reported value {@linkplain #matches(double) matches} a computed one when they differ by at most half a unit of
 * the last reported decimal ({@link #tolerance()}): the seed article's sex ratio at birth of 100,6 matches
 * 538 / 535 × 100 = 100,5607…; 100,5 would not. The comparison is exact: near the boundary it is decided on the
 * decimal expansion of the computed double, never on a rounded difference. To decide on the formula's exact value over
 * its inputs rather than on its double result, use {@link CompiledFormula#matches(double[], ReportedValue)}.
 *
 * <p>{@link #parse(String, Language)} reads numbers as documents write them: {@code 100,6} and {@code 1.073} in
 * Vietnamese, {@code 100.6} and {@code 1,073} in English, with an optional trailing {@code ‰} or {@code %}.
 * Immutable; equal when value and number of decimals are equal ({@code 2,1} is not {@code 2,10}).
 */
public final class ReportedValue implements Localized {
  /** The most decimals a reported value may have. */
  public static final int MAX_DECIMALS = 9;

  /**
   * The most digits a reported value may have before its decimal point: 309, as many as the largest double
   * ({@code 1.797…e308}) has. A value must also be at most {@link Double#MAX_VALUE} in magnitude, so that it never
   * silently becomes infinite when it is compared or computed with.
   */
  public static final int MAX_INTEGER_DIGITS = 309;

  private static final BigDecimal MAX_MAGNITUDE = new BigDecimal(Double.MAX_VALUE);

  /** The relative margin around the boundary within which comparisons are decided exactly. */
  static final double MARGIN = 1e-9;

  /**
   * The magnitude below which {@link #fraction} reads a value scaled by a power of ten as the rounded scaled value
   * over that power, without going through a decimal.
   */
  static final double FRACTION_LIMIT = 0x1p50;

  private static final double[] HALF_UNITS = new double[MAX_DECIMALS + 1];
  private static final BigDecimal[] HALF_UNIT_DECIMALS = new BigDecimal[MAX_DECIMALS + 1];
  private static final Rational[] HALF_UNIT_FRACTIONS = new Rational[MAX_DECIMALS + 1];
  private static final double[] POWERS_OF_TEN = new double[MAX_DECIMALS + 1];

  static {
    for (int d = 0; d <= MAX_DECIMALS; d++) {
      HALF_UNIT_DECIMALS[d] = BigDecimal.valueOf(5, d + 1);
      HALF_UNITS[d] = HALF_UNIT_DECIMALS[d].doubleValue();
      HALF_UNIT_FRACTIONS[d] = Rational.of(HALF_UNIT_DECIMALS[d]);
      POWERS_OF_TEN[d] = Math.pow(10, d);
    }
  }

  private final BigDecimal value;

  private ReportedValue(BigDecimal value) {
    this.value = value;
  }

  /**
   * Returns the value of a decimal, with as many decimals as its scale.
   *
   * @param value e.g. {@code new BigDecimal("100.6")}; a negative scale is read as no decimals
   * @return the reported value
   * @throws IllegalArgumentException if it has more than {@value #MAX_DECIMALS} decimals, or its magnitude is above
   *     {@link Double#MAX_VALUE}
   */
  public static ReportedValue of(BigDecimal value) {
    checkNotNull(value, "value is null");
    String problem = problem(value);
    checkArgument(problem == null, "%s", problem);
    return new ReportedValue(withoutNegativeScale(value));
  }

  /**
   * Returns the value of a plain decimal written with a point, optionally with an exponent: {@code "100.6"},
   * {@code "-3"}, {@code "1e308"}. The work is bounded by the text's length whatever the exponent: exponent and
   * digits are checked before any arithmetic.
   *
   * @param plain the decimal; surrounding whitespace is ignored
   * @return the reported value
   * @throws NumberFormatException if the text is not a plain decimal, has more than {@value #MAX_DECIMALS} decimals
   *     or is above {@link Double#MAX_VALUE} in magnitude; the message says which
   */
  public static ReportedValue of(String plain) {
    BigDecimal value = PlainDecimal.read(checkNotNull(plain, "value is null").strip());
    String problem = problem(value);
    if (problem != null) {
      throw new NumberFormatException(problem);
    }
    return new ReportedValue(withoutNegativeScale(value));
  }

  private static BigDecimal withoutNegativeScale(BigDecimal value) {
    if (value.scale() >= 0) {
      return value;
    }
    return value.signum() == 0 ? BigDecimal.ZERO : value.setScale(0, RoundingMode.UNNECESSARY);
  }

  /** Why a decimal cannot be a reported value, or null if it can; cheap for any scale. */
  static String problem(BigDecimal value) {
    if (value.signum() == 0) {
      return value.scale() > MAX_DECIMALS ? value + " has more than " + MAX_DECIMALS + " decimals" : null;
    }
    if (value.scale() > MAX_DECIMALS) {
      return value + " has more than " + MAX_DECIMALS + " decimals";
    }
    if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.abs().compareTo(MAX_MAGNITUDE) > 0) {
      return "the value is above " + Double.MAX_VALUE + " in magnitude, the largest a double holds";
    }
    return null;
  }

  /**
   * Returns the decimal with the given number of decimals nearest to a double: {@code of(100.6, 1)} is 100,6.
   *
   * @param value a finite value
   * @param decimals the number of decimals, 0 to {@value #MAX_DECIMALS}
   * @return the reported value
   * @throws IllegalArgumentException if the value is not finite or the decimals are out of range
   */
  public static ReportedValue of(double value, int decimals) {
    checkArgument(Double.isFinite(value), "value %s is not finite", value);
    halfUnit(decimals);
    return new ReportedValue(decimal(value, decimals));
  }

  /**
   * Reads a number as the given language writes it.
   *
   * @param text e.g. {@code "100,6"}, {@code "5,19‰"}, {@code "1.073"} (Vietnamese) or {@code "1,073"} (English)
   * @param language the language whose separators the text uses
   * @return the reported value
   * @throws IllegalArgumentException if the text is not a number, has more than {@value #MAX_DECIMALS} decimals or
   *     is above {@link Double#MAX_VALUE} in magnitude; the message says why
   */
  public static ReportedValue parse(String text, Language language) {
    checkNotNull(text, "text is null");
    checkNotNull(language, "language is null");
    return of(NumberText.read(VietnameseText.normalize(text), language));
  }

  /**
   * Reads a number without throwing.
   *
   * @param text the text, may be null
   * @param language the language whose separators the text uses
   * @return the value, or empty if the text is not a number
   */
  public static Optional<ReportedValue> tryParse(String text, Language language) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(text, language));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns true if a value reported as a double with the given number of decimals matches a computed value: the
   * primitive form, for data engines. The reported double is read as the decimal with that many decimals nearest to
   * it.
   *
   * @param reported the reported value
   * @param decimals the number of decimals it was reported with
   * @param computed the computed value
   * @return whether they differ by at most half a unit of the last decimal; false if either is not finite
   * @throws IllegalArgumentException if the decimals are out of range
   */
  public static boolean matches(double reported, int decimals, double computed) {
    double half = halfUnit(decimals);
    if (!Double.isFinite(reported) || !Double.isFinite(computed)) {
      return false;
    }
    double diff = Math.abs(computed - reported);
    double margin = MARGIN * (Math.abs(computed) + Math.abs(reported) + half);
    if (diff < half - margin) {
      return true;
    }
    if (diff > half + margin) {
      return false;
    }
    return exactlyWithin(decimal(reported, decimals), computed);
  }

  /**
   * Returns true if this value matches a computed one: they differ by at most {@link #tolerance()}.
   *
   * @param computed the computed value
   * @return whether they match; false if the computed value is not finite
   */
  public boolean matches(double computed) {
    if (!Double.isFinite(computed)) {
      return false;
    }
    double half = HALF_UNITS[decimals()];
    double reported = value.doubleValue();
    double diff = Math.abs(computed - reported);
    double margin = MARGIN * (Math.abs(computed) + Math.abs(reported) + half);
    if (diff < half - margin) {
      return true;
    }
    return diff <= half + margin && exactlyWithin(value, computed);
  }

  private static boolean exactlyWithin(BigDecimal reported, double computed) {
    return new BigDecimal(computed).subtract(reported).abs().compareTo(HALF_UNIT_DECIMALS[reported.scale()]) <= 0;
  }

  /**
   * Returns the computed value rounded to this value's decimals (half up), for messages.
   *
   * @param computed a finite value
   * @return the rounded decimal
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public BigDecimal round(double computed) {
    checkArgument(Double.isFinite(computed), "computed = %s: only a finite value can be rounded", computed);
    return decimal(computed, decimals());
  }

  /**
   * Returns the value.
   *
   * @return the decimal, with its reported number of decimals as scale
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Returns the value as a double.
   *
   * @return the nearest double
   */
  public double doubleValue() {
    return value.doubleValue();
  }

  /**
   * Returns the number of decimals reported.
   *
   * @return 0 to {@value #MAX_DECIMALS}
   */
  public int decimals() {
    return value.scale();
  }

  /**
   * Returns half a unit of the last reported decimal: how far a computed value may be from this one and still match.
   *
   * @return e.g. 0.05 for one decimal
   */
  public BigDecimal tolerance() {
    return HALF_UNIT_DECIMALS[decimals()];
  }

  static double halfUnit(int decimals) {
    checkArgument(decimals >= 0 && decimals <= MAX_DECIMALS,
        "%s decimals is out of range: use 0 to %s", decimals, MAX_DECIMALS);
    return HALF_UNITS[decimals];
  }

  /** 10 to the given number of decimals, 0 to {@value #MAX_DECIMALS}, as {@link #fraction} scales by it. */
  static double powerOfTen(int decimals) {
    return POWERS_OF_TEN[decimals];
  }

  /** Half a unit of the given decimal, as an exact fraction. */
  static Rational halfUnitFraction(int decimals) {
    halfUnit(decimals);
    return HALF_UNIT_FRACTIONS[decimals];
  }

  /**
   * The decimal with the given number of decimals nearest to a finite double, as an exact fraction; without going
   * through text when the scaled value is well inside the exact range of doubles.
   */
  static Rational fraction(double value, int decimals) {
    double scaled = value * POWERS_OF_TEN[decimals];
    if (Math.abs(scaled) < FRACTION_LIMIT) {
      return Rational.of(Math.round(scaled), (long) POWERS_OF_TEN[decimals]);
    }
    return Rational.of(decimal(value, decimals));
  }

  /** The decimal with the given number of decimals nearest to a finite double (half up). */
  static BigDecimal decimal(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
  }

  /** Returns the value as the language writes it: {@code 100,6} or {@code 100.6}, without grouping. */
  @Override
  public String label(Language language) {
    String plain = value.toPlainString();
    return language == Language.VI ? plain.replace('.', ',') : plain;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportedValue && value.equals(((ReportedValue) o).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the value written with a point, e.g. {@code 100.6}. */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
