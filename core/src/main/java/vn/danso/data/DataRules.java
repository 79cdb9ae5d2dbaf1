package vn.danso.data;

import vn.danso.validation.Rule;
import vn.danso.validation.RuleCatalogue;
import vn.danso.validation.Severity;

/**
 * The validation rules of reported figures (quy tắc kiểm tra số liệu báo cáo), group {@code data}: the checks the
 * data engine makes that no indicator rule already names. Ranges of values, reported indicators against their
 * components and targets are reported with the {@code indicator} group's ids
 * ({@code indicator.value.outside-plausible}, {@code indicator.value.outside-expected},
 * {@code indicator.value.reported-mismatch}, {@code indicator.value.zero-denominator}, {@code indicator.target.*}).
 * Ids are stable API.
 */
public final class DataRules {
  private DataRules() {}

  /** A key is reported more than once for one unit and period. */
  public static final Rule VALUE_DUPLICATE = Rule.builder()
      .id("data.value.duplicate")
      .severity(Severity.ERROR)
      .title("Một chỉ tiêu được báo cáo nhiều lần trong một kỳ", "Figure reported more than once for one period")
      .message("{key} được báo cáo {count:lần} ({values}); giá trị đầu tiên, {used}, được dùng để kiểm tra",
          "{key} is reported {count:time|times} ({values}); the first, {used}, is the one checked")
      .build();

  /** A value is NaN or infinite. */
  public static final Rule VALUE_NOT_FINITE = Rule.builder()
      .id("data.value.not-finite")
      .severity(Severity.ERROR)
      .title("Số liệu không phải là số hữu hạn", "Figure is not a finite number")
      .message("{key} = {actual} không phải là số hữu hạn; các phép kiểm tra dùng số liệu này được bỏ qua",
          "{key} = {actual} is not a finite number; the checks that read it are skipped")
      .build();

  /** A key that the indicator catalogue does not define, so that nothing checks it. */
  public static final Rule VALUE_UNKNOWN_KEY = Rule.builder()
      .id("data.value.unknown-key")
      .severity(Severity.WARNING)
      .title("Chỉ tiêu không có trong danh mục", "Figure not defined by the catalogue")
      .message("{key} không có trong danh mục chỉ tiêu ({reason}); số liệu này không được kiểm tra",
          "{key} is not defined by the indicator catalogue ({reason}); the figure is not checked")
      .build();

  /** A figure a report must contain is missing. */
  public static final Rule VALUE_MISSING = Rule.builder()
      .id("data.value.missing")
      .severity(Severity.ERROR)
      .title("Thiếu số liệu bắt buộc", "Required figure missing")
      .message("Báo cáo thiếu {key}", "The report lacks {key}")
      .build();

  /** A count is negative. */
  public static final Rule COUNT_NEGATIVE = Rule.builder()
      .id("data.count.negative")
      .severity(Severity.ERROR)
      .title("Số đếm bị âm", "Count is negative")
      .message("{key} = {actual} là số âm; số đếm không thể âm",
          "{key} = {actual} is negative; a count cannot be")
      .build();

  /** A count is not a whole number. */
  public static final Rule COUNT_NOT_WHOLE = Rule.builder()
      .id("data.count.not-whole")
      .severity(Severity.ERROR)
      .title("Số đếm không phải số nguyên", "Count is not a whole number")
      .message("{key} = {actual} không phải số nguyên; số đếm phải là số nguyên",
          "{key} = {actual} is not a whole number; a count must be")
      .build();

  /** A total differs from the sum of its parts. */
  public static final Rule COMPONENTS_SUM_MISMATCH = Rule.builder()
      .id("data.components.sum-mismatch")
      .severity(Severity.ERROR)
      .title("Tổng số khác tổng các thành phần", "Total differs from the sum of its parts")
      .message("{key} = {actual} khác tổng các thành phần {components} = {expected} (chênh lệch {difference})",
          "{key} = {actual} differs from the sum of its parts {components} = {expected} (difference {difference})")
      .build();

