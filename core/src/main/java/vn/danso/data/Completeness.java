package vn.danso.data;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.internal.DansoStyle;
import vn.danso.validation.Rule;
import vn.danso.validation.Severity;

/**
 * Every unit expected to report has reported (tính đầy đủ của báo cáo): for each period of a dataset and each unit
 * of the {@link UnitTree}, the units directly below it that are expected to report (by default the leaves: the
 * communes, and the few districts without communes) and have sent nothing for that period.
 *
 * <p>One {@code data.completeness.missing-reports} finding per unit above and period names the units missing, with
 * the share received. A unit that reported but is not in the tree gives {@code data.completeness.unknown-unit}: its
 * figures cannot be added to any unit above. The check is about absence, so its strategy is
 * {@link MissingValueStrategy#NEVER_SKIP}; it compares units, so it applies to datasets only.
 */
@Value.Immutable
@DansoStyle
public abstract non-sealed class Completeness extends DataCheck {
  Completeness() {}

  /**
   * Returns the level whose units are expected to report.
   *
   * @return the level, or empty for the leaves of the tree
   */
  public abstract Optional<AdministrativeLevel> level();

  /** Returns {@link Severity#WARNING} unless set. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.WARNING;
  }

  /** Returns {@link MissingValueStrategy#NEVER_SKIP}: the check is about absence. */
  @Override
  public final MissingValueStrategy missingValues() {
    return MissingValueStrategy.NEVER_SKIP;
  }

  @Override
  public final ImmutableList<Rule> reports() {
    return ImmutableList.of(DataRules.COMPLETENESS_MISSING_REPORTS, DataRules.COMPLETENESS_UNKNOWN_UNIT);
  }

  @Override
  public final boolean isWithinSubmission() {
    return false;
  }

  /**
   * Returns the check expecting a report from every leaf of the tree.
   *
   * @return the check
   */
  public static Completeness ofLeaves() {
    return builder().build();
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
   * Builds a {@link Completeness} check. Not thread-safe.
   *
   * <p>For example:
   *
   * <pre>{@code
   * Completeness communes = Completeness.builder()
   *     .level(AdministrativeLevel.COMMUNE)   // every commune of the tree is expected to report
   *     .severity(Severity.ERROR)
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableCompleteness.Builder {
    Builder() {}
  }
}
