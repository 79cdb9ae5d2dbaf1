package vn.danso.data;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;
import vn.danso.indicator.ReportedValue;

/**
 * One reported figure (số liệu báo cáo): what it counts ({@linkplain DataKey a data element's part or an indicator}),
 * for which administrative unit and period, its value, and, where known, the number of decimals it was reported with.
 *
 * <p>The value is kept exactly as given, even NaN or an infinity: such a value is bad data that validation reports,
 * never a reason to throw. The number of decimals matters for indicators: {@code 100,6} stands for anything from
 * 100,55 to 100,65 and is compared with the value computed from its components at that precision; without it, the
 * indicator's own number of decimals is used.
 *
 * <p>A unit code is not an identity (codes are reused), so the unit a value is about is the one that held the code on
 * the {@linkplain #unitDate() last day of the period}; a hierarchy given to the validator is read as of one day.
 * Immutable; equal when unit, period, key, value (compared as {@link Double#compare} does) and decimals are equal.
 */
public final class DataValue {
  private final UnitCode unit;
  private final Period period;
  private final DataKey key;
  private final double value;
  private final byte decimals;

  private DataValue(UnitCode unit, Period period, DataKey key, double value, int decimals) {
    this.unit = checkNotNull(unit, "unit is null");
    this.period = checkNotNull(period, "period is null");
    this.key = checkNotNull(key, "key is null");
    this.value = value;
    this.decimals = (byte) decimals;
  }

  /**
   * Returns a value reported without a stated precision.
   *
   * @param unit the unit the figure is for
   * @param period the period it covers
   * @param key what it counts
   * @param value the value as reported; NaN and infinities are kept, to be reported
   * @return the data value
   */
  public static DataValue of(UnitCode unit, Period period, DataKey key, double value) {
    return new DataValue(unit, period, key, value, -1);
  }

  /**
   * Returns a value reported with the given number of decimals, such as 100,6 (one decimal).
   *
   * @param unit the unit the figure is for
   * @param period the period it covers
   * @param key what it counts
   * @param value the value as reported
   * @param decimals the number of decimals it was written with, 0 to {@value ReportedValue#MAX_DECIMALS}
   * @return the data value
   * @throws IllegalArgumentException if the number of decimals is out of range
   */
  public static DataValue of(UnitCode unit, Period period, DataKey key, double value, int decimals) {
    checkDecimals(decimals);
    return new DataValue(unit, period, key, value, decimals);
  }

  /**
   * Returns a value, reading its unit, period and key from their text.
   *
   * @param unit e.g. {@code "909"}
   * @param period e.g. {@code "2023"}
   * @param key e.g. {@code "births[male]"} or {@code "SRB"}
   * @param value the value
   * @return the data value
   * @throws IllegalArgumentException if a text is malformed
   */
  public static DataValue of(String unit, String period, String key, double value) {
    return of(UnitCode.of(unit), Period.parse(period), DataKey.parse(key), value);
  }

  static void checkDecimals(int decimals) {
    checkArgument(decimals >= 0 && decimals <= ReportedValue.MAX_DECIMALS,
        "%s decimals is out of range: use 0 to %s", decimals, ReportedValue.MAX_DECIMALS);
  }

  /**
   * Returns the unit the figure is for.
   *
   * @return the unit code
   */
  public UnitCode unit() {
    return unit;
  }

  /**
   * Returns the day on which the unit code is read: the last day of the period.
   *
   * @return the date of the unit's identity
   */
  public LocalDate unitDate() {
    return period.end();
  }

  /**
   * Returns the period the figure covers.
   *
   * @return the period
   */
  public Period period() {
    return period;
  }

  /**
   * Returns what the figure counts.
   *
   * @return the key
   */
  public DataKey key() {
    return key;
  }

  /**
   * Returns the value as reported.
   *
   * @return the value; may be NaN or infinite
   */
  public double value() {
    return value;
  }

  /**
   * Returns the number of decimals the value was reported with.
   *
   * @return the decimals, or empty when not stated
   */
  public OptionalInt decimals() {
    return decimals < 0 ? OptionalInt.empty() : OptionalInt.of(decimals);
  }

  /** This value with the given decimals, -1 for none. */
  DataValue withDecimals(int decimals) {
    return decimals == this.decimals ? this : new DataValue(unit, period, key, value, decimals);
  }

  /** The decimals, or -1 when not stated. */
  int decimalsOrMinusOne() {
    return decimals;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DataValue)) {
      return false;
    }
    DataValue that = (DataValue) o;
    return Double.compare(value, that.value) == 0 && decimals == that.decimals && unit.equals(that.unit)
        && period.equals(that.period) && key.equals(that.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, period, key, value, decimals);
  }

  /** Returns e.g. {@code 909/2023/births[male]=538}. */
  @Override
  public String toString() {
    return unit + "/" + period + "/" + key + "=" + value + (decimals >= 0 ? " (" + decimals + " dp)" : "");
  }
}
