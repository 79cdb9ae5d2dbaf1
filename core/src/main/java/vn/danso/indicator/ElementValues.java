package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The figures of one unit and period that indicators are computed from (số liệu đầu vào): a value per
 * {@linkplain ElementKey element key}.
 *
 * <p>A key that is absent is <em>missing</em>; a key that is present holds the value as given, which may be NaN or
 * infinite: such values are bad data that evaluation reports, not misuse. Immutable and thread-safe.
 *
 * <pre>{@code
 * ElementValues anMinh2023 = ElementValues.builder()
 *     .put(ElementKey.of("births", Sex.MALE), 538)
 *     .put(ElementKey.of("births", Sex.FEMALE), 535)
 *     .build();
 * }</pre>
 */
public final class ElementValues {
  private static final ElementValues EMPTY = new ElementValues(ImmutableMap.of());

  private final ImmutableMap<ElementKey, Double> values;

  private ElementValues(ImmutableMap<ElementKey, Double> values) {
    this.values = values;
  }

  /**
   * Returns the values with no figures.
   *
   * @return the empty values
   */
  public static ElementValues empty() {
    return EMPTY;
  }

  /**
   * Returns the values of the given map.
   *
   * @param values a value per key; values may be NaN or infinite
   * @return the values
   */
  public static ElementValues of(Map<ElementKey, Double> values) {
    Builder builder = builder();
    checkNotNull(values, "values is null").forEach(builder::put);
    return builder.build();
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
   * Returns the value of a key.
   *
   * @param key the key
   * @return the value as given (possibly NaN or infinite), or empty if the key is missing
   */
  public OptionalDouble get(ElementKey key) {
    Double value = values.get(checkNotNull(key, "key is null"));
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * Returns the value of a key, or NaN if it is missing: the primitive form formulas take.
   *
   * @param key the key
   * @return the value, or NaN
   */
  public double getOrNaN(ElementKey key) {
    Double value = values.get(key);
    return value == null ? Double.NaN : value;
  }

  /**
   * Returns true if the key has a value (which may be NaN or infinite).
   *
   * @param key the key
   * @return whether the key is present
   */
  public boolean contains(ElementKey key) {
    return values.containsKey(checkNotNull(key, "key is null"));
  }

  /**
   * Returns the keys that have a value, in the order added.
   *
   * @return the keys
   */
  public ImmutableSet<ElementKey> keys() {
    return values.keySet();
  }

  /**
   * Returns every value, by key, in the order added.
   *
   * @return the values
   */
  public ImmutableMap<ElementKey, Double> asMap() {
    return values;
  }

  /**
   * Returns the number of keys with a value.
   *
   * @return the size
   */
  public int size() {
    return values.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ElementValues && values.equals(((ElementValues) o).values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }

  /** Builds {@link ElementValues}. Not thread-safe. */
  public static final class Builder {
    private final Map<ElementKey, Double> values = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the value of a key.
     *
     * @param key the key
     * @param value the value, as reported (NaN and infinities are kept, to be reported)
     * @return this builder
     * @throws IllegalArgumentException if the key already has a value
     */
    public Builder put(ElementKey key, double value) {
      checkNotNull(key, "key is null");
      checkArgument(
          !values.containsKey(key),
          "%s already has the value %s: give each key one value (the data engine reports duplicated keys)",
          key,
          values.get(key));
      values.put(key, value);
      return this;
    }

    /**
     * Sets the value of a key given as text, such as {@code "births[male]"}.
     *
     * @param key the key's text
     * @param value the value
     * @return this builder
     */
    public Builder put(String key, double value) {
      return put(ElementKey.parse(key), value);
    }

    /**
     * Returns the values.
     *
     * @return the values
     */
    public ElementValues build() {
      return values.isEmpty() ? EMPTY : new ElementValues(ImmutableMap.copyOf(values));
    }
  }
}
