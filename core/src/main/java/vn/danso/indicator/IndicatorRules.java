package vn.danso.indicator;

import vn.danso.validation.Rule;
import vn.danso.validation.RuleCatalogue;
import vn.danso.validation.Severity;

/**
 * The validation rules of indicators (quy tắc kiểm tra chỉ tiêu), group {@code indicator}: checks of a catalogue's
 * definitions, of computed and reported values, and of progress towards targets. Ids are stable API.
 */
public final class IndicatorRules {
  private IndicatorRules() {}

  /** Two definitions in one catalogue share a code. */
  public static final Rule DUPLICATE_CODE = Rule.builder()
      .id("indicator.duplicate-code")
      .severity(Severity.ERROR)
      .title("Mã chỉ tiêu hoặc phần tử dữ liệu bị trùng", "Duplicate indicator or data element code")
      .message("Mã {code} được định nghĩa {count:lần} trong danh mục",
          "Code {code} is defined {count:time|times} in the catalogue")
      .build();

  /** A definition lacks its Vietnamese or English name. */
  public static final Rule NAME_MISSING = Rule.builder()
      .id("indicator.name-missing")
      .severity(Severity.ERROR)
      .title("Thiếu tên tiếng Việt hoặc tiếng Anh", "Vietnamese or English name missing")
      .message("{code} không có tên {language}", "{code} has no {language} name")
      .build();

  /** A formula reads a data element the catalogue does not define. */
  public static final Rule FORMULA_UNKNOWN_ELEMENT = Rule.builder()
      .id("indicator.formula.unknown-element")
      .severity(Severity.ERROR)
      .title("Công thức dùng phần tử dữ liệu không có trong danh mục", "Formula reads an unknown data element")
      .message("Công thức của {code} dùng phần tử dữ liệu {element} không có trong danh mục",
          "The formula of {code} reads the data element {element}, which the catalogue does not define")
      .build();

  /** A formula reads an indicator the catalogue does not define. */
  public static final Rule FORMULA_UNKNOWN_INDICATOR = Rule.builder()
      .id("indicator.formula.unknown-indicator")
      .severity(Severity.ERROR)
      .title("Công thức dùng chỉ tiêu không có trong danh mục", "Formula reads an unknown indicator")
      .message("Công thức của {code} dùng chỉ tiêu {indicator} không có trong danh mục",
          "The formula of {code} reads the indicator {indicator}, which the catalogue does not define")
      .build();

  /** A formula breaks an element down by a dimension the element is not collected by. */
  public static final Rule FORMULA_UNKNOWN_DISAGGREGATION = Rule.builder()
      .id("indicator.formula.unknown-disaggregation")
      .severity(Severity.ERROR)
      .title("Công thức phân tổ phần tử dữ liệu theo chiều không được thu thập",
          "Formula breaks an element down by a dimension it is not collected by")
      .message("Công thức của {code} dùng {element}, nhưng {element} không được thu thập theo {dimension}",
          "The formula of {code} reads {element}, but {element} is not collected by {dimension}")
      .build();

  /** Derived indicators depend on each other in a circle. */
  public static final Rule FORMULA_CYCLE = Rule.builder()
      .id("indicator.formula.cycle")
      .severity(Severity.ERROR)
      .title("Các chỉ tiêu phụ thuộc vòng tròn vào nhau", "Indicators depend on each other in a cycle")
      .message("{code} phụ thuộc vòng tròn vào chính nó: {cycle}", "{code} depends on itself: {cycle}")
      .build();

  /** The multiplier of an indicator's formula contradicts its unit. */
  public static final Rule UNIT_MULTIPLIER_MISMATCH = Rule.builder()
      .id("indicator.unit-multiplier-mismatch")
      .severity(Severity.ERROR)
      .title("Hệ số nhân của công thức không khớp đơn vị tính", "Formula multiplier contradicts the unit")
      .message("{code} tính bằng {unit} nên công thức phải nhân {expected}, nhưng công thức cho hệ số {actual}",
          "{code} is in {unit}, so its formula must multiply by {expected}, but it gives {actual}")
      .build();

  /** An indicator aggregated from sums reads an element that does not add up. */
  public static final Rule AGGREGATION_NOT_ADDITIVE = Rule.builder()
      .id("indicator.aggregation.not-additive")
      .severity(Severity.ERROR)
      .title("Chỉ tiêu tổng hợp bằng phép cộng nhưng dùng số liệu không cộng được",
          "Indicator aggregated by summing reads a figure that does not add up")
      .message("{code} được tổng hợp theo cách \"{rule}\" nhưng dùng {element} là {kind}, không cộng được qua các "
              + "đơn vị", "{code} aggregates as \"{rule}\" but reads {element}, an {kind} that does not add up "
              + "across units")
      .build();

  /** An indicator's expected range reaches outside its plausible range. */
  public static final Rule RANGE_EXPECTED_OUTSIDE_PLAUSIBLE = Rule.builder()
      .id("indicator.range.expected-outside-plausible")
      .severity(Severity.WARNING)
      .title("Khoảng thường gặp vượt ra ngoài khoảng có thể", "Expected range reaches outside the plausible range")
      .message("Khoảng thường gặp {actual} của {code} không nằm trong khoảng có thể {expected}",
          "The expected range {actual} of {code} is not within its plausible range {expected}")
      .build();

