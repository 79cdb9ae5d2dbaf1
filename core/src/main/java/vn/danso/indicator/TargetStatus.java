package vn.danso.indicator;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/** Where an indicator stands against its target (kết quả đánh giá mục tiêu). */
public enum TargetStatus implements Localized {
  /** Achieved (đạt): the actual value meets the target. */
  ACHIEVED("đạt", "achieved"),
  /**
   * On track (đúng lộ trình): not yet met, but at least as close to the target as the straight line from the baseline
   * to the target says it should be by now.
   */
  ON_TRACK("đúng lộ trình", "on track"),
  /** Off track (chệch lộ trình): not met, and further from the target than the straight line says. */
  OFF_TRACK("chệch lộ trình", "off track"),
  /**
   * Not achieved (chưa đạt): not met, and there is no trajectory to judge progress by (no baseline before the actual
   * year), or the target year has come.
   */
  NOT_ACHIEVED("chưa đạt", "not achieved"),
  /** No data (không có số liệu): no finite actual value, or a relative target without a baseline. */
  NO_DATA("không có số liệu", "no data");

  private final LocalizedText label;

  TargetStatus(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }
}
