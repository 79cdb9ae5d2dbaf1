package vn.danso.text;

/**
 * One way in which a Vietnamese text differs from its normal form (see {@link VietnameseText#normalize}): what a
 * validator reports when it says precisely what was wrong with a name or a number as typed.
 */
public enum TextIssue implements Localized {
  /** Letters are decomposed (Unicode NFD, as macOS and some PDFs produce) rather than composed (NFC). */
  NOT_NFC("chữ có dấu ở dạng tổ hợp (NFD), chưa chuẩn hóa NFC", "accented letters are decomposed (NFD), not NFC"),
  /** The Icelandic eth {@code Ð} (U+00D0) or {@code ð} (U+00F0) was typed for {@code Đ} / {@code đ}. */
  ETH_FOR_D("dùng chữ Ð (U+00D0) thay cho chữ Đ (U+0110)", "Ð (U+00D0, eth) typed for Đ (U+0110)"),
  /** An invisible character: zero-width space or joiner, byte-order mark, soft hyphen. */
  INVISIBLE_CHARACTER("có ký tự ẩn (khoảng trắng độ rộng 0, BOM, gạch nối mềm)",
      "contains an invisible character (zero-width space, BOM, soft hyphen)"),
  /** A tab, line break or non-breaking space where a plain space belongs. */
  UNUSUAL_WHITESPACE("có tab, xuống dòng hoặc khoảng trắng không ngắt thay cho dấu cách",
      "contains a tab, line break or non-breaking space instead of a plain space"),
  /** Spaces at the start or the end. */
  LEADING_OR_TRAILING_SPACE("có dấu cách ở đầu hoặc cuối", "has a leading or trailing space"),
  /** Two or more spaces in a row. */
  REPEATED_SPACE("có hai dấu cách liền nhau", "has two or more spaces in a row");

  private final LocalizedText description;

  TextIssue(String vi, String en) {
    this.description = LocalizedText.of(vi, en);
  }

  /**
   * Returns what this issue means, in both languages.
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
