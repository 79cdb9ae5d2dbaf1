package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.danso.admin.UnitCode;

/**
 * Figures summed up an administrative hierarchy (tổng hợp số liệu theo cấp hành chính): for every unit of a tree, the
 * sum of each element key over the leaves below it, from which indicators are computed as ratios of sums.
 *
 * <p>The tree is given by a root and a children function, so the hierarchy's view at a date can be passed as a
 * method reference ({@code snapshot::childCodes}), as can a Guava graph ({@code graph::successors}) or a map
 * ({@code k -> map.getOrDefault(k, List.of())}). Values are taken from the <em>leaves</em>, the units without children;
 * a value given for a unit with children is not added to anything and is listed by {@link #ignoredUnits()}, and a
 * value given for a unit outside the tree likewise, so nothing is dropped silently. The tree is walked iteratively, so
 * its depth is not limited by the call stack.
 *
 * <p>A key missing at some leaves is summed over the leaves that have it; {@link #reporting(UnitCode, ElementKey)}
 * says how many of {@link #leafCount(UnitCode)} did. A NaN or infinite leaf value makes the sums above it NaN or
 * infinite, so that computing an indicator there reports it rather than hiding it.
 *
 * <pre>{@code
 * Aggregation totals = Aggregation.of(UnitCode.of("VN"), snapshot::childCodes, communeValues);
 * IndicatorResult nationalSrb = totals.evaluate(catalogue.compile("SRB"), UnitCode.of("VN"));
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class Aggregation {
  private final UnitCode root;
  private final ImmutableMap<UnitCode, ImmutableList<UnitCode>> children;
  private final ImmutableMap<UnitCode, ElementValues> totals;
  private final ImmutableMap<UnitCode, ImmutableMap<ElementKey, Integer>> reporting;
  private final ImmutableMap<UnitCode, Integer> leaves;
  private final ImmutableSet<UnitCode> ignored;

  private Aggregation(UnitCode root, ImmutableMap<UnitCode, ImmutableList<UnitCode>> children,
      ImmutableMap<UnitCode, ElementValues> totals, ImmutableMap<UnitCode, ImmutableMap<ElementKey, Integer>> reporting,
      ImmutableMap<UnitCode, Integer> leaves, ImmutableSet<UnitCode> ignored) {
    this.root = root;
    this.children = children;
    this.totals = totals;
    this.reporting = reporting;
    this.leaves = leaves;
    this.ignored = ignored;
  }

  /**
   * Sums leaf values up the tree below the root.
   *
   * @param root the top unit, such as the nation or a province
   * @param children the units directly below a unit (empty for a leaf, never null); must describe a tree
   * @param values the figures of the leaves, by unit; units without an entry have no figures
   * @return the aggregation
   * @throws IllegalArgumentException if the children function reaches a unit twice (it is not a tree)
   */
  public static Aggregation of(UnitCode root,
      Function<? super UnitCode, ? extends Iterable<? extends UnitCode>> children,
      Map<UnitCode, ElementValues> values) {
    checkNotNull(root, "root is null");
    checkNotNull(children, "children function is null");
    checkNotNull(values, "values is null");
    Map<UnitCode, ImmutableList<UnitCode>> tree = new LinkedHashMap<>();
    List<UnitCode> preOrder = new ArrayList<>();
    Set<UnitCode> seen = new HashSet<>();
    seen.add(root);
    Deque<UnitCode> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      UnitCode unit = stack.pop();
      preOrder.add(unit);
      Iterable<? extends UnitCode> below = checkNotNull(children.apply(unit),
          "the children function returned null for %s: return an empty collection for a leaf", unit);
      ImmutableList<UnitCode> list = ImmutableList.copyOf(below);
      for (UnitCode child : list) {
        checkArgument(seen.add(child),
            "unit %s is reached twice (below %s): the children function must describe a tree", child, unit);
      }
      tree.put(unit, list);
      for (int i = list.size() - 1; i >= 0; i--) {
        stack.push(list.get(i));
      }
    }
    Map<UnitCode, ElementValues> totals = new HashMap<>();
    Map<UnitCode, ImmutableMap<ElementKey, Integer>> reporting = new HashMap<>();
    Map<UnitCode, Integer> leafCounts = new HashMap<>();
    for (int i = preOrder.size() - 1; i >= 0; i--) {
      UnitCode unit = preOrder.get(i);
      ImmutableList<UnitCode> below = tree.get(unit);
      if (below.isEmpty()) {
        ElementValues own = values.getOrDefault(unit, ElementValues.empty());
        totals.put(unit, own);
        reporting.put(unit, ImmutableMap.copyOf(Maps.asMap(own.keys(), k -> 1)));
        leafCounts.put(unit, 1);
        continue;
      }
      Map<ElementKey, Double> sum = new LinkedHashMap<>();
      Map<ElementKey, Integer> count = new LinkedHashMap<>();
      int n = 0;
      for (UnitCode child : below) {
        totals.get(child).asMap().forEach((key, value) -> sum.merge(key, value, Double::sum));
        reporting.get(child).forEach((key, c) -> count.merge(key, c, Integer::sum));
        n += leafCounts.get(child);
      }
      totals.put(unit, ElementValues.of(sum));
      reporting.put(unit, ImmutableMap.copyOf(count));
      leafCounts.put(unit, n);
    }
    ImmutableSet<UnitCode> ignored = values.keySet().stream()
        .filter(u -> !tree.containsKey(u) || !tree.get(u).isEmpty())
        .sorted()
        .collect(ImmutableSet.toImmutableSet());
    ImmutableMap.Builder<UnitCode, ElementValues> orderedTotals = ImmutableMap.builderWithExpectedSize(tree.size());
    preOrder.forEach(u -> orderedTotals.put(u, totals.get(u)));
    return new Aggregation(root, ImmutableMap.copyOf(tree), orderedTotals.build(), ImmutableMap.copyOf(reporting),
        ImmutableMap.copyOf(leafCounts), ignored);
  }

  /**
   * Returns the top unit.
   *
   * @return the root
   */
  public UnitCode root() {
    return root;
  }

  /**
   * Returns every unit of the tree, each before the units below it.
   *
   * @return the units, root first
   */
  public ImmutableSet<UnitCode> units() {
    return totals.keySet();
  }

  /**
   * Returns true if the unit is in the tree.
   *
   * @param unit the unit
   * @return whether the tree holds it
   */
  public boolean contains(UnitCode unit) {
    return totals.containsKey(checkNotNull(unit, "unit is null"));
  }

  /**
   * Returns the units directly below a unit, as the children function gave them.
   *
   * @param unit a unit of the tree
   * @return its children; empty for a leaf
   */
  public ImmutableList<UnitCode> children(UnitCode unit) {
    return checkedGet(children, unit);
  }

  /**
   * Returns the sums of a unit: each key summed over the leaves below it, or a leaf's own values.
   *
   * @param unit a unit of the tree
   * @return the sums
   */
  public ElementValues values(UnitCode unit) {
    return checkedGet(totals, unit);
  }

  /**
   * Returns the number of leaves at or below a unit.
   *
   * @param unit a unit of the tree
   * @return the number of leaves; 1 for a leaf
   */
  public int leafCount(UnitCode unit) {
    return checkedGet(leaves, unit);
  }

  /**
   * Returns the number of leaves at or below a unit that gave a value for the key.
   *
   * @param unit a unit of the tree
   * @param key the key
   * @return how many leaves reported it
   */
  public int reporting(UnitCode unit, ElementKey key) {
    checkNotNull(key, "key is null");
    return checkedGet(reporting, unit).getOrDefault(key, 0);
  }

  /**
   * Returns true if every leaf at or below the unit gave a value for every input of the indicator.
   *
   * @param unit a unit of the tree
   * @param indicator the indicator
   * @return whether the unit's sums are complete for the indicator
   */
  public boolean isComplete(UnitCode unit, CompiledIndicator indicator) {
    checkNotNull(indicator, "indicator is null");
    int n = leafCount(unit);
    for (ElementKey key : indicator.formula().inputs()) {
      if (reporting(unit, key) != n) {
        return false;
      }
    }
    return true;
  }

  /**
   * Computes an indicator for a unit from its sums: a ratio of sums, never a mean of the units' rates. An estimate
   * that does not aggregate ({@link AggregationMethod#NONE}) has no value at a unit with children.
   *
   * @param indicator the indicator
   * @param unit a unit of the tree
   * @return the result
   */
  public IndicatorResult evaluate(CompiledIndicator indicator, UnitCode unit) {
    checkNotNull(indicator, "indicator is null");
    ElementValues sums = values(unit);
    if (indicator.definition().aggregation() == AggregationMethod.NONE && !children(unit).isEmpty()) {
      return IndicatorResult.notAggregable(indicator);
    }
    return indicator.evaluate(sums);
  }

  /**
   * Returns the units that were given values but are not leaves of the tree (units with children, or outside it):
   * their values were not summed.
   *
   * @return the units, in code order
   */
  public ImmutableSet<UnitCode> ignoredUnits() {
    return ignored;
  }

  private static <V> V checkedGet(Map<UnitCode, V> map, UnitCode unit) {
    V value = map.get(checkNotNull(unit, "unit is null"));
    checkArgument(value != null, "unit %s is not in the tree", unit);
    return value;
  }

  @Override
  public String toString() {
    return "Aggregation[" + root + ", " + totals.size() + " units, " + leaves.get(root) + " leaves]";
  }
}
