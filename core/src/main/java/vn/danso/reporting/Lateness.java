package vn.danso.reporting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;

/**
 * How late one unit's report of one period is (mức độ chậm báo cáo): its due date, the day it arrived (empty if it has
 * not), and the working days between.
 *
 * @param unit the unit expected to report
 * @param period the period reported
 * @param due the last day on which the report is on time
 * @param received the day it arrived, or empty if it had not arrived by the day of the check
 * @param workingDaysLate working days after the due date up to the day it arrived (or the day of the check), a report
 *     arriving on a day off counting as arriving on the next working day; 0 when on time
 */
public record Lateness(UnitCode unit, Period period, LocalDate due, Optional<LocalDate> received, int workingDaysLate) {
  /**
   * Checks the values.
   *
   * @param unit the unit expected to report
   * @param period the period reported
   * @param due the due date
   * @param received the day it arrived, if it did
   * @param workingDaysLate the working days late
   */
  public Lateness {
    checkNotNull(unit, "unit is null");
    checkNotNull(period, "period is null");
    checkNotNull(due, "due is null");
    checkNotNull(received, "received is null: use Optional.empty()");
    checkArgument(workingDaysLate >= 0, "workingDaysLate = %s is negative", workingDaysLate);
  }

  /**
   * Returns true if the report arrived on or before its due date.
   *
   * @return whether it is on time
   */
  public boolean isOnTime() {
    return received.isPresent() && workingDaysLate == 0;
  }
}
