package vn.danso.admin;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * A link from a unit to one that took over its territory (quan hệ kế thừa), made by a {@link Merger} or a
 * {@link Split}: predecessor, successor, the first day of the successor's share, the coverage, and the shares when
 * known. A predecessor that continues (a merger that absorbs, a split that keeps a remainder) links to itself.
 *
 * <p>The hierarchy keeps every link; {@link Crosswalk}s follow them in both directions. Immutable; compares by value.
 *
 * @param predecessor the unit that gave territory
 * @param successor the unit that received it
 * @param effectiveDate the first day of the new state
 * @param coverage whether the whole predecessor went into the successor
 * @param shareOfPredecessor the fraction of the predecessor that went into the successor: 1 for a whole link, the
 *     given share for a partial one, empty when unknown
 * @param shareOfSuccessor the fraction of the successor that came from the predecessor, when known
 */
public record SuccessionLink(UnitId predecessor, UnitId successor, LocalDate effectiveDate, Coverage coverage,
    OptionalDouble shareOfPredecessor, OptionalDouble shareOfSuccessor) {
  /**
   * Checks that every part is present; a whole link's share of the predecessor is 1, whatever is given.
   *
   * @param predecessor the unit that gave territory
   * @param successor the unit that received it
   * @param effectiveDate the first day of the new state
   * @param coverage whether the whole predecessor went into the successor
   * @param shareOfPredecessor the share of the predecessor, or empty
   * @param shareOfSuccessor the share of the successor, or empty
   * @throws NullPointerException if any part is null
   */
  public SuccessionLink {
    checkNotNull(predecessor, "predecessor is null");
    checkNotNull(successor, "successor is null");
    checkNotNull(effectiveDate, "effective date is null");
    checkNotNull(coverage, "coverage is null");
    checkNotNull(shareOfPredecessor, "share of predecessor is null: use OptionalDouble.empty() when unknown");
    checkNotNull(shareOfSuccessor, "share of successor is null: use OptionalDouble.empty() when unknown");
    if (coverage == Coverage.FULL) {
      shareOfPredecessor = OptionalDouble.of(1.0);
    }
  }

  /** Returns e.g. {@code 91 -FULL-> 91@2025-07-01}. */
  @Override
  public String toString() {
    return predecessor + " -" + coverage + "-> " + successor;
  }
}
