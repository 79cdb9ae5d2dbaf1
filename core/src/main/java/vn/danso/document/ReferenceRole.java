package vn.danso.document;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * What a text does with a document it cites (quan hệ viện dẫn), read from the words that lead to the citation in its
 * sentence.
 */
public enum ReferenceRole implements Localized {
  /** "Thực hiện…", "triển khai…": the citing document implements the cited one; an edge of a plan cascade. */
  IMPLEMENTS("thực hiện", "implements"),
  /** "Ban hành kèm theo Quyết định số…": the citing plan has no number of its own and is issued by the decision. */
  ISSUED_WITH("ban hành kèm theo", "issued with"),
  /** "Căn cứ…": a legal basis. */
  BASIS("căn cứ", "legal basis"),
  /** "Thay thế Quyết định số…": the citing document replaces the cited one, which ceases to apply. */
  REPLACES("thay thế", "replaces"),
  /** "Sửa đổi, bổ sung một số điều của…": the citing document amends the cited one, which stays in force. */
  AMENDS("sửa đổi, bổ sung", "amends"),
  /** "Bãi bỏ…": the citing document repeals the cited one. */
  REPEALS("bãi bỏ", "repeals"),
  /**
   * "Số: 89/KH-UBND" at the start of a line before any other reference: the number line of the text's own heading,
   * which names the text itself, not a document it cites.
   */
  OWN_NUMBER("số, ký hiệu của chính văn bản", "the text's own number"),
  /** Any other citation, and a document named in another reference's title ("Kế hoạch số 79-KH/TU … thực hiện
   * Nghị quyết số 21-NQ/TW": 21-NQ/TW is implemented by 79-KH/TU, and only cited by the text). */
  CITED("viện dẫn", "cited");

  private final LocalizedText name;

  ReferenceRole(String vi, String en) {
    this.name = LocalizedText.of(vi, en);
  }

  @Override
  public String label(Language language) {
    return name.get(language);
  }
}
