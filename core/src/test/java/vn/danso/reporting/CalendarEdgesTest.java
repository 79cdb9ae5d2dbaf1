package vn.danso.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic at the ends of the date range: the documented exception, never a date overflow. */
class CalendarEdgesTest {
  /** A calendar of the first and last years a date can hold, with no day off but weekends. */
  private static final WorkingCalendar EDGES = WorkingCalendar.builder().year(LocalDate.MIN.getYear())
      .year(LocalDate.MAX.getYear()).build();

  @Test
  void countingPastTheLastDayADateCanHoldIsTheDocumentedException() {
    assertThatThrownBy(() -> EDGES.plusWorkingDays(LocalDate.MAX, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the last day a date can hold");
    assertThatThrownBy(() -> EDGES.plusWorkingDays(LocalDate.MAX.minusDays(3), 5))
        .isInstanceOf(IllegalArgumentException.class);
    LocalDate lastWorkingDay = LocalDate.MAX;
    while (!EDGES.isWorkingDay(lastWorkingDay)) {
      lastWorkingDay = lastWorkingDay.minusDays(1);
    }
    assertThat(EDGES.plusWorkingDays(lastWorkingDay.minusDays(7), 5)).isEqualTo(lastWorkingDay);
    if (EDGES.isWorkingDay(LocalDate.MAX)) {
      assertThat(EDGES.onOrNextWorkingDay(LocalDate.MAX)).isEqualTo(LocalDate.MAX);
    } else {
      assertThatThrownBy(() -> EDGES.onOrNextWorkingDay(LocalDate.MAX)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void workingDaysUpToTheLastDayADateCanHoldAreCounted() {
    assertThat(EDGES.workingDaysAfter(LocalDate.MAX, LocalDate.MAX)).isZero();
    assertThat(EDGES.workingDaysAfter(LocalDate.MAX, LocalDate.MIN)).isZero();
    // Any fourteen days in a row hold ten weekdays.
    assertThat(EDGES.workingDaysAfter(LocalDate.MAX.minusDays(14), LocalDate.MAX)).isEqualTo(10);
    assertThat(EDGES.workingDaysAfter(LocalDate.MIN, LocalDate.MIN.plusDays(14))).isEqualTo(10);
  }

  @Test
  void aDayOutsideTheCalendarIsTheDocumentedExceptionAtEitherEnd() {
    WorkingCalendar civil = VietnamHolidays.civilService();
    assertThatThrownBy(() -> civil.workingDaysAfter(LocalDate.of(2025, 1, 1), LocalDate.MAX))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the years");
    assertThatThrownBy(() -> civil.workingDaysAfter(LocalDate.MIN, LocalDate.of(2025, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the years");
    assertThatThrownBy(() -> civil.plusWorkingDays(LocalDate.of(2025, 1, 1), Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the years");
    assertThat(Deadline.calendarDays(Integer.MAX_VALUE, "—").tryDueDate(vn.danso.indicator.Period.year(9999), civil))
        .isEmpty();
    assertThat(Deadline.workingDays(Integer.MAX_VALUE, "—").tryDueDate(vn.danso.indicator.Period.year(2025), civil))
        .isEmpty();
  }
}
