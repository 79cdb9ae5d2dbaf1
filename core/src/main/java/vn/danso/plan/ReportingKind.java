package vn.danso.plan;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/** What a reporting duty asks for (chế độ báo cáo, sơ kết, tổng kết). */
public enum ReportingKind implements Localized {
  /** A periodic report on implementation (báo cáo định kỳ), e.g. yearly to the issuing committee. */
  PERIODIC_REPORT("báo cáo định kỳ", "periodic report"),
  /** A mid-term review (sơ kết), usually at the end of a phase. */
  MID_TERM_REVIEW("sơ kết", "mid-term review"),
  /** A final review (tổng kết) at the end of the plan's horizon. */
  FINAL_REVIEW("tổng kết", "final review");

  private final LocalizedText label;

  ReportingKind(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  /**
   * Returns true for the reviews (sơ kết, tổng kết), whose due dates a lower level should not set later than the
   * level above.
   *
   * @return whether this is a review
   */
  public boolean isReview() {
    return this != PERIODIC_REPORT;
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }
}
