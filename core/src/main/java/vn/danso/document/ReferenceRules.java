package vn.danso.document;

import vn.danso.validation.Rule;
import vn.danso.validation.RuleCatalogue;
import vn.danso.validation.Severity;

/**
 * The findings about references found in running text (quy tắc về viện dẫn trong văn bản), group
 * {@code document.reference}: what {@link ReferenceFinder} reports beside the references it finds. Nothing found is
 * dropped; a reference it cannot resolve or read in full is kept and reported here. Ids are stable API.
 */
public final class ReferenceRules {
  /** A reference by its name only that no document of the catalogue has. */
  public static final Rule TITLE_UNRESOLVED = Rule.builder()
      .id("document.reference.title-unresolved")
      .severity(Severity.INFO)
      .title("Văn bản được nêu không kèm số, chưa xác định", "Document cited without a number, not identified")
      .message("\"{actual}\" không ghi số, ký hiệu và không khớp văn bản nào trong danh mục",
          "\"{actual}\" gives no number and matches no document of the catalogue")
      .build();

  /** A reference that gives the sequence number without the symbol ("Nghị quyết số 21"). */
  public static final Rule SEQUENCE_ONLY = Rule.builder()
      .id("document.reference.sequence-only")
      .severity(Severity.INFO)
      .title("Chỉ ghi số thứ tự, không ghi ký hiệu", "Sequence number without the symbol")
      .message("\"{actual}\" chỉ ghi số thứ tự; {resolution}",
          "\"{actual}\" gives only the sequence number; {resolution}")
      .build();

  /** A Party number written in the State shape ("21/NQ-TW"), read as the Party number. */
  public static final Rule PARTY_NUMBER_IN_STATE_FORM = Rule.builder()
      .id("document.reference.party-number-in-state-form")
      .severity(Severity.WARNING)
      .title("Số văn bản của Đảng viết theo kiểu văn bản nhà nước", "Party number written in the State form")
      .message("\"{actual}\" viết theo kiểu văn bản nhà nước; văn bản của Đảng viết \"{expected}\"",
          "\"{actual}\" is written in the State form; the Party writes \"{expected}\"")
      .source("Hướng dẫn 36-HD/VPTW, mục II.1.3")
      .build();

  /**
   * A State number written in the Party shape ("12-KH/UBND"), read as the State number. The reverse of
   * {@link #PARTY_NUMBER_IN_STATE_FORM}.
   */
  public static final Rule STATE_NUMBER_IN_PARTY_FORM = Rule.builder()
      .id("document.reference.state-number-in-party-form")
      .severity(Severity.WARNING)
      .title("Số văn bản nhà nước viết theo kiểu văn bản của Đảng", "State number written in the Party form")
      .message("\"{actual}\" viết theo kiểu văn bản của Đảng; văn bản nhà nước viết \"{expected}\"",
          "\"{actual}\" is written in the Party form; the State writes \"{expected}\"")
      .source("Nghị định 30/2020/NĐ-CP, Phụ lục I (số, ký hiệu văn bản)")
      .build();

  /**
   * A number printed with a separator missing, doubled or of the wrong kind ("298 KH/TWĐTN", "107-KH-ĐUK",
   * "49/-CT /TW", "01/QCPH/UBND-UBMTTQ"), read once the separator is put right; only where the tables make the
   * reading certain.
   */
  public static final Rule SEPARATOR_REPAIRED = Rule.builder()
      .id("document.reference.separator-repaired")
      .severity(Severity.WARNING)
      .title("Số, ký hiệu viết sai dấu phân cách", "Number printed with a wrong separator")
      .message("\"{actual}\" viết sai dấu gạch nối hoặc gạch chéo; đọc là \"{expected}\"",
          "\"{actual}\" has a wrong or missing hyphen or slash; read as \"{expected}\"")
      .source("Hướng dẫn 36-HD/VPTW, mục II.1.3; Nghị định 30/2020/NĐ-CP, Phụ lục I")
      .build();

