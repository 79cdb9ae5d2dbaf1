package vn.danso.data;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;
import vn.danso.validation.Rule;
import vn.danso.validation.Severity;

/**
 * A figure every report must contain (số liệu bắt buộc), such as the births of a commune's monthly report: a report
 * without it gives a {@code data.value.missing} finding.
 *
 * <p>It reports absence, so its strategy is {@link MissingValueStrategy#NEVER_SKIP}. In a dataset, a report is a unit's
 * figures for one period: a unit that sent nothing for a period is reported by {@link Completeness} instead.
 */
@Value.Immutable
@DansoStyle
public abstract non-sealed class Required extends DataCheck {
  Required() {}

  /**
   * Returns the key that must be reported.
   *
   * @return the key
   */
  public abstract DataKey key();

  /** Returns {@link MissingValueStrategy#NEVER_SKIP}: the check is about absence. */
  @Override
  public final MissingValueStrategy missingValues() {
    return MissingValueStrategy.NEVER_SKIP;
  }

  @Override
  public final ImmutableList<Rule> reports() {
    return ImmutableList.of(DataRules.VALUE_MISSING);
  }

  /**
   * Returns the check requiring the key.
   *
   * @param key the key, e.g. {@code births}
   * @return the check
   * @throws IllegalArgumentException if the text is not a data element code
   */
  public static Required of(String key) {
    return builder().key(DataKey.parse(key)).build();
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
   * Builds a {@link Required} check; the key is required. Not thread-safe.
   *
   * <p>For example:
   *
   * <pre>{@code
   * Required births = Required.builder()
   *     .key(DataKey.parse("births"))
   *     .severity(Severity.ERROR)
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableRequired.Builder {
    Builder() {}
  }
}
