package vn.danso.network;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * A field of work a population collaborator covers (lĩnh vực công tác). Every collaborator does population work;
 * since the 2020s provinces have been asking them to take on family and children's work as well ("cộng tác viên dân
 * số kiêm công tác gia đình và trẻ em", as in the Hải Dương plan for the 2021–2025 phase).
 */
public enum Duty implements Localized {
  /** Population work (công tác dân số): the collaborator's first duty. */
  POPULATION("công tác dân số", "population work"),
  /** Family and children's work (công tác gia đình và trẻ em), taken on alongside population work. */
  FAMILY_AND_CHILDREN("công tác gia đình và trẻ em", "family and children's work");

  private final LocalizedText label;

  Duty(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }
}
