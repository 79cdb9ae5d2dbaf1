package vn.danso.data;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;
import vn.danso.validation.Rule;
import vn.danso.validation.Severity;

/**
 * A figure has not changed from the same period a year before by more than a threshold (biến động so với cùng kỳ):
 * a commune's births in March 2024 against March 2023.
 *
 * <p>A change is reported ({@code data.change.year-on-year}) when it exceeds the {@linkplain #threshold() threshold}
 * and the {@linkplain #minimumChange() minimum change}, which keeps small counts (3 births, then 6) from flooding a
 * report. The threshold is {@linkplain Measure#RELATIVE relative} by default, a share of last year's figure (births
 * moving by more than 25 %), or {@linkplain Measure#ABSOLUTE absolute}, a change in the figure's own unit (the total
 * fertility rate moving by more than 0.15 children per woman, whatever its level); the finding's message says which.
 * Last year's figure is the other figure the check reads:
 * by default ({@link MissingValueStrategy#SKIP_IF_ANY_MISSING}) a figure without one is not checked; with
 * {@link MissingValueStrategy#NEVER_SKIP} a missing one counts as zero. The check compares periods, so it applies to
 * datasets only.
 */
@Value.Immutable
@DansoStyle
public abstract non-sealed class YearOnYearChange extends DataCheck {
  YearOnYearChange() {}

  /**
   * Returns the figures the check applies to.
   *
   * @return the key pattern
   */
  public abstract KeyPattern keys();

  /**
   * Returns the largest change allowed: a share of last year's figure when the {@linkplain #measure() measure} is
   * relative, a change in the figure's own unit when it is absolute.
   *
   * @return the threshold, e.g. {@code 0.5} for ±50 % (relative) or {@code 0.15} for ±0.15 (absolute)
   */
  public abstract double threshold();

  /** How a {@linkplain #threshold() threshold} measures a change. */
  public enum Measure {
    /** A share of last year's figure: {@code 0.25} allows ±25 %. */
    RELATIVE,
    /** A change in the figure's own unit: {@code 0.15} allows ±0.15, whatever last year's figure. */
    ABSOLUTE
  }

  /**
   * Returns how the threshold measures a change.
   *
   * @return {@link Measure#RELATIVE} unless set
   */
  @Value.Default
  public Measure measure() {
    return Measure.RELATIVE;
  }

  /**
   * Returns the change, in the figure's own unit, below which no change is reported; with a relative threshold only.
   *
   * @return the minimum change, zero unless set
   */
  @Value.Default
  public double minimumChange() {
    return 0;
  }

  /** Returns {@link Severity#WARNING} unless set. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.WARNING;
  }

  /** Returns {@link MissingValueStrategy#SKIP_IF_ANY_MISSING} unless set. */
  @Override
  @Value.Default
  public MissingValueStrategy missingValues() {
    return MissingValueStrategy.SKIP_IF_ANY_MISSING;
  }

  @Override
  public final ImmutableList<Rule> reports() {
    return ImmutableList.of(DataRules.CHANGE_YEAR_ON_YEAR);
  }

  @Override
  public final boolean isWithinSubmission() {
    return false;
  }

  /**
   * Returns true if a change from last year's figure to this year's is beyond the thresholds.
   *
   * @param previous last year's figure
   * @param current this year's figure
   * @return whether the change is reported
   */
  public boolean isUnusual(double previous, double current) {
    double change = Math.abs(current - previous);
    return change > minimumChange()
        && change > (measure() == Measure.ABSOLUTE ? threshold() : threshold() * Math.abs(previous));
  }

  @Value.Check
  void check() {
    checkState(threshold() >= 0 && Double.isFinite(threshold()),
        "year-on-year check for %s: threshold %s is not a finite non-negative share", keys(), threshold());
    checkState(minimumChange() >= 0 && Double.isFinite(minimumChange()),
        "year-on-year check for %s: minimum change %s is not a finite non-negative number", keys(), minimumChange());
    checkState(measure() == Measure.RELATIVE || minimumChange() == 0,
        "year-on-year check for %s: a minimum change of %s beside an absolute threshold of %s has no meaning; give the "
            + "larger of the two as the threshold", keys(), minimumChange(), threshold());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link YearOnYearChange} check; the keys and the threshold are required. Not thread-safe.
   *
   * <p>For example:
   *
   * <pre>{@code
   * YearOnYearChange births = YearOnYearChange.builder()
   *     .keys(KeyPattern.parse("births"))
   *     .threshold(0.5)        // more than ±50 % of last year's figure
   *     .minimumChange(10)     // and more than 10 births
   *     .build();
   * }</pre>
   *
   * <p>{@code YearOnYearChange.builder().keys(KeyPattern.parse("TFR")).measure(Measure.ABSOLUTE).threshold(0.15)}
   * reports the total fertility rate moving by more than 0.15 from the year before.
   */
  public static final class Builder extends ImmutableYearOnYearChange.Builder {
    Builder() {}
  }
}
