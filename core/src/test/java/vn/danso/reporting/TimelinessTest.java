package vn.danso.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.ValidationReport;

class TimelinessTest {
  private static final Period APRIL_2025 = Period.month(2025, 4);   // due Friday 9 May 2025 (30/4, 1/5, 2/5 off)
  private static final UnitCode A = UnitCode.of("30280");
  private static final UnitCode B = UnitCode.of("30283");
  private static final UnitCode C = UnitCode.of("30286");
  private static final UnitCode D = UnitCode.of("30289");
  private static final List<UnitCode> COMMUNES = List.of(A, B, C, D);
  private static final Timeliness TIMELINESS =
      Timeliness.of(Deadline.workingDays(5, "Thông tư 01/2022/TT-BYT"), VietnamHolidays.civilService());

  private static final List<ReportReceipt> RECEIPTS = List.of(
      new ReportReceipt(A, APRIL_2025, LocalDate.of(2025, 5, 9)),     // on the due date
      new ReportReceipt(B, APRIL_2025, LocalDate.of(2025, 5, 12)),    // Monday after: one working day late
      new ReportReceipt(C, APRIL_2025, LocalDate.of(2025, 5, 10)),    // Saturday: counts as Monday
      new ReportReceipt(C, APRIL_2025, LocalDate.of(2025, 5, 14)),    // sent again later: the first counts
      new ReportReceipt(D, Period.month(2025, 3), LocalDate.of(2025, 4, 8)));  // another period

  @Test
  void whoReportedLateAndByHowManyWorkingDays() {
    ValidationReport report = TIMELINESS.check(APRIL_2025, COMMUNES, RECEIPTS, LocalDate.of(2025, 5, 16));

    assertThat(report.findings()).extracting(f -> f.ruleId().value(), f -> f.subject().keyOf("unit").orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("reporting.timeliness.late", "30283"),
            org.assertj.core.groups.Tuple.tuple("reporting.timeliness.late", "30286"),
            org.assertj.core.groups.Tuple.tuple("reporting.timeliness.overdue", "30289"));
    Finding overdue = report.findings().get(2);
    assertThat(overdue.message(Language.EN)).isEqualTo(
        "By 2025-05-16, 30289 has not sent its 2025-04 report, due 2025-05-09: 5 working days overdue");
    assertThat(report.findings().get(0).message(Language.VI)).contains("muộn 1 ngày làm việc");
  }

  @Test
  void latenessListsEveryReportJudged() {
    List<Lateness> lateness = TIMELINESS.lateness(APRIL_2025, COMMUNES, RECEIPTS, LocalDate.of(2025, 5, 16));
    assertThat(lateness).extracting(Lateness::unit, Lateness::workingDaysLate, Lateness::isOnTime)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(A, 0, true),
            org.assertj.core.groups.Tuple.tuple(B, 1, false),
            org.assertj.core.groups.Tuple.tuple(C, 1, false),
            org.assertj.core.groups.Tuple.tuple(D, 5, false));
    assertThat(lateness.get(3).received()).isEmpty();
    assertThat(lateness.get(2).received()).contains(LocalDate.of(2025, 5, 10));
  }

  @Test
  void beforeTheDueDateNothingIsLateOrOverdue() {
    ValidationReport report = TIMELINESS.check(APRIL_2025, COMMUNES, RECEIPTS, LocalDate.of(2025, 5, 9));
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void reportsReceivedAfterTheDayOfTheCheckAreNotSeen() {
    ValidationReport report = TIMELINESS.check(APRIL_2025, List.of(B), RECEIPTS, LocalDate.of(2025, 5, 11));
    assertThat(report.findings()).isEmpty();   // Sunday 11 May: no working day has passed since Friday 9 May
    report = TIMELINESS.check(APRIL_2025, List.of(B), RECEIPTS, LocalDate.of(2025, 5, 12));
    assertThat(report.findings()).singleElement().satisfies(f ->
        assertThat(f.ruleId().value()).isEqualTo("reporting.timeliness.late"));
  }

  @Test
  void aPeriodTheCalendarCannotJudgeIsSaidSoNotGuessed() {
    Period year2026 = Period.year(2026);   // due in January 2027, a year not covered
    ValidationReport report = TIMELINESS.check(year2026, List.of(A),
        List.of(new ReportReceipt(A, year2026, LocalDate.of(2027, 1, 20))), LocalDate.of(2027, 2, 1));
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId().value()).isEqualTo("reporting.timeliness.not-judged");
      assertThat(f.message(Language.EN)).contains("covers only [2024, 2025, 2026]");
    });
    assertThat(TIMELINESS.lateness(year2026, List.of(A), List.of(), LocalDate.of(2027, 2, 1))).isEmpty();
  }

  @Test
  void aLatenessRecordKnowsWhetherItIsOnTime() {
    Lateness onTime = new Lateness(A, APRIL_2025, LocalDate.of(2025, 5, 9), Optional.of(LocalDate.of(2025, 5, 8)), 0);
    assertThat(onTime.isOnTime()).isTrue();
  }
}
