package vn.danso.indicator;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads a plain decimal as data files write it ({@code 100.6}, {@code -3}, {@code 1e308}) in one pass, bounding the
 * exponent and the digits before any arithmetic: {@code new BigDecimal("1e100000000")} is cheap, but scaling it to
 * whole units is not, and an exponent beyond the range of an int throws an undeclared exception.
 */
final class PlainDecimal {
  /** An exponent beyond this is saturated: it already puts any non-zero value out of range. */
  private static final long EXPONENT_CAP = 1_000_000_000L;

  private PlainDecimal() {}

  /**
   * Returns the decimal written in the text, with as many decimals as written (less the exponent).
   *
   * @throws NumberFormatException if the text is not a plain decimal or is far out of a reported value's range
   */
  static BigDecimal read(String text) {
    int n = text.length();
    int i = 0;
    boolean negative = false;
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    int intStart = i;
    i = skipDigits(text, i);
    int intEnd = i;
    int fracStart = i;
    int fracEnd = i;
    if (i < n && text.charAt(i) == '.') {
      fracStart = i + 1;
      i = skipDigits(text, fracStart);
      fracEnd = i;
    }
    if (intEnd == intStart && fracEnd == fracStart) {
      throw notPlain(text, "no digits");
    }
    long exponent = 0;
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      boolean negativeExponent = i < n && text.charAt(i) == '-';
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int expStart = i;
      for (; i < n && isDigit(text.charAt(i)); i++) {
        exponent = Math.min(exponent * 10 + (text.charAt(i) - '0'), EXPONENT_CAP);
      }
      if (i == expStart) {
        throw notPlain(text, "no digits in the exponent");
      }
      exponent = negativeExponent ? -exponent : exponent;
    }
    if (i != n) {
      throw notPlain(text, "unexpected '" + text.charAt(i) + "' at index " + i);
    }
    return value(text, negative, intStart, intEnd, fracStart, fracEnd, exponent);
  }

  private static BigDecimal value(String text, boolean negative, int intStart, int intEnd, int fracStart,
      int fracEnd, long exponent) {
    String digits = text.substring(intStart, intEnd) + text.substring(fracStart, fracEnd);
    long scale = (fracEnd - fracStart) - exponent;
    int first = 0;
    while (first < digits.length() && digits.charAt(first) == '0') {
      first++;
    }
    if (scale > ReportedValue.MAX_DECIMALS) {
      throw new NumberFormatException(
          "\"" + abbreviate(text) + "\" has more than " + ReportedValue.MAX_DECIMALS + " decimals");
    }
    if (first == digits.length()) {
      return BigDecimal.valueOf(0, (int) Math.max(scale, 0));
    }
    long integerDigits = digits.length() - first - scale;
    if (integerDigits > ReportedValue.MAX_INTEGER_DIGITS) {
      throw new NumberFormatException("\"" + abbreviate(text) + "\" is above " + Double.MAX_VALUE
          + " in magnitude, the largest a double holds");
    }
    BigDecimal value = new BigDecimal(new BigInteger(digits.substring(first)), (int) scale);
    return negative ? value.negate() : value;
  }

  private static int skipDigits(String text, int from) {
    int i = from;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static NumberFormatException notPlain(String text, String why) {
    return new NumberFormatException("\"" + abbreviate(text) + "\" is not a plain decimal (digits, an optional "
        + "'.' before decimals, an optional exponent such as e5): " + why);
  }

  /** The text, cut to a readable length for a message. */
  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "…";
  }
}
