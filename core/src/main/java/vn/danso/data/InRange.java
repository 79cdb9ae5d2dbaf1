package vn.danso.data;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.indicator.IndicatorRules;
import vn.danso.indicator.PeriodType;
import vn.danso.indicator.ValueRange;
import vn.danso.internal.DansoStyle;
import vn.danso.validation.Rule;
import vn.danso.validation.Severity;

/**
 * The ranges a figure may and usually takes (khoảng giá trị): outside the plausible range a value cannot be right
 * ({@code indicator.value.outside-plausible}, at this check's severity, an error by default); outside the expected
 * range it is unusual enough to check ({@code indicator.value.outside-expected}, a warning). A value outside both is
 * reported once, as implausible.
 *
 * <p>A range may apply to some kinds of period only: a crude birth rate of 12‰ is a year's; a month's is about a
 * twelfth of it. It reads one figure, so its strategy is {@link MissingValueStrategy#SKIP_IF_ANY_MISSING}: a missing
 * figure is not in or out of any range.
 */
@Value.Immutable
@DansoStyle
public abstract non-sealed class InRange extends DataCheck {
  InRange() {}

  /**
   * Returns the figures the check applies to.
   *
   * @return the key pattern
   */
  public abstract KeyPattern keys();

  /**
   * Returns the range outside which a value cannot be right.
   *
   * @return the plausible range, or empty
   */
  public abstract Optional<ValueRange> plausible();

  /**
   * Returns the range outside which a value is unusual enough to check.
   *
   * @return the expected range, or empty
   */
  public abstract Optional<ValueRange> expected();

  /**
   * Returns the kinds of period the ranges hold for.
   *
   * @return the period types; empty for every period
   */
  public abstract ImmutableSet<PeriodType> periodTypes();

  /** Returns {@link MissingValueStrategy#SKIP_IF_ANY_MISSING}: the check reads one figure. */
  @Override
  public final MissingValueStrategy missingValues() {
    return MissingValueStrategy.SKIP_IF_ANY_MISSING;
  }

  @Override
  public final ImmutableList<Rule> reports() {
    return ImmutableList.of(IndicatorRules.VALUE_OUTSIDE_PLAUSIBLE, IndicatorRules.VALUE_OUTSIDE_EXPECTED);
  }

  /**
   * Returns true if the ranges hold for periods of the given type.
   *
   * @param type the period type
   * @return whether the check applies
   */
  public boolean appliesTo(PeriodType type) {
    return periodTypes().isEmpty() || periodTypes().contains(type);
  }

  @Value.Check
  void check() {
    checkState(plausible().isPresent() || expected().isPresent(),
        "range check for %s has neither a plausible nor an expected range: give at least one", keys());
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
   * Builds an {@link InRange} check; the keys and at least one range are required. Not thread-safe.
   *
   * <p>For example:
   *
   * <pre>{@code
   * InRange srbBands = InRange.builder()
   *     .keys("SRB")
   *     .plausible(ValueRange.atLeast(0))       // outside: cannot be right
   *     .expected(ValueRange.closed(95, 125))   // outside: unusual, to be checked
   *     .addPeriodTypes(PeriodType.YEAR)
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableInRange.Builder {
    Builder() {}

    /**
     * Sets the figures the check applies to from their text.
     *
     * @param pattern e.g. {@code "births[*]"} or {@code "SRB"}
     * @return this builder
     */
    public Builder keys(String pattern) {
      return keys(KeyPattern.parse(pattern));
    }
  }
}
