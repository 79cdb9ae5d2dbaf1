package vn.danso.plan;

import vn.danso.validation.Rule;
import vn.danso.validation.RuleCatalogue;
import vn.danso.validation.Severity;

/**
 * The validation rules of plans and their cascades (quy tắc kiểm tra kế hoạch và chuỗi triển khai): group
 * {@code cascade} for how documents implement each other, group {@code plan} for the content of plans. Ids are stable
 * API; the catalogue is documented in {@code docs/rules.md}.
 */
public final class PlanRules {
  private static final String CASCADE_PATTERN = "Văn bản cấp dưới ban hành sau, trong địa bàn và không cao hơn cấp "
      + "của văn bản cấp trên (cách triển khai Nghị quyết 21-NQ/TW trong các bài gốc)";

  // ---------------------------------------------------------------- building the cascade

  /** The same document (same identity, or the same reference) is given twice; the first is kept. */
  public static final Rule DUPLICATE = Rule.builder()
      .id("cascade.document.duplicate")
      .severity(Severity.ERROR)
      .title("Văn bản xuất hiện hai lần", "The same document twice")
      .message("{node} đã có trong chuỗi; bản thứ hai không được dùng",
          "{node} is already in the cascade; the second copy is not used")
      .build();

  /** A complete reference matches no plan of the cascade; it is kept as a placeholder node. */
  public static final Rule UNRESOLVED = Rule.builder()
      .id("cascade.reference.unresolved")
      .severity(Severity.WARNING)
      .title("Không tìm thấy văn bản được thực hiện", "Implemented document not found")
      .message("Không văn bản nào của chuỗi khớp với {node}, được {count:văn bản} viện dẫn (đầu tiên: {citedBy}); "
              + "giữ làm nút chờ",
          "No document of the cascade matches {node}, cited by {count:document|documents} (first: {citedBy}); kept as a "
              + "placeholder")
      .build();

  /** A document is known only from a reference that lacks its number, issuer, or date and term. */
  public static final Rule INCOMPLETE = Rule.builder()
      .id("cascade.reference.incomplete")
      .severity(Severity.INFO)
      .title("Văn bản chỉ biết qua trích dẫn chưa đầy đủ", "Document known only from an incomplete reference")
      .message("{node} chỉ được biết qua trích dẫn, thiếu: {missing}; giữ nguyên, không bổ sung",
          "{node} is known only from a reference that lacks: {missing}; kept as it is, nothing filled in")
      .build();

  /** An incomplete reference is taken as the only plan of the cascade that fits it. */
  public static final Rule INFERRED = Rule.builder()
      .id("cascade.reference.inferred")
      .severity(Severity.INFO)
      .title("Trích dẫn chưa đầy đủ được hiểu là văn bản duy nhất khớp",
          "Incomplete reference taken as the only matching document")
      .message("Trích dẫn «{reference}» thiếu {missing}; văn bản duy nhất khớp là {node}",
          "Reference «{reference}» lacks {missing}; the only matching document is {node}")
      .build();

  /** A reference matches several plans of the cascade (a number without date or term: two 21-NQ/TW). */
  public static final Rule AMBIGUOUS = Rule.builder()
      .id("cascade.reference.ambiguous")
      .severity(Severity.ERROR)
      .title("Trích dẫn khớp nhiều văn bản", "Reference matches several documents")
      .message("Trích dẫn {node} khớp {count:văn bản}: {candidates}; ghi thêm ngày hoặc khóa để phân biệt",
          "Reference {node} matches {count:document|documents}: {candidates}; give the date or term to tell them apart")
      .source("Hướng dẫn 36-HD/VPTW, mục II.1.3.1: văn bản của Đảng đánh số lại từ 01 trong mỗi nhiệm kỳ")
      .build();

