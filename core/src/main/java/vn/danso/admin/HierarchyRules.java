package vn.danso.admin;

import vn.danso.validation.Rule;
import vn.danso.validation.RuleCatalogue;
import vn.danso.validation.Severity;

/**
 * The rules of the administrative hierarchy (quy tắc kiểm tra danh mục đơn vị hành chính): what building a
 * {@link Hierarchy} from rows and events checks ({@code hierarchy.*}), and what crosswalks between two dates report
 * ({@code crosswalk.*}). Rule ids are stable API.
 */
public final class HierarchyRules {
  private static final String LAW_77 = "Luật Tổ chức chính quyền địa phương 77/2015/QH13, Điều 2";
  private static final String CODES = "Quyết định 124/2004/QĐ-TTg; Quyết định 19/2025/QĐ-TTg";

  /** A code that is not a unit code, or a parent code of no level. */
  public static final Rule CODE_FORMAT = Rule.builder()
      .id("hierarchy.code-format")
      .severity(Severity.ERROR)
      .title("Mã đơn vị sai định dạng", "Malformed unit code")
      .message("Mã \"{actual}\" không phải mã đơn vị hành chính (cần {expected}); dòng không được dùng",
          "Code \"{actual}\" is not an administrative unit code (expected {expected}); the row is not used")
      .source(CODES)
      .build();

  /** Two units with one code exist on the same day. */
  public static final Rule CODE_OVERLAP = Rule.builder()
      .id("hierarchy.code-overlap")
      .severity(Severity.ERROR)
      .title("Một mã dùng cho hai đơn vị cùng thời gian", "One code on two units at the same time")
      .message("Mã {code} đã thuộc {existing} ({period}); \"{actual}\" không được dùng",
          "Code {code} already belongs to {existing} ({period}); \"{actual}\" is not used")
      .source(CODES)
      .build();

  /** The same row given twice. */
  public static final Rule DUPLICATE_ROW = Rule.builder()
      .id("hierarchy.duplicate-row")
      .severity(Severity.WARNING)
      .title("Dòng trùng lặp", "Duplicate row")
      .message("Dòng {code} \"{actual}\" trùng với dòng đã có; chỉ dùng một lần",
          "Row {code} \"{actual}\" repeats an earlier row; it is used once")
      .build();

  /** Two units of one type and one name under one parent on the same day: often a stale row. */
  public static final Rule DUPLICATE_NAME = Rule.builder()
      .id("hierarchy.duplicate-name")
      .severity(Severity.WARNING)
      .title("Hai đơn vị cùng tên, cùng loại trong một đơn vị cấp trên",
          "Two units of one name and type under one parent")
      .message("{code} và {other} đều là \"{actual}\" trong {parent} ({date}); có thể một dòng đã lỗi thời",
          "{code} and {other} are both \"{actual}\" in {parent} ({date}); one row may be stale")
      .build();

  /** A row whose first day is after its last day. */
  public static final Rule VALIDITY_EMPTY = Rule.builder()
      .id("hierarchy.validity-empty")
      .severity(Severity.ERROR)
      .title("Thời gian hiệu lực rỗng", "Empty validity")
      .message("Đơn vị {code} có ngày bắt đầu {from} sau ngày kết thúc {through}; dòng không được dùng",
          "Unit {code} starts on {from}, after its last day {through}; the row is not used")
      .build();

  /** No type given and none readable from the name. */
  public static final Rule TYPE_MISSING = Rule.builder()
      .id("hierarchy.type-missing")
      .severity(Severity.ERROR)
      .title("Thiếu loại đơn vị", "Unit type missing")
      .message("Không xác định được loại của {code} \"{actual}\" (cần một trong: {expected}); dòng không được dùng",
          "The type of {code} \"{actual}\" is unknown (expected one of: {expected}); the row is not used")
      .build();

  /** A type that belongs to another level than the code's. */
  public static final Rule TYPE_LEVEL = Rule.builder()
      .id("hierarchy.type-level")
      .severity(Severity.ERROR)
      .title("Loại đơn vị không thuộc cấp của mã", "Unit type not of the code's level")
      .message("{code} là mã {level} nhưng có loại {actual}, loại {typeLevel}",
          "{code} is a {level} code but has type {actual}, a {typeLevel} type")
      .source(LAW_77)
      .build();

  /** A blank name. */
  public static final Rule NAME_BLANK = Rule.builder()
      .id("hierarchy.name-blank")
      .severity(Severity.ERROR)
      .title("Tên đơn vị trống", "Blank unit name")
      .message("Đơn vị {code} không có tên", "Unit {code} has no name")
      .build();

