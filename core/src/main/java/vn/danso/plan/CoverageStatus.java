package vn.danso.plan;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/** Whether a unit has issued its implementing document by a date (tình trạng ban hành văn bản triển khai). */
public enum CoverageStatus implements Localized {
  /** Issued on or before the date. */
  ISSUED("đã ban hành", "issued"),
  /** Known from a reference that gives no date (seed 000's 94/KH-UBND): issued, but when is not known. */
  UNDATED("đã có, chưa rõ ngày", "issued, date unknown"),
  /** No implementing document by the date. */
  MISSING("chưa có", "not yet");

  private final LocalizedText label;

  CoverageStatus(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }
}
