package vn.danso.document;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date as Vietnamese documents write it (ngày tháng năm): {@code ngày 04 tháng 6 năm 2018}, {@code ngày 25/10/2017},
 * {@code 25-10-2017}. It keeps how it was written (the {@linkplain DateStyle style}, the word "ngày", the leading
 * zeros) so that a validator can check the official form; {@link #toLocalDate()} gives the day itself.
 *
 * <h2>The leading-zero rule</h2>
 * In a document's date line, days below 10 and the months 1 and 2 take a leading 0, other months do not:
 * "ngày 01 tháng 02 năm 2023", "ngày 04 tháng 6 năm 2018" (Nghị định 30/2020/NĐ-CP, Phụ lục I; Party documents
 * follow the same practice). {@link #followsLeadingZeroRule()} says whether a date does; breaking the rule is a
 * validator finding ({@code document.date.leading-zero}), never a reason to reject the text.
 *
 * <h2>Reading</h2>
 * {@link #parse} accepts the word forms with or without "ngày", in any case and with or without diacritics
 * ("Ngày 4 thang 6 nam 2018"), figures separated by {@code /}, {@code -} or {@code .} (the same twice), spaces
 * around separators, letters in NFD and every kind of dash. It rejects, at the first character it cannot read, a
 * missing part, a two-digit year, a day or month out of range and a day the month does not have (31 June,
 * 29 February 2019).
 *
 * <p>Immutable and thread-safe. Two dates are equal when they are the same day written the same way.
 */
public final class VietnameseDate {
  private final LocalDate date;
  private final DateStyle style;
  private final boolean dayWord;
  private final boolean dayPadded;
  private final boolean monthPadded;

  VietnameseDate(LocalDate date, DateStyle style, boolean dayWord, boolean dayPadded, boolean monthPadded) {
    this.date = date;
    this.style = style;
    this.dayWord = dayWord;
    this.dayPadded = dayPadded && date.getDayOfMonth() < 10;
    this.monthPadded = monthPadded && date.getMonthValue() < 10;
  }

  /**
   * Returns the day written in the official form: words, "ngày", leading zeros as the rule requires.
   *
   * @param date the day
   * @return e.g. {@code ngày 04 tháng 6 năm 2018}
   */
  public static VietnameseDate of(LocalDate date) {
    return of(date, DateStyle.WORDS);
  }

  /**
   * Returns the day written in the given style, with leading zeros as the official rule puts them and "ngày" before
   * the word form only.
   *
   * @param date the day
   * @param style the style
   * @return e.g. {@code 04/6/2018} for {@link DateStyle#SLASH}
   */
  public static VietnameseDate of(LocalDate date, DateStyle style) {
    checkNotNull(date, "date is null");
    checkNotNull(style, "style is null");
    return new VietnameseDate(date, style, style == DateStyle.WORDS, date.getDayOfMonth() < 10,
        date.getMonthValue() <= 2);
  }

  /**
   * Returns the official written form of a day: {@code format(LocalDate.of(2018, 6, 4))} is
   * {@code "ngày 04 tháng 6 năm 2018"}.
   *
   * @param date the day
   * @return the text
   */
  public static String format(LocalDate date) {
    return of(date).format();
  }

  /**
   * Reads a date.
   *
   * @param text the date as written
   * @return the date
   * @throws DocumentParseException if the text is not a date or names a day that does not exist
   */
  public static VietnameseDate parse(CharSequence text) {
    return tryParse(text).get();
  }

  /**
   * Reads a date without throwing.
   *
   * @param text the date as written
   * @return the date, or why and where it could not be read
   */
  public static ParseResult<VietnameseDate> tryParse(CharSequence text) {
    checkNotNull(text, "text is null");
    ParseInput input = ParseInput.of(text);
    try {
      return ParseResult.success(input.raw, new DateParser(input).parse(0, ParseProblem.EMPTY));
    } catch (ParseFailure failure) {
      return ParseResult.failure(input.raw, failure.problem, failure.rawIndex);
    }
  }

  /**
   * Returns the day.
   *
   * @return the day as a {@code LocalDate}
   */
  public LocalDate toLocalDate() {
    return date;
  }

  /**
   * Returns how the date is written.
   *
   * @return the style
   */
  public DateStyle style() {
    return style;
  }

  /**
   * Returns true if the date is written after the word "ngày".
   *
   * @return whether "ngày" comes first
   */
  public boolean hasDayWord() {
    return dayWord;
  }

  /**
   * Returns true if a day below 10 is written with a leading zero ({@code 04}).
   *
   * @return whether the day is padded; false for days from 10
   */
  public boolean isDayPadded() {
    return dayPadded;
  }

  /**
   * Returns true if a month below 10 is written with a leading zero ({@code 02}).
   *
   * @return whether the month is padded; false for months from 10
   */
  public boolean isMonthPadded() {
    return monthPadded;
  }

  /**
   * Returns true if the date is written in words, as a date line must be.
   *
   * @return whether the style is {@link DateStyle#WORDS}
   */
  public boolean isWrittenInFull() {
    return style == DateStyle.WORDS;
  }

  /**
   * Returns true if the leading zeros follow the official rule: days below 10 and months 1 and 2 have one, months 3
   * to 9 do not.
   *
   * @return whether the rule is followed
   */
  public boolean followsLeadingZeroRule() {
    boolean day = date.getDayOfMonth() >= 10 || dayPadded;
    int month = date.getMonthValue();
    boolean monthOk = month >= 10 || (month <= 2 ? monthPadded : !monthPadded);
    return day && monthOk;
  }

  /**
   * Returns the same day in the official form.
   *
   * @return the official form
   */
  public VietnameseDate official() {
    return of(date);
  }

  /**
   * Returns the date written as this value says: {@code ngày 04 tháng 6 năm 2018}, {@code 27/1/2018}.
   *
   * @return the text, which reads back to an equal value
   */
  public String format() {
    StringBuilder out = new StringBuilder(28);
    if (dayWord) {
      out.append("ngày ");
    }
    appendPadded(out, date.getDayOfMonth(), dayPadded);
    switch (style) {
      case WORDS:
        out.append(" tháng ");
        appendPadded(out, date.getMonthValue(), monthPadded);
        out.append(" năm ");
        break;
      default:
        char separator = style == DateStyle.SLASH ? '/' : style == DateStyle.DASH ? '-' : '.';
        out.append(separator);
        appendPadded(out, date.getMonthValue(), monthPadded);
        out.append(separator);
    }
    return out.append(date.getYear()).toString();
  }

  private static void appendPadded(StringBuilder out, int value, boolean padded) {
    if (padded && value < 10) {
      out.append('0');
    }
    out.append(value);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof VietnameseDate)) {
      return false;
    }
    VietnameseDate that = (VietnameseDate) o;
    return date.equals(that.date) && style == that.style && dayWord == that.dayWord && dayPadded == that.dayPadded
        && monthPadded == that.monthPadded;
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, style, dayWord, dayPadded, monthPadded);
  }

  /** Returns the written form. */
  @Override
  public String toString() {
    return format();
  }
}
