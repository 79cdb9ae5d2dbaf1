package vn.danso.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.admin.UnitCode;
import vn.danso.testing.Gen;

/**
 * Over any tree, a rate aggregated to any unit equals its summed numerator over its summed denominator, times the
 * multiplier: a ratio of sums, never a mean of rates.
 */
class AggregationPropertyTest {
  private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.builtIn();

  static Stream<Long> seeds() {
    return Gen.seeds(500);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void aggregatedRatesAreRatiosOfSums(long seed) {
    Gen gen = new Gen(seed);
    Map<UnitCode, List<UnitCode>> children = new HashMap<>();
    List<UnitCode> units = new ArrayList<>();
    UnitCode root = UnitCode.of("VN");
    units.add(root);
    int size = gen.intBetween(1, 300);
    for (int i = 1; i < size; i++) {
      UnitCode unit = UnitCode.of(String.format("%05d", i));
      children.computeIfAbsent(gen.pick(units), k -> new ArrayList<>()).add(unit);
      units.add(unit);
    }
    Map<UnitCode, ElementValues> values = new HashMap<>();
    Map<UnitCode, long[]> leafCounts = new HashMap<>();
    for (UnitCode unit : units) {
      if (!children.containsKey(unit)) {
        long boys = gen.longBetween(0, 5_000);
        long girls = gen.longBetween(0, 5_000);
        values.put(unit, ElementValues.builder().put("births[male]", boys).put("births[female]", girls).build());
        leafCounts.put(unit, new long[] {boys, girls});
      }
    }
    Aggregation totals = Aggregation.of(root, u -> children.getOrDefault(u, ImmutableList.of()), values);
    CompiledIndicator srb = CATALOGUE.compile("SRB");
    for (UnitCode unit : units) {
      long[] sum = new long[2];
      List<UnitCode> stack = new ArrayList<>(List.of(unit));
      while (!stack.isEmpty()) {
        UnitCode u = stack.remove(stack.size() - 1);
        if (leafCounts.containsKey(u)) {
          sum[0] += leafCounts.get(u)[0];
          sum[1] += leafCounts.get(u)[1];
        }
        stack.addAll(children.getOrDefault(u, List.of()));
      }
      IndicatorResult result = totals.evaluate(srb, unit);
      if (sum[1] == 0) {
        assertThat(result.status()).isEqualTo(IndicatorResult.Status.ZERO_DENOMINATOR);
      } else {
        assertThat(result.valueOrNaN()).as("unit %s", unit).isEqualTo((double) (sum[0] * 100) / sum[1]);
      }
      assertThat(totals.isComplete(unit, srb)).isTrue();
    }
  }
}
