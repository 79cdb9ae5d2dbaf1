package vn.danso.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VietnamHolidaysTest {
  private static final WorkingCalendar CIVIL = VietnamHolidays.civilService();
  private static final WorkingCalendar STATUTORY = VietnamHolidays.statutory();

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void everyYearHasTheElevenStatutoryHolidays(int year) {
    long holidays = STATUTORY.specialDays().values().stream()
        .filter(day -> day.date().getYear() == year && day.kind() == SpecialDay.Kind.HOLIDAY)
        .count();
    assertThat(holidays).isEqualTo(11);
    for (Holiday holiday : Holiday.values()) {
      assertThat(STATUTORY.specialDays().values().stream()
          .filter(day -> day.date().getYear() == year && day.holiday().equals(java.util.Optional.of(holiday))
              && day.kind() == SpecialDay.Kind.HOLIDAY))
          .as("%s in %s", holiday, year)
          .hasSize(holiday.days());
    }
  }

  static Stream<Integer> years() {
    return Stream.of(2024, 2025, 2026);
  }

  /** Each break as announced for civil servants: its first and last day off, and the working days around it. */
  @ParameterizedTest(name = "{0} to {1}")
  @MethodSource("announcedBreaks")
  void announcedBreaksAreDaysOffBetweenWorkingDays(LocalDate first, LocalDate last) {
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      assertThat(CIVIL.isWorkingDay(day)).as("%s is off", day).isFalse();
    }
    assertThat(CIVIL.isWorkingDay(first.minusDays(1))).as("the day before %s is worked", first).isTrue();
    assertThat(CIVIL.isWorkingDay(last.plusDays(1))).as("the day after %s is worked", last).isTrue();
  }

  static Stream<Arguments> announcedBreaks() {
    return Stream.of(
        Arguments.of(LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 14)),     // Tết Giáp Thìn, 7 days
        Arguments.of(LocalDate.of(2024, 4, 18), LocalDate.of(2024, 4, 18)),    // Giỗ Tổ, a Thursday
        Arguments.of(LocalDate.of(2024, 4, 27), LocalDate.of(2024, 5, 1)),     // 30/4–1/5 with the swap of 29/4
        Arguments.of(LocalDate.of(2024, 8, 31), LocalDate.of(2024, 9, 3)),     // Quốc khánh, 4 days
        Arguments.of(LocalDate.of(2025, 1, 25), LocalDate.of(2025, 2, 2)),     // Tết Ất Tỵ, 9 days
        Arguments.of(LocalDate.of(2025, 4, 5), LocalDate.of(2025, 4, 7)),      // Giỗ Tổ on a Monday
        Arguments.of(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 4)),     // 30/4–1/5 with the swap of 2/5
        Arguments.of(LocalDate.of(2025, 8, 30), LocalDate.of(2025, 9, 2)),     // Quốc khánh, 4 days
        Arguments.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 4)),      // Tết Dương lịch with the swap of 2/1
        Arguments.of(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 22)),    // Tết Bính Ngọ, 9 days
        Arguments.of(LocalDate.of(2026, 4, 25), LocalDate.of(2026, 4, 27)),    // Giỗ Tổ on a Sunday, made up Monday
        Arguments.of(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 3)),     // 30/4–1/5, Thursday to Sunday
        Arguments.of(LocalDate.of(2026, 8, 29), LocalDate.of(2026, 9, 2)));    // Quốc khánh with the swap of 31/8
  }

  @Test
  void theSaturdaysWorkedForSwapsAreWorkingDaysForCivilServantsOnly() {
    for (LocalDate saturday : new LocalDate[] {LocalDate.of(2024, 5, 4), LocalDate.of(2025, 4, 26),
        LocalDate.of(2026, 1, 10), LocalDate.of(2026, 8, 22)}) {
      assertThat(CIVIL.isWorkingDay(saturday)).as("%s", saturday).isTrue();
      assertThat(STATUTORY.isWorkingDay(saturday)).as("%s", saturday).isFalse();
    }
    assertThat(STATUTORY.isWorkingDay(LocalDate.of(2024, 4, 29))).isTrue();
    assertThat(CIVIL.isWorkingDay(LocalDate.of(2024, 4, 29))).isFalse();
  }

  @Test
  void everySpecialDayNamesItsSource() {
    assertThat(CIVIL.specialDays().values()).allSatisfy(day -> assertThat(day.source()).isNotBlank());
    assertThat(CIVIL.specialDay(LocalDate.of(2026, 2, 17)).orElseThrow().source()).contains("kienthuc.net.vn");
    assertThat(CIVIL.specialDay(LocalDate.of(2025, 1, 1)).orElseThrow().source())
        .isEqualTo("Bộ luật Lao động 45/2019/QH14, Điều 112 khoản 1 điểm a");
  }

  @Test
  void aDayOutsideTheCoveredYearsIsMisuseThatSaysWhatToDo() {
    assertThat(CIVIL.covers(LocalDate.of(2023, 12, 31))).isFalse();
    assertThatThrownBy(() -> CIVIL.isWorkingDay(LocalDate.of(2027, 2, 8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2027-02-08 is outside the years this calendar covers ([2024, 2025, 2026])")
        .hasMessageContaining("build a calendar with that year's days off");
  }

  @Test
  void aCalendarCanBeExtendedWithDaysOffNotYetInLaw() {
    WorkingCalendar withCultureDay = WorkingCalendar.builder()
        .addAll(CIVIL)
        .add(SpecialDay.swappedDayOff(LocalDate.of(2026, 11, 24), Holiday.NATIONAL_DAY, "an integrator's choice"))
        .build();
    assertThat(withCultureDay.isWorkingDay(LocalDate.of(2026, 11, 24))).isFalse();
    assertThat(CIVIL.isWorkingDay(LocalDate.of(2026, 11, 24))).isTrue();
  }

  @Test
  void aSwapOnAWeekendOrAMakeUpDayOnAWeekdayIsRejected() {
    assertThatThrownBy(() -> SpecialDay.makeUpWorkingDay(LocalDate.of(2026, 1, 9), "x"))
        .hasMessageContaining("not a Saturday or Sunday");
    assertThatThrownBy(() -> SpecialDay.swappedDayOff(LocalDate.of(2026, 1, 10), Holiday.NEW_YEAR, "x"))
        .hasMessageContaining("falls on a weekend");
  }
}