  /** A name that differs from its normal form (spacing, Unicode form, prefix capitalisation). */
  public static final Rule NAME_NOT_NORMALIZED = Rule.builder()
      .id("hierarchy.name-not-normalized")
      .severity(Severity.WARNING)
      .title("Tên đơn vị chưa chuẩn hóa", "Unit name not normalised")
      .message("Tên của {code} \"{actual}\": {issues}; dùng \"{expected}\"",
          "The name of {code} \"{actual}\": {issues}; using \"{expected}\"")
      .build();

  /** A name whose type prefix contradicts the unit's type. */
  public static final Rule NAME_PREFIX_TYPE = Rule.builder()
      .id("hierarchy.name-prefix-type")
      .severity(Severity.WARNING)
      .title("Tiền tố của tên trái với loại đơn vị", "Name prefix contradicts the unit type")
      .message("Tên \"{actual}\" của {code} bắt đầu bằng \"{prefix}\" nhưng loại là {expected}",
          "The name \"{actual}\" of {code} starts with \"{prefix}\" but the type is {expected}")
      .build();

  /** A name with its type prefix twice. */
  public static final Rule NAME_PREFIX_REPEATED = Rule.builder()
      .id("hierarchy.name-prefix-repeated")
      .severity(Severity.INFO)
      .title("Tiền tố loại đơn vị lặp lại trong tên", "Type prefix repeated in the name")
      .message("Tên \"{actual}\" của {code} lặp tiền tố; tên riêng được hiểu là \"{expected}\"",
          "The name \"{actual}\" of {code} repeats its prefix; the proper name is taken as \"{expected}\"")
      .build();

  /** A name written in the less used of the two tone-mark placements of its hierarchy. */
  public static final Rule NAME_TONE_MARK_STYLE = Rule.builder()
      .id("hierarchy.name-tone-mark-style")
      .severity(Severity.INFO)
      .title("Tên viết dấu thanh khác kiểu với phần lớn danh mục", "Name in the less used tone-mark placement")
      .message("Tên \"{actual}\" của {code} đặt dấu kiểu {style}, trong khi {count:tên khác} của danh mục đặt dấu "
              + "kiểu {other}; cả hai đều đúng và được so khớp như nhau",
          "The name \"{actual}\" of {code} places its tone mark in the {style} style; the list writes "
              + "{count:other name|other names} in the {other} style; both are correct and match each other")
      .build();

  /** A unit below the province without a parent, or whose parent code names no unit on that day. */
  public static final Rule MISSING_PARENT = Rule.builder()
      .id("hierarchy.missing-parent")
      .severity(Severity.ERROR)
      .title("Không tìm thấy đơn vị cấp trên", "Parent unit not found")
      .message("{code} ({period}): không tìm thấy đơn vị cấp trên {actual}",
          "{code} ({period}): parent {actual} not found")
      .build();

  /** A parent not at a higher level than its child. */
  public static final Rule PARENT_LEVEL = Rule.builder()
      .id("hierarchy.parent-level")
      .severity(Severity.ERROR)
      .title("Đơn vị cấp trên không ở cấp cao hơn", "Parent not at a higher level")
      .message("{code} ({level}) có đơn vị cấp trên {parent} ở {actual}; cần một cấp cao hơn",
          "{code} ({level}) has parent {parent} at the {actual}; a higher level is needed")
      .source(LAW_77)
      .build();

  /** Units that are their own ancestors. */
  public static final Rule CYCLE = Rule.builder()
      .id("hierarchy.cycle")
      .severity(Severity.ERROR)
      .title("Vòng lặp cấp trên – cấp dưới", "Parent cycle")
      .message("Các đơn vị {actual} là cấp trên của nhau ({date}); bỏ liên kết cấp trên của {code}",
          "Units {actual} are each other's ancestors ({date}); the parent link of {code} is dropped")
      .build();

  /** A child valid on days its parent is not. */
  public static final Rule CHILD_OUTSIDE_PARENT = Rule.builder()
      .id("hierarchy.child-outside-parent-validity")
      .severity(Severity.ERROR)
      .title("Đơn vị cấp dưới tồn tại ngoài thời gian của cấp trên", "Child valid outside its parent's validity")
      .message("{code} thuộc {parent} ({period}) nhưng {parent} chỉ tồn tại {expected}",
          "{code} belongs to {parent} ({period}) but {parent} exists only {expected}")
      .build();

  /** An event that names a unit that does not exist on its date. */
  public static final Rule EVENT_UNKNOWN_UNIT = Rule.builder()
      .id("hierarchy.event-unknown-unit")
      .severity(Severity.ERROR)
      .title("Sự kiện nhắc đến đơn vị không tồn tại", "Event names a unit that does not exist")
      .message("Sự kiện {event} ngày {date} nhắc đến {code}, không tồn tại {when}; phần đó của sự kiện không được "
              + "áp dụng",
          "Event {event} of {date} names {code}, which does not exist {when}; that part of the event is not applied")
      .build();

