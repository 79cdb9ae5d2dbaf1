package vn.danso.data;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;
import vn.danso.validation.Rule;
import vn.danso.validation.Severity;

/**
 * A unit's figure equals the sum of the figures of the units directly below it (số liệu cấp trên bằng tổng cấp
 * dưới): a district's births are the sum of its communes' births, for each period and breakdown.
 *
 * <p>The units below come from the {@link UnitTree} given to the validator (the hierarchy's view at a date). A
 * difference beyond the {@linkplain #tolerance() tolerance} gives {@code data.hierarchy.sum-mismatch} with the
 * imbalance and the units below that did not report. By default ({@link MissingValueStrategy#SKIP_IF_ALL_MISSING})
 * the figure is compared with the sum over the units that reported, so a district total that counts a commune whose
 * report is missing is found, and that commune named. The check compares units, so it applies to datasets only.
 */
@Value.Immutable
@DansoStyle
public abstract non-sealed class ParentEqualsChildrenSum extends DataCheck {
  ParentEqualsChildrenSum() {}

  /**
   * Returns the figures the check applies to.
   *
   * @return the key pattern
   */
  public abstract KeyPattern keys();

  /**
   * Returns how far a unit's figure may be from the sum below it.
   *
   * @return the tolerance, zero unless set
   */
  @Value.Default
  public double tolerance() {
    return 0;
  }

  /** Returns {@link MissingValueStrategy#SKIP_IF_ALL_MISSING} unless set. */
  @Override
  @Value.Default
  public MissingValueStrategy missingValues() {
    return MissingValueStrategy.SKIP_IF_ALL_MISSING;
  }

  @Override
  public final ImmutableList<Rule> reports() {
    return ImmutableList.of(DataRules.HIERARCHY_SUM_MISMATCH);
  }

  @Override
  public final boolean isWithinSubmission() {
    return false;
  }

  @Value.Check
  void check() {
    checkState(tolerance() >= 0 && Double.isFinite(tolerance()),
        "sum check for %s: tolerance %s is not a finite non-negative number", keys(), tolerance());
  }

  /**
   * Returns the check for the figures of the pattern.
   *
   * @param pattern e.g. {@code "births[*]"}
   * @return the check
   * @throws IllegalArgumentException if the text is not a data element code
   */
  public static ParentEqualsChildrenSum of(String pattern) {
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
   * Builds a {@link ParentEqualsChildrenSum} check; the keys are required. Not thread-safe.
   *
   * <p>For example:
   *
   * <pre>{@code
   * ParentEqualsChildrenSum births = ParentEqualsChildrenSum.builder()
   *     .keys(KeyPattern.parse("births"))   // a district's births = the sum of its communes' births
   *     .tolerance(0)
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableParentEqualsChildrenSum.Builder {
    Builder() {}
  }
}
