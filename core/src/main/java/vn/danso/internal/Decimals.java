package vn.danso.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes any double for a message or a label without throwing: finite values as plain decimals, NaN as {@code NaN},
 * infinities as {@code +∞} and {@code −∞}. {@code BigDecimal.valueOf} throws on the last three, so every message
 * that shows a computed value (a change of 1 → 1e307 is +∞ %) goes through here.
 */
public final class Decimals {
  private Decimals() {}

  /**
   * Returns the value as a plain decimal with a point and no exponent, trailing zeros removed; {@code NaN},
   * {@code +∞} or {@code −∞} when it is not finite.
   *
   * @param value any double
   * @return the text
   */
  public static String plain(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+∞" : "−∞";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /**
   * Returns {@link #plain(double)} with a comma for the decimal point when {@code comma} is set (Vietnamese).
   *
   * @param value any double
   * @param comma whether to write the decimal separator as a comma
   * @return the text
   */
  public static String plain(double value, boolean comma) {
    String plain = plain(value);
    return comma ? plain.replace('.', ',') : plain;
  }

  /**
   * Returns a finding argument for a value rounded half up to the given decimals: the rounded {@link BigDecimal}
   * when the value is finite, the double itself (which findings write as {@code NaN}, {@code +∞}, {@code −∞})
   * otherwise.
   *
   * @param value any double
   * @param decimals the number of decimals to keep
   * @return a {@code BigDecimal} or a non-finite {@code Double}
   */
  public static Object rounded(double value, int decimals) {
    return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP) : value;
  }

  /**
   * Returns a finding argument for a value computed by arithmetic on reported figures, without the noise binary
   * fractions leave in the last digits ({@code 9.53 - 7.8} is written {@code 1.73}, not {@code 1.7299999999999995}):
   * the value rounded to 12 significant digits as a {@link BigDecimal} when finite, the double itself otherwise.
   *
   * @param value any double
   * @return a {@code BigDecimal} or a non-finite {@code Double}
   */
  public static Object computed(double value) {
    return Double.isFinite(value)
        ? new BigDecimal(value).round(new MathContext(12, RoundingMode.HALF_EVEN)).stripTrailingZeros()
        : value;
  }
}
