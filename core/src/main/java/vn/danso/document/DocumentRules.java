package vn.danso.document;

import vn.danso.validation.Rule;
import vn.danso.validation.RuleCatalogue;
import vn.danso.validation.Severity;

/**
 * The validation rules about document numbers, dates, place lines and signatures (quy tắc kiểm tra văn bản), group
 * {@code document}. Ids are stable API; the catalogue is documented in {@code docs/rules.md}.
 */
public final class DocumentRules {
  private static final String ND30 = "Nghị định 30/2020/NĐ-CP";
  private static final String LAW_2015 = "Luật Ban hành văn bản quy phạm pháp luật 64/2025/QH15, Điều 7 khoản 3 (từ 01/4/2025; trước đó Luật 2015, Điều 10)";

  /** The sequence number is 0 (typed "00"): numbers start at 01. */
  public static final Rule NUMBER_NOT_POSITIVE = Rule.builder()
      .id("document.number.not-positive")
      .severity(Severity.ERROR)
      .title("Số thứ tự văn bản không dương", "Sequence number not positive")
      .message("Số thứ tự {actual} không hợp lệ: văn bản được đánh số từ 01",
          "Sequence number {actual} is not valid: documents are numbered from 01")
      .source(ND30 + ", Điều 15; Hướng dẫn 36-HD/VPTW, mục II.1.3.1")
      .build();

  /**
   * The type abbreviation is not in the family's table: an error where the table is complete (the State's), else
   * information, since a well-formed abbreviation the observed tables lack may well be real.
   */
  public static final Rule UNKNOWN_TYPE = Rule.builder()
      .id("document.number.unknown-type")
      .severity(Severity.INFO)
      .title("Chữ viết tắt loại văn bản không có trong bảng", "Type abbreviation not in the table")
      .message("Chữ viết tắt loại văn bản \"{actual}\" không có trong bảng của {family}",
          "Type abbreviation \"{actual}\" is not in the table of the {family} family")
      .source(ND30 + ", Phụ lục III (văn bản nhà nước); các dạng thấy trong văn bản của Đảng")
      .build();

  /**
   * The issuer abbreviation is not in the issuer table: information, since every department, office and mass
   * organisation has its own and no table holds them all.
   */
  public static final Rule UNKNOWN_ISSUER = Rule.builder()
      .id("document.number.unknown-issuer")
      .severity(Severity.INFO)
      .title("Chữ viết tắt cơ quan ban hành không có trong bảng", "Issuer abbreviation not in the table")
      .message("Chữ viết tắt cơ quan ban hành \"{actual}\" không có trong bảng tên viết tắt; bổ sung nếu đúng",
          "Issuer abbreviation \"{actual}\" is not in the issuer table; add it if it is right")
      .build();

  /** A term-numbered issuer (QH, UBTVQH) without the legislature's number. */
  public static final Rule TERM_MISSING = Rule.builder()
      .id("document.number.term-missing")
      .severity(Severity.ERROR)
      .title("Thiếu số khóa Quốc hội sau tên viết tắt", "Legislature number missing after the issuer")
      .message("Chữ viết tắt \"{actual}\" phải kèm số khóa Quốc hội, như \"{actual}15\"",
          "Abbreviation \"{actual}\" must carry the legislature's number, as in \"{actual}15\"")
      .source(LAW_2015)
      .build();

  /** The number is written in a family its issuer does not number in (a Party body with a State-style number). */
  public static final Rule FAMILY_MISMATCH = Rule.builder()
      .id("document.number.family-mismatch")
      .severity(Severity.ERROR)
      .title("Kiểu số, ký hiệu không đúng hệ thống của cơ quan ban hành",
          "Number written in a family its issuer does not use")
      .message("Số, ký hiệu viết theo kiểu {actual}, nhưng {issuer} đánh số theo kiểu {expected}",
          "The number is written as a {actual}, but {issuer} numbers as: {expected}")
      .source("Hướng dẫn 36-HD/VPTW (văn bản của Đảng); " + ND30 + ", Phụ lục I (văn bản nhà nước)")
      .build();