  /**
   * A State number printed without its type ("Quyết định số 1281/-UBND"), read with the one abbreviation the type
   * words before it stand for ("1281/QĐ-UBND").
   */
  public static final Rule TYPE_RESTORED = Rule.builder()
      .id("document.reference.type-restored")
      .severity(Severity.WARNING)
      .title("Số, ký hiệu thiếu chữ viết tắt loại văn bản", "Number printed without its type abbreviation")
      .message("\"{actual}\" thiếu chữ viết tắt loại văn bản; theo tên loại văn bản viết trước số, đọc là "
              + "\"{expected}\"",
          "\"{actual}\" lacks its type abbreviation; read as \"{expected}\" from the type named before the number")
      .source("Nghị định 30/2020/NĐ-CP, Phụ lục I (số, ký hiệu văn bản)")
      .build();

  /**
   * A space typed inside an issuer abbreviation ("23/2015/TTLT-BGD ĐT-BNV"), read in the lenient mode as the
   * abbreviation the issuer table knows ("BGDĐT"): only where neither part alone is a known abbreviation and the
   * joined one is.
   */
  public static final Rule SPACE_IN_ABBREVIATION = Rule.builder()
      .id("document.reference.space-in-abbreviation")
      .severity(Severity.WARNING)
      .title("Chữ viết tắt cơ quan ban hành có dấu cách", "Space inside an issuer abbreviation")
      .message("\"{actual}\" có dấu cách trong chữ viết tắt cơ quan ban hành; đọc là \"{expected}\"",
          "\"{actual}\" has a space inside an issuer abbreviation; read as \"{expected}\"")
      .source("Nghị định 30/2020/NĐ-CP, Phụ lục I (số, ký hiệu văn bản)")
      .build();

  /** A number-shaped text after "số" that cannot be read as a document number. */
  public static final Rule NUMBER_UNREADABLE = Rule.builder()
      .id("document.reference.number-unreadable")
      .severity(Severity.WARNING)
      .title("Không đọc được số, ký hiệu văn bản được viện dẫn", "Cited number cannot be read")
      .message("Không đọc được \"{actual}\": {problem}", "Cannot read \"{actual}\": {problem}")
      .build();

  /** A date that does not exist ("ngày 31/6/2018"). */
  public static final Rule DATE_INVALID = Rule.builder()
      .id("document.reference.date-invalid")
      .severity(Severity.WARNING)
      .title("Ngày của văn bản được viện dẫn không hợp lệ", "Date of the cited document does not exist")
      .message("Không đọc được ngày \"{actual}\": {problem}", "Cannot read the date \"{actual}\": {problem}")
      .build();

  /** The text's date for a known document differs from the catalogue's. */
  public static final Rule DATE_MISMATCH = Rule.builder()
      .id("document.reference.date-mismatch")
      .severity(Severity.WARNING)
      .title("Ngày văn bản được viện dẫn khác ngày ban hành", "Cited date differs from the date of issue")
      .message("{number} ghi ngày {actual}, nhưng văn bản ban hành ngày {expected}",
          "{number} is cited as of {actual}, but it was issued on {expected}")
      .build();

  /** A number that fits several documents of the catalogue and the text does not say which. */
  public static final Rule AMBIGUOUS = Rule.builder()
      .id("document.reference.ambiguous")
      .severity(Severity.INFO)
      .title("Số, ký hiệu ứng với nhiều văn bản", "Number fits several documents")
      .message("{actual} ứng với {count:văn bản} trong danh mục; cần ngày hoặc khóa để xác định",
          "{actual} fits {count:document|documents} of the catalogue; a date or term would tell them apart")
      .build();

  private static final RuleCatalogue CATALOGUE = RuleCatalogue.of(TITLE_UNRESOLVED, SEQUENCE_ONLY,
      PARTY_NUMBER_IN_STATE_FORM, STATE_NUMBER_IN_PARTY_FORM, SEPARATOR_REPAIRED, NUMBER_UNREADABLE, DATE_INVALID, DATE_MISMATCH, AMBIGUOUS,
      SPACE_IN_ABBREVIATION, TYPE_RESTORED);

  private ReferenceRules() {}

  /**
   * Returns the rules of references in text.
   *
   * @return the catalogue of {@code document.reference.*} rules
   */
  public static RuleCatalogue catalogue() {
    return CATALOGUE;
  }
}
