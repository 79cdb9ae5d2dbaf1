package vn.danso.examples;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import vn.danso.text.Language;

/**
 * Reads a day given on the command line (ngày), written {@code YYYY-MM-DD}; what cannot be a day is refused with a
 * message that says why in the reader's language (a month 13, a 30 February, another way of writing the date).
 */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private final Language language;

  DateConverter(Language language) {
    this.language = language;
  }

  @Override
  public LocalDate convert(String text) {
    Matcher m = ISO.matcher(text.strip());
    if (!m.matches()) {
      throw fail(text + " không phải ngày viết YYYY-MM-DD (ví dụ 2025-07-01)",
          text + " is not a date written YYYY-MM-DD (e.g. 2025-07-01)");
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (month < 1 || month > 12) {
      throw fail(text + ": không có tháng " + month + " (1 đến 12)", text + ": there is no month " + month
          + " (1 to 12)");
    }
    int length = YearMonth.of(year, month).lengthOfMonth();
    if (day < 1 || day > length) {
      throw fail(text + ": tháng " + month + "/" + year + " có " + length + " ngày",
          text + ": " + YearMonth.of(year, month) + " has " + length + " days");
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw fail(text + " không phải ngày", text + " is not a date");
    }
  }

  private CommandLine.TypeConversionException fail(String vi, String en) {
    return new CommandLine.TypeConversionException(language == Language.VI ? vi : en);
  }
}
