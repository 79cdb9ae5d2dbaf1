package vn.danso.indicator;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/** How far an indicator's formula can be trusted to be the official one (nguồn gốc công thức). */
public enum FormulaStatus implements Localized {
  /** Published (đã công bố): the statistics office's published definition, cited in the indicator's source. */
  PUBLISHED("theo định nghĩa đã công bố", "as published"),
  /**
   * Working definition (định nghĩa tạm dùng): danso's formula for an indicator whose official formula has not been
   * verified, built from the wording of the target; replace it with the official formula in your own catalogue when
   * you have it.
   */
  WORKING_DEFINITION("định nghĩa tạm dùng, chưa đối chiếu văn bản chính thức",
      "working definition, not checked against an official text"),
  /** Direct (số liệu trực tiếp): the indicator is one collected or estimated figure; there is nothing to compute. */
  DIRECT("số liệu trực tiếp", "direct figure");

  private final LocalizedText label;

  FormulaStatus(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }
}
