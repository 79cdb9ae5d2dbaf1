package vn.danso.indicator;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * How an indicator is obtained for a unit from the figures of the units below it (cách tổng hợp lên cấp trên).
 *
 * <p>Rates are never averaged: the crude birth rate of a province is its communes' births summed over their
 * population summed, not the mean of the communes' rates, which would weigh a commune of 2,000 people like one of
 * 40,000.
 */
public enum AggregationMethod implements Localized {
  /** Sum (cộng): the indicator is itself a count, such as the population or the number of child marriages. */
  SUM("cộng dồn", "sum"),
  /**
   * Ratio of sums (tỷ số của các tổng): sum every input element over the units, then evaluate the formula on the
   * sums. For a rate this sums numerators and denominators, then divides; for the total fertility rate it sums
   * births and women per age group before summing the age-specific rates.
   */
  RATIO_OF_SUMS("tỷ số của các tổng", "ratio of sums"),
  /**
   * Not aggregable (không tổng hợp được): an estimate such as life expectancy, which each level must estimate from its
   * own data.
   */
  NONE("không tổng hợp được", "not aggregable");

  private final LocalizedText label;

  AggregationMethod(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }
}
