package vn.danso.indicator;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * The kind of a reporting period (kỳ báo cáo), and the periodicity of an indicator. Reporting periods follow the
 * calendar (Thông tư 01/2022/TT-BYT): a month from its first to its last day, a quarter from the first day of its
 * first month to the last day of its third, a year from 1 January to 31 December. A phase (giai đoạn) spans whole
 * years, such as the 2021–2025 and 2026–2030 phases of plans.
 *
 * <p>Declared from the shortest to the longest.
 */
public enum PeriodType implements Localized {
  /** A calendar month (tháng), code {@code 2023-01}. */
  MONTH("tháng", "month"),
  /** A calendar quarter (quý), code {@code 2023Q1}. */
  QUARTER("quý", "quarter"),
  /** A calendar year (năm), code {@code 2023}. */
  YEAR("năm", "year"),
  /** A phase of two or more whole years (giai đoạn), code {@code 2021-2025}. */
  PHASE("giai đoạn", "phase");

  private final LocalizedText label;

  PeriodType(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }
}
