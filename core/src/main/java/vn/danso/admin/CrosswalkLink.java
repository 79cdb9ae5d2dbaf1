package vn.danso.admin;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One line of a {@link Crosswalk} (dòng bảng chuyển đổi): a unit on the crosswalk's first day, a unit on its second
 * day, whether the whole of the first lies in the second, and the share of the first that lies in the second when
 * it is known. Immutable.
 */
public final class CrosswalkLink {
  private final UnitVersion source;
  private final UnitVersion target;
  private final Coverage coverage;
  private final OptionalDouble share;

  CrosswalkLink(UnitVersion source, UnitVersion target, Coverage coverage, OptionalDouble share) {
    this.source = source;
    this.target = target;
    this.coverage = coverage;
    this.share = share;
  }

  /**
   * Returns the unit on the crosswalk's first day.
   *
   * @return the source unit's version on that day
   */
  public UnitVersion source() {
    return source;
  }

  /**
   * Returns the unit on the crosswalk's second day.
   *
   * @return the target unit's version on that day
   */
  public UnitVersion target() {
    return target;
  }

  /**
   * Returns {@link Coverage#FULL} if the whole source lies in the target.
   *
   * @return the coverage
   */
  public Coverage coverage() {
    return coverage;
  }

  /**
   * Returns the fraction of the source that lies in the target: 1 for a whole link, the product of the shares along
   * the way for a partial one, empty when some share on the way is unknown.
   *
   * @return the share, or empty
   */
  public OptionalDouble share() {
    return share;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CrosswalkLink)) {
      return false;
    }
    CrosswalkLink that = (CrosswalkLink) o;
    return source.equals(that.source) && target.equals(that.target) && coverage == that.coverage
        && share.equals(that.share);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source.unit(), target.unit(), coverage);
  }

  /** Returns e.g. {@code 909 Huyện An Minh -PARTIAL-> 31018 Xã An Minh}. */
  @Override
  public String toString() {
    return source.code() + " " + source.fullName() + " -" + coverage
        + (share.isPresent() && coverage == Coverage.PARTIAL ? " " + share.getAsDouble() : "") + "-> "
        + target.code() + " " + target.fullName();
  }
}
