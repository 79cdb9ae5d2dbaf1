package vn.danso.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.graph.GraphBuilder;
import com.google.common.graph.MutableGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;

class AggregationTest {
  private static final UnitCode PROVINCE = UnitCode.of("91");
  private static final UnitCode SMALL = UnitCode.of("31018");
  private static final UnitCode LARGE = UnitCode.of("31019");
  private final CompiledIndicator cbr = IndicatorCatalogue.builtIn().compile("CBR");

  private static ElementValues births(double births, double population) {
    return ElementValues.builder().put("births", births).put("population.average", population).build();
  }

  private static Map<UnitCode, List<UnitCode>> tree() {
    return Map.of(PROVINCE, List.of(SMALL, LARGE));
  }

  private static Aggregation aggregate(Map<UnitCode, ElementValues> values) {
    Map<UnitCode, List<UnitCode>> tree = tree();
    return Aggregation.of(PROVINCE, u -> tree.getOrDefault(u, List.of()), values);
  }

  @Test
  void ratesAggregateAsTheRatioOfSumsNotTheMeanOfRates() {
    // A commune of 2,000 with 60 births (30‰) and one of 40,000 with 400 births (10‰).
    Aggregation totals = aggregate(Map.of(SMALL, births(60, 2_000), LARGE, births(400, 40_000)));
    double provincial = totals.evaluate(cbr, PROVINCE).valueOrNaN();
    assertThat(provincial).isEqualTo(460.0 * 1000 / 42_000);   // 10,95‰
    assertThat(provincial).isNotEqualTo((30.0 + 10.0) / 2);
    assertThat(totals.values(PROVINCE).getOrNaN(ElementKey.of("births"))).isEqualTo(460);
    assertThat(totals.evaluate(cbr, SMALL).valueOrNaN()).isEqualTo(30);
  }

  @Test
  void completenessIsCountedPerKey() {
    Aggregation totals = aggregate(Map.of(SMALL, births(60, 2_000),
        LARGE, ElementValues.builder().put("population.average", 40_000).build()));
    assertThat(totals.leafCount(PROVINCE)).isEqualTo(2);
    assertThat(totals.reporting(PROVINCE, ElementKey.of("births"))).isEqualTo(1);
    assertThat(totals.reporting(PROVINCE, ElementKey.of("population.average"))).isEqualTo(2);
    assertThat(totals.isComplete(PROVINCE, cbr)).isFalse();
    assertThat(totals.isComplete(SMALL, cbr)).isTrue();
  }

  @Test
  void valuesOfInnerUnitsAndStrangersAreListedNotSummed() {
    UnitCode stranger = UnitCode.of("01");
    Aggregation totals = aggregate(Map.of(SMALL, births(60, 2_000), LARGE, births(400, 40_000),
        PROVINCE, births(1, 1), stranger, births(1, 1)));
    assertThat(totals.values(PROVINCE).getOrNaN(ElementKey.of("births"))).isEqualTo(460);
    assertThat(totals.ignoredUnits()).containsExactly(stranger, PROVINCE);
    assertThat(totals.contains(stranger)).isFalse();
    assertThatThrownBy(() -> totals.values(stranger)).hasMessageContaining("not in the tree");
  }

  @Test
  void aBadLeafValueIsCarriedUpNotHidden() {
    Aggregation totals = aggregate(Map.of(SMALL, births(Double.NaN, 2_000), LARGE, births(400, 40_000)));
    IndicatorResult result = totals.evaluate(cbr, PROVINCE);
    assertThat(result.status()).isEqualTo(IndicatorResult.Status.NOT_FINITE_INPUT);
  }

  @Test
  void estimatesHaveNoValueAboveTheLeaves() {
    CompiledIndicator lifeExpectancy = IndicatorCatalogue.builtIn().compile("LIFE_EXPECTANCY");
    ElementValues le = ElementValues.builder().put("life-expectancy", 74).build();
    Aggregation totals = aggregate(Map.of(SMALL, le, LARGE, le));
    assertThat(totals.evaluate(lifeExpectancy, PROVINCE).status())
        .isEqualTo(IndicatorResult.Status.NOT_AGGREGABLE);
    assertThat(totals.evaluate(lifeExpectancy, SMALL).valueOrNaN()).isEqualTo(74);
  }

  @Test
  void aGuavaGraphServesAsTheChildrenFunction() {
    MutableGraph<UnitCode> graph = GraphBuilder.directed().build();
    graph.putEdge(PROVINCE, SMALL);
    graph.putEdge(PROVINCE, LARGE);
    Aggregation totals = Aggregation.of(PROVINCE, graph::successors,
        Map.of(SMALL, births(60, 2_000), LARGE, births(400, 40_000)));
    assertThat(totals.units()).containsExactlyInAnyOrder(PROVINCE, SMALL, LARGE);
    assertThat(totals.units().asList().get(0)).isEqualTo(PROVINCE);
  }

  @Test
  void aChildrenFunctionThatIsNotATreeIsMisuse() {
    assertThatThrownBy(() -> Aggregation.of(PROVINCE, u -> u.equals(PROVINCE) ? List.of(SMALL, SMALL) : List.of(),
        Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reached twice");
    assertThatThrownBy(() -> Aggregation.of(PROVINCE, u -> List.of(PROVINCE), Map.of()))
        .hasMessageContaining("must describe a tree");
    assertThatThrownBy(() -> Aggregation.of(PROVINCE, u -> null, Map.of()))
        .hasMessageContaining("return an empty collection for a leaf");
  }

  @Test
  void aDeepChainIsWalkedWithoutRecursion() {
    int depth = 50_000;
    Aggregation totals = Aggregation.of(code(1), u -> {
      int i = Integer.parseInt(u.value());
      return i < depth ? ImmutableList.of(code(i + 1)) : ImmutableList.of();
    }, Map.of(code(depth), births(7, 700)));
    assertThat(totals.units()).hasSize(depth);
    assertThat(totals.evaluate(cbr, code(1)).valueOrNaN()).isEqualTo(10);
  }

  private static UnitCode code(int i) {
    return UnitCode.of(String.format("%05d", i));
  }
}
