package vn.danso.reporting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A day the ordinary working week treats differently (ngày nghỉ lễ, nghỉ bù, nghỉ hoán đổi, ngày làm bù): a public
 * holiday, the working day that makes up for a holiday falling on a weekend, a working day swapped for a day off, or the
 * Saturday worked in exchange, each with the text that fixes it.
 *
 * @param date the day
 * @param kind what the day is
 * @param holiday the holiday it belongs to; empty for a make-up working day
 * @param source the law, decision or announcement that fixes the day, with its page address when it was read there
 */
public record SpecialDay(LocalDate date, Kind kind, Optional<Holiday> holiday, String source) {

  /** What a special day is. */
  public enum Kind {
    /** A statutory holiday (ngày nghỉ lễ, tết), Bộ luật Lao động Điều 112. */
    HOLIDAY,
    /** A day off making up for a holiday on the weekly rest day (nghỉ bù), Bộ luật Lao động Điều 111 khoản 3. */
    COMPENSATORY,
    /** A working day turned into a day off by an announced swap (nghỉ hoán đổi), for civil servants. */
    SWAPPED_DAY_OFF,
    /** A Saturday worked in exchange for a swapped day off (ngày làm bù). */
    MAKE_UP_WORKING_DAY;

    /**
     * Returns true if the day is a day off.
     *
     * @return false only for a make-up working day
     */
    public boolean isDayOff() {
      return this != MAKE_UP_WORKING_DAY;
    }
  }

  /**
   * Checks the day.
   *
   * @param date the day
   * @param kind what the day is
   * @param holiday the holiday it belongs to, if any
   * @param source the text that fixes the day
   */
  public SpecialDay {
    checkNotNull(date, "date is null");
    checkNotNull(kind, "kind is null");
    checkNotNull(holiday, "holiday is null: use Optional.empty()");
    checkNotNull(source, "source is null");
    checkArgument(!source.isBlank(), "source is blank: name the text that fixes %s", date);
    checkArgument(holiday.isPresent() == (kind != Kind.MAKE_UP_WORKING_DAY),
        "%s %s: a day off belongs to a holiday, a make-up working day to none", date, kind);
    checkArgument(kind != Kind.MAKE_UP_WORKING_DAY || isWeekend(date),
        "%s is a make-up working day but not a Saturday or Sunday", date);
    checkArgument(kind != Kind.SWAPPED_DAY_OFF && kind != Kind.COMPENSATORY || !isWeekend(date),
        "%s is a %s but falls on a weekend, which is already a day off", date, kind);
  }

  /**
   * Returns a holiday.
   *
   * @param date the day
   * @param holiday the holiday
   * @param source the text fixing the day
   * @return the day
   * @throws IllegalArgumentException if the source is blank
   */
  public static SpecialDay holiday(LocalDate date, Holiday holiday, String source) {
    return new SpecialDay(date, Kind.HOLIDAY, Optional.of(holiday), source);
  }

  /**
   * Returns a compensatory day off.
   *
   * @param date the working day given off
   * @param holiday the holiday that fell on a weekend
   * @param source the text fixing the day
   * @return the day
   * @throws IllegalArgumentException if the day falls on a weekend or the source is blank
   */
  public static SpecialDay compensatory(LocalDate date, Holiday holiday, String source) {
    return new SpecialDay(date, Kind.COMPENSATORY, Optional.of(holiday), source);
  }

  /**
   * Returns a swapped day off.
   *
   * @param date the working day given off
   * @param holiday the holiday it lengthens
   * @param source the announcement of the swap
   * @return the day
   * @throws IllegalArgumentException if the day falls on a weekend or the source is blank
   */
  public static SpecialDay swappedDayOff(LocalDate date, Holiday holiday, String source) {
    return new SpecialDay(date, Kind.SWAPPED_DAY_OFF, Optional.of(holiday), source);
  }

  /**
   * Returns a make-up working day.
   *
   * @param date the Saturday worked
   * @param source the announcement of the swap
   * @return the day
   * @throws IllegalArgumentException if the day is not a Saturday or a Sunday, or the source is blank
   */
  public static SpecialDay makeUpWorkingDay(LocalDate date, String source) {
    return new SpecialDay(date, Kind.MAKE_UP_WORKING_DAY, Optional.empty(), source);
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
