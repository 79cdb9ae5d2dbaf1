package vn.danso.data;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import vn.danso.indicator.IndicatorCatalogue;

/**
 * The rules a validator checks reported figures with (bộ quy tắc kiểm tra số liệu), in the order their findings are
 * listed for each unit and period.
 *
 * <p>{@link #builtIn(IndicatorCatalogue)} derives a rule set from an indicator catalogue: counts whole and not
 * negative, and not beyond {@value #MAX_COUNT} (an absurd magnitude); totals equal to the sum of their parts for every
 * dimension the element is broken down by; the plausible and expected ranges of each indicator; each reported
 * indicator equal to the one computed from the figures reported with it; each count of a unit equal to the sum of
 * the units below it; and a report from every leaf of the tree. The last two need a {@link UnitTree}. Extend it with {@code DataCheckSet.builder().addAll(DataCheckSet.builtIn(catalogue))}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DataCheckSet {
  /**
   * The largest count the built-in rules find plausible, for any unit: twice the population of Viet Nam at the
   * 2024 mid-term survey (101.112.656 people on 1/4/2024, Tổng cục Thống kê); a larger count is a typing or unit
   * error.
   */
  public static final double MAX_COUNT = 200_000_000;

  private static final DataCheckSet EMPTY = new DataCheckSet(ImmutableList.of());

  private final ImmutableList<DataCheck> rules;

  private DataCheckSet(ImmutableList<DataCheck> rules) {
    this.rules = rules;
  }

  /**
   * Returns the rule set derived from an indicator catalogue; see the class description.
   *
   * @param catalogue the catalogue, such as {@link IndicatorCatalogue#builtIn()}
   * @return the rule set
   */
  public static DataCheckSet builtIn(IndicatorCatalogue catalogue) {
    return new DataCheckSet(BuiltInChecks.derive(checkNotNull(catalogue, "catalogue is null")));
  }

  /**
   * Returns the rule set of the given rules, in order.
   *
   * @param rules the rules
   * @return the rule set
   */
  public static DataCheckSet of(DataCheck... rules) {
    return builder().addAll(Arrays.asList(rules)).build();
  }

  /**
   * Returns the rule set with no rules (a validator then only reports duplicated, non-finite and unknown figures).
   *
   * @return the empty rule set
   */
  public static DataCheckSet empty() {
    return EMPTY;
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
   * Returns the rules, in order.
   *
   * @return the rules
   */
  public ImmutableList<DataCheck> checks() {
    return rules;
  }

  /**
   * Returns the number of rules.
   *
   * @return the size
   */
  public int size() {
    return rules.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DataCheckSet && rules.equals(((DataCheckSet) o).rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  @Override
  public String toString() {
    return "DataCheckSet[" + rules.size() + " rules]";
  }

  /**
   * Builds a {@link DataCheckSet}. Not thread-safe.
   *
   * <p>For example:
   *
   * <pre>{@code
   * DataCheckSet checks = DataCheckSet.builder()
   *     .addAll(DataCheckSet.builtIn(IndicatorCatalogue.builtIn()))   // the built-in checks
   *     .add(Required.of("population.average"))                     // and one of the province's own
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final ImmutableList.Builder<DataCheck> rules = ImmutableList.builder();

    private Builder() {}

    /**
     * Adds a rule.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder add(DataCheck rule) {
      rules.add(checkNotNull(rule, "rule is null"));
      return this;
    }

    /**
     * Adds rules, in order.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder addAll(Iterable<? extends DataCheck> rules) {
      for (DataCheck rule : checkNotNull(rules, "rules is null")) {
        add(rule);
      }
      return this;
    }

    /**
     * Adds every rule of a rule set, such as the built-in one.
     *
     * @param set the rule set
     * @return this builder
     */
    public Builder addAll(DataCheckSet set) {
      return addAll(checkNotNull(set, "rule set is null").rules);
    }

    /**
     * Returns the rule set.
     *
     * @return the rule set
     */
    public DataCheckSet build() {
      ImmutableList<DataCheck> list = rules.build();
      return list.isEmpty() ? EMPTY : new DataCheckSet(list);
    }
  }
}
