package vn.danso.data;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import vn.danso.validation.Rule;
import vn.danso.validation.Severity;

/**
 * A check of reported figures (phép kiểm tra số liệu), as a typed, immutable value, so that check sets can be
 * built from the indicator catalogue, written by integrators or read from a {@link RuleFile}.
 *
 * <p>Each kind checks one thing: {@link Required} (a figure must be reported), {@link InRange} (plausible and expected
 * ranges), {@link WholeNonNegative} (counts are whole and not negative), {@link ComponentsSum} (boys + girls =
 * births), {@link ComputedMatchesReported} (a reported indicator equals the one computed from its components within
 * the reported precision), {@link ParentEqualsChildrenSum} (a district's figure is the sum of its communes'),
 * {@link Completeness} (every unit expected to report has), {@link YearOnYearChange}, {@link PeerOutlier} (modified
 * z-score among comparable units), {@link TargetCheck} (the targets of the indicator catalogue) and
 * {@link ExpressionCheck} (a condition written in the rule language).
 *
 * <p>Every check has a {@linkplain #severity() severity} and a {@linkplain #missingValues() missing-value strategy},
 * and names the {@linkplain #reports() validation rules} its findings carry. A {@link DataValidator} compiles a
 * {@link DataCheckSet} once and checks submissions and datasets with it.
 */
public abstract sealed class DataCheck
    permits Required, InRange, WholeNonNegative, ComponentsSum, ComputedMatchesReported, ParentEqualsChildrenSum,
        Completeness, YearOnYearChange, PeerOutlier, TargetCheck, ExpressionCheck {
  DataCheck() {}

  /**
   * Returns the severity of the check's findings: {@link Severity#ERROR} unless the kind says otherwise
   * ({@link Completeness}, {@link YearOnYearChange}, {@link PeerOutlier} and {@link TargetCheck} warn) or the builder
   * sets it.
   *
   * @return the severity
   */
  @Value.Default
  public Severity severity() {
    return Severity.ERROR;
  }

  /**
   * Returns what the check does when figures it reads are missing: {@link MissingValueStrategy#SKIP_IF_ANY_MISSING}
   * unless the kind says otherwise or the builder sets it. Kinds whose strategy follows from what they check
   * ({@link Required}, {@link Completeness}, {@link InRange}, {@link WholeNonNegative}, {@link TargetCheck}) fix it.
   *
   * @return the strategy
   */
  @Value.Default
  public MissingValueStrategy missingValues() {
    return MissingValueStrategy.SKIP_IF_ANY_MISSING;
  }

  /**
   * Returns the validation rules whose ids the findings of this check carry.
   *
   * @return the rules, most serious first
   */
  public abstract ImmutableList<Rule> reports();

  /**
   * Returns true if the check reads only the figures of one unit for one period, and so applies to a single
   * submission; checks that compare units or periods apply to datasets only. True unless the kind says otherwise.
   *
   * @return whether the check applies within one submission
   */
  public boolean isWithinSubmission() {
    return true;
  }
}