  /** A plan cites the same document twice among those it implements. */
  public static final Rule REPEATED = Rule.builder()
      .id("cascade.reference.repeated")
      .severity(Severity.INFO)
      .title("Một văn bản được thực hiện được viện dẫn hai lần", "The same implemented document cited twice")
      .message("{parent} được viện dẫn nhiều lần trong các văn bản được thực hiện",
          "{parent} is cited more than once among the documents implemented")
      .build();

  /**
   * A reference fits one document by its number, issuer and date but names another type: a plan cited as a decision
   * ("Quyết định số 45/KH-UBND"), a decision as a plan. The link is kept; a plan issued by a decision cited by the
   * decision's number with the plan's own type is not this.
   */
  public static final Rule TYPE_MISMATCH = Rule.builder()
      .id("cascade.reference.type-mismatch")
      .severity(Severity.WARNING)
      .title("Trích dẫn gọi sai loại văn bản", "Reference names another type of document")
      .message("Trích dẫn «{reference}» gọi {node} là {actual}, nhưng văn bản là {expected}; vẫn nối chuỗi theo số, "
              + "cơ quan và ngày",
          "Reference «{reference}» calls {node} a {actual}, but the document is a {expected}; linked by its number, "
              + "issuer and date")
      .build();

  /** Documents implement each other in a cycle; the link that closes it is left out of the cascade. */
  public static final Rule CYCLE = Rule.builder()
      .id("cascade.cycle")
      .severity(Severity.ERROR)
      .title("Các văn bản thực hiện lẫn nhau theo vòng", "Documents implement each other in a cycle")
      .message("Các văn bản thực hiện lẫn nhau theo vòng: {cycle}; bỏ quan hệ {child} → {parent}",
          "Documents implement each other in a cycle: {cycle}; the link {child} → {parent} is left out")
      .build();

  // ---------------------------------------------------------------- parent and child

  /** The child is dated before the document it implements. */
  public static final Rule BEFORE_PARENT = Rule.builder()
      .id("cascade.child.before-parent")
      .severity(Severity.ERROR)
      .title("Văn bản thực hiện ban hành trước văn bản được thực hiện",
          "Implementing document dated before the one it implements")
      .message("Văn bản ban hành ngày {actual}, trước {parent} ({expected})",
          "Issued on {actual}, before {parent} ({expected})")
      .source(CASCADE_PATTERN)
      .build();

  /** The child's issuer serves a unit that does not lie within the parent issuer's unit on the child's date. */
  public static final Rule OUTSIDE_PARENT_JURISDICTION = Rule.builder()
      .id("cascade.child.outside-parent-jurisdiction")
      .severity(Severity.ERROR)
      .title("Cơ quan ban hành ngoài địa bàn của cơ quan cấp trên", "Issuer outside the parent issuer's territory")
      .message("{issuer} (đơn vị {actual}) không thuộc địa bàn {expected} của {parentIssuer} ngày {date}, nên không "
              + "thực hiện được {parent}",
          "{issuer} (unit {actual}) does not lie within {expected}, the territory of {parentIssuer}, on {date}; it "
              + "cannot implement {parent}")
      .source(CASCADE_PATTERN)
      .build();

  /** The child's issuer is at a higher level than the parent's (a same-level State body implementing is normal). */
  public static final Rule HIGHER_LEVEL = Rule.builder()
      .id("cascade.child.higher-level")
      .severity(Severity.ERROR)
      .title("Văn bản cấp trên thực hiện văn bản cấp dưới", "Implementing document from a higher level")
      .message("{issuer} ({actual}) ở cấp cao hơn {parentIssuer} ({expected}) nhưng lại thực hiện {parent}",
          "{issuer} ({actual}) is above {parentIssuer} ({expected}) yet implements {parent}")
      .source(CASCADE_PATTERN)
      .build();