  /** The type is one only certain bodies issue (a Nghị định by anyone but the Government). */
  public static final Rule TYPE_NOT_FOR_ISSUER = Rule.builder()
      .id("document.number.type-not-for-issuer")
      .severity(Severity.ERROR)
      .title("Loại văn bản không thuộc thẩm quyền của cơ quan ban hành", "Type not issued by this issuer")
      .message("{type} (\"{code}\") không do {issuer} ban hành; cơ quan ban hành: {expected}",
          "A {type} (\"{code}\") is not issued by {issuer}; issued by: {expected}")
      .source("Luật Ban hành văn bản quy phạm pháp luật 64/2025/QH15 (từ 01/4/2025; trước đó Luật 2015, Điều 4 và 10)")
      .build();

  /** The document's type is not what its number's type abbreviation means (a State Quy định numbered QĐ). */
  public static final Rule TYPE_MISMATCH = Rule.builder()
      .id("document.number.type-mismatch")
      .severity(Severity.ERROR)
      .title("Loại văn bản không khớp chữ viết tắt trong ký hiệu", "Document type does not match its abbreviation")
      .message("Văn bản là {actual} nhưng ký hiệu ghi \"{code}\" ({types}); {family} viết: {expected}",
          "The document is a {actual} but its symbol says \"{code}\" ({types}); the {family} family writes: "
              + "{expected}")
      .source(ND30 + ", Phụ lục III: Quy định viết tắt là QyĐ")
      .build();

  /** The symbol names another issuer than the document's. */
  public static final Rule ISSUER_MISMATCH = Rule.builder()
      .id("document.number.issuer-mismatch")
      .severity(Severity.ERROR)
      .title("Ký hiệu ghi cơ quan ban hành khác", "Symbol names another issuer")
      .message("Ký hiệu ghi cơ quan \"{actual}\" nhưng {issuer} viết tắt là \"{expected}\"",
          "The symbol names issuer \"{actual}\" but {issuer} writes \"{expected}\"")
      .build();

  /** A legal normative number's year differs from the year of issue. */
  public static final Rule YEAR_MISMATCH = Rule.builder()
      .id("document.number.year-mismatch")
      .severity(Severity.ERROR)
      .title("Năm trong số, ký hiệu khác năm ban hành", "Year in the number differs from the year of issue")
      .message("Năm trong số, ký hiệu là {actual} nhưng văn bản ban hành năm {expected}",
          "The number says {actual} but the document was issued in {expected}")
      .source(LAW_2015)
      .build();

  /** The legislature number in the symbol differs from the issuer's term on the date. */
  public static final Rule TERM_MISMATCH = Rule.builder()
      .id("document.number.term-mismatch")
      .severity(Severity.ERROR)
      .title("Số khóa trong ký hiệu khác nhiệm kỳ của cơ quan", "Term in the symbol differs from the issuer's")
      .message("Ký hiệu ghi khóa {actual} nhưng ngày ban hành thuộc khóa {expected} của {issuer}",
          "The symbol says term {actual} but the date falls in term {expected} of {issuer}")
      .source(LAW_2015)
      .build();

  /** The document is dated on a day its issuer did not exist (a district body after 2025-06-30). */
  public static final Rule OUTSIDE_ISSUER_VALIDITY = Rule.builder()
      .id("document.date.outside-issuer-validity")
      .severity(Severity.ERROR)
      .title("Ngày ban hành ngoài thời gian tồn tại của cơ quan", "Issue date outside the issuer's existence")
      .message("Ngày ban hành {actual} nằm ngoài thời gian tồn tại của {issuer} ({expected})",
          "Issue date {actual} is outside the existence of {issuer} ({expected})")
      .build();

  /** The date line's leading zeros break the rule: days below 10 and months 1 and 2 take a 0, others do not. */
  public static final Rule LEADING_ZERO = Rule.builder()
      .id("document.date.leading-zero")
      .severity(Severity.WARNING)
      .title("Ngày tháng chưa đúng quy tắc số 0 đứng trước", "Date breaks the leading-zero rule")
      .message("Ngày tháng \"{actual}\" chưa đúng quy tắc (ngày dưới 10 và tháng 1, 2 có số 0 đứng trước): "
              + "viết \"{expected}\"",
          "Date \"{actual}\" breaks the rule (days below 10 and months 1 and 2 take a leading 0): write "
              + "\"{expected}\"")
      .source(ND30 + ", Phụ lục I")
      .build();

