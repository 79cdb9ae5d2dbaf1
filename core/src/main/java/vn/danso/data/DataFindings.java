package vn.danso.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.IndicatorRules;
import vn.danso.indicator.Period;
import vn.danso.indicator.ReportedValue;
import vn.danso.indicator.ValueRange;
import vn.danso.internal.Decimals;
import vn.danso.text.Language;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Finding;
import vn.danso.validation.Severity;
import vn.danso.validation.Subject;

/**
 * The findings of data checks, made one way for every check, so that equal data give equal findings.
 */
final class DataFindings {
  private static final LocalizedText NONE = LocalizedText.of("không có", "none");
  private static final int LISTED = 20;

  private DataFindings() {}

  static Subject subject(UnitCode unit, Period period) {
    return Subject.of("unit", unit.value()).child("period", period.code());
  }

  static Subject subject(UnitCode unit, Period period, DataKey key) {
    return subject(unit, period).child(key.subjectKind(), key.toString());
  }

  static Finding duplicate(Subject about, DataKey key, double used, List<Double> values) {
    return DataRules.VALUE_DUPLICATE.finding(about).arg("key", key.toString()).arg("count", values.size())
        .arg("values", numbers(values, "; ")).arg("used", used).build();
  }

  static Finding notFinite(Subject about, DataKey key, double value) {
    return DataRules.VALUE_NOT_FINITE.finding(about).arg("key", key.toString()).actual(value).build();
  }

  static Finding unknownKey(Subject about, DataKey key, LocalizedText reason) {
    return DataRules.VALUE_UNKNOWN_KEY.finding(about).arg("key", key.toString()).arg("reason", reason).build();
  }

  static Finding missing(Subject about, DataKey key, Severity severity) {
    return DataRules.VALUE_MISSING.finding(about).arg("key", key.toString()).severity(severity).build();
  }

  static Finding negative(Subject about, DataKey key, double value, Severity severity) {
    return DataRules.COUNT_NEGATIVE.finding(about).arg("key", key.toString()).actual(value).severity(severity)
        .build();
  }

  static Finding notWhole(Subject about, DataKey key, double value, Severity severity) {
    return DataRules.COUNT_NOT_WHOLE.finding(about).arg("key", key.toString()).actual(value).severity(severity)
        .build();
  }

  /** The finding of a value outside a range rule's ranges, or null when it is within them. */
  static Finding range(Subject about, DataKey key, double value, InRange rule) {
    if (rule.plausible().isPresent() && !rule.plausible().get().contains(value)) {
      return outside(IndicatorRules.VALUE_OUTSIDE_PLAUSIBLE.finding(about), key, value, rule.plausible().get(),
          rule.severity());
    }
    if (rule.expected().isPresent() && !rule.expected().get().contains(value)) {
      Severity severity = rule.severity() == Severity.INFO ? Severity.INFO : Severity.WARNING;
      return outside(IndicatorRules.VALUE_OUTSIDE_EXPECTED.finding(about), key, value, rule.expected().get(),
          severity);
    }
    return null;
  }

  private static Finding outside(Finding.Builder finding, DataKey key, double value, ValueRange range,
      Severity severity) {
    return finding.arg("code", key.toString()).expected(range).actual(value).severity(severity).build();
  }

