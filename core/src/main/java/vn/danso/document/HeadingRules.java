package vn.danso.document;

import vn.danso.validation.Rule;
import vn.danso.validation.RuleCatalogue;
import vn.danso.validation.Severity;

/**
 * The rules of a document's heading as {@link DocumentHeading} reads it from the document's text (quy tắc đọc phần
 * đầu văn bản): what the text prints of its own number and date. Ids are stable API; the catalogue is documented in
 * {@code docs/rules.md}.
 */
public final class HeadingRules {
  private static final String ND30 = "Nghị định 30/2020/NĐ-CP, Phụ lục I (số, ký hiệu; địa danh và thời gian ban "
      + "hành văn bản)";

  /** The heading prints two different numbers: the first is taken, the other reported. */
  public static final Rule TWO_NUMBERS = Rule.builder()
      .id("document.heading.two-numbers")
      .severity(Severity.WARNING)
      .title("Văn bản ghi hai số, ký hiệu khác nhau", "Two different numbers printed on one document")
      .message("Phần đầu văn bản ghi số {expected} và cả số {actual}; dùng số ghi trước",
          "The heading prints number {expected} and also {actual}; the first is used")
      .source(ND30)
      .build();

  /** The heading prints two different dates: the first is taken, the other reported. */
  public static final Rule TWO_DATES = Rule.builder()
      .id("document.heading.two-dates")
      .severity(Severity.WARNING)
      .title("Văn bản ghi hai ngày ban hành khác nhau", "Two different dates printed on one document")
      .message("Phần đầu văn bản ghi ngày {expected} và cả ngày {actual}; dùng ngày ghi trước",
          "The heading prints the date {expected} and also {actual}; the first is used")
      .source(ND30)
      .build();

  /** No line of the heading gives the document's own number ("Số: …"). */
  public static final Rule NO_NUMBER = Rule.builder()
      .id("document.heading.no-number")
      .severity(Severity.WARNING)
      .title("Không đọc được số, ký hiệu của văn bản", "The document's own number not found")
      .message("Phần đầu văn bản không có dòng \"Số: …\" đọc được{detail}",
          "The heading has no readable line giving the document's number and symbol{detail}")
      .source(ND30)
      .build();

  /** No line of the heading gives the date of issue ("…, ngày … tháng … năm …"). */
  public static final Rule NO_DATE = Rule.builder()
      .id("document.heading.no-date")
      .severity(Severity.WARNING)
      .title("Không đọc được ngày ban hành", "The date of issue not found")
      .message("Phần đầu văn bản không có dòng địa danh, ngày tháng năm đọc được{detail}",
          "The heading has no readable place and date line{detail}")
      .source(ND30)
      .build();

  /**
   * The heading prints its number without the type abbreviation ("Số: 1281/-UBND") under a title line that names the
   * type ("QUYẾT ĐỊNH"): the number is read with the one abbreviation of that type ("1281/QĐ-UBND").
   */
  public static final Rule TYPE_RESTORED = Rule.builder()
      .id("document.heading.type-restored")
      .severity(Severity.WARNING)
      .title("Số, ký hiệu của văn bản thiếu chữ viết tắt loại văn bản", "The document's number lacks its type")
      .message("Phần đầu văn bản ghi số \"{actual}\", thiếu chữ viết tắt loại văn bản; theo tên loại văn bản, đọc là "
              + "\"{expected}\"",
          "The heading prints number \"{actual}\" without its type abbreviation; read as \"{expected}\" from the "
              + "type its title line names")
      .source(ND30)
      .build();

  private static final RuleCatalogue CATALOGUE = RuleCatalogue.of(TWO_NUMBERS, TWO_DATES, NO_NUMBER, NO_DATE,
      TYPE_RESTORED);

  private HeadingRules() {}

  /**
   * Returns the rules of a document's heading.
   *
   * @return the catalogue of {@code document.heading.*} rules
   */
  public static RuleCatalogue catalogue() {
    return CATALOGUE;
  }
}