  /** The date line's date is written in figures, not in full. */
  public static final Rule NOT_IN_FULL = Rule.builder()
      .id("document.date.not-in-full")
      .severity(Severity.WARNING)
      .title("Ngày tháng trong dòng địa danh chưa viết đầy đủ", "Date line not written in full")
      .message("Ngày tháng \"{actual}\" chưa viết đầy đủ: viết \"{expected}\"",
          "Date \"{actual}\" is not written in full: write \"{expected}\"")
      .source(ND30 + ", Phụ lục I")
      .build();

  /** The place line names neither the issuer's unit nor its seat, nor (with a lookup) a place within the unit. */
  public static final Rule PLACE_MISMATCH = Rule.builder()
      .id("document.place.mismatch")
      .severity(Severity.WARNING)
      .title("Địa danh không phải nơi cơ quan ban hành đóng trụ sở", "Place is not where the issuer sits")
      .message("Địa danh \"{actual}\" không phải {expected}, nơi {issuer} đóng trụ sở",
          "Place \"{actual}\" is not {expected}, where {issuer} sits")
      .source(ND30 + ", Phụ lục I (địa danh nơi cơ quan đóng trụ sở; the exact wording was not verified)")
      .build();

  /** The signature's capacity is written in the other system's form (T/M on a State document, TM. on a Party one). */
  public static final Rule CAPACITY_MISMATCH = Rule.builder()
      .id("document.signature.capacity-mismatch")
      .severity(Severity.WARNING)
      .title("Thể thức ký không đúng hệ thống văn bản", "Signing capacity written in another system's form")
      .message("Thẩm quyền ký \"{actual}\" là cách viết của {system}, không phải của {issuer}",
          "Signing capacity \"{actual}\" is the form of the {system}, not of {issuer}")
      .source(ND30 + ", Phụ lục I (TM., KT., TL., TUQ., Q.); văn bản của Đảng viết T/M, K/T")
      .build();

  /**
   * A State number with the year after a hyphen ({@code 19-2018/NQ-CP}): a form real Government resolutions carry,
   * which Nghị định 30/2020/NĐ-CP does not describe. Read as written, with the year; information.
   */
  public static final Rule YEAR_AFTER_HYPHEN = Rule.builder()
      .id("document.number.year-after-hyphen")
      .severity(Severity.INFO)
      .title("Số văn bản ghi năm sau dấu gạch nối", "Number writes the year after a hyphen")
      .message("Số \"{actual}\" ghi năm sau dấu gạch nối, dạng không có trong quy định hiện hành; "
              + "theo quy định viết \"{expected}\"",
          "Number \"{actual}\" writes the year after a hyphen, a form today's rules do not describe; they write "
              + "\"{expected}\"")
      .source(ND30 + ", Phụ lục I (số, ký hiệu văn bản)")
      .build();

  /**
   * An older number of the Government or the Prime Minister without a type ({@code 216-CP}, Quyết định 216-CP of
   * 26/12/1961; {@code 270-TTg}, 03/6/1993): the number, a hyphen and the issuer. Read as written; information,
   * since the document, not the number, gives its type.
   */
  public static final Rule OLD_FORM_WITHOUT_TYPE = Rule.builder()
      .id("document.number.old-form-without-type")
      .severity(Severity.INFO)
      .title("Số văn bản theo dạng cũ, không có chữ viết tắt loại văn bản",
          "Number in an older form without a type abbreviation")
      .message("Số \"{actual}\" theo dạng cũ (số, gạch nối, cơ quan ban hành), không ghi loại văn bản; văn bản "
              + "cho biết loại",
          "Number \"{actual}\" is in an older form (number, hyphen, issuer) without a type; the document gives "
              + "its type")
      .source("Quyết định 216-CP ngày 26/12/1961 của Hội đồng Chính phủ (tuyengiao.vn); Quyết định 72-HĐBT ngày "
          + "13/3/1990 của Hội đồng Bộ trưởng (vanban123.vn); Chỉ thị 192-CT ngày 21/6/1988 của Chủ tịch Hội đồng Bộ "
          + "trưởng (thuviennhadat.vn); Quyết định 270-TTg ngày 03/6/1993 của Thủ tướng Chính phủ "
          + "(hethongphapluat.com)")
      .build();

