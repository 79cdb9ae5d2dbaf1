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
  /** Any other citation. */
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
