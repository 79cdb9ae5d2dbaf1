package vn.danso.reporting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A calendar of working days (lịch ngày làm việc): Monday to Friday, as for civil servants since Quyết định
 * 188/1999/QĐ-TTg (17/9/1999), Điều 1, less the holidays and other days off, plus the Saturdays worked in exchange
 * for swapped days, for the years it covers.
 *
 * <p>A calendar knows only the years it was given: asking about a day of another year is misuse and throws, because the
 * Lunar New Year and the announced swaps move every year and cannot be guessed. Check {@link #covers(LocalDate)}
 * first. {@link VietnamHolidays} builds the calendars of 2024–2026. Immutable and thread-safe.
 */
public final class WorkingCalendar {
  private final ImmutableSortedSet<Integer> years;
  private final ImmutableSortedMap<LocalDate, SpecialDay> days;

  private WorkingCalendar(ImmutableSortedSet<Integer> years, ImmutableSortedMap<LocalDate, SpecialDay> days) {
    this.years = years;
    this.days = days;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the years the calendar covers.
   *
   * @return the years, in order
   */
  public ImmutableSortedSet<Integer> years() {
    return years;
  }

  /**
   * Returns the special days, by date.
   *
   * @return the days
   */
  public ImmutableSortedMap<LocalDate, SpecialDay> specialDays() {
    return days;
  }

  /**
   * Returns true if the calendar covers the year of a day.
   *
   * @param date the day
   * @return whether the calendar can say if the day is a working day
   */
  public boolean covers(LocalDate date) {
    return years.contains(checkNotNull(date, "date is null").getYear());
  }

  /**
   * Returns true if the calendar covers every year from one day to another.
   *
   * @param from the first day
   * @param to the last day
   * @return whether every day between them, both included, can be judged
   */
  public boolean covers(LocalDate from, LocalDate to) {
    checkNotNull(from, "from is null");
    checkNotNull(to, "to is null");
    for (int year = Math.min(from.getYear(), to.getYear()); year <= Math.max(from.getYear(), to.getYear()); year++) {
      if (!years.contains(year)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns what is special about a day, if anything.
   *
   * @param date the day, in a covered year
   * @return the special day, or empty for an ordinary weekday or weekend day
   * @throws IllegalArgumentException if the calendar does not cover the year
   */
  public Optional<SpecialDay> specialDay(LocalDate date) {
    return Optional.ofNullable(days.get(checked(date)));
  }

  /**
   * Returns true if the day is a working day.
   *
   * @param date the day, in a covered year
   * @return whether offices work that day
   * @throws IllegalArgumentException if the calendar does not cover the year
   */
  public boolean isWorkingDay(LocalDate date) {
    SpecialDay special = days.get(checked(date));
    if (special != null) {
      return !special.kind().isDayOff();
    }
    return !SpecialDay.isWeekend(date);
  }

  /**
   * Returns the working day that is {@code n} working days after a day: the 1st is the first working day after it.
   *
   * @param date the day counted from (not counted itself)
   * @param n how many working days, at least 1
   * @return the n-th working day after the date
   * @throws IllegalArgumentException if n is below 1, or the count runs into a year the calendar does not cover or
   *     past {@link LocalDate#MAX}
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    checkArgument(n >= 1, "n = %s: count at least one working day", n);
    LocalDate day = checkNotNull(date, "date is null");
    int counted = 0;
    while (counted < n) {
      day = next(day);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * Returns the day itself if it is a working day, else the next working day.
   *
   * @param date the day
   * @return the first working day on or after it
   * @throws IllegalArgumentException if the search runs into a year the calendar does not cover or past
   *     {@link LocalDate#MAX}
   */
  public LocalDate onOrNextWorkingDay(LocalDate date) {
    LocalDate day = checkNotNull(date, "date is null");
    while (!isWorkingDay(day)) {
      day = next(day);
    }
    return day;
  }

  private static LocalDate next(LocalDate day) {
    checkArgument(!day.equals(LocalDate.MAX), "the count runs past %s, the last day a date can hold", day);
    return day.plusDays(1);
  }

  /**
   * Returns the number of working days after one day up to and including another: how many working days late a report
   * received on {@code to} is when it was due on {@code from}.
   *
   * @param from the first day, not counted
   * @param to the last day, counted
   * @return the count; 0 when {@code to} is not after {@code from}
   * @throws IllegalArgumentException if the days between are not all covered
   */
  public int workingDaysAfter(LocalDate from, LocalDate to) {
    checkNotNull(from, "from is null");
    checkNotNull(to, "to is null");
    int count = 0;
    for (LocalDate day = from; day.isBefore(to); ) {
      day = day.plusDays(1);  // before `to`, so never past LocalDate.MAX
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  private LocalDate checked(LocalDate date) {
    checkArgument(covers(date), "%s is outside the years this calendar covers (%s): its holidays are not known; "
        + "build a calendar with that year's days off", date, years);
    return date;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkingCalendar that && years.equals(that.years) && days.equals(that.days);
  }

  @Override
  public int hashCode() {
    return years.hashCode() * 31 + days.hashCode();
  }

  /** Returns e.g. {@code WorkingCalendar[2024–2026, 40 special days]}. */
  @Override
  public String toString() {
    return "WorkingCalendar[" + years.first() + "–" + years.last() + ", " + days.size() + " special days]";
  }

  /**
   * Builds a {@link WorkingCalendar}. Not thread-safe.
   *
   * <p>For example:
   *
   * <pre>{@code
   * WorkingCalendar ours = WorkingCalendar.builder()
   *     .addAll(VietnamHolidays.civilService())   // the civil service's days off of 2024–2026, with their sources
   *     .add(madeUpSaturday)                      // a Saturday worked in exchange, with the decision that set it
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final TreeSet<Integer> years = new TreeSet<>();
    private final TreeMap<LocalDate, SpecialDay> days = new TreeMap<>();

    private Builder() {}

    /**
     * Declares the calendar complete for a year: every day off of that year has been added.
     *
     * @param year the year
     * @return this builder
     */
    public Builder year(int year) {
      years.add(year);
      return this;
    }

    /**
     * Adds a special day.
     *
     * @param day the day
     * @return this builder
     * @throws IllegalArgumentException if another special day was added for the same date
     */
    public Builder add(SpecialDay day) {
      checkNotNull(day, "day is null");
      SpecialDay before = days.putIfAbsent(day.date(), day);
      checkArgument(before == null || before.equals(day), "%s is given twice: %s and %s", day.date(), before, day);
      return this;
    }

    /**
     * Adds every special day and year of another calendar.
     *
     * @param calendar the calendar
     * @return this builder
     */
    public Builder addAll(WorkingCalendar calendar) {
      checkNotNull(calendar, "calendar is null");
      years.addAll(calendar.years);
      calendar.days.values().forEach(this::add);
      return this;
    }

    /**
     * Returns the calendar.
     *
     * @return the calendar
     * @throws IllegalStateException if no year was declared or a special day lies outside the declared years
     */
    public WorkingCalendar build() {
      if (years.isEmpty()) {
        throw new IllegalStateException("no year declared: call year(…) for every year whose days off were added");
      }
      for (LocalDate date : days.keySet()) {
        if (!years.contains(date.getYear())) {
          throw new IllegalStateException(date + " is given but its year is not declared: call year("
              + date.getYear() + ")");
        }
      }
      return new WorkingCalendar(ImmutableSortedSet.copyOf(years), ImmutableSortedMap.copyOf(days));
    }
  }
}