  /**
   * An older ministry number with the issuer before the type ({@code 808-BYT/QĐ}, {@code 316-YT/NĐ}; printed
   * {@code 7004-BYT-TT}): read as written; information, since the form is real. The type is not checked against
   * today's tables, which the form predates.
   */
  public static final Rule ISSUER_BEFORE_TYPE = Rule.builder()
      .id("document.number.issuer-before-type")
      .severity(Severity.INFO)
      .title("Số văn bản theo dạng cũ của bộ, cơ quan ban hành trước loại văn bản",
          "Number in a ministry's older form, issuer before type")
      .message("Số \"{actual}\" theo dạng cũ (số, cơ quan ban hành, loại văn bản); quy định hiện hành ghi loại văn "
              + "bản trước cơ quan ban hành",
          "Number \"{actual}\" is in an older form (number, issuer, type); today's rules write the type before "
              + "the issuer")
      .source("Quyết định 808-BYT/QĐ ngày 18/9/1961, Nghị định 316-YT/NĐ ngày 16/4/1958, Thông tư 7004-BYT-TT ngày "
          + "24/8/1956 của Bộ Y tế (vanban123.vn, hethongphapluat.com, hethongphapluat.vn)")
      .build();

  /**
   * A State number printed without its type abbreviation ({@code 1281/-UBND}, the heading of Quyết định
   * 1281/QĐ-UBND): the number and the issuer are read, the type is not guessed.
   */
  public static final Rule TYPE_MISSING = Rule.builder()
      .id("document.number.type-missing")
      .severity(Severity.WARNING)
      .title("Số văn bản thiếu chữ viết tắt loại văn bản", "Number lacks its type abbreviation")
      .message("Số \"{actual}\" thiếu chữ viết tắt loại văn bản trước cơ quan ban hành; loại văn bản phải lấy từ "
              + "chính văn bản",
          "Number \"{actual}\" lacks the type abbreviation before the issuer; the type must come from the document "
              + "itself")
      .source(ND30 + ", Phụ lục I (số, ký hiệu văn bản)")
      .build();

  /**
   * A letter after the sequence number ({@code 36a/NQ-CP}, the Government's Nghị quyết 36a of 14/10/2015;
   * {@code 2a/2000/NQ-HĐND4}): read as part of the number; information, since the form is real and names another
   * document than the number without the letter.
   */
  public static final Rule SEQUENCE_LETTER = Rule.builder()
      .id("document.number.sequence-letter")
      .severity(Severity.INFO)
      .title("Số thứ tự văn bản có chữ cái kèm theo", "Sequence number with a letter")
      .message("Số thứ tự của \"{actual}\" có chữ cái kèm theo, dạng không có trong quy định hiện hành; đây là văn "
              + "bản khác với văn bản cùng số không có chữ",
          "The sequence number of \"{actual}\" carries a letter, a form today's rules do not describe; it names "
              + "another document than the same number without the letter")
      .source("Nghị quyết 36a/NQ-CP ngày 14/10/2015 của Chính phủ; Nghị quyết 2a/2000/NQ-HĐND4 ngày 25/02/2000 của "
          + "HĐND tỉnh Thừa Thiên Huế (vbpl.vn)")
      .build();

  private static final RuleCatalogue CATALOGUE = RuleCatalogue.of(
      NUMBER_NOT_POSITIVE, UNKNOWN_TYPE, UNKNOWN_ISSUER, TERM_MISSING, FAMILY_MISMATCH, TYPE_NOT_FOR_ISSUER,
      TYPE_MISMATCH, ISSUER_MISMATCH, YEAR_MISMATCH, TERM_MISMATCH, OUTSIDE_ISSUER_VALIDITY, LEADING_ZERO,
      NOT_IN_FULL, PLACE_MISMATCH, CAPACITY_MISMATCH, YEAR_AFTER_HYPHEN, OLD_FORM_WITHOUT_TYPE, ISSUER_BEFORE_TYPE,
      TYPE_MISSING, SEQUENCE_LETTER);

  private DocumentRules() {}

  /**
   * Returns the rules of this package.
   *
   * @return the catalogue of {@code document.*} rules
   */
  public static RuleCatalogue catalogue() {
    return CATALOGUE;
  }
}
