package vn.danso.document;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * Why a document number, a date or a place line could not be read (lý do không đọc được): the answer of
 * {@link ParseResult} and {@link DocumentParseException}, always together with the index of the first character
 * that could not be read.
 */
public enum ParseProblem implements Localized {
  /** The text is empty or only spaces. */
  EMPTY("văn bản trống", "the text is empty"),
  /** A character that cannot appear here. */
  UNEXPECTED_CHARACTER("ký tự không hợp lệ ở vị trí này", "unexpected character"),
  /** The sequence number (số thứ tự) is missing. */
  NUMBER_EXPECTED("thiếu số thứ tự của văn bản", "expected the document's sequence number"),
  /** The sequence number has more than 9 digits. */
  NUMBER_TOO_LONG("số thứ tự quá dài (tối đa 9 chữ số)", "the sequence number is too long (at most 9 digits)"),
  /** After the number, neither {@code -} (Party) nor {@code /} (State) follows. */
  SEPARATOR_EXPECTED("thiếu dấu \"-\" (văn bản của Đảng) hoặc \"/\" (văn bản nhà nước) sau số",
      "expected \"-\" (Party) or \"/\" (State) after the number"),
  /** A {@code /} is missing: between a Party number's type and issuer, or after a legal number's year. */
  SLASH_EXPECTED("thiếu dấu \"/\"", "expected \"/\""),
  /** Nothing follows the {@code /} where the symbol (ký hiệu) belongs. */
  SYMBOL_EXPECTED("thiếu ký hiệu văn bản", "expected the symbol (type and issuer abbreviations)"),
  /** The type abbreviation is missing. */
  TYPE_EXPECTED("thiếu chữ viết tắt loại văn bản", "expected the document type abbreviation"),
  /** An abbreviation is missing after a {@code -} in the symbol. */
  GROUP_EXPECTED("thiếu chữ viết tắt sau dấu \"-\"", "expected an abbreviation after \"-\""),
  /** The issuer abbreviation is missing. */
  ISSUER_EXPECTED("thiếu chữ viết tắt cơ quan ban hành", "expected the issuer abbreviation"),
  /** A year that is not four digits. */
  YEAR_MALFORMED("năm phải viết đủ 4 chữ số", "the year must have 4 digits"),
  /** Text after the end of what was read. */
  TRAILING_TEXT("có nội dung thừa ở cuối", "unexpected text at the end"),
  /** The day of a date is missing. */
  DAY_EXPECTED("thiếu ngày", "expected the day"),
  /** After the day, neither "tháng" nor a separator ({@code /}, {@code -}, {@code .}) follows. */
  MONTH_WORD_EXPECTED("thiếu chữ \"tháng\" hoặc dấu \"/\" sau ngày", "expected \"tháng\" or \"/\" after the day"),
  /** The month of a date is missing. */
  MONTH_EXPECTED("thiếu tháng", "expected the month"),
  /** After the month, "năm" or the same separator is missing. */
  YEAR_WORD_EXPECTED("thiếu chữ \"năm\" hoặc dấu phân cách sau tháng",
      "expected \"năm\" or the same separator after the month"),
  /** The year of a date is missing. */
  YEAR_EXPECTED("thiếu năm", "expected the year"),
  /** A day outside 1 to 31. */
  DAY_OUT_OF_RANGE("ngày phải từ 1 đến 31", "the day must be 1 to 31"),
  /** A month outside 1 to 12. */
  MONTH_OUT_OF_RANGE("tháng phải từ 1 đến 12", "the month must be 1 to 12"),
  /** A day the month does not have: 31 June, 29 February 2019. */
  DAY_NOT_IN_MONTH("tháng này không có ngày đó", "the month has no such day"),
  /** A place line without a place name before the date. */
  PLACE_EXPECTED("thiếu địa danh trước ngày tháng", "expected the place name before the date"),
  /** A place line without a date. */
  DATE_EXPECTED("thiếu ngày tháng sau địa danh", "expected the date after the place name");

  private final LocalizedText description;

  ParseProblem(String vi, String en) {
    this.description = LocalizedText.of(vi, en);
  }

  /**
   * Returns what the problem means, in both languages.
   *
   * @return the description
   */
  public LocalizedText description() {
    return description;
  }

  @Override
  public String label(Language language) {
    return description.get(language);
  }
}
