package vn.danso.admin;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * How much of one unit a link between two units covers (toàn bộ / một phần), as the 2025 mapping writes it: whether
 * the whole of the predecessor went into the successor, or only part of it.
 */
public enum Coverage implements Localized {
  /** The whole of the source unit lies in the target unit (nhập toàn bộ). */
  FULL("toàn bộ", "whole"),
  /** Only part of the source unit lies in the target unit (nhập một phần). */
  PARTIAL("một phần", "part");

  private final LocalizedText label;

  Coverage(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }

  /**
   * Returns the coverage of two links followed one after the other: whole only if both are whole.
   *
   * @param next the coverage of the following link
   * @return the combined coverage
   */
  public Coverage then(Coverage next) {
    return this == FULL && next == FULL ? FULL : PARTIAL;
  }
}
