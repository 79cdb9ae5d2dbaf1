package vn.danso.reporting;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;

/**
 * A report received (báo cáo đã nhận): which unit sent the report of which period, and on which day it arrived.
 *
 * @param unit the unit that reported
 * @param period the period reported
 * @param received the day the report was received
 */
public record ReportReceipt(UnitCode unit, Period period, LocalDate received) {
  /**
   * Checks the receipt.
   *
   * @param unit the unit that reported
   * @param period the period reported
   * @param received the day it was received
   */
  public ReportReceipt {
    checkNotNull(unit, "unit is null");
    checkNotNull(period, "period is null");
    checkNotNull(received, "received is null");
  }
}
