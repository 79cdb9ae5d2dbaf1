package vn.danso.indicator;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/** What kind of figure a data element holds (loại số liệu), which decides whether it adds up across units. */
public enum ElementKind implements Localized {
  /**
   * A count (số đếm) of people, events or couples: a whole non-negative number that adds up across units and periods.
   */
  COUNT("số đếm", "count", true),
  /**
   * An estimate (số ước lượng) made by a statistical method, such as life expectancy from a life table or a mean
   * height: it does not add up; each level must be estimated on its own.
   */
  ESTIMATE("số ước lượng", "estimate", false);

  private final LocalizedText label;
  private final boolean additive;

  ElementKind(String vi, String en, boolean additive) {
    this.label = LocalizedText.of(vi, en);
    this.additive = additive;
  }

  /**
   * Returns true if values of this kind add up across units and periods.
   *
   * @return whether the values are additive
   */
  public boolean isAdditive() {
    return additive;
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }
}
