package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.VietnameseText;

/**
 * A reporting period (kỳ báo cáo): a calendar year, quarter or month, or a phase of whole years, with the codes users
 * type: {@code 2023}, {@code 2023Q1}, {@code 2023-01}, {@code 2021-2025}.
 *
 * <p>Periods follow the calendar, as Thông tư 01/2022/TT-BYT sets for population statistics. A period
 * {@linkplain #contains(Period) contains} another when every month of the other is in it. Periods order by their
 * first month, then by their last, so a year comes just after its first quarter and month. Immutable; equal when type
 * and months are equal.
 */
public final class Period implements Comparable<Period>, Localized {
  private static final int MIN_YEAR = 1000;
  private static final int MAX_YEAR = 9999;
  private static final String[] ROMAN_QUARTERS = {"I", "II", "III", "IV"};

  private final PeriodType type;
  private final YearMonth first;
  private final YearMonth last;

  private Period(PeriodType type, YearMonth first, YearMonth last) {
    this.type = type;
    this.first = first;
    this.last = last;
  }

  /**
   * Returns a calendar year.
   *
   * @param year the year, 1000 to 9999
   * @return the period
   */
  public static Period year(int year) {
    checkYear(year);
    return new Period(PeriodType.YEAR, YearMonth.of(year, 1), YearMonth.of(year, 12));
  }

  /**
   * Returns a calendar quarter.
   *
   * @param year the year, 1000 to 9999
   * @param quarter the quarter, 1 to 4
   * @return the period
   */
  public static Period quarter(int year, int quarter) {
    checkYear(year);
    checkArgument(quarter >= 1 && quarter <= 4, "quarter %s is out of range: use 1 to 4", quarter);
    return new Period(PeriodType.QUARTER, YearMonth.of(year, quarter * 3 - 2), YearMonth.of(year, quarter * 3));
  }

  /**
   * Returns a calendar month.
   *
   * @param year the year, 1000 to 9999
   * @param month the month, 1 to 12
   * @return the period
   */
  public static Period month(int year, int month) {
    checkYear(year);
    checkArgument(month >= 1 && month <= 12, "month %s is out of range: use 1 to 12", month);
    YearMonth ym = YearMonth.of(year, month);
    return new Period(PeriodType.MONTH, ym, ym);
  }

  /**
   * Returns a phase of whole years, both inclusive, such as 2021–2025.
   *
   * @param firstYear the first year
   * @param lastYear the last year, after the first (a single year is {@link #year(int)})
   * @return the period
   */
  public static Period phase(int firstYear, int lastYear) {
    checkYear(firstYear);
    checkYear(lastYear);
    checkArgument(lastYear > firstYear,
        "phase %s-%s does not end after it starts: a phase spans two or more years (one year is Period.year)",
        firstYear, lastYear);
    return new Period(PeriodType.PHASE, YearMonth.of(firstYear, 1), YearMonth.of(lastYear, 12));
  }

  private static void checkYear(int year) {
    checkArgument(year >= MIN_YEAR && year <= MAX_YEAR, "year %s is out of range: use 4 digits", year);
  }

  /**
   * Reads a period from its code. Spaces around the text, lower-case {@code q} and any kind of dash (with spaces
   * around it) in a phase are accepted, as people type them: {@code " 2023q1 "}, {@code "2021 – 2025"}.
   *
   * @param text {@code 2023}, {@code 2023Q1}, {@code 2023-01} or {@code 2021-2025}
   * @return the period
   * @throws PeriodParseException if the text is not a period code; it says where and why
   */
  public static Period parse(CharSequence text) {
    checkNotNull(text, "period code is null");
    return read(text.toString());
  }

