package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import vn.danso.internal.Decimals;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Finding;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * Where an indicator stands against a target (đánh giá thực hiện mục tiêu): the status, the gap between the actual and
 * the target value, and the straight-line trajectory from the baseline to the target.
 *
 * <p>The status is decided in this order:
 * <ol>
 *   <li>{@link TargetStatus#NO_DATA} when the actual value is missing or not finite, or when a relative target has no
 *       finite baseline to derive its value from;
 *   <li>{@link TargetStatus#ACHIEVED} when the actual value meets the target, whatever the year;
 *   <li>{@link TargetStatus#NOT_ACHIEVED} when the target year has come, or when there is no baseline from a year
 *       before the actual's (one observation says nothing about progress);
 *   <li>otherwise {@link TargetStatus#ON_TRACK} when the actual value is at least as close to meeting the target as
 *       the straight line from the baseline to the target value in the target year, at the actual's year, and
 *       {@link TargetStatus#OFF_TRACK} when it is further.
 * </ol>
 *
 * <p>So the total fertility rate of 2,09 in 2019 has achieved "about 2,1" (it rounds to 2,1: replacement level);
 * 1,96 in 2023 is off track, below the replacement band that the line from 2,09 to 2,1 never leaves; the sex ratio at
 * birth of 111,5 in 2019, the strategy's own baseline year, has not achieved "below 109" and needs to fall by about
 * 0,23 a year to get there by 2030. Immutable.
 */
public final class TargetAssessment {
  private final Target target;
  private final Observation baseline;
  private final Observation actual;
  private final TargetStatus status;
  private final BigDecimal targetValue;
  private final double trajectory;

  private TargetAssessment(Target target, Observation baseline, Observation actual, TargetStatus status,
      BigDecimal targetValue, double trajectory) {
    this.target = target;
    this.baseline = baseline;
    this.actual = actual;
    this.status = status;
    this.targetValue = targetValue;
    this.trajectory = trajectory;
  }

  static TargetAssessment of(Target target, Optional<Observation> baseline, Optional<Observation> actual) {
    checkNotNull(baseline, "baseline is null: pass Optional.empty()");
    checkNotNull(actual, "actual is null: pass Optional.empty()");
    Observation b = baseline.orElse(null);
    Observation a = actual.orElse(null);
    BigDecimal value = target.targetValue(baseline).orElse(null);
    if (a == null || !a.hasValue() || value == null) {
      return new TargetAssessment(target, b, a, TargetStatus.NO_DATA, value, Double.NaN);
    }
    double line = Double.NaN;
    if (b != null && b.hasValue() && b.year() < target.year()) {
      double t = value.doubleValue();
      line = b.value() + (t - b.value()) * (a.year() - b.year()) / (target.year() - b.year());
    }
    TargetStatus status;
    if (target.isMet(a.value(), value)) {
      status = TargetStatus.ACHIEVED;
    } else if (a.year() >= target.year() || b == null || !b.hasValue() || b.year() >= a.year()) {
      status = TargetStatus.NOT_ACHIEVED;
    } else {
      status = target.shortfall(a.value(), value) <= target.shortfall(line, value)
          ? TargetStatus.ON_TRACK : TargetStatus.OFF_TRACK;
    }
    return new TargetAssessment(target, b, a, status, value, line);
  }

  /**
   * Returns the target assessed.
   *
   * @return the target
   */
  public Target target() {
    return target;
  }

  /**
   * Returns the status.
   *
   * @return the status
   */
  public TargetStatus status() {
    return status;
  }

  /**
   * Returns the baseline given.
   *
   * @return the baseline, or empty
   */
  public Optional<Observation> baseline() {
    return Optional.ofNullable(baseline);
  }

  /**
   * Returns the actual value given.
   *
   * @return the actual value, or empty
   */
  public Optional<Observation> actual() {
    return Optional.ofNullable(actual);
  }

  /**
   * Returns the value the actual is compared with: the stated value, or for a relative target the one derived from
   * the baseline.
   *
   * @return the target value, or empty for a relative target without a baseline
   */
  public Optional<BigDecimal> targetValue() {
    return Optional.ofNullable(targetValue);
  }

  /**
   * Returns the actual value less the target value: negative when below it.
   *
   * @return the gap, or empty without a finite actual or a target value
   */
  public OptionalDouble gap() {
    return hasActual() && targetValue != null
        ? OptionalDouble.of(exactDifference(actual.value(), targetValue)) : OptionalDouble.empty();
  }

  /**
   * Returns how far the actual value is from meeting the target in the direction that matters (see
   * {@link Target#shortfall}).
   *
   * @return the shortfall, or empty without a finite actual or a target value
   */
  public OptionalDouble shortfall() {
    return hasActual() && targetValue != null
        ? OptionalDouble.of(target.shortfall(actual.value(), targetValue)) : OptionalDouble.empty();
  }

  /**
   * Returns the value the straight line from the baseline to the target value in the target year gives for the
   * actual's year.
   *
   * @return the trajectory value, or empty without a finite baseline from before the target year
   */
  public OptionalDouble trajectory() {
    return Double.isFinite(trajectory) ? OptionalDouble.of(trajectory) : OptionalDouble.empty();
  }

  /**
   * Returns the change per year needed from the actual value to reach the target value in the target year.
   *
   * @return the change per year, or empty when the target year has come or there is no actual or target value
   */
  public OptionalDouble requiredAnnualChange() {
    if (!hasActual() || targetValue == null || actual.year() >= target.year()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(-exactDifference(actual.value(), targetValue) / (target.year() - actual.year()));
  }

  private boolean hasActual() {
    return actual != null && actual.hasValue();
  }

  private static double exactDifference(double value, BigDecimal target) {
    return BigDecimal.valueOf(value).subtract(target).doubleValue();
  }

  /**
   * Returns the finding this assessment gives about the subject: none when the target is achieved or on track, a
   * warning when it is not achieved or off track, a note when there is no data.
   *
   * @param subject what was assessed, such as a unit; the indicator is appended
   * @return the report of at most one finding
   */
  public ValidationReport findings(Subject subject) {
    checkNotNull(subject, "subject is null");
    Subject about = subject.child("indicator", target.indicator().value());
    switch (status) {
      case NO_DATA:
        LocalizedText missing = actual == null || !actual.hasValue()
            ? LocalizedText.of("giá trị thực tế", "the actual value")
            : LocalizedText.of("giá trị năm gốc", "the baseline value");
        return ValidationReport.of(IndicatorRules.TARGET_NO_DATA.finding(about)
            .arg("code", target.indicator().value()).arg("missing", missing).expected(target).build());
      case NOT_ACHIEVED:
        return ValidationReport.of(withValues(IndicatorRules.TARGET_NOT_ACHIEVED.finding(about)).build());
      case OFF_TRACK:
        return ValidationReport.of(withValues(IndicatorRules.TARGET_OFF_TRACK.finding(about))
            .arg("baselineYear", baseline.year()).arg("trajectory", display(trajectory)).build());
      default:
        return ValidationReport.empty();
    }
  }

  private Finding.Builder withValues(Finding.Builder finding) {
    return finding.arg("code", target.indicator().value()).arg("year", actual.year())
        .arg("source", target.sources().get(0)).expected(target).actual(BigDecimal.valueOf(actual.value()));
  }

  /** Rounds a derived value to the decimals of the actual and target values (at least one). */
  Object display(double value) {
    int decimals = Math.max(1, Math.max(target.value().scale(),
        hasActual() ? BigDecimal.valueOf(actual.value()).stripTrailingZeros().scale() : 0));
    return Decimals.rounded(value, Math.min(decimals, 4));
  }

  @Override
  public String toString() {
    return target.indicator() + " " + (actual == null ? "—" : actual.value() + " (" + actual.year() + ")") + ": "
        + status + " against " + target;
  }
}
