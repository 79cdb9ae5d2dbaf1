package vn.danso.reporting;

import vn.danso.validation.Rule;
import vn.danso.validation.RuleCatalogue;
import vn.danso.validation.Severity;

/**
 * The validation rules of the reporting regime (chế độ báo cáo thống kê), group {@code reporting}: reports sent late or
 * not at all, and what a filled reporting form's own structure says must hold. Ids are stable API.
 */
public final class ReportingRules {
  private ReportingRules() {}

  /** A report arrived after its due date. */
  public static final Rule TIMELINESS_LATE = Rule.builder()
      .id("reporting.timeliness.late")
      .severity(Severity.WARNING)
      .title("Báo cáo nộp muộn", "Report sent late")
      .message("Báo cáo kỳ {period} của {unit} nhận ngày {actual}, hạn {expected}: muộn {days:ngày làm việc}",
          "The {period} report of {unit} was received on {actual}, due {expected}: {days:working day|working days} late")
      .build();

  /** A report is past its due date and has not arrived. */
  public static final Rule TIMELINESS_OVERDUE = Rule.builder()
      .id("reporting.timeliness.overdue")
      .severity(Severity.ERROR)
      .title("Báo cáo quá hạn chưa nộp", "Report overdue")
      .message("Đến ngày {date}, {unit} chưa nộp báo cáo kỳ {period}, hạn {expected}: quá hạn {days:ngày làm việc}",
          "By {date}, {unit} has not sent its {period} report, due {expected}: {days:working day|working days} overdue")
      .build();

  /** The working calendar does not cover the days needed to judge a report's timeliness. */
  public static final Rule TIMELINESS_NOT_JUDGED = Rule.builder()
      .id("reporting.timeliness.not-judged")
      .severity(Severity.INFO)
      .title("Không xác định được tính kịp thời", "Timeliness cannot be judged")
      .message("Không xác định được báo cáo kỳ {period} của {unit} có đúng hạn không: lịch ngày làm việc chỉ có các "
              + "năm {years}",
          "Whether the {period} report of {unit} was on time cannot be judged: the working calendar covers only "
              + "{years}")
      .build();

  /** An "of which" row of a form exceeds the row it is part of. */
  public static final Rule FORM_PART_EXCEEDS_WHOLE = Rule.builder()
      .id("reporting.form.part-exceeds-whole")
      .severity(Severity.ERROR)
      .title("Số \"trong đó\" lớn hơn tổng", "\"Of which\" figure exceeds its total")
      .message("Biểu {form}, dòng {row}: {key} = {actual} lớn hơn {whole} = {expected}, mà nó là một phần",
          "Form {form}, row {row}: {key} = {actual} exceeds {whole} = {expected}, of which it is a part")
      .build();

  /** A form was filled for a period when it was not in force, or by a level that no longer existed. */
  public static final Rule FORM_NOT_IN_FORCE = Rule.builder()
      .id("reporting.form.not-in-force")
      .severity(Severity.WARNING)
      .title("Biểu mẫu không áp dụng cho kỳ báo cáo", "Form not in force for the period")
      .message("Biểu {form} áp dụng {expected}; kỳ {period} kết thúc ngày {actual}",
          "Form {form} is in force {expected}; period {period} ends on {actual}")
      .build();

  /** A stock figure of a year differs from its value at the end of the year's last quarter. */
  public static final Rule FORM_STOCK_NOT_PERIOD_END = Rule.builder()
      .id("reporting.form.stock-not-period-end")
      .severity(Severity.ERROR)
      .title("Số liệu thời điểm khác số cuối kỳ", "Stock figure differs from its end-of-period value")
      .message("Biểu {form}, dòng {row}: {key} = {actual} cho kỳ {period} khác số của kỳ cuối {last} = {expected}; số "
              + "liệu thời điểm lấy giá trị cuối kỳ, không cộng dồn",
          "Form {form}, row {row}: {key} = {actual} for {period} differs from {expected} at the end of its last part "
              + "{last}; a stock figure takes its end-of-period value, it is not summed")
      .build();

  /** A flow figure of a year differs from the sum over its quarters. */
  public static final Rule FORM_FLOW_NOT_SUM = Rule.builder()
      .id("reporting.form.flow-not-sum")
      .severity(Severity.ERROR)
      .title("Số liệu thời kỳ khác tổng các kỳ con", "Flow figure differs from the sum of its parts")
      .message("Biểu {form}, dòng {row}: {key} = {actual} cho kỳ {period} khác tổng của {parts:kỳ con} = {expected}",
          "Form {form}, row {row}: {key} = {actual} for {period} differs from the sum over its {parts:part|parts} = "
              + "{expected}")
      .build();

  private static final RuleCatalogue CATALOGUE = RuleCatalogue.of(TIMELINESS_LATE, TIMELINESS_OVERDUE,
      TIMELINESS_NOT_JUDGED, FORM_PART_EXCEEDS_WHOLE, FORM_NOT_IN_FORCE, FORM_STOCK_NOT_PERIOD_END, FORM_FLOW_NOT_SUM);

  /**
   * Returns every rule of this group.
   *
   * @return the catalogue
   */
  public static RuleCatalogue catalogue() {
    return CATALOGUE;
  }
}
