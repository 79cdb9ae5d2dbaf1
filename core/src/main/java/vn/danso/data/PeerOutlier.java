package vn.danso.data;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;
import vn.danso.validation.Rule;
import vn.danso.validation.Severity;

/**
 * A figure does not stand out among the same figure of comparable units (giá trị ngoại lai so với đơn vị cùng cấp):
 * the modified z-score of Iglewicz and Hoaglin, 0,6745 × (x − median) / MAD, where MAD is the median absolute
 * deviation from the median, is within the {@linkplain #threshold() threshold} (3,5 unless set).
 *
 * <p>Peers are the units with the same unit directly above in the {@link UnitTree} (the communes of one district),
 * or, without a tree, the units of the same level in the dataset, for the same period and key. When more than half
 * the peers share one value (MAD = 0), the mean absolute deviation × 1,2533 is used instead; when every peer has the
 * same value, nothing stands out. A score beyond the threshold gives {@code data.outlier.peer}.
 *
 * <p>Missing peers are left out, not counted as zero (a zero would be a peer that never reported): with
 * {@link MissingValueStrategy#SKIP_IF_ANY_MISSING} a group with any missing peer is not checked; otherwise the peers
 * are those that reported, at least {@linkplain #minimumPeers() the minimum}. The check compares units, so it applies
 * to datasets only.
 */
@Value.Immutable
@DansoStyle
public abstract non-sealed class PeerOutlier extends DataCheck {
  PeerOutlier() {}

  /**
   * Returns the figures the check applies to.
   *
   * @return the key pattern
   */
  public abstract KeyPattern keys();

  /**
   * Returns the modified z-score beyond which a value stands out.
   *
   * @return the threshold, 3,5 unless set
   */
  @Value.Default
  public double threshold() {
    return 3.5;
  }

  /**
   * Returns the fewest units with a value (the unit itself included) for a group to be checked.
   *
   * @return the minimum, 5 unless set
   */
  @Value.Default
  public int minimumPeers() {
    return 5;
  }

  /** Returns {@link Severity#WARNING} unless set. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.WARNING;
  }

  /** Returns {@link MissingValueStrategy#SKIP_IF_ALL_MISSING} unless set. */
  @Override
  @Value.Default
  public MissingValueStrategy missingValues() {
    return MissingValueStrategy.SKIP_IF_ALL_MISSING;
  }

  @Override
  public final ImmutableList<Rule> reports() {
    return ImmutableList.of(DataRules.OUTLIER_PEER);
  }

  @Override
  public final boolean isWithinSubmission() {
    return false;
  }

  @Value.Check
  void check() {
    checkState(threshold() > 0 && Double.isFinite(threshold()),
        "outlier check for %s: threshold %s is not a finite positive number", keys(), threshold());
    checkState(minimumPeers() >= 3, "outlier check for %s: minimum peers %s is below 3", keys(), minimumPeers());
  }

  /**
   * Returns the check for the figures of the pattern, with the default threshold.
   *
   * @param pattern e.g. {@code "births"}
   * @return the check
   * @throws IllegalArgumentException if the text is not a data element code
   */
  public static PeerOutlier of(String pattern) {
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
   * Builds a {@link PeerOutlier} check; the keys are required. Not thread-safe.
   *
   * <p>For example:
   *
   * <pre>{@code
   * PeerOutlier srbAmongPeers = PeerOutlier.builder()
   *     .keys(KeyPattern.parse("SRB"))
   *     .threshold(3.5)      // modified z-score beyond which a unit stands out among its siblings
   *     .minimumPeers(5)
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutablePeerOutlier.Builder {
    Builder() {}
  }
}
