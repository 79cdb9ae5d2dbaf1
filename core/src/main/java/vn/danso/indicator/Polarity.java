package vn.danso.indicator;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/** Which direction of an indicator policy counts as better (chiều tốt của chỉ tiêu). */
public enum Polarity implements Localized {
  /** Higher is better (càng cao càng tốt): screening coverage, life expectancy. */
  HIGHER_IS_BETTER("càng cao càng tốt", "higher is better"),
  /** Lower is better (càng thấp càng tốt): child marriages, consanguineous marriages. */
  LOWER_IS_BETTER("càng thấp càng tốt", "lower is better"),
  /**
   * Best within a band (tốt nhất trong một khoảng): the total fertility rate at replacement level, the sex ratio at
   * birth at its natural level; both too high and too low are problems.
   */
  BAND("tốt nhất trong một khoảng", "best within a band"),
  /** No direction is better (không xét chiều): a demographic measure such as the crude death rate. */
  NEUTRAL("không xét chiều", "neutral");

  private final LocalizedText label;

  Polarity(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }
}
