package vn.danso.plan;

import static com.google.common.base.Preconditions.checkNotNull;

import vn.danso.admin.AdministrativeLevel;

/**
 * The lags of one level summarised (độ trễ theo cấp): how many documents of the level implement one above, and the
 * least, median and greatest number of days they took. Immutable; compares by value.
 *
 * @param level the level of the implementing documents' issuers
 * @param count the number of lags measured (links from a dated document to a dated one), at least 1
 * @param min the shortest lag in days
 * @param median the median lag in days; the mean of the middle two for an even count
 * @param max the longest lag in days
 */
public record LagSummary(AdministrativeLevel level, int count, long min, double median, long max) {
  /**
   * Checks that the level is present.
   *
   * @param level the level
   * @param count the number of lags
   * @param min the shortest lag in days
   * @param median the median lag in days
   * @param max the longest lag in days
   * @throws NullPointerException if the level is null
   */
  public LagSummary {
    checkNotNull(level, "level is null");
  }

  /** Returns e.g. {@code "PROVINCE: 5 lags, 41 / 94 / 181 days"}. */
  @Override
  public String toString() {
    return level + ": " + count + " lags, " + min + " / " + median + " / " + max + " days";
  }
}