  /** A unit's figure differs from the sum of the figures of the units directly below it. */
  public static final Rule HIERARCHY_SUM_MISMATCH = Rule.builder()
      .id("data.hierarchy.sum-mismatch")
      .severity(Severity.ERROR)
      .title("Số liệu của đơn vị khác tổng của các đơn vị cấp dưới",
          "Unit's figure differs from the sum of the units below it")
      .message("{key} = {actual} khác tổng của {reported}/{children:đơn vị} cấp dưới đã báo cáo = {expected} "
              + "(chênh lệch {difference}); chưa báo cáo: {missing}",
          "{key} = {actual} differs from the sum over the {reported} of {children:unit|units} below that reported = "
              + "{expected} (imbalance {difference}); not reported: {missing}")
      .build();

  /** Units expected to report for a period have not. */
  public static final Rule COMPLETENESS_MISSING_REPORTS = Rule.builder()
      .id("data.completeness.missing-reports")
      .severity(Severity.WARNING)
      .title("Đơn vị cấp dưới chưa báo cáo", "Units below have not reported")
      .message("{actual} trong {expected:đơn vị} cấp dưới đã báo cáo ({rate}); chưa báo cáo: {missing}",
          "Reports from {actual} of {expected:unit|units} below ({rate}); not reported: {missing}")
      .build();

  /** A unit that reported is not in the administrative hierarchy given. */
  public static final Rule COMPLETENESS_UNKNOWN_UNIT = Rule.builder()
      .id("data.completeness.unknown-unit")
      .severity(Severity.WARNING)
      .title("Đơn vị báo cáo không có trong hệ thống đơn vị hành chính",
          "Reporting unit not in the administrative hierarchy")
      .message("Đơn vị {unit} không có trong hệ thống đơn vị hành chính dùng để kiểm tra; số liệu của đơn vị không "
              + "được cộng lên cấp trên",
          "Unit {unit} is not in the administrative hierarchy checked against; its figures are not added to any "
              + "unit above")
      .build();

  /** A figure changed from the same period a year before by more than a threshold. */
  public static final Rule CHANGE_YEAR_ON_YEAR = Rule.builder()
      .id("data.change.year-on-year")
      .severity(Severity.WARNING)
      .title("Thay đổi bất thường so với cùng kỳ năm trước", "Unusual change from the same period a year before")
      .message("{key} = {actual} thay đổi {change} so với cùng kỳ năm trước ({expected}), vượt ngưỡng {measure} "
              + "±{threshold}",
          "{key} = {actual} changed by {change} from the same period a year before ({expected}), beyond the "
              + "{measure} threshold of ±{threshold}")
      .build();

  /** A figure stands out among the same figure of comparable units. */
  public static final Rule OUTLIER_PEER = Rule.builder()
      .id("data.outlier.peer")
      .severity(Severity.WARNING)
      .title("Giá trị khác thường so với các đơn vị cùng cấp", "Value stands out among comparable units")
      .message("{key} = {actual} khác thường so với {peers:đơn vị} cùng cấp: trung vị {expected}, điểm z hiệu chỉnh "
              + "{score} vượt ngưỡng {threshold}",
          "{key} = {actual} stands out among {peers:comparable unit|comparable units}: median {expected}, modified z-score "
              + "{score} beyond {threshold}")
      .build();

  /** A line of a rule file that cannot be read. */
  public static final Rule RULE_TEXT_SYNTAX = Rule.builder()
      .id("data.rule-text.syntax")
      .severity(Severity.ERROR)
      .title("Quy tắc viết sai cú pháp", "Rule text cannot be read")
      .message("Dòng {line}, cột {column}: không đọc được quy tắc ({reason})",
          "Line {line}, column {column}: the rule cannot be read ({reason})")
      .build();

  /** A rule reads a figure the indicator catalogue does not define. */
  public static final Rule RULE_TEXT_UNKNOWN_KEY = Rule.builder()
      .id("data.rule-text.unknown-key")
      .severity(Severity.ERROR)
      .title("Quy tắc dùng chỉ tiêu không có trong danh mục", "Rule reads a figure the catalogue does not define")
      .message("Dòng {line}, cột {column}: {key} không có trong danh mục chỉ tiêu ({reason})",
          "Line {line}, column {column}: {key} is not defined by the indicator catalogue ({reason})")
      .build();

