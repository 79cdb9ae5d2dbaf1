package vn.danso.indicator;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * A dimension by which a data element is broken down (chiều phân tổ): sex, age group or urban/rural residence, the
 * disaggregations of the statistics office's population indicators and of the sector's reporting forms.
 *
 * <p>Each dimension has its {@linkplain Category categories}: {@link Sex}, {@link AgeGroup}, {@link Residence} and
 * {@link Region}.
 * Constants are declared in the order in which a {@link Disaggregation} lists its categories.
 */
public enum Dimension implements Localized {
  /** Sex (giới tính): of the person counted; for births, of the child. */
  SEX("giới tính", "sex"),
  /** Age group (nhóm tuổi): of the person counted; for births, of the mother. */
  AGE_GROUP("nhóm tuổi", "age group"),
  /** Urban or rural residence (thành thị / nông thôn). */
  RESIDENCE("thành thị / nông thôn", "urban / rural residence"),
  /** Socio-economic region (vùng kinh tế - xã hội), as the statistics office publishes indicators by. */
  REGION("vùng kinh tế - xã hội", "socio-economic region");

  private final LocalizedText label;

  Dimension(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }
}
