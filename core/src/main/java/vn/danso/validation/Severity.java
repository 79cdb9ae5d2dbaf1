package vn.danso.validation;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * How serious a finding is (mức độ): an error makes the data or document invalid, a warning asks a person to look,
 * an information note records something worth knowing.
 *
 * <p>Constants are declared from the most to the least serious, so {@link #compareTo} orders errors first.
 */
public enum Severity implements Localized {
  /** The data or document is wrong; a report with an error is not {@linkplain ValidationReport#isValid valid}. */
  ERROR("lỗi", "error"),
  /** Probably wrong, or unusual enough that a person should check it. */
  WARNING("cảnh báo", "warning"),
  /** Worth knowing; nothing to correct. */
  INFO("thông tin", "info");

  private final LocalizedText label;

  Severity(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }

  /**
   * Returns true if this severity is at least as serious as the other ({@code ERROR.isAtLeast(WARNING)} is true).
   *
   * @param other the severity to compare with
   * @return whether this is as serious or more
   */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) <= 0;
  }
}
