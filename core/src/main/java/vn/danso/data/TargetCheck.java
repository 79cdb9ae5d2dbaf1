package vn.danso.data;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.indicator.IndicatorCode;
import vn.danso.indicator.IndicatorRules;
import vn.danso.internal.DansoStyle;
import vn.danso.validation.Rule;
import vn.danso.validation.Severity;

/**
 * An indicator's value is held against the targets the catalogue sets for it (đánh giá mục tiêu): a province's 2024
 * total fertility rate against "replacement level, 2,1" of Nghị quyết 21-NQ/TW.
 *
 * <p>For each year's figures of a unit, the indicator's value is the one reported, or else the one computed from the
 * figures reported with it; a year without either is not assessed (strategy
 * {@link MissingValueStrategy#SKIP_IF_ANY_MISSING}). Each target of the indicator is
 * {@linkplain vn.danso.indicator.Target#assess assessed}: not achieved and off track give the {@code indicator.target.*}
 * warnings. With a {@linkplain #baselineYear() baseline year}, the unit's own value for that year is the baseline of
 * the straight line to the target, which tells on track from off track; the check then compares periods and applies to
 * datasets only.
 */
@Value.Immutable
@DansoStyle
public abstract non-sealed class TargetCheck extends DataCheck {
  TargetCheck() {}

  /**
   * Returns the indicator assessed.
   *
   * @return the indicator code
   */
  public abstract IndicatorCode indicator();

  /**
   * Returns the year whose value is each unit's baseline.
   *
   * @return the baseline year, or empty to assess without a baseline
   */
  public abstract Optional<Integer> baselineYear();

  /**
   * Returns {@link Severity#WARNING}: findings carry the severities of the {@code indicator.target.*} rules (warnings,
   * and information when there is no data to assess).
   */
  @Override
  public final Severity severity() {
    return Severity.WARNING;
  }

  /** Returns {@link MissingValueStrategy#SKIP_IF_ANY_MISSING}: a year without a value is not assessed. */
  @Override
  public final MissingValueStrategy missingValues() {
    return MissingValueStrategy.SKIP_IF_ANY_MISSING;
  }

  @Override
  public final ImmutableList<Rule> reports() {
    return ImmutableList.of(IndicatorRules.TARGET_NOT_ACHIEVED, IndicatorRules.TARGET_OFF_TRACK,
        IndicatorRules.TARGET_NO_DATA);
  }

  @Override
  public final boolean isWithinSubmission() {
    return baselineYear().isEmpty();
  }

  /**
   * Returns the check for an indicator, without a baseline.
   *
   * @param indicator the indicator code, e.g. {@code "TFR"}
   * @return the check
   * @throws IllegalArgumentException if the text is not an indicator code
   */
  public static TargetCheck of(String indicator) {
    return builder().indicator(IndicatorCode.of(indicator)).build();
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
   * Builds a {@link TargetCheck} check; the indicator is required. Not thread-safe.
   *
   * <p>For example:
   *
   * <pre>{@code
   * TargetCheck srbTarget = TargetCheck.builder()
   *     .indicator(IndicatorCode.of("SRB"))   // against the catalogue's 2030 target
   *     .baselineYear(2019)                   // each unit's 2019 value is its baseline
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableTargetCheck.Builder {
    Builder() {}
  }
}
