package vn.danso.data;

import com.google.common.collect.ImmutableList;
import vn.danso.validation.Rule;
import vn.danso.validation.Severity;

/**
 * A rule about reported figures (quy tắc kiểm tra số liệu), as a typed, immutable value, so that rule sets can be
 * built from the indicator catalogue, written by integrators and, later, read from data.
 *
 * <p>Each kind checks one thing: {@link Required} (a figure must be reported), {@link InRange} (plausible and expected
 * ranges), {@link WholeNonNegative} (counts are whole and not negative), {@link ComponentsSum} (boys + girls =
 * births), {@link ComputedMatchesReported} (a reported indicator equals the one computed from its components within
 * the reported precision), {@link ParentEqualsChildrenSum} (a district's figure is the sum of its communes'),
 * {@link Completeness} (every unit expected to report has), {@link YearOnYearChange}, {@link PeerOutlier} (modified
 * z-score among comparable units) and {@link TargetCheck} (the targets of the indicator catalogue).
 *
 * <p>Every rule has a {@linkplain #severity() severity} and a {@linkplain #missingValues() missing-value strategy},
 * and names the {@linkplain #reports() validation rules} its findings carry. A {@link DataValidator} compiles a
 * {@link DataCheckSet} once and checks submissions and datasets with it.
 */
public abstract sealed class DataCheck
    permits Required, InRange, WholeNonNegative, ComponentsSum, ComputedMatchesReported, ParentEqualsChildrenSum,
        Completeness, YearOnYearChange, PeerOutlier, TargetCheck, ExpressionCheck {
  DataCheck() {}

  /**
   * Returns the severity of the rule's findings.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns what the rule does when figures it reads are missing.
   *
   * @return the strategy
   */
  public abstract MissingValueStrategy missingValues();

  /**
   * Returns the validation rules whose ids the findings of this rule carry.
   *
   * @return the rules, most serious first
   */
  public abstract ImmutableList<Rule> reports();

  /**
   * Returns true if the rule reads only the figures of one unit for one period, and so applies to a single
   * submission; rules that compare units or periods apply to datasets only.
   *
   * @return whether the rule applies within one submission
   */
  public abstract boolean isWithinSubmission();
}
