package vn.danso.body;

import vn.danso.validation.Rule;
import vn.danso.validation.RuleCatalogue;
import vn.danso.validation.Severity;

/**
 * The validation rules about issuing bodies (quy tắc kiểm tra cơ quan ban hành), group {@code body}. Ids are stable
 * API; the catalogue is documented in {@code docs/rules.md}.
 */
public final class BodyRules {
  /** The unit a body serves is at a level where bodies of its kind do not exist (a Tỉnh ủy serving a commune). */
  public static final Rule LEVEL_MISMATCH = Rule.builder()
      .id("body.level-mismatch")
      .severity(Severity.ERROR)
      .title("Cấp của địa bàn không phù hợp với loại cơ quan", "Jurisdiction level does not fit the kind of body")
      .message("{body} thuộc loại {kind}, có ở {expected}, nhưng phục vụ đơn vị {unit} ({actual})",
          "{body} is a {kind}, which exists at {expected}, but serves unit {unit} ({actual})")
      .build();

  /**
   * The body's abbreviation is not in the issuer abbreviation table: its numbers cannot be fully checked. Information,
   * not a warning: departments, offices and mass organisations each have their own.
   */
  public static final Rule UNKNOWN_ABBREVIATION = Rule.builder()
      .id("body.unknown-abbreviation")
      .severity(Severity.INFO)
      .title("Tên viết tắt cơ quan không có trong bảng", "Body abbreviation not in the table")
      .message("Tên viết tắt \"{actual}\" của {body} không có trong bảng tên viết tắt cơ quan ban hành; "
              + "bổ sung vào bảng nếu đúng",
          "Abbreviation \"{actual}\" of {body} is not in the issuer abbreviation table; add it if it is right")
      .build();

  /** The table gives the body's abbreviation to other kinds of body (a People's Committee writing TU). */
  public static final Rule ABBREVIATION_KIND_MISMATCH = Rule.builder()
      .id("body.abbreviation-kind-mismatch")
      .severity(Severity.ERROR)
      .title("Tên viết tắt là của loại cơ quan khác", "Abbreviation belongs to another kind of body")
      .message("Tên viết tắt \"{actual}\" là của {expected}, không phải của {body} ({kind})",
          "Abbreviation \"{actual}\" stands for {expected}, not for {body} ({kind})")
      .build();

  /** Neither the body nor its kind has an abbreviation, so the symbols of its documents cannot be checked. */
  public static final Rule NO_ABBREVIATION = Rule.builder()
      .id("body.no-abbreviation")
      .severity(Severity.INFO)
      .title("Cơ quan chưa có tên viết tắt", "Body has no abbreviation")
      .message("{body} chưa có tên viết tắt dùng trong ký hiệu văn bản: không kiểm tra được ký hiệu",
          "{body} has no abbreviation for document symbols: its symbols cannot be checked")
      .build();

  /** Two terms of office of one body share days. */
  public static final Rule TERMS_OVERLAP = Rule.builder()
      .id("body.terms-overlap")
      .severity(Severity.ERROR)
      .title("Các nhiệm kỳ trùng nhau", "Terms of office overlap")
      .message("Nhiệm kỳ {term} và {other} của {body} có ngày trùng nhau",
          "Terms {term} and {other} of {body} share days")
      .build();

  /** The body's name is not in Vietnamese normal form (decomposed letters, Ð for Đ, stray spaces). */
  public static final Rule NAME_NOT_NORMALISED = Rule.builder()
      .id("body.name-not-normalised")
      .severity(Severity.WARNING)
      .title("Tên cơ quan chưa chuẩn hóa", "Body name not in normal form")
      .message("Tên \"{actual}\" chưa chuẩn hóa: {issues}; dạng chuẩn: \"{expected}\"",
          "Name \"{actual}\" is not in normal form: {issues}; normal form: \"{expected}\"")
      .build();

  /**
   * An issuer named in words names a kind of provincial body, but no province can be told for certain ("Thành ủy"
   * with no name, "tỉnh" alone without the citing province, a name no province bears): the words are kept
   * ({@link IssuerWords#check}).
   */
  public static final Rule ISSUER_WORDS_UNREAD = Rule.builder()
      .id("body.issuer-words-unread")
      .severity(Severity.INFO)
      .title("Cơ quan ban hành nêu bằng chữ chưa xác định được", "Issuer named in words not read")
      .message("\"{actual}\" nêu loại cơ quan cấp tỉnh nhưng không xác định chắc chắn được tỉnh, thành phố nào; "
              + "giữ nguyên chữ",
          "\"{actual}\" names a kind of provincial body but no province that can be told for certain; the words "
              + "are kept")
      .build();

  private static final RuleCatalogue CATALOGUE = RuleCatalogue.of(
      LEVEL_MISMATCH, UNKNOWN_ABBREVIATION, ABBREVIATION_KIND_MISMATCH, NO_ABBREVIATION, TERMS_OVERLAP,
      NAME_NOT_NORMALISED, ISSUER_WORDS_UNREAD);

  private BodyRules() {}

  /**
   * Returns the rules of this package.
   *
   * @return the catalogue of {@code body.*} rules
   */
  public static RuleCatalogue catalogue() {
    return CATALOGUE;
  }
}
