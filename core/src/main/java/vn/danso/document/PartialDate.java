package vn.danso.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A date as precisely as a text gives it (ngày, tháng, năm): the day ("ngày 25/10/2017"), the month only ("tháng 10
 * năm 2017") or the year only ("Quyết định 1848/QĐ-TTg năm 2020"). A document known to the year is still a document:
 * a reference keeps what the text says and no more.
 *
 * @param year the year, from 1 to 9999
 * @param month the month from 1 to 12, or 0 when only the year is known
 * @param day the day of the month, or 0 when only the month or year is known
 */
public record PartialDate(int year, int month, int day) {
  /** How much of the date is known. */
  public enum Precision {
    /** Day, month and year. */
    DAY,
    /** Month and year. */
    MONTH,
    /** The year only. */
    YEAR
  }

  /**
   * Checks the parts.
   *
   * @param year the year
   * @param month the month, or 0
   * @param day the day, or 0
   * @throws IllegalArgumentException if the year is outside 1–9999, the month outside 0–12, a day is given
   *     without a month, or the day is not in the month
   */
  public PartialDate {
    checkArgument(year >= 1 && year <= 9999, "year %s is outside 1–9999", year);
    checkArgument(month >= 0 && month <= 12, "month %s is outside 1–12 (0: unknown)", month);
    checkArgument(day == 0 || (month != 0 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()),
        "day %s is not a day of %s/%s", day, month, year);
  }

  /**
   * Returns the date known to the day.
   *
   * @param date the day
   * @return the date
   * @throws IllegalArgumentException if the year is outside 1 to 9999
   */
  public static PartialDate of(LocalDate date) {
    checkNotNull(date, "date is null");
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Returns the date known to the month.
   *
   * @param month the month
   * @return the date
   * @throws IllegalArgumentException if the year is outside 1 to 9999
   */
  public static PartialDate of(YearMonth month) {
    checkNotNull(month, "month is null");
    return new PartialDate(month.getYear(), month.getMonthValue(), 0);
  }

  /**
   * Returns the date known to the year.
   *
   * @param year the year
   * @return the date
   * @throws IllegalArgumentException if the year is outside 1 to 9999
   */
  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0);
  }

  /**
   * Returns how much is known.
   *
   * @return the precision
   */
  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /**
   * Returns the day, when known to the day.
   *
   * @return the day, or empty
   */
  public Optional<LocalDate> toLocalDate() {
    return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
  }

  /**
   * Returns true if the day agrees with what is known: same year, and same month and day where given.
   *
   * @param date a day
   * @return whether the day may be this date
   */
  public boolean admits(LocalDate date) {
    return checkNotNull(date, "date is null").getYear() == year && (month == 0 || date.getMonthValue() == month)
        && (day == 0 || date.getDayOfMonth() == day);
  }

  /** Returns {@code 25/10/2017}, {@code 10/2017} or {@code 2017}. */
  @Override
  public String toString() {
    if (day != 0) {
      return day + "/" + month + "/" + year;
    }
    return month != 0 ? month + "/" + year : String.valueOf(year);
  }
}
