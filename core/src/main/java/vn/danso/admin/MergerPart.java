package vn.danso.admin;

import static com.google.common.base.Preconditions.checkState;

import java.util.OptionalDouble;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;

/**
 * One predecessor of a {@link Merger} (đơn vị được nhập): its code, whether it went into the new unit whole or in
 * part, and, when known, the shares that make counts re-aggregable (by population or area, as the user decides).
 *
 * <p>{@code shareOfPredecessor} is the fraction of the predecessor that went into the successor (0.4: 40 % of the old
 * commune's population); {@code shareOfSuccessor} the fraction of the successor that came from this predecessor. A
 * whole link has a predecessor share of 1 by definition.
 */
@Value.Immutable
@DansoStyle
public abstract class MergerPart {
  MergerPart() {}

  /**
   * Returns the predecessor's code, as it is the day before the merger.
   *
   * @return the code
   */
  public abstract UnitCode code();

  /**
   * Returns whether the whole predecessor went into the successor.
   *
   * @return the coverage
   */
  public abstract Coverage coverage();

  /**
   * Returns the fraction of the predecessor that went into the successor, if known.
   *
   * @return a share in (0, 1], or empty
   */
  public abstract OptionalDouble shareOfPredecessor();

  /**
   * Returns the fraction of the successor that came from this predecessor, if known.
   *
   * @return a share in (0, 1], or empty
   */
  public abstract OptionalDouble shareOfSuccessor();

  @Value.Check
  void check() {
    Shares.check(code().value(), coverage(), shareOfPredecessor(), shareOfSuccessor());
  }

  /**
   * Returns a predecessor that went whole into the successor (nhập toàn bộ).
   *
   * @param code its code
   * @return the part
   * @throws IllegalArgumentException if the code is not a unit code
   */
  public static MergerPart whole(String code) {
    return builder().code(UnitCode.of(code)).coverage(Coverage.FULL).build();
  }

  /**
   * Returns a predecessor of which only part went into the successor (nhập một phần), share unknown.
   *
   * @param code its code
   * @return the part
   * @throws IllegalArgumentException if the code is not a unit code
   */
  public static MergerPart part(String code) {
    return builder().code(UnitCode.of(code)).coverage(Coverage.PARTIAL).build();
  }

  /**
   * Returns a predecessor of which the given share went into the successor.
   *
   * @param code its code
   * @param shareOfPredecessor the fraction of the predecessor, in (0, 1]
   * @return the part
   * @throws IllegalArgumentException if the code is not a unit code, or the share is not in (0, 1] (NaN included)
   */
  public static MergerPart part(String code, double shareOfPredecessor) {
    Shares.checkArgument(shareOfPredecessor);
    return builder().code(UnitCode.of(code)).coverage(Coverage.PARTIAL).shareOfPredecessor(shareOfPredecessor)
        .build();
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
   * Builds a {@link MergerPart}; code and coverage are required, shares optional. {@code build()} throws
   * {@link IllegalStateException} with a message that says what to change if a share is not a fraction in (0, 1]
   * (NaN included) or a whole part carries a share below 1.
   *
   * <p>For example:
   *
   * <pre>{@code
   * MergerPart partOfOldCommune = MergerPart.builder()     // codes for illustration
   *     .code(UnitCode.of("31018"))
   *     .coverage(Coverage.PARTIAL)
   *     .shareOfPredecessor(0.4)      // 40 % of the old commune went into the new one
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableMergerPart.Builder {
    Builder() {}
  }

  /** Shared checks of link shares. */
  static final class Shares {
    private Shares() {}

    static void check(String what, Coverage coverage, OptionalDouble ofPredecessor, OptionalDouble ofSuccessor) {
      checkShare(what, "shareOfPredecessor", ofPredecessor);
      checkShare(what, "shareOfSuccessor", ofSuccessor);
      checkState(
          coverage == Coverage.PARTIAL || ofPredecessor.isEmpty() || ofPredecessor.getAsDouble() == 1.0,
          "link %s is whole (FULL) but its shareOfPredecessor is %s: a whole link carries all of the predecessor; "
              + "use PARTIAL or leave the share out",
          what,
          ofPredecessor);
    }

    /** Rejects a share given as a method argument that is not a fraction in (0, 1]. */
    static void checkArgument(double share) {
      com.google.common.base.Preconditions.checkArgument(share > 0 && share <= 1,
          "share %s is not a fraction in (0, 1]: give the share as a fraction, e.g. 0.4 for 40 percent", share);
    }

    private static void checkShare(String what, String name, OptionalDouble share) {
      checkState(
          share.isEmpty() || (share.getAsDouble() > 0 && share.getAsDouble() <= 1),
          "link %s: %s is %s; a share is a fraction in (0, 1]",
          what,
          name,
          share);
    }
  }
}
