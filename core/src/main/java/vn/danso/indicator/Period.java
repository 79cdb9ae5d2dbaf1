package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import vn.danso.text.Language;
import vn.danso.text.Localized;

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
  static final int MIN_YEAR = 1000;
  private static final int MAX_YEAR = 9999;
  private static final String[] ROMAN_QUARTERS = {"I", "II", "III", "IV"};

  private final PeriodType type;
  // The first and last months as numbers rather than YearMonth: making the first YearMonth initialises java.time's
  // date-time formatters, which a program that never asks for a month does not need at start-up.
  private final int firstYear;
  private final int firstMonth;
  private final int lastYear;
  private final int lastMonth;

  private Period(PeriodType type, int firstYear, int firstMonth, int lastYear, int lastMonth) {
    this.type = type;
    this.firstYear = firstYear;
    this.firstMonth = firstMonth;
    this.lastYear = lastYear;
    this.lastMonth = lastMonth;
  }

  private Period(PeriodType type, YearMonth first, YearMonth last) {
    this(type, first.getYear(), first.getMonthValue(), last.getYear(), last.getMonthValue());
  }

  /** Compares two months as {@link YearMonth#compareTo} does. */
  private static int compare(int year, int month, int otherYear, int otherMonth) {
    int cmp = year - otherYear;
    return cmp != 0 ? cmp : month - otherMonth;
  }

  /**
   * Returns a calendar year.
   *
   * @param year the year, 1000 to 9999
   * @return the period
   * @throws IllegalArgumentException if the year is outside 1000 to 9999
   */
  public static Period year(int year) {
    checkYear(year);
    return new Period(PeriodType.YEAR, year, 1, year, 12);
  }

  /**
   * Returns a calendar quarter.
   *
   * @param year the year, 1000 to 9999
   * @param quarter the quarter, 1 to 4
   * @return the period
   * @throws IllegalArgumentException if the year is outside 1000 to 9999 or the quarter outside 1 to 4
   */
  public static Period quarter(int year, int quarter) {
    checkYear(year);
    checkArgument(quarter >= 1 && quarter <= 4, "quarter %s is out of range: use 1 to 4", quarter);
    return new Period(PeriodType.QUARTER, year, quarter * 3 - 2, year, quarter * 3);
  }

  /**
   * Returns a calendar month.
   *
   * @param year the year, 1000 to 9999
   * @param month the month, 1 to 12
   * @return the period
   * @throws IllegalArgumentException if the year is outside 1000 to 9999 or the month outside 1 to 12
   */
  public static Period month(int year, int month) {
    checkYear(year);
    checkArgument(month >= 1 && month <= 12, "month %s is out of range: use 1 to 12", month);
    return new Period(PeriodType.MONTH, year, month, year, month);
  }

  /**
   * Returns a phase of whole years, both inclusive, such as 2021–2025.
   *
   * @param firstYear the first year
   * @param lastYear the last year, after the first (a single year is {@link #year(int)})
   * @return the period
   * @throws IllegalArgumentException if a year is outside 1000 to 9999 or the last year is not after the first
   */
  public static Period phase(int firstYear, int lastYear) {
    checkYear(firstYear);
    checkYear(lastYear);
    checkArgument(lastYear > firstYear,
        "phase %s-%s does not end after it starts: a phase spans two or more years (one year is Period.year)",
        firstYear, lastYear);
    return new Period(PeriodType.PHASE, firstYear, 1, lastYear, 12);
  }

  static void checkYear(int year) {
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
    return PeriodParser.read(text.toString());
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
    return YearMonth.of(firstYear, firstMonth);
  }

  /**
   * Returns the last month of the period.
   *
   * @return the last month
   */
  public YearMonth lastMonth() {
    return YearMonth.of(lastYear, lastMonth);
  }

  /**
   * Returns the first day of the period.
   *
   * @return the first day
   */
  public LocalDate start() {
    return firstMonth().atDay(1);
  }

  /**
   * Returns the last day of the period, inclusive.
   *
   * @return the last day
   */
  public LocalDate end() {
    return lastMonth().atEndOfMonth();
  }

  /**
   * Returns the year the period starts in.
   *
   * @return the first year
   */
  public int firstYear() {
    return firstYear;
  }

  /**
   * Returns the year the period ends in: the year of a year, quarter or month; the last year of a phase.
   *
   * @return the last year
   */
  public int lastYear() {
    return lastYear;
  }

  /**
   * Returns the number of months in the period.
   *
   * @return the length in months
   */
  public int months() {
    return (lastYear - firstYear) * 12 + lastMonth - firstMonth + 1;
  }

  /**
   * Returns true if every month of the other period is in this one (a period contains itself).
   *
   * @param other the other period
   * @return whether this period covers the other
   */
  public boolean contains(Period other) {
    checkNotNull(other, "other period is null");
    return compare(other.firstYear, other.firstMonth, firstYear, firstMonth) >= 0
        && compare(other.lastYear, other.lastMonth, lastYear, lastMonth) <= 0;
  }

  /**
   * Returns true if the date falls in the period.
   *
   * @param date the date
   * @return whether the date is in the period
   */
  public boolean contains(LocalDate date) {
    checkNotNull(date, "date is null");
    return compare(date.getYear(), date.getMonthValue(), firstYear, firstMonth) >= 0
        && compare(date.getYear(), date.getMonthValue(), lastYear, lastMonth) <= 0;
  }

  /**
   * Returns the period of the same type and length shifted by whole years: the same month, quarter or year a number
   * of years later (earlier when negative), for year-on-year comparisons.
   *
   * @param years the number of years, may be negative
   * @return the shifted period
   * @throws IllegalArgumentException if the result leaves the years 1000 to 9999
   */
  public Period plusYears(int years) {
    checkYear((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, (long) firstYear + years)));
    return shifted(firstMonth().plusYears(years), lastMonth().plusYears(years));
  }

  /**
   * Returns the period of the same type and length that comes just before this one: the previous month, quarter,
   * year or phase.
   *
   * @return the previous period
   */
  public Period previous() {
    return shiftMonths(-months());
  }

  /**
   * Returns the period of the same type and length that comes just after this one.
   *
   * @return the next period
   */
  public Period next() {
    return shiftMonths(months());
  }

  private Period shiftMonths(int months) {
    return shifted(firstMonth().plusMonths(months), lastMonth().plusMonths(months));
  }

  /** Returns a period of this type from the shifted first and last months, within the years 1000 to 9999. */
  private Period shifted(YearMonth newFirst, YearMonth newLast) {
    checkYear(newFirst.getYear());
    checkYear(newLast.getYear());
    return new Period(type, newFirst, newLast);
  }

  /**
   * Returns the periods of a shorter type that make up this one, in order: the 4 quarters or 12 months of a year,
   * the 3 months of a quarter, the years of a phase.
   *
   * @param type a type shorter than this period's (not a phase)
   * @return the parts
   * @throws IllegalArgumentException if the type is not shorter, or is a phase
   */
  public ImmutableList<Period> parts(PeriodType type) {
    checkNotNull(type, "type is null");
    checkArgument(type.compareTo(this.type) < 0 && type != PeriodType.PHASE,
        "a %s has no parts of type %s: use a shorter type than %s", this.type, type, this.type);
    int step = type == PeriodType.MONTH ? 1 : type == PeriodType.QUARTER ? 3 : 12;
    ImmutableList.Builder<Period> parts = ImmutableList.builder();
    for (YearMonth m = firstMonth(), last = lastMonth(); !m.isAfter(last); m = m.plusMonths(step)) {
      parts.add(new Period(type, m, m.plusMonths(step - 1)));
    }
    return parts.build();
  }

  /**
   * Returns the code: {@code 2023}, {@code 2023Q1}, {@code 2023-01} or {@code 2021-2025}.
   *
   * @return the code
   */
  public String code() {
    // Tests rather than a switch on the enum, which would compile to one more class to load with the first code.
    if (type == PeriodType.YEAR) {
      return Integer.toString(firstYear);
    }
    if (type == PeriodType.QUARTER) {
      return firstYear + "Q" + ((firstMonth + 2) / 3);
    }
    if (type == PeriodType.MONTH) {
      return firstYear + (firstMonth < 10 ? "-0" : "-") + firstMonth; // as YearMonth writes 4-digit years
    }
    return firstYear + "-" + lastYear;
  }

  /** Returns {@code năm 2023}, {@code quý I/2023}, {@code tháng 01/2023}, {@code giai đoạn 2021–2025} or English. */
  @Override
  public String label(Language language) {
    boolean vi = language == Language.VI;
    int year = firstYear;
    switch (type) {
      case YEAR:
        return vi ? "năm " + year : Integer.toString(year);
      case QUARTER:
        int q = (firstMonth + 2) / 3;
        return vi ? "quý " + ROMAN_QUARTERS[q - 1] + "/" + year : "Q" + q + " " + year;
      case MONTH:
        return vi ? String.format("tháng %02d/%d", firstMonth, year)
            : firstMonth().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year;
      default:
        return (vi ? "giai đoạn " : "") + year + "–" + lastYear;
    }
  }

  /** Orders by first month, then by last month. */
  @Override
  public int compareTo(Period other) {
    int byFirst = compare(firstYear, firstMonth, other.firstYear, other.firstMonth);
    return byFirst != 0 ? byFirst : compare(lastYear, lastMonth, other.lastYear, other.lastMonth);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Period)) {
      return false;
    }
    Period other = (Period) o;
    return type == other.type && firstYear == other.firstYear && firstMonth == other.firstMonth
        && lastYear == other.lastYear && lastMonth == other.lastMonth;
  }

  @Override
  public int hashCode() {
    // As YearMonth's hash codes would give.
    return 31 * (firstYear ^ (firstMonth << 27)) + (lastYear ^ (lastMonth << 27));
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code();
  }
}