  /** A target is set for an indicator the catalogue does not define. */
  public static final Rule TARGET_UNKNOWN_INDICATOR = Rule.builder()
      .id("indicator.target.unknown-indicator")
      .severity(Severity.ERROR)
      .title("Mục tiêu đặt cho chỉ tiêu không có trong danh mục", "Target set for an unknown indicator")
      .message("Mục tiêu {target} đặt cho chỉ tiêu {code} không có trong danh mục",
          "The target {target} is set for the indicator {code}, which the catalogue does not define")
      .build();

  /** An input of an indicator is NaN or infinite. */
  public static final Rule VALUE_NOT_FINITE = Rule.builder()
      .id("indicator.value.not-finite")
      .severity(Severity.ERROR)
      .title("Số liệu không phải là số hữu hạn", "Figure is not a finite number")
      .message("{element} = {actual} không phải là số hữu hạn; không tính được {code}",
          "{element} = {actual} is not a finite number; {code} cannot be computed")
      .build();

  /** An indicator cannot be computed because a denominator is zero. */
  public static final Rule VALUE_ZERO_DENOMINATOR = Rule.builder()
      .id("indicator.value.zero-denominator")
      .severity(Severity.WARNING)
      .title("Mẫu số bằng 0, không tính được chỉ tiêu", "Denominator is zero; indicator has no value")
      .message("Không tính được {code}: mẫu số {denominator} bằng 0",
          "{code} cannot be computed: the denominator {denominator} is zero")
      .build();

  /** A value lies outside the range an indicator can possibly take. */
  public static final Rule VALUE_OUTSIDE_PLAUSIBLE = Rule.builder()
      .id("indicator.value.outside-plausible")
      .severity(Severity.ERROR)
      .title("Giá trị nằm ngoài khoảng có thể", "Value outside the plausible range")
      .message("{code} = {actual} nằm ngoài khoảng có thể {expected}",
          "{code} = {actual} is outside the plausible range {expected}")
      .build();

  /** A value lies outside the range an indicator usually takes. */
  public static final Rule VALUE_OUTSIDE_EXPECTED = Rule.builder()
      .id("indicator.value.outside-expected")
      .severity(Severity.WARNING)
      .title("Giá trị nằm ngoài khoảng thường gặp", "Value outside the expected range")
      .message("{code} = {actual} nằm ngoài khoảng thường gặp {expected}; hãy kiểm tra lại",
          "{code} = {actual} is outside the expected range {expected}; check it")
      .build();

  /** A reported indicator differs from the value computed from its components, beyond the reported precision. */
  public static final Rule VALUE_REPORTED_MISMATCH = Rule.builder()
      .id("indicator.value.reported-mismatch")
      .severity(Severity.ERROR)
      .title("Giá trị báo cáo khác giá trị tính từ số liệu thành phần",
          "Reported value differs from the value computed from its components")
      .message("{code} báo cáo {actual} nhưng tính từ số liệu thành phần được {expected} ({computed}); "
              + "chênh lệch vượt ±{tolerance}",
          "{code} is reported as {actual} but its components give {expected} ({computed}); "
              + "the difference exceeds ±{tolerance}")
      .build();

  /** An indicator has not reached its target, and progress cannot be judged or the target year has come. */
  public static final Rule TARGET_NOT_ACHIEVED = Rule.builder()
      .id("indicator.target.not-achieved")
      .severity(Severity.WARNING)
      .title("Chưa đạt mục tiêu", "Target not achieved")
      .message("{code} = {actual} năm {year} chưa đạt mục tiêu {expected} ({source})",
          "{code} = {actual} in {year} has not achieved the target {expected} ({source})")
      .build();

  /** An indicator is behind the straight line from its baseline to its target. */
  public static final Rule TARGET_OFF_TRACK = Rule.builder()
      .id("indicator.target.off-track")
      .severity(Severity.WARNING)
      .title("Chệch lộ trình đạt mục tiêu", "Off track to the target")
      .message("{code} = {actual} năm {year} chệch lộ trình tới mục tiêu {expected} ({source}): theo đường thẳng "
              + "từ năm gốc {baselineYear} cần khoảng {trajectory}",
          "{code} = {actual} in {year} is off track to the target {expected} ({source}): the straight line from "
              + "the baseline year {baselineYear} asks for about {trajectory}")
      .build();

  /** A target cannot be assessed for lack of data. */
  public static final Rule TARGET_NO_DATA = Rule.builder()
      .id("indicator.target.no-data")
      .severity(Severity.INFO)
      .title("Không đủ số liệu để đánh giá mục tiêu", "Not enough data to assess the target")
      .message("Không đánh giá được mục tiêu {expected} của {code}: thiếu {missing}",
          "The target {expected} of {code} cannot be assessed: {missing} is missing")
      .build();

  /** The catalogue, built on first use: a program that only makes findings never needs it. */
  private static final class Catalogue {
    private Catalogue() {}

    static final RuleCatalogue RULES = RuleCatalogue.of(
        DUPLICATE_CODE, NAME_MISSING, FORMULA_UNKNOWN_ELEMENT, FORMULA_UNKNOWN_INDICATOR,
        FORMULA_UNKNOWN_DISAGGREGATION, FORMULA_CYCLE, UNIT_MULTIPLIER_MISMATCH, AGGREGATION_NOT_ADDITIVE,
        RANGE_EXPECTED_OUTSIDE_PLAUSIBLE, TARGET_UNKNOWN_INDICATOR, VALUE_NOT_FINITE, VALUE_ZERO_DENOMINATOR,
        VALUE_OUTSIDE_PLAUSIBLE, VALUE_OUTSIDE_EXPECTED, VALUE_REPORTED_MISMATCH, TARGET_NOT_ACHIEVED,
        TARGET_OFF_TRACK, TARGET_NO_DATA);
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
