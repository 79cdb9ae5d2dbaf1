package vn.danso.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.indicator.Period;

class DeadlineTest {
  private static final Deadline COMMUNE = Deadline.workingDays(5, "Thông tư 01/2022/TT-BYT");
  private static final Deadline DISTRICT = Deadline.calendarDays(15, "Thông tư 01/2022/TT-BYT");
  private static final WorkingCalendar CIVIL = VietnamHolidays.civilService();

  @ParameterizedTest(name = "{0} is due {1}")
  @MethodSource("communeDueDates")
  void aCommuneReportIsDueOnTheFifthWorkingDayAfterThePeriod(String period, LocalDate due) {
    assertThat(COMMUNE.dueDate(Period.parse(period), CIVIL)).isEqualTo(due);
  }

  static Stream<Arguments> communeDueDates() {
    return Stream.of(
        Arguments.of("2024-01", LocalDate.of(2024, 2, 7)),   // the day before Tết Giáp Thìn
        Arguments.of("2024-04", LocalDate.of(2024, 5, 7)),   // 1/5 off; Saturday 4/5 worked
        Arguments.of("2024", LocalDate.of(2025, 1, 8)),      // 1/1/2025 off
        Arguments.of("2025-01", LocalDate.of(2025, 2, 7)),   // Tết Ất Tỵ was before the end of January
        Arguments.of("2025-03", LocalDate.of(2025, 4, 8)),   // Giỗ Tổ on Monday 7/4
        Arguments.of("2025-04", LocalDate.of(2025, 5, 9)),   // 30/4, 1/5 and the swapped 2/5 off
        Arguments.of("2025-12", LocalDate.of(2026, 1, 9)),   // 1/1 and the swapped 2/1 off; Saturday 10/1 worked
        Arguments.of("2026-01", LocalDate.of(2026, 2, 6)),
        Arguments.of("2026Q1", LocalDate.of(2026, 4, 7)),
        Arguments.of("2026-04", LocalDate.of(2026, 5, 8)),   // 1/5 off
        Arguments.of("2026-08", LocalDate.of(2026, 9, 9)));  // 1/9 and 2/9 off
  }

  @Test
  void theStatutoryCalendarIgnoresTheCivilServiceSwaps() {
    assertThat(COMMUNE.dueDate(Period.month(2024, 4), VietnamHolidays.statutory())).isEqualTo(LocalDate.of(2024, 5, 8));
    assertThat(COMMUNE.dueDate(Period.month(2025, 12), VietnamHolidays.statutory()))
        .isEqualTo(LocalDate.of(2026, 1, 8));
  }

  @ParameterizedTest(name = "{0} is due {1}")
  @MethodSource("districtDueDates")
  void aDistrictQuarterlyFormIsDueFifteenDaysAfterTheQuarter(String quarter, LocalDate due) {
    assertThat(DISTRICT.dueDate(Period.parse(quarter), CIVIL)).isEqualTo(due);
  }

  static Stream<Arguments> districtDueDates() {
    return Stream.of(
        Arguments.of("2024Q1", LocalDate.of(2024, 4, 15)),
        Arguments.of("2024Q4", LocalDate.of(2025, 1, 15)),
        Arguments.of("2025Q2", LocalDate.of(2025, 7, 15)),
        Arguments.of("2025Q4", LocalDate.of(2026, 1, 15)),
        Arguments.of("2026Q3", LocalDate.of(2026, 10, 15)));
  }

  @Test
  void aDeadlineInCalendarDaysEndingOnADayOffMovesToTheNextWorkingDay() {
    // 31 days after April 2025 is Saturday 31 May; Bộ luật Dân sự, Điều 148 khoản 5 moves it to Monday 2 June
    assertThat(Deadline.calendarDays(31, "x").dueDate(Period.month(2025, 4), CIVIL))
        .isEqualTo(LocalDate.of(2025, 6, 2));
    // 15 days after January 2026 is Sunday 15 February, in the Tết break until 22 February
    assertThat(Deadline.calendarDays(15, "x").dueDate(Period.month(2026, 1), CIVIL))
        .isEqualTo(LocalDate.of(2026, 2, 23));
  }

  @Test
  void aDueDateOutsideTheCalendarIsUnknownRatherThanGuessed() {
    assertThat(COMMUNE.tryDueDate(Period.year(2026), CIVIL)).isEmpty();
    assertThat(DISTRICT.tryDueDate(Period.quarter(2023, 4), CIVIL)).isPresent();
    assertThatThrownBy(() -> COMMUNE.dueDate(Period.year(2026), CIVIL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("build a calendar with that year's days off");
  }

  @Test
  void aDeadlineOfNoDaysIsMisuse() {
    assertThatThrownBy(() -> Deadline.workingDays(0, "x")).hasMessageContaining("at least one day");
  }
}