  /** A rule compares a condition with a number, or uses a number where a condition is needed. */
  public static final Rule RULE_TEXT_TYPE = Rule.builder()
      .id("data.rule-text.type")
      .severity(Severity.ERROR)
      .title("Quy tắc dùng sai kiểu giá trị", "Rule mixes numbers and conditions")
      .message("Dòng {line}, cột {column}: {reason}", "Line {line}, column {column}: {reason}")
      .build();

  /** A rule whose condition holds whatever the figures: it can never give a finding. */
  public static final Rule RULE_TEXT_NEVER_FIRES = Rule.builder()
      .id("data.rule-text.never-fires")
      .severity(Severity.WARNING)
      .title("Quy tắc không bao giờ phát hiện sai sót", "Rule can never give a finding")
      .message("Dòng {line}, cột {column}: quy tắc không bao giờ phát hiện sai sót ({reason})",
          "Line {line}, column {column}: the rule can never give a finding ({reason})")
      .build();

  /** A rule whose condition fails whatever the figures: it gives a finding for every report. */
  public static final Rule RULE_TEXT_ALWAYS_FIRES = Rule.builder()
      .id("data.rule-text.always-fires")
      .severity(Severity.WARNING)
      .title("Quy tắc báo sai sót cho mọi báo cáo", "Rule gives a finding for every report")
      .message("Dòng {line}, cột {column}: quy tắc báo sai sót cho mọi báo cáo ({reason})",
          "Line {line}, column {column}: the rule gives a finding for every report ({reason})")
      .build();

  /** A rule's property is unknown, given twice, not for its kind, or has a value that cannot be read. */
  public static final Rule RULE_TEXT_PROPERTY = Rule.builder()
      .id("data.rule-text.property")
      .severity(Severity.ERROR)
      .title("Thuộc tính của quy tắc không hợp lệ", "Rule property not valid")
      .message("Dòng {line}, cột {column}: thuộc tính {property} không hợp lệ ({reason})",
          "Line {line}, column {column}: the property {property} is not valid ({reason})")
      .build();

  /** Two rules of a file have the same id. */
  public static final Rule RULE_TEXT_DUPLICATE_ID = Rule.builder()
      .id("data.rule-text.duplicate-id")
      .severity(Severity.ERROR)
      .title("Hai quy tắc trùng mã", "Two rules have the same id")
      .message("Dòng {line}, cột {column}: mã quy tắc {id} đã dùng ở dòng {first}",
          "Line {line}, column {column}: the rule id {id} is already used on line {first}")
      .build();

  /** The catalogue, built on first use: not when a finding first needs one of the rules above. */
  private static final class Catalogue {
    private Catalogue() {}

    static final RuleCatalogue RULES = RuleCatalogue.of(
          VALUE_DUPLICATE, VALUE_NOT_FINITE, VALUE_UNKNOWN_KEY, VALUE_MISSING, COUNT_NEGATIVE, COUNT_NOT_WHOLE,
          COMPONENTS_SUM_MISMATCH, HIERARCHY_SUM_MISMATCH, COMPLETENESS_MISSING_REPORTS, COMPLETENESS_UNKNOWN_UNIT,
          CHANGE_YEAR_ON_YEAR, OUTLIER_PEER, RULE_TEXT_SYNTAX, RULE_TEXT_UNKNOWN_KEY, RULE_TEXT_TYPE,
          RULE_TEXT_NEVER_FIRES, RULE_TEXT_ALWAYS_FIRES, RULE_TEXT_PROPERTY, RULE_TEXT_DUPLICATE_ID,
          IdentityChecks.NATURAL_INCREASE.rule(), IdentityChecks.TOTAL_FERTILITY.rule(),
          IdentityChecks.NET_MIGRATION.rule(), IdentityChecks.POPULATION_GROWTH.rule());
  }

  /**
   * Returns every rule of this group.
   *
   * @return the catalogue
   */
  public static RuleCatalogue catalogue() {
    return Catalogue.RULES;
  }
}
