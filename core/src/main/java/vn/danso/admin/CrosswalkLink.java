package vn.danso.admin;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalDouble;

/**
 * One line of a {@link Crosswalk} (dòng bảng chuyển đổi): a unit on the crosswalk's first day, a unit on its second
 * day, whether the whole of the first lies in the second, and the share of the first that lies in the second when
 * it is known. Immutable; compares by value.
 *
 * @param source the unit on the crosswalk's first day: the source unit's version on that day
 * @param target the unit on the crosswalk's second day: the target unit's version on that day
 * @param coverage {@link Coverage#FULL} if the whole source lies in the target
 * @param share the fraction of the source that lies in the target: 1 for a whole link, the product of the shares
 *     along the way for a partial one, empty when some share on the way is unknown
 */
public record CrosswalkLink(UnitVersion source, UnitVersion target, Coverage coverage, OptionalDouble share) {
  /**
   * Checks that every part is present.
   *
   * @param source the unit on the first day
   * @param target the unit on the second day
   * @param coverage whether the whole source lies in the target
   * @param share the share of the source in the target, or empty
   * @throws NullPointerException if any part is null
   */
  public CrosswalkLink {
    checkNotNull(source, "source is null");
    checkNotNull(target, "target is null");
    checkNotNull(coverage, "coverage is null");
    checkNotNull(share, "share is null: use OptionalDouble.empty() for an unknown share");
  }

  /** Returns e.g. {@code 909 Huyện An Minh -PARTIAL-> 31018 Xã An Minh}. */
  @Override
  public String toString() {
    return source.code() + " " + source.fullName() + " -" + coverage
        + (share.isPresent() && coverage == Coverage.PARTIAL ? " " + share.getAsDouble() : "") + "-> "
        + target.code() + " " + target.fullName();
  }
}
