package vn.danso.reporting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import vn.danso.indicator.Period;

/**
 * When a report is due (thời hạn gửi báo cáo), counted from the last day of the period it reports: a number of working
 * days (a commune's reports: the 5th working day after the period) or of calendar days (a district's quarterly form
 * 01-DSH: 15 days after the quarter).
 *
 * <p>Days are counted from the day after the period's last day (Bộ luật Dân sự 91/2015/QH13, Điều 147). A deadline in
 * calendar days that ends on a weekend or holiday moves to the end of the next working day (Điều 148 khoản 5). Working
 * days are those of a {@link WorkingCalendar}.
 *
 * @param kind how the days are counted
 * @param days how many
 * @param source the provision that sets the deadline
 */
public record Deadline(Kind kind, int days, String source) {

  /** How the days of a deadline are counted. */
  public enum Kind {
    /** Working days (ngày làm việc) after the period. */
    WORKING_DAYS,
    /** Calendar days (ngày) after the period, moved to the next working day if the last one is a day off. */
    CALENDAR_DAYS
  }

  /**
   * Checks the deadline.
   *
   * @param kind how the days are counted
   * @param days how many
   * @param source the provision that sets it
   * @throws NullPointerException if the kind or the source is null
   * @throws IllegalArgumentException if days is below 1 or the source is blank
   */
  public Deadline {
    checkNotNull(kind, "kind is null");
    checkArgument(days >= 1, "days = %s: a deadline is at least one day after the period", days);
    checkNotNull(source, "source is null");
    checkArgument(!source.isBlank(), "source is blank: name the provision that sets the deadline");
  }

  /**
   * Returns a deadline in working days.
   *
   * @param days the number of working days after the period
   * @param source the provision
   * @return the deadline
   * @throws IllegalArgumentException if days is below 1 or the source is blank
   */
  public static Deadline workingDays(int days, String source) {
    return new Deadline(Kind.WORKING_DAYS, days, source);
  }

  /**
   * Returns a deadline in calendar days.
   *
   * @param days the number of days after the period
   * @param source the provision
   * @return the deadline
   * @throws IllegalArgumentException if days is below 1 or the source is blank
   */
  public static Deadline calendarDays(int days, String source) {
    return new Deadline(Kind.CALENDAR_DAYS, days, source);
  }

  /**
   * Returns the last day on which the report of a period is on time.
   *
   * @param period the period reported
   * @param calendar the working days
   * @return the due date
   * @throws IllegalArgumentException if the calendar does not cover the days counted
   */
  public LocalDate dueDate(Period period, WorkingCalendar calendar) {
    return tryDueDate(period, calendar).orElseThrow(() -> new IllegalArgumentException(
        "the due date of " + period + " falls outside the years " + calendar.years()
            + " the calendar covers: build a calendar with that year's days off"));
  }

  /**
   * Returns the last day on which the report of a period is on time, if the calendar covers the days counted.
   *
   * @param period the period reported
   * @param calendar the working days
   * @return the due date, or empty when the calendar cannot say
   */
  public Optional<LocalDate> tryDueDate(Period period, WorkingCalendar calendar) {
    checkNotNull(period, "period is null");
    checkNotNull(calendar, "calendar is null");
    LocalDate day = period.end();
    if (kind == Kind.WORKING_DAYS) {
      int counted = 0;
      while (counted < days) {
        day = day.plusDays(1);
        if (!calendar.covers(day)) {
          return Optional.empty();
        }
        if (calendar.isWorkingDay(day)) {
          counted++;
        }
      }
      return Optional.of(day);
    }
    day = day.plusDays(days);
    while (calendar.covers(day) && !calendar.isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return calendar.covers(day) ? Optional.of(day) : Optional.empty();
  }
}
