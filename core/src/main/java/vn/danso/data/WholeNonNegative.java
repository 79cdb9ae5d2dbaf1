package vn.danso.data;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;
import vn.danso.validation.Rule;
import vn.danso.validation.Severity;

/**
 * Counts are whole numbers, never negative (số đếm là số nguyên không âm): births, deaths, couples. A negative count
 * gives {@code data.count.negative}, a fraction {@code data.count.not-whole}; −2,5 gives both.
 *
 * <p>It reads one figure, so its strategy is {@link MissingValueStrategy#SKIP_IF_ANY_MISSING}.
 */
@Value.Immutable
@DansoStyle
public abstract non-sealed class WholeNonNegative extends DataCheck {
  WholeNonNegative() {}

  /**
   * Returns the figures the check applies to.
   *
   * @return the key pattern
   */
  public abstract KeyPattern keys();

  /** Returns {@link MissingValueStrategy#SKIP_IF_ANY_MISSING}: the check reads one figure. */
  @Override
  public final MissingValueStrategy missingValues() {
    return MissingValueStrategy.SKIP_IF_ANY_MISSING;
  }

  @Override
  public final ImmutableList<Rule> reports() {
    return ImmutableList.of(DataRules.COUNT_NEGATIVE, DataRules.COUNT_NOT_WHOLE);
  }

  /**
   * Returns the check for the figures of the pattern.
   *
   * @param pattern e.g. {@code "births[*]"}
   * @return the check
   * @throws IllegalArgumentException if the text is not a data element code
   */
  public static WholeNonNegative of(String pattern) {
    return builder().keys(KeyPattern.parse(pattern)).build();
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
   * Builds a {@link WholeNonNegative} check; the keys are required. Not thread-safe.
   *
   * <p>For example:
   *
   * <pre>{@code
   * WholeNonNegative counts = WholeNonNegative.builder()
   *     .keys(KeyPattern.parse("births"))
   *     .severity(Severity.ERROR)
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableWholeNonNegative.Builder {
    Builder() {}
  }
}
