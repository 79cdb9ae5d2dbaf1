package vn.danso.admin;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A link from a unit to one that took over its territory (quan hệ kế thừa), made by a {@link Merger} or a
 * {@link Split}: predecessor, successor, the first day of the successor's share, the coverage, and the shares when
 * known. A predecessor that continues (a merger that absorbs, a split that keeps a remainder) links to itself.
 *
 * <p>The hierarchy keeps every link; {@link Crosswalk}s follow them in both directions. Immutable.
 */
public final class SuccessionLink {
  private final UnitId predecessor;
  private final UnitId successor;
  private final LocalDate effectiveDate;
  private final Coverage coverage;
  private final OptionalDouble shareOfPredecessor;
  private final OptionalDouble shareOfSuccessor;

  SuccessionLink(
      UnitId predecessor, UnitId successor, LocalDate effectiveDate, Coverage coverage,
      OptionalDouble shareOfPredecessor, OptionalDouble shareOfSuccessor) {
    this.predecessor = predecessor;
    this.successor = successor;
    this.effectiveDate = effectiveDate;
    this.coverage = coverage;
    this.shareOfPredecessor = shareOfPredecessor;
    this.shareOfSuccessor = shareOfSuccessor;
  }

  /**
   * Returns the unit that gave territory.
   *
   * @return the predecessor's id
   */
  public UnitId predecessor() {
    return predecessor;
  }

  /**
   * Returns the unit that received it.
   *
   * @return the successor's id
   */
  public UnitId successor() {
    return successor;
  }

  /**
   * Returns the first day of the new state.
   *
   * @return the effective date
   */
  public LocalDate effectiveDate() {
    return effectiveDate;
  }

  /**
   * Returns whether the whole predecessor went into the successor.
   *
   * @return the coverage
   */
  public Coverage coverage() {
    return coverage;
  }

  /**
   * Returns the fraction of the predecessor that went into the successor: 1 for a whole link, the given share for a
   * partial one, empty when unknown.
   *
   * @return the share, or empty
   */
  public OptionalDouble shareOfPredecessor() {
    return coverage == Coverage.FULL ? OptionalDouble.of(1.0) : shareOfPredecessor;
  }

  /**
   * Returns the fraction of the successor that came from the predecessor, when known.
   *
   * @return the share, or empty
   */
  public OptionalDouble shareOfSuccessor() {
    return shareOfSuccessor;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SuccessionLink)) {
      return false;
    }
    SuccessionLink that = (SuccessionLink) o;
    return predecessor.equals(that.predecessor) && successor.equals(that.successor)
        && effectiveDate.equals(that.effectiveDate) && coverage == that.coverage
        && shareOfPredecessor.equals(that.shareOfPredecessor) && shareOfSuccessor.equals(that.shareOfSuccessor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(predecessor, successor, effectiveDate, coverage);
  }

  /** Returns e.g. {@code 91 -FULL-> 91@2025-07-01}. */
  @Override
  public String toString() {
    return predecessor + " -" + coverage + "-> " + successor;
  }
}
