package vn.danso.plan;

import java.util.Objects;
import vn.danso.admin.AdministrativeLevel;

/**
 * The lags of one level summarised (độ trễ theo cấp): how many documents of the level implement one above, and the
 * least, median and greatest number of days they took. Immutable; compares by value.
 */
public final class LagSummary {
  private final AdministrativeLevel level;
  private final int count;
  private final long min;
  private final double median;
  private final long max;

  LagSummary(AdministrativeLevel level, int count, long min, double median, long max) {
    this.level = level;
    this.count = count;
    this.min = min;
    this.median = median;
    this.max = max;
  }

  /**
   * Returns the level of the implementing documents' issuers.
   *
   * @return the level
   */
  public AdministrativeLevel level() {
    return level;
  }

  /**
   * Returns the number of lags measured (links from a dated document to a dated one).
   *
   * @return the count, at least 1
   */
  public int count() {
    return count;
  }

  /**
   * Returns the shortest lag.
   *
   * @return the days
   */
  public long min() {
    return min;
  }

  /**
   * Returns the median lag; the mean of the middle two for an even count.
   *
   * @return the days
   */
  public double median() {
    return median;
  }

  /**
   * Returns the longest lag.
   *
   * @return the days
   */
  public long max() {
    return max;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LagSummary)) {
      return false;
    }
    LagSummary that = (LagSummary) o;
    return level == that.level && count == that.count && min == that.min && max == that.max
        && Double.compare(median, that.median) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(level, count, min, median, max);
  }

  /** Returns e.g. {@code "PROVINCE: 5 lags, 41 / 94 / 181 days"}. */
  @Override
  public String toString() {
    return level + ": " + count + " lags, " + min + " / " + median + " / " + max + " days";
  }
}