  /** A unit an issuer or an assigned body serves is not in the hierarchy on the date; its territory is not checked. */
  public static final Rule UNIT_UNKNOWN = Rule.builder()
      .id("cascade.unit-unknown")
      .severity(Severity.WARNING)
      .title("Đơn vị hành chính không có trong danh mục vào ngày ban hành", "Unit not in the hierarchy on the date")
      .message("Đơn vị {actual} của {body} không có trong hệ thống đơn vị hành chính ngày {date}; chưa kiểm tra được "
              + "địa bàn",
          "Unit {actual} of {body} is not in the hierarchy on {date}; its territory could not be checked")
      .build();

  /**
   * A plan's own target for an indicator and year differs from the target of a document above it, which it does not
   * say it implements: the province's choice, reported for the reader.
   */
  public static final Rule OWN_TARGET = Rule.builder()
      .id("plan.target.own")
      .severity(Severity.INFO)
      .title("Chỉ tiêu riêng khác chỉ tiêu cấp trên", "Own target differs from the one above")
      .message("Chỉ tiêu riêng {indicator} năm {year}: {actual}, khác chỉ tiêu {expected} của {parent}",
          "Own target for {indicator} by {year}: {actual}, where {parent} sets {expected}")
      .build();

  /**
   * A target that says it implements a document's target accepts values that target does not, for the same indicator
   * and year, given the polarity.
   */
  public static final Rule WEAKER_TARGET = Rule.builder()
      .id("plan.target.weaker")
      .severity(Severity.ERROR)
      .title("Chỉ tiêu thấp hơn chỉ tiêu cấp trên mà kế hoạch thực hiện", "Target weaker than the one it implements")
      .message("Chỉ tiêu {indicator} năm {year}: {actual} chấp nhận cả giá trị mà chỉ tiêu {expected} của {parent} "
              + "không chấp nhận ({polarity})",
          "Target for {indicator} by {year}: {actual} accepts values that {expected} of {parent} does not "
              + "({polarity})")
      .source(CASCADE_PATTERN)
      .build();

  /** A target is set for a later year than any the parent sets for the indicator. */
  public static final Rule LATER_TARGET_YEAR = Rule.builder()
      .id("plan.target.later-year")
      .severity(Severity.WARNING)
      .title("Năm đạt chỉ tiêu muộn hơn cấp trên", "Target year later than the parent's")
      .message("Chỉ tiêu {indicator} đặt cho năm {actual}, muộn hơn năm {expected} của {parent}",
          "Target for {indicator} is set for {actual}, later than {expected} in {parent}")
      .build();

  /**
   * A target that says it implements a document's target cannot be compared with it: a relative target and an
   * absolute one without a baseline value.
   */
  public static final Rule INCOMPARABLE_TARGET = Rule.builder()
      .id("plan.target.incomparable")
      .severity(Severity.INFO)
      .title("Không so sánh được chỉ tiêu với cấp trên", "Target cannot be compared with the parent's")
      .message("Chỉ tiêu {indicator} năm {year}: không so được {actual} với {expected} của {parent} vì thiếu giá trị "
              + "năm gốc",
          "Target for {indicator} by {year}: {actual} cannot be compared with {expected} of {parent} without a "
              + "baseline value")
      .build();

  /** A phase lies outside the horizon of the document implemented. */
  public static final Rule PHASE_OUTSIDE_PARENT_HORIZON = Rule.builder()
      .id("plan.phase.outside-parent-horizon")
      .severity(Severity.ERROR)
      .title("Giai đoạn ngoài thời kỳ của văn bản cấp trên", "Phase outside the parent's horizon")
      .message("Kế hoạch có {actual}, nằm ngoài {expected} là thời kỳ của {parent}",
          "Phase {actual} lies outside {expected}, the horizon of {parent}")
      .build();

  /** A mid-term or final review is due after the parent's review of the same kind. */
  public static final Rule REVIEW_AFTER_PARENT = Rule.builder()
      .id("plan.review.after-parent")
      .severity(Severity.WARNING)
      .title("Hạn sơ kết, tổng kết muộn hơn cấp trên", "Review due after the parent's")
      .message("Hạn {kind} {actual} muộn hơn hạn {expected} của {parent}",
          "The {kind} is due {actual}, after that of {parent} ({expected})")
      .build();

