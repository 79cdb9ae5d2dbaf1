package vn.danso.reporting;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;
import vn.danso.validation.Finding;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * The timeliness of reports (tính kịp thời của báo cáo): for one period and the units expected to report it, who
 * reported late and by how many working days, and who had not reported by a given day although the report was due.
 *
 * <p>It completes the completeness check of the data engine ({@code data.completeness.missing-reports}, which names who
 * has not reported): timeliness adds when. A report received on a day off counts as received on the next working day;
 * a missing report is overdue once a working day has passed after its due date.
 * The earliest receipt of a unit for the period is the one judged; receipts of other periods or of units not expected
 * are left to the completeness check. When the calendar cannot say (a year it does not cover), a
 * {@code reporting.timeliness.not-judged} finding says so rather than guess. Immutable and thread-safe.
 *
 * <pre>{@code
 * Timeliness timeliness = Timeliness.of(FormCatalogue.builtIn().form("03-DSX").deadline(),
 *     VietnamHolidays.civilService());
 * ValidationReport report = timeliness.check(Period.year(2024), communes, receipts, LocalDate.of(2025, 1, 20));
 * }</pre>
 */
public final class Timeliness {
  private final Deadline deadline;
  private final WorkingCalendar calendar;

  private Timeliness(Deadline deadline, WorkingCalendar calendar) {
    this.deadline = deadline;
    this.calendar = calendar;
  }

  /**
   * Returns the check of a deadline on a calendar.
   *
   * @param deadline when reports are due
   * @param calendar the working days
   * @return the check
   */
  public static Timeliness of(Deadline deadline, WorkingCalendar calendar) {
    return new Timeliness(checkNotNull(deadline, "deadline is null"), checkNotNull(calendar, "calendar is null"));
  }

  /**
   * Returns the deadline checked.
   *
   * @return the deadline
   */
  public Deadline deadline() {
    return deadline;
  }

  /**
   * Returns the lateness of each expected unit's report of a period, as of a day.
   *
   * @param period the period reported
   * @param expected the units expected to report, in the order to list them
   * @param receipts the reports received (any period, any unit)
   * @param asOf the day of the check: reports received after it are not seen
   * @return the lateness of each unit the calendar can judge, in the order of {@code expected}; a unit whose report is
   *     not yet due and has not arrived is left out
   */
  public ImmutableList<Lateness> lateness(Period period, Iterable<UnitCode> expected,
      Iterable<ReportReceipt> receipts, LocalDate asOf) {
    ImmutableList.Builder<Lateness> result = ImmutableList.builder();
    judge(period, expected, receipts, asOf, result, null);
    return result.build();
  }

  /**
   * Checks who reported a period late, or had not reported it by a day although it was due.
   *
   * @param period the period reported
   * @param expected the units expected to report
   * @param receipts the reports received (any period, any unit)
   * @param asOf the day of the check
   * @return a finding per late, overdue or unjudged report, in the order of {@code expected}
   */
  public ValidationReport check(Period period, Iterable<UnitCode> expected, Iterable<ReportReceipt> receipts,
      LocalDate asOf) {
    ValidationReport.Builder report = ValidationReport.builder();
    judge(period, expected, receipts, asOf, null, report);
    return report.build();
  }

  private void judge(Period period, Iterable<UnitCode> expected, Iterable<ReportReceipt> receipts, LocalDate asOf,
      ImmutableList.Builder<Lateness> lateness, ValidationReport.Builder report) {
    checkNotNull(period, "period is null");
    checkNotNull(expected, "expected is null");
    checkNotNull(asOf, "asOf is null");
    Map<UnitCode, LocalDate> firstReceived = firstReceipts(period, receipts, asOf);
    Optional<LocalDate> due = deadline.tryDueDate(period, calendar);
    for (UnitCode unit : expected) {
      checkNotNull(unit, "an expected unit is null");
      Optional<LocalDate> received = Optional.ofNullable(firstReceived.get(unit));
      LocalDate until = received.orElse(asOf);
      if (due.isPresent() && !until.isAfter(due.get())) {
        if (received.isPresent() && lateness != null) {
          lateness.add(new Lateness(unit, period, due.get(), received, 0));
        }
        continue;
      }
      Optional<Integer> late = due.flatMap(day -> workingDaysLate(day, until, received.isPresent()));
      if (late.isEmpty()) {
        if (report != null) {
          report.add(ReportingRules.TIMELINESS_NOT_JUDGED.finding(subject(unit, period))
              .arg("unit", unit.value()).arg("period", period.code()).arg("years", calendar.years().toString())
              .build());
        }
        continue;
      }
      if (late.get() == 0) {
        continue;
      }
      if (lateness != null) {
        lateness.add(new Lateness(unit, period, due.get(), received, late.get()));
      }
      if (report != null) {
        report.add(finding(unit, period, due.get(), received, until, late.get()));
      }
    }
  }

  private Optional<Integer> workingDaysLate(LocalDate due, LocalDate until, boolean received) {
    LocalDate last = until;
    while (received && calendar.covers(last) && !calendar.isWorkingDay(last) && !last.equals(LocalDate.MAX)) {
      last = last.plusDays(1);
    }
    if (!calendar.covers(due, last)) {
      return Optional.empty();
    }
    return Optional.of(calendar.workingDaysAfter(due, last));
  }

  private static Map<UnitCode, LocalDate> firstReceipts(Period period, Iterable<ReportReceipt> receipts,
      LocalDate asOf) {
    Map<UnitCode, LocalDate> first = new LinkedHashMap<>();
    for (ReportReceipt receipt : checkNotNull(receipts, "receipts is null")) {
      checkNotNull(receipt, "a receipt is null");
      if (receipt.period().equals(period) && !receipt.received().isAfter(asOf)) {
        first.merge(receipt.unit(), receipt.received(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    return first;
  }

  private static Finding finding(UnitCode unit, Period period, LocalDate due, Optional<LocalDate> received,
      LocalDate until, int late) {
    if (received.isPresent()) {
      return ReportingRules.TIMELINESS_LATE.finding(subject(unit, period))
          .expected(due).actual(received.get())
          .arg("unit", unit.value()).arg("period", period.code()).arg("days", late)
          .build();
    }
    return ReportingRules.TIMELINESS_OVERDUE.finding(subject(unit, period))
        .expected(due)
        .arg("unit", unit.value()).arg("period", period.code()).arg("days", late).arg("date", until)
        .build();
  }

  private static Subject subject(UnitCode unit, Period period) {
    return Subject.of("unit", unit.value()).child("period", period.code());
  }

  @Override
  public String toString() {
    return "Timeliness[" + deadline.kind() + " " + deadline.days() + ", " + calendar + "]";
  }
}
