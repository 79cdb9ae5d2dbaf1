package vn.danso.indicator;

import java.math.BigDecimal;
import vn.danso.text.Language;

/**
 * Reads numbers as Vietnamese and English documents write them. In Vietnamese the decimal separator is a comma and
 * thousands are grouped with points ({@code 1.073}, {@code 100,6}); in English the other way round. A lone separator
 * that cannot be a thousands separator (not followed by exactly three digits) is read as the decimal separator,
 * because people type {@code 5.19} in Vietnamese text too.
 */
final class NumberText {
  private NumberText() {}

  static BigDecimal read(String normalized, Language language) {
    String text = normalized.strip();
    if (text.endsWith("‰") || text.endsWith("%")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    boolean negative = false;
    if (text.startsWith("-") || text.startsWith("\u2212")) {
      negative = true;
      text = text.substring(1).strip();
    } else if (text.startsWith("+")) {
      text = text.substring(1).strip();
    }
    if (text.isEmpty()) {
      throw new IllegalArgumentException("\"" + shown(normalized) + "\" is not a number: no digits");
    }
    char decimal = language == Language.VI ? ',' : '.';
    char group = language == Language.VI ? '.' : ',';
    String integer;
    String fraction;
    int d = text.indexOf(decimal);
    if (d >= 0) {
      if (text.indexOf(decimal, d + 1) >= 0) {
        throw new IllegalArgumentException(
            "\"" + shown(normalized) + "\" has more than one decimal separator '" + decimal + "'");
      }
      integer = text.substring(0, d);
      fraction = text.substring(d + 1);
    } else if (text.indexOf(group) >= 0 && !isGrouped(text, group) && text.indexOf(group) == text.lastIndexOf(group)) {
      int g = text.indexOf(group);
      integer = text.substring(0, g);
      fraction = text.substring(g + 1);
    } else {
      integer = text;
      fraction = "";
    }
    if (integer.indexOf(group) >= 0) {
      if (!isGrouped(integer, group)) {
        throw new IllegalArgumentException("\"" + shown(normalized) + "\" groups thousands wrongly: write '" + group
            + "' before every third digit from the right, or no grouping at all");
      }
      integer = integer.replace(String.valueOf(group), "");
    }
    if (integer.isEmpty() || !allDigits(integer) || !allDigits(fraction) || (d >= 0 && fraction.isEmpty())) {
      throw new IllegalArgumentException("\"" + shown(normalized) + "\" is not a number as " + language.tag()
          + " writes it: digits, '" + group + "' between thousands, '" + decimal + "' before decimals");
    }
    integer = checkBounds(normalized, integer, fraction);
    BigDecimal value = new BigDecimal(integer + (fraction.isEmpty() ? "" : "." + fraction));
    return negative ? value.negate() : value;
  }

  /**
   * Rejects, before any arithmetic, a number with more decimals or integer digits than a reported value has; returns
   * the integer digits without leading zeros.
   */
  private static String checkBounds(String normalized, String integer, String fraction) {
    if (fraction.length() > ReportedValue.MAX_DECIMALS) {
      throw new IllegalArgumentException("\"" + shown(normalized) + "\" has more than "
          + ReportedValue.MAX_DECIMALS + " decimals");
    }
    int first = 0;
    while (first < integer.length() - 1 && integer.charAt(first) == '0') {
      first++;
    }
    if (integer.length() - first > ReportedValue.MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException("\"" + shown(normalized) + "\" is above "
          + Double.MAX_VALUE + " in magnitude, the largest a double holds");
    }
    return integer.substring(first);
  }

  /** Whether the text is 1–3 digits, then groups of a separator and exactly 3 digits. */
  private static boolean isGrouped(String text, char group) {
    String[] parts = text.split(java.util.regex.Pattern.quote(String.valueOf(group)), -1);
    if (parts.length < 2 || parts[0].isEmpty() || parts[0].length() > 3 || !allDigits(parts[0])) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].length() != 3 || !allDigits(parts[i])) {
        return false;
      }
    }
    return true;
  }

  private static String shown(String text) {
    return PlainDecimal.abbreviate(text);
  }

  private static boolean allDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