  // ---------------------------------------------------------------- one plan

  /** A phase lies outside the horizon the plan states. */
  public static final Rule PHASE_OUTSIDE_HORIZON = Rule.builder()
      .id("plan.phase.outside-horizon")
      .severity(Severity.ERROR)
      .title("Giai đoạn ngoài thời kỳ của kế hoạch", "Phase outside the plan's horizon")
      .message("Kế hoạch có {actual}, nằm ngoài {expected} là thời kỳ kế hoạch nêu",
          "Phase {actual} lies outside the plan's stated horizon {expected}")
      .build();

  /** Two phases of a plan overlap. */
  public static final Rule PHASE_OVERLAP = Rule.builder()
      .id("plan.phase.overlap")
      .severity(Severity.WARNING)
      .title("Các giai đoạn chồng lấn", "Phases overlap")
      .message("Các giai đoạn chồng lấn nhau: {expected} và {actual}", "Phases overlap: {expected} and {actual}")
      .build();

  /** A target's year is before the year the plan was issued. */
  public static final Rule TARGET_BEFORE_ISSUE = Rule.builder()
      .id("plan.target.before-issue")
      .severity(Severity.ERROR)
      .title("Năm đạt chỉ tiêu trước năm ban hành", "Target year before the year of issue")
      .message("Chỉ tiêu {indicator} đặt cho năm {actual}, trước năm ban hành {expected}",
          "Target for {indicator} is set for {actual}, before the year of issue {expected}")
      .build();

  /** A task's deadline or a report's due date is before the plan's issue or after the end of its horizon. */
  public static final Rule DEADLINE_OUTSIDE_HORIZON = Rule.builder()
      .id("plan.deadline.outside-horizon")
      .severity(Severity.WARNING)
      .title("Thời hạn ngoài thời kỳ của kế hoạch", "Deadline outside the plan's horizon")
      .message("Thời hạn của {what} là {actual}, ngoài khoảng từ ngày ban hành đến hết thời kỳ ({expected})",
          "The deadline of {what} is {actual}, outside the span from issue to the end of the horizon ({expected})")
      .build();

  /** A task is assigned to a body whose unit does not lie within the issuer's unit on the plan's date. */
  public static final Rule TASK_OUTSIDE_JURISDICTION = Rule.builder()
      .id("plan.task.outside-jurisdiction")
      .severity(Severity.ERROR)
      .title("Giao nhiệm vụ cho cơ quan ngoài địa bàn", "Task assigned to a body outside the issuer's territory")
      .message("Nhiệm vụ «{task}» giao cho {body} (đơn vị {actual}), không thuộc địa bàn {expected} của {issuer}",
          "Task «{task}» is assigned to {body} (unit {actual}), outside {expected}, the territory of {issuer}")
      .build();

  private static final RuleCatalogue CATALOGUE = RuleCatalogue.of(
      DUPLICATE, UNRESOLVED, INCOMPLETE, INFERRED, AMBIGUOUS, REPEATED, TYPE_MISMATCH, CYCLE,
      BEFORE_PARENT, OUTSIDE_PARENT_JURISDICTION, HIGHER_LEVEL, UNIT_UNKNOWN,
      OWN_TARGET, WEAKER_TARGET, LATER_TARGET_YEAR, INCOMPARABLE_TARGET, PHASE_OUTSIDE_PARENT_HORIZON, REVIEW_AFTER_PARENT,
      PHASE_OUTSIDE_HORIZON, PHASE_OVERLAP, TARGET_BEFORE_ISSUE, DEADLINE_OUTSIDE_HORIZON, TASK_OUTSIDE_JURISDICTION);

  private PlanRules() {}

  /**
   * Returns the rules of this package.
   *
   * @return the catalogue of {@code cascade.*} and {@code plan.*} rules
   */
  public static RuleCatalogue catalogue() {
    return CATALOGUE;
  }
}