  static Finding componentsMismatch(Subject about, DataKey key, double total, List<DataKey> parts,
      double[] values, boolean[] present, double sum, Severity severity) {
    StringBuilder vi = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        vi.append(" + ");
        en.append(" + ");
      }
      vi.append(parts.get(i)).append(' ').append(present[i] ? number(values[i], Language.VI) : "(thiếu)");
      en.append(parts.get(i)).append(' ').append(present[i] ? number(values[i], Language.EN) : "(missing)");
    }
    return DataRules.COMPONENTS_SUM_MISMATCH.finding(about).arg("key", key.toString())
        .arg("components", LocalizedText.of(vi.toString(), en.toString()))
        .arg("difference", total - sum).expected(sum).actual(total).severity(severity).build();
  }

  static Finding reportedMismatch(Subject indicatorSubject, String code, double computed, double reported,
      int decimals, Severity severity) {
    ReportedValue value = ReportedValue.of(reported, decimals);
    return IndicatorRules.VALUE_REPORTED_MISMATCH.finding(indicatorSubject).arg("code", code)
        .arg("computed", Decimals.rounded(computed, decimals + 3))
        .arg("tolerance", value.tolerance()).expected(value.round(computed)).actual(value).severity(severity)
        .build();
  }

  static Finding hierarchyMismatch(Subject about, DataKey key, double value, double sum, int children,
      int reported, List<UnitCode> missing, Severity severity) {
    return DataRules.HIERARCHY_SUM_MISMATCH.finding(about).arg("key", key.toString()).arg("children", children)
        .arg("reported", reported).arg("missing", units(missing)).arg("difference", value - sum)
        .expected(sum).actual(value).severity(severity).build();
  }

  static Finding missingReports(Subject about, int expected, int received, List<UnitCode> missing,
      Severity severity) {
    BigDecimal rate = BigDecimal.valueOf(received * 100L).divide(BigDecimal.valueOf(expected), 1,
        RoundingMode.HALF_UP);
    return DataRules.COMPLETENESS_MISSING_REPORTS.finding(about)
        .arg("rate", LocalizedText.of(rate.toPlainString().replace('.', ',') + "%", rate.toPlainString() + "%"))
        .arg("missing", units(missing)).expected(expected).actual(received).severity(severity).build();
  }

  static Finding unknownUnit(Subject about, UnitCode unit, Severity severity) {
    return DataRules.COMPLETENESS_UNKNOWN_UNIT.finding(about).arg("unit", unit.value()).severity(severity).build();
  }

  static Finding yearOnYear(Subject about, DataKey key, double previous, double current, YearOnYearChange rule) {
    if (rule.measure() == YearOnYearChange.Measure.ABSOLUTE) {
      BigDecimal difference = BigDecimal.valueOf(current).subtract(BigDecimal.valueOf(previous));
      return DataRules.CHANGE_YEAR_ON_YEAR.finding(about).arg("key", key.toString())
          .arg("change", signed(difference)).arg("measure", ABSOLUTE)
          .arg("threshold", decimal(BigDecimal.valueOf(rule.threshold())))
          .expected(previous).actual(current).severity(rule.severity()).build();
    }
    Object change;
    if (previous == 0) {
      change = current > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    } else {
      Object percent = Decimals.rounded((current - previous) / Math.abs(previous) * 100, 1);
      change = percent instanceof BigDecimal ? percented((BigDecimal) percent, true) : percent;
    }
    return DataRules.CHANGE_YEAR_ON_YEAR.finding(about).arg("key", key.toString()).arg("change", change)
        .arg("measure", RELATIVE)
        .arg("threshold", percented(BigDecimal.valueOf(rule.threshold() * 100).stripTrailingZeros(), false))
        .expected(previous).actual(current).severity(rule.severity()).build();
  }

  static Finding outlier(Subject about, DataKey key, double value, double median, double score, int peers,
      PeerOutlier rule) {
    return DataRules.OUTLIER_PEER.finding(about).arg("key", key.toString()).arg("peers", peers)
        .arg("score", Decimals.rounded(score, 2))
        .arg("threshold", rule.threshold()).expected(median).actual(value).severity(rule.severity()).build();
  }

  private static final LocalizedText RELATIVE = LocalizedText.of("tương đối", "relative");
  private static final LocalizedText ABSOLUTE = LocalizedText.of("tuyệt đối", "absolute");

  /** A change in the figure's own unit, signed: the exact difference of the two figures as written. */
  private static LocalizedText signed(BigDecimal change) {
    LocalizedText plain = decimal(change);
    String sign = change.signum() > 0 ? "+" : "";
    return LocalizedText.of(sign + plain.get(Language.VI), sign + plain.get(Language.EN));
  }

  /** A number as the shared formatter writes it, with a decimal comma in Vietnamese. */
  private static LocalizedText decimal(BigDecimal value) {
    String text = Decimals.plain(value.doubleValue());
    return LocalizedText.of(text.replace('.', ','), text);
  }

  private static LocalizedText percented(BigDecimal percent, boolean signed) {
    String plain = (signed && percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
    return LocalizedText.of(plain.replace('.', ','), plain);
  }

  /** The codes of units, the first {@value #LISTED} of them, or "none". */
  private static Object units(List<UnitCode> units) {
    if (units.isEmpty()) {
      return NONE;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < units.size() && i < LISTED; i++) {
      out.append(i == 0 ? "" : ", ").append(units.get(i).value());
    }
    if (units.size() > LISTED) {
      int more = units.size() - LISTED;
      return LocalizedText.of(out + " và " + more + " đơn vị khác", out + " and " + more + " more");
    }
    return out.toString();
  }

  private static LocalizedText numbers(List<Double> values, String separator) {
    StringBuilder vi = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        vi.append(separator);
        en.append(separator);
      }
      vi.append(number(values.get(i), Language.VI));
      en.append(number(values.get(i), Language.EN));
    }
    return LocalizedText.of(vi.toString(), en.toString());
  }

  /** A number as a finding writes it: no grouping, a comma for decimals in Vietnamese. */
  static String number(double value, Language language) {
    return Decimals.plain(value, language == Language.VI);
  }
}
