package vn.danso.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import vn.danso.internal.Decimals;
import vn.danso.text.Language;
import vn.danso.text.Localized;

/**
 * The values a finding may carry as arguments, and how each is written in each language: decimals with a comma in
 * Vietnamese ({@code 100,6}) and a point in English; dates {@code 25/10/2017} in Vietnamese and ISO in English;
 * {@link Localized} values by their label; whole numbers without grouping, so that years and codes stay readable.
 */
final class ValueFormat {
  private ValueFormat() {}

  /** Returns true if values of this class are immutable and have a defined rendering. */
  static boolean isSupported(Object value) {
    return value instanceof String
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof Double
        || value instanceof Float
        || value instanceof BigDecimal
        || value instanceof BigInteger
        || value instanceof Boolean
        || value instanceof LocalDate
        || value instanceof YearMonth
        || value instanceof Year
        || value instanceof Enum
        || value instanceof Localized
        || value instanceof Subject
        || value instanceof RuleId;
  }

  static String format(Object value, Language language) {
    if (value instanceof Localized) {
      return ((Localized) value).label(language);
    }
    if (value instanceof Double || value instanceof Float) {
      return formatDecimal(((Number) value).doubleValue(), value instanceof Float, language);
    }
    if (value instanceof BigDecimal) {
      return withDecimalSeparator(((BigDecimal) value).toPlainString(), language);
    }
    if (value instanceof LocalDate) {
      LocalDate date = (LocalDate) value;
      return language == Language.VI
          ? String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear())
          : date.toString();
    }
    if (value instanceof YearMonth) {
      YearMonth month = (YearMonth) value;
      return language == Language.VI
          ? String.format("%02d/%04d", month.getMonthValue(), month.getYear())
          : month.toString();
    }
    if (value instanceof Boolean) {
      boolean b = (Boolean) value;
      return language == Language.VI ? (b ? "có" : "không") : (b ? "yes" : "no");
    }
    return value.toString();
  }

  private static String formatDecimal(double d, boolean isFloat, Language language) {
    if (!isFloat || !Double.isFinite(d)) {
      return Decimals.plain(d, language == Language.VI);
    }
    BigDecimal exact = new BigDecimal(Float.toString((float) d));
    String plain = exact.stripTrailingZeros().toPlainString();
    return withDecimalSeparator(plain, language);
  }

  private static String withDecimalSeparator(String plain, Language language) {
    return language == Language.VI ? plain.replace('.', ',') : plain;
  }
}
