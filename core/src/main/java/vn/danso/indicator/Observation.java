package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;
import java.util.Optional;

/**
 * A value of an indicator in a year, with where it comes from (số liệu quan sát): a baseline or an actual value in a
 * target assessment, such as the 2019 census's total fertility rate of 2,09.
 *
 * <p>The value may be NaN or infinite (bad data is assessed as <em>no data</em>, never thrown). The same indicator can
 * have different values for one year by source and method (the 2023 sex ratio at birth was published as 112, 111,8
 * and 109,7), so keep the source with the value. Immutable.
 */
public final class Observation {
  private final int year;
  private final double value;
  private final Citation source;

  private Observation(int year, double value, Citation source) {
    this.year = year;
    this.value = value;
    this.source = source;
  }

  /**
   * Returns an observation without a source.
   *
   * @param year the year the value is for
   * @param value the value
   * @return the observation
   * @throws IllegalArgumentException if the year is outside 1000 to 9999
   */
  public static Observation of(int year, double value) {
    checkArgument(year >= 1000 && year <= 9999, "year %s is out of range: use 4 digits", year);
    return new Observation(year, value, null);
  }

  /**
   * Returns an observation with its source.
   *
   * @param year the year the value is for
   * @param value the value
   * @param source where the value was published, and by which method where it matters
   * @return the observation
   * @throws IllegalArgumentException if the year is outside 1000 to 9999
   */
  public static Observation of(int year, double value, Citation source) {
    checkArgument(year >= 1000 && year <= 9999, "year %s is out of range: use 4 digits", year);
    return new Observation(year, value, checkNotNull(source, "source is null: use of(year, value) without one"));
  }

  /**
   * Returns the year the value is for.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the value.
   *
   * @return the value, possibly NaN or infinite
   */
  public double value() {
    return value;
  }

  /**
   * Returns true if the value is a finite number.
   *
   * @return whether the value can be assessed
   */
  public boolean hasValue() {
    return Double.isFinite(value);
  }

  /**
   * Returns where the value was published.
   *
   * @return the source, or empty
   */
  public Optional<Citation> source() {
    return Optional.ofNullable(source);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Observation)) {
      return false;
    }
    Observation that = (Observation) o;
    return year == that.year && Double.compare(value, that.value) == 0 && Objects.equals(source, that.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, value, source);
  }

  /** Returns {@code value (year)}, with the source when there is one. */
  @Override
  public String toString() {
    return value + " (" + year + ")" + (source == null ? "" : ", " + source);
  }
}
