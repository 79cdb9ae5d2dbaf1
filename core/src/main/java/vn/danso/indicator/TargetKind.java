package vn.danso.indicator;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * How a target is stated (cách đặt mục tiêu): a bound, a band around a value, or a change relative to a baseline.
 */
public enum TargetKind implements Localized {
  /** At least the value (đạt ít nhất, ≥): "90% of newborns screened". */
  AT_LEAST("≥", "đạt ít nhất", "at least"),
  /** At most the value (không quá, ≤). */
  AT_MOST("≤", "không quá", "at most"),
  /** Strictly below the value (dưới, &lt;): "sex ratio at birth below 109". */
  BELOW("<", "dưới", "below"),
  /** Strictly above the value (trên, &gt;). */
  ABOVE(">", "trên", "above"),
  /**
   * About the value (khoảng, duy trì ≈): within a band around it, by default the values that round to it at the
   * precision it is stated with, so "2,1 children per woman" is met by 2,05 to 2,15.
   */
  ABOUT("≈", "khoảng", "about"),
  /** Reduce by a percentage of the baseline (giảm … %): "reduce consanguineous marriages by 60%". */
  REDUCE_BY("−", "giảm", "reduce by"),
  /** Increase by a percentage of the baseline (tăng … %). */
  INCREASE_BY("+", "tăng", "increase by");

  private final String symbol;
  private final LocalizedText label;

  TargetKind(String symbol, String vi, String en) {
    this.symbol = symbol;
    this.label = LocalizedText.of(vi, en);
  }

  /**
   * Returns the symbol written before the target value: {@code ≥}, {@code <}, {@code ≈}…
   *
   * @return the symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Returns true if the target value is a percentage change from a baseline.
   *
   * @return whether the target is relative
   */
  public boolean isRelative() {
    return this == REDUCE_BY || this == INCREASE_BY;
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }
}