  /** An event that contradicts the rows or another event. */
  public static final Rule EVENT_CONFLICT = Rule.builder()
      .id("hierarchy.event-conflict")
      .severity(Severity.ERROR)
      .title("Sự kiện mâu thuẫn", "Conflicting event")
      .message("Sự kiện {event} ngày {date} về {code}: {actual}",
          "Event {event} of {date} about {code}: {actual}")
      .build();

  /** A predecessor linked whole to one unit and also to another. */
  public static final Rule LINK_CONFLICT = Rule.builder()
      .id("crosswalk.link-conflict")
      .severity(Severity.ERROR)
      .title("Đơn vị vừa nhập toàn bộ vừa nhập vào đơn vị khác", "Unit linked whole and also elsewhere")
      .message("{code} nhập toàn bộ vào {successor} ngày {date} nhưng cũng có liên kết tới {actual}",
          "{code} went whole into {successor} on {date} but is also linked to {actual}")
      .build();

  /** A predecessor with a single partial link and no remainder: part of it goes nowhere. */
  public static final Rule PARTIAL_ALONE = Rule.builder()
      .id("crosswalk.partial-alone")
      .severity(Severity.WARNING)
      .title("Chỉ nhập một phần, phần còn lại không rõ", "Only part linked, the rest goes nowhere")
      .message("{code} chỉ nhập một phần vào {successor} ngày {date}; phần còn lại không thuộc đơn vị nào",
          "Only part of {code} went into {successor} on {date}; the rest belongs to no unit")
      .build();

  /** Shares of one predecessor that add up to more than the whole, or known shares that fall short of it. */
  public static final Rule WEIGHTS_SUM = Rule.builder()
      .id("crosswalk.weights-sum")
      .severity(Severity.WARNING)
      .title("Tổng tỷ trọng khác 1", "Shares do not add up to 1")
      .message("Tỷ trọng các phần của {code} ngày {date} cộng lại bằng {actual}, cần {expected}",
          "The shares of {code} on {date} add up to {actual}, expected {expected}")
      .build();

  /** A count that cannot be divided because a partial link has no share. */
  public static final Rule PARTIAL_WITHOUT_WEIGHT = Rule.builder()
      .id("crosswalk.partial-without-weight")
      .severity(Severity.WARNING)
      .title("Liên kết một phần không có tỷ trọng", "Partial link without a share")
      .message("Giá trị {value} của {code} ({from}) không chia được cho {actual} ({to}): liên kết một phần không có "
              + "tỷ trọng; giá trị để ngoài kết quả",
          "The value {value} of {code} ({from}) cannot be divided among {actual} ({to}): a partial link has no "
              + "share; the value is left out")
      .build();

  /** A unit that has no counterpart on the other date. */
  public static final Rule NO_COUNTERPART = Rule.builder()
      .id("crosswalk.no-counterpart")
      .severity(Severity.WARNING)
      .title("Đơn vị không có đơn vị tương ứng", "Unit without a counterpart")
      .message("{code} ({from}) không tương ứng với đơn vị nào ngày {to}; giá trị {value} để ngoài kết quả",
          "{code} ({from}) has no counterpart on {to}; its value {value} is left out")
      .build();

  /** A value for a code that names no unit on the crosswalk's first date. */
  public static final Rule UNKNOWN_UNIT = Rule.builder()
      .id("crosswalk.unknown-unit")
      .severity(Severity.ERROR)
      .title("Giá trị cho đơn vị không tồn tại", "Value for a unit that does not exist")
      .message("Không có đơn vị mã {code} ngày {from}; giá trị {value} để ngoài kết quả",
          "No unit has code {code} on {from}; the value {value} is left out")
      .build();

  private static final RuleCatalogue CATALOGUE = RuleCatalogue.of(
      CODE_FORMAT, CODE_OVERLAP, DUPLICATE_ROW, DUPLICATE_NAME, VALIDITY_EMPTY, TYPE_MISSING, TYPE_LEVEL, NAME_BLANK,
      NAME_NOT_NORMALIZED, NAME_PREFIX_TYPE, NAME_PREFIX_REPEATED, NAME_TONE_MARK_STYLE, MISSING_PARENT, PARENT_LEVEL, CYCLE,
      CHILD_OUTSIDE_PARENT, EVENT_UNKNOWN_UNIT, EVENT_CONFLICT, LINK_CONFLICT, PARTIAL_ALONE, WEIGHTS_SUM,
      PARTIAL_WITHOUT_WEIGHT, NO_COUNTERPART, UNKNOWN_UNIT);

  private HierarchyRules() {}

  /**
   * Returns the hierarchy and crosswalk rules.
   *
   * @return the catalogue
   */
  public static RuleCatalogue catalogue() {
    return CATALOGUE;
  }
}
