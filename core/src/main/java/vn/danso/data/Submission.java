package vn.danso.data;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.OptionalDouble;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.ElementKey;
import vn.danso.indicator.IndicatorCode;
import vn.danso.indicator.Period;

/**
 * One unit's report for one period (báo cáo của một đơn vị trong một kỳ): the figures a commune, district or province
 * sends, such as a commune's monthly report of births, deaths and marriages.
 *
 * <p>Values are kept in the order given, duplicates included: a key reported twice is bad data that validation
 * reports (the first value is the one the other checks use), never a reason to throw.
 *
 * <pre>{@code
 * Submission anMinh2023 = Submission.builder(UnitCode.of("909"), Period.year(2023))
 *     .add("births", 1073).add("births[male]", 538).add("births[female]", 535)
 *     .add("SRB", 100.6, 1)
 *     .build();
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class Submission {
  private final UnitCode unit;
  private final Period period;
  private final ImmutableList<DataValue> values;

  private Submission(UnitCode unit, Period period, ImmutableList<DataValue> values) {
    this.unit = unit;
    this.period = period;
    this.values = values;
  }

  /**
   * Returns the submission of the given values.
   *
   * @param unit the unit reporting
   * @param period the period reported
   * @param values the values, each for this unit and period
   * @return the submission
   * @throws IllegalArgumentException if a value is for another unit or period
   */
  public static Submission of(UnitCode unit, Period period, Iterable<DataValue> values) {
    Builder builder = builder(unit, period);
    for (DataValue value : checkNotNull(values, "values is null")) {
      builder.add(value);
    }
    return builder.build();
  }

  /**
   * Returns a new builder of the submission of one unit for one period.
   *
   * @param unit the unit reporting
   * @param period the period reported
   * @return the builder
   */
  public static Builder builder(UnitCode unit, Period period) {
    return new Builder(checkNotNull(unit, "unit is null"), checkNotNull(period, "period is null"));
  }

  /**
   * Returns the unit reporting.
   *
   * @return the unit code
   */
  public UnitCode unit() {
    return unit;
  }

  /**
   * Returns the period reported.
   *
   * @return the period
   */
  public Period period() {
    return period;
  }

  /**
   * Returns the values, in the order given, duplicates included.
   *
   * @return the values
   */
  public ImmutableList<DataValue> values() {
    return values;
  }

  /**
   * Returns the value of a key: the first one given when the key was reported more than once.
   *
   * @param key the key
   * @return the value (possibly NaN or infinite), or empty when the key was not reported
   */
  public OptionalDouble get(DataKey key) {
    checkNotNull(key, "key is null");
    for (DataValue value : values) {
      if (value.key().equals(key)) {
        return OptionalDouble.of(value.value());
      }
    }
    return OptionalDouble.empty();
  }

  /**
   * Returns the number of values, duplicates included.
   *
   * @return the size
   */
  public int size() {
    return values.size();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Submission)) {
      return false;
    }
    Submission that = (Submission) o;
    return unit.equals(that.unit) && period.equals(that.period) && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return (unit.hashCode() * 31 + period.hashCode()) * 31 + values.hashCode();
  }

  /** Returns e.g. {@code Submission[909/2023, 5 values]}. */
  @Override
  public String toString() {
    return "Submission[" + unit + "/" + period + ", " + values.size() + " values]";
  }

  /** Builds a {@link Submission}. Not thread-safe. */
  public static final class Builder {
    private final UnitCode unit;
    private final Period period;
    private final ImmutableList.Builder<DataValue> values = ImmutableList.builder();

    private Builder(UnitCode unit, Period period) {
      this.unit = unit;
      this.period = period;
    }

    /**
     * Adds a value.
     *
     * @param value the value, for this builder's unit and period
     * @return this builder
     * @throws IllegalArgumentException if the value is for another unit or period
     */
    public Builder add(DataValue value) {
      checkNotNull(value, "value is null");
      checkArgument(value.unit().equals(unit) && value.period().equals(period),
          "value %s is not for %s in %s: a submission holds one unit's values for one period", value, unit, period);
      values.add(value);
      return this;
    }

    /**
     * Adds a value reported without a stated precision.
     *
     * @param key what it counts
     * @param value the value; NaN and infinities are kept, to be reported
     * @return this builder
     */
    public Builder add(DataKey key, double value) {
      values.add(DataValue.of(unit, period, key, value));
      return this;
    }

    /**
     * Adds a value reported with the given number of decimals.
     *
     * @param key what it counts
     * @param value the value
     * @param decimals the number of decimals it was written with
     * @return this builder
     * @throws IllegalArgumentException if the number of decimals is outside 0 to 9
     */
    public Builder add(DataKey key, double value, int decimals) {
      values.add(DataValue.of(unit, period, key, value, decimals));
      return this;
    }

    /**
     * Adds a value of an element part.
     *
     * @param key what it counts
     * @param value the value
     * @return this builder
     */
    public Builder add(ElementKey key, double value) {
      return add(DataKey.of(key), value);
    }

    /**
     * Adds a reported indicator value with the number of decimals it was written with.
     *
     * @param indicator the indicator
     * @param value the value
     * @param decimals the number of decimals
     * @return this builder
     * @throws IllegalArgumentException if the number of decimals is outside 0 to 9
     */
    public Builder add(IndicatorCode indicator, double value, int decimals) {
      return add(DataKey.of(indicator), value, decimals);
    }

    /**
     * Adds a value whose key is given as text.
     *
     * @param key e.g. {@code "births[male]"} or {@code "SRB"}
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the text is not a key
     */
    public Builder add(String key, double value) {
      return add(DataKey.parse(key), value);
    }

    /**
     * Adds a value whose key is given as text, with the number of decimals it was written with.
     *
     * @param key e.g. {@code "SRB"}
     * @param value the value, e.g. {@code 100.6}
     * @param decimals the number of decimals, e.g. 1
     * @return this builder
     * @throws IllegalArgumentException if the text is not a key, or the number of decimals is outside 0 to 9
     */
    public Builder add(String key, double value, int decimals) {
      return add(DataKey.parse(key), value, decimals);
    }

    /**
     * Returns the submission.
     *
     * @return the submission
     */
    public Submission build() {
      return new Submission(unit, period, values.build());
    }
  }
}
