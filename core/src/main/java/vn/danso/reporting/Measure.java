package vn.danso.reporting;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * What kind of figure a form row holds: a stock counted at the end of the period (số liệu thời điểm, such as households
 * or the resident population at the end of the quarter) or a flow counted over the period (số liệu thời kỳ, such as
 * births in the quarter). A year's flow is the sum of its quarters'; a year's stock is its last quarter's.
 */
public enum Measure implements Localized {
  /** Counted at the end of the period (số liệu thời điểm cuối kỳ). */
  STOCK("số liệu thời điểm cuối kỳ", "stock at the end of the period"),
  /** Counted over the period (số liệu thời kỳ). */
  FLOW("số liệu trong kỳ", "flow during the period");

  private final LocalizedText label;

  Measure(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }
}