  /**
   * Reads a period without throwing.
   *
   * @param text the text, may be null
   * @return the period, or empty if the text is not a period code
   */
  public static Optional<Period> tryParse(CharSequence text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(text));
    } catch (PeriodParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the kind of period.
   *
   * @return the type
   */
  public PeriodType type() {
    return type;
  }

  /**
   * Returns the first month of the period.
   *
   * @return the first month
   */
  public YearMonth firstMonth() {
    return first;
  }

  /**
   * Returns the last month of the period.
   *
   * @return the last month
   */
  public YearMonth lastMonth() {
    return last;
  }

  /**
   * Returns the first day of the period.
   *
   * @return the first day
   */
  public LocalDate start() {
    return first.atDay(1);
  }

  /**
   * Returns the last day of the period, inclusive.
   *
   * @return the last day
   */
  public LocalDate end() {
    return last.atEndOfMonth();
  }

  /**
   * Returns the year the period starts in.
   *
   * @return the first year
   */
  public int firstYear() {
    return first.getYear();
  }

  /**
   * Returns the year the period ends in: the year of a year, quarter or month; the last year of a phase.
   *
   * @return the last year
   */
  public int lastYear() {
    return last.getYear();
  }

  /**
   * Returns the number of months in the period.
   *
   * @return the length in months
   */
  public int months() {
    return (last.getYear() - first.getYear()) * 12 + last.getMonthValue() - first.getMonthValue() + 1;
  }

  /**
   * Returns true if every month of the other period is in this one (a period contains itself).
   *
   * @param other the other period
   * @return whether this period covers the other
   */
  public boolean contains(Period other) {
    checkNotNull(other, "other period is null");
    return !other.first.isBefore(first) && !other.last.isAfter(last);
  }

  /**
   * Returns true if the date falls in the period.
   *
   * @param date the date
   * @return whether the date is in the period
   */
  public boolean contains(LocalDate date) {
    checkNotNull(date, "date is null");
    YearMonth month = YearMonth.from(date);
    return !month.isBefore(first) && !month.isAfter(last);
  }

  /**
   * Returns the code: {@code 2023}, {@code 2023Q1}, {@code 2023-01} or {@code 2021-2025}.
   *
   * @return the code
   */
  public String code() {
    switch (type) {
      case YEAR:
        return Integer.toString(first.getYear());
      case QUARTER:
        return first.getYear() + "Q" + ((first.getMonthValue() + 2) / 3);
      case MONTH:
        return first.toString();
      default:
        return first.getYear() + "-" + last.getYear();
    }
  }

  /** Returns {@code năm 2023}, {@code quý I/2023}, {@code tháng 01/2023}, {@code giai đoạn 2021–2025} or English. */
  @Override
  public String label(Language language) {
    boolean vi = language == Language.VI;
    int year = first.getYear();
    switch (type) {
      case YEAR:
        return vi ? "năm " + year : Integer.toString(year);
      case QUARTER:
        int q = (first.getMonthValue() + 2) / 3;
        return vi ? "quý " + ROMAN_QUARTERS[q - 1] + "/" + year : "Q" + q + " " + year;
      case MONTH:
        return vi ? String.format("tháng %02d/%d", first.getMonthValue(), year)
            : first.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year;
      default:
        return (vi ? "giai đoạn " : "") + year + "–" + last.getYear();
    }
  }

  /** Orders by first month, then by last month. */
  @Override
  public int compareTo(Period other) {
    int byFirst = first.compareTo(other.first);
    return byFirst != 0 ? byFirst : last.compareTo(other.last);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Period && type == ((Period) o).type && first.equals(((Period) o).first)
        && last.equals(((Period) o).last);
  }

  @Override
  public int hashCode() {
    return 31 * first.hashCode() + last.hashCode();
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code();
  }

  /** Reads one period code; every error names the index of the character where reading failed. */
  private static Period read(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      throw new PeriodParseException("empty period code", text, start);
    }
    int yearEnd = number(text, start, end, 4, "a 4-digit year");
    int year = Integer.parseInt(text.substring(start, yearEnd));
    if (year < MIN_YEAR) {
      throw new PeriodParseException("year " + text.substring(start, yearEnd) + " is before 1000", text, start);
    }
    if (yearEnd == end) {
      return year(year);
    }
    char c = text.charAt(yearEnd);
    if (c == 'Q' || c == 'q') {
      int quarterEnd = number(text, yearEnd + 1, end, 1, "a quarter 1 to 4 after Q");
      int quarter = text.charAt(yearEnd + 1) - '0';
      if (quarter < 1 || quarter > 4) {
        throw new PeriodParseException("quarter " + quarter + " is not 1 to 4", text, yearEnd + 1);
      }
      return finish(text, quarterEnd, end, quarter(year, quarter));
    }
    int dash = skipSpaces(text, yearEnd, end);
    if (dash == end || !VietnameseText.isDash(text.charAt(dash))) {
      throw new PeriodParseException("expected Q, a dash or the end after the year", text, yearEnd);
    }
    int from = skipSpaces(text, dash + 1, end);
    int length = digitsEnd(text, from, end) - from;
    if (length == 2) {
      int month = Integer.parseInt(text.substring(from, from + 2));
      if (month < 1 || month > 12) {
        throw new PeriodParseException("month " + text.substring(from, from + 2) + " is not 01 to 12", text, from);
      }
      return finish(text, from + 2, end, month(year, month));
    }
    if (length == 4) {
      int lastYear = Integer.parseInt(text.substring(from, from + 4));
      if (lastYear <= year) {
        throw new PeriodParseException(
            "a phase must end after it starts (" + year + " to " + lastYear + ")", text, from);
      }
      return finish(text, from + 4, end, phase(year, lastYear));
    }
    throw new PeriodParseException("expected a 2-digit month or a 4-digit last year after the dash", text, from);
  }

  private static Period finish(String text, int at, int end, Period period) {
    if (at != end) {
      throw new PeriodParseException("unexpected text after the period", text, at);
    }
    return period;
  }

  /** Checks that exactly {@code count} digits start at {@code from}; returns the index after them. */
  private static int number(String text, int from, int end, int count, String what) {
    int stop = digitsEnd(text, from, end);
    if (stop - from < count) {
      throw new PeriodParseException("expected " + what, text, stop);
    }
    if (stop - from > count) {
      throw new PeriodParseException("too many digits: expected " + what, text, from + count);
    }
    return stop;
  }

  private static int digitsEnd(String text, int from, int end) {
    int i = from;
    while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private static int skipSpaces(String text, int from, int end) {
    int i = from;
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
