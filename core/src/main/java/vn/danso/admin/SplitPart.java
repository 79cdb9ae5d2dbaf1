package vn.danso.admin;

import java.util.OptionalDouble;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;

/**
 * One successor of a {@link Split} (đơn vị được chia, tách ra): the new unit, whether it took the whole predecessor or
 * part of it, and the shares when known (see {@link MergerPart} for their meaning).
 */
@Value.Immutable
@DansoStyle
public abstract class SplitPart {
  SplitPart() {}

  /**
   * Returns the successor. When the split {@linkplain Split#continues() continues} the predecessor, the successor
   * with the predecessor's code is the predecessor itself, as it is after the split.
   *
   * @return the successor
   */
  public abstract NewUnit unit();

  /**
   * Returns whether the whole predecessor went into this successor; usually {@link Coverage#PARTIAL}.
   *
   * @return the coverage
   */
  public abstract Coverage coverage();

  /**
   * Returns the fraction of the predecessor that went into this successor, if known.
   *
   * @return a share in (0, 1], or empty
   */
  public abstract OptionalDouble shareOfPredecessor();

  /**
   * Returns the fraction of this successor that came from the predecessor, if known.
   *
   * @return a share in (0, 1], or empty
   */
  public abstract OptionalDouble shareOfSuccessor();

  @Value.Check
  void check() {
    MergerPart.Shares.check(unit().code().value(), coverage(), shareOfPredecessor(), shareOfSuccessor());
  }

  /**
   * Returns a successor that took part of the predecessor, share unknown.
   *
   * @param unit the successor
   * @return the part
   */
  public static SplitPart of(NewUnit unit) {
    return builder().unit(unit).coverage(Coverage.PARTIAL).build();
  }

  /**
   * Returns a successor that took the given share of the predecessor.
   *
   * @param unit the successor
   * @param shareOfPredecessor the fraction of the predecessor, in (0, 1]
   * @return the part
   * @throws IllegalArgumentException if the share is not in (0, 1] (NaN included)
   */
  public static SplitPart of(NewUnit unit, double shareOfPredecessor) {
    MergerPart.Shares.checkArgument(shareOfPredecessor);
    return builder().unit(unit).coverage(Coverage.PARTIAL).shareOfPredecessor(shareOfPredecessor).build();
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
   * Builds a {@link SplitPart}; unit and coverage are required, shares optional. {@code build()} throws
   * {@link IllegalStateException} with a message that says what to change if a share is not a fraction in (0, 1]
   * (NaN included) or a whole part carries a share below 1.
   *
   * <p>For example:
   *
   * <pre>{@code
   * SplitPart newCommune = SplitPart.builder()             // codes for illustration
   *     .unit(NewUnit.of("31099", "Xã Mới", UnitType.XA, "909"))
   *     .coverage(Coverage.PARTIAL)
   *     .shareOfPredecessor(0.3)
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableSplitPart.Builder {
    Builder() {}
  }
}
