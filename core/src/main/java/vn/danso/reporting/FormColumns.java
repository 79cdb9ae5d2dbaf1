package vn.danso.reporting;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/** The columns of a reporting form (cột của biểu): one for the unit reporting, or its whole then each unit below. */
public enum FormColumns implements Localized {
  /** One column: the unit that fills the form. */
  UNIT_ONLY("một cột của đơn vị báo cáo", "one column, the reporting unit's"),
  /**
   * The whole unit first, then one column per unit directly below it: Biểu 01-DSH has "toàn huyện" then one column per
   * commune, so the first column must equal the sum of the others.
   */
  WHOLE_THEN_UNITS_BELOW("cột toàn đơn vị, rồi mỗi đơn vị cấp dưới một cột",
      "the whole unit, then one column per unit below");

  private final LocalizedText label;

  FormColumns(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }
}
