package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.Period;
import vn.danso.testing.Gen;
import vn.danso.validation.Finding;

/**
 * The built-in kinds that a condition can state, written both ways as {@code docs/rule-language.md} shows them: the
 * kind's call and the plain expression flag the same reports on generated data (a tree of units, two years of months
 * and years, mistakes, missing and non-finite figures).
 */
class KindsAsExpressionsTest {
  /** Each kind's call beside its expression, as the guide writes them. */
  static final Map<String, String> PAIRS = new LinkedHashMap<>();

  static {
    PAIRS.put("rule: year_on_year(births, 0.25, 20)",
        "check test.same: abs(births - last_year(births)) <= max(20, 0.25 * abs(last_year(births)))");
    PAIRS.put("rule: children_sum(births)\n  missing: skip-if-any-missing\n  tolerance: 2",
        "check test.same: abs(births - sum(children(births))) <= 2");
    PAIRS.put("rule: components(births, male, female)",
        "check test.same: births == births[male] + births[female]");
    PAIRS.put("rule: range(CBR, [0, 80], [5, 35])", "check test.same: CBR >= 5 and CBR <= 35");
  }

  static Stream<Long> seeds() {
    return Gen.seeds(100);
  }

  private static final List<Period> PERIODS = List.of(Period.month(2023, 1), Period.month(2023, 2),
      Period.month(2024, 1), Period.month(2024, 2), Period.year(2023), Period.year(2024));

  /** Province 91 and 92, two to four districts each, zero to six communes each. */
  private static Map<UnitCode, List<UnitCode>> tree(Gen gen) {
    Map<UnitCode, List<UnitCode>> below = new LinkedHashMap<>();
    List<UnitCode> provinces = List.of(UnitCode.of("91"), UnitCode.of("92"));
    below.put(UnitCode.of("VN"), provinces);
    int district = 900;
    int commune = 30_000;
    for (UnitCode province : provinces) {
      List<UnitCode> districts = new ArrayList<>();
      for (int d = 0; d < gen.intBetween(2, 4); d++) {
        UnitCode code = UnitCode.of(String.valueOf(district += gen.intBetween(1, 5)));
        districts.add(code);
        List<UnitCode> communes = new ArrayList<>();
        for (int c = 0; c < gen.intBetween(0, 6); c++) {
          communes.add(UnitCode.of(String.valueOf(commune += gen.intBetween(1, 40))));
        }
        below.put(code, communes);
      }
      below.put(province, districts);
    }
    return below;
  }

  private static double noisy(Gen gen, double exact) {
    int kind = gen.intBetween(0, 99);
    return kind < 2 ? Double.NaN : kind < 20 ? exact + gen.intBetween(-60, 60) : exact;
  }

  /** Births by sex, each unit's the sum of the units' below it, with mistakes; CBR; some figures missing. */
  private static Dataset dataset(Gen gen, Map<UnitCode, List<UnitCode>> below) {
    Dataset.Builder data = Dataset.builder();
    for (Period period : PERIODS) {
      Map<UnitCode, double[]> exact = new LinkedHashMap<>();
      List<UnitCode> units = new ArrayList<>();
      below.values().forEach(units::addAll);
      units.sort(java.util.Comparator.comparing((UnitCode u) -> -u.value().length()).thenComparing(UnitCode::value));
      for (UnitCode unit : units) {
        List<UnitCode> kids = below.getOrDefault(unit, List.of());
        double boys = kids.isEmpty() ? gen.intBetween(10, 200) : kids.stream().mapToDouble(k -> exact.get(k)[0]).sum();
        double girls = kids.isEmpty() ? gen.intBetween(10, 200) : kids.stream().mapToDouble(k -> exact.get(k)[1]).sum();
        exact.put(unit, new double[] {boys, girls});
        if (gen.chance(0.9)) {
          data.add(unit, period, DataKey.parse("births"), noisy(gen, boys + girls));
        }
        if (gen.chance(0.85)) {
          data.add(unit, period, DataKey.parse("births[male]"), noisy(gen, boys));
        }
        if (gen.chance(0.85)) {
          data.add(unit, period, DataKey.parse("births[female]"), girls);
        }
        if (gen.chance(0.7)) {
          data.add(unit, period, DataKey.parse("CBR"), gen.intBetween(0, 900) / 10.0, 1);
        }
      }
    }
    return data.build();
  }

  /** The reports a rule file's checks flag, as unit and period, in report order. */
  private static List<String> flagged(String ruleText, Dataset dataset, UnitTree tree) {
    DataCheckSet checks = RuleFile.read(ruleText, IndicatorCatalogue.builtIn()).checks();
    assertThat(checks.checks()).as(ruleText).hasSize(1);
    java.util.Set<String> ids = checks.checks().get(0).reports().stream().map(r -> r.id().value())
        .collect(Collectors.toSet());
    List<Finding> findings = DataValidator.builder().checks(checks).units(tree).build().validate(dataset)
        .findings();
    return findings.stream().filter(f -> ids.contains(f.ruleId().value()))
        .map(f -> f.subject().keyOf("unit").orElseThrow() + " " + f.subject().keyOf("period").orElseThrow())
        .collect(Collectors.toList());
  }

  private static Map<String, List<String>> bothWays(long seed) {
    Gen gen = new Gen(seed);
    Map<UnitCode, List<UnitCode>> below = tree(gen);
    UnitTree tree = UnitTree.of(UnitCode.of("VN"), u -> below.getOrDefault(u, List.of()));
    Dataset dataset = dataset(gen, below);
    Map<String, List<String>> out = new LinkedHashMap<>();
    PAIRS.forEach((call, expression) -> {
      List<String> byKind = flagged(call, dataset, tree);
      assertThat(flagged(expression, dataset, tree)).as("seed %s: %s against %s", seed, call, expression)
          .isEqualTo(byKind);
      out.put(call, byKind);
    });
    return out;
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void aKindAndItsExpressionFlagTheSameReports(long seed) {
    assertThat(bothWays(seed)).hasSize(PAIRS.size());
  }

  /** Every pair flags reports on the generated data, so the comparison above cannot pass vacuously. */
  @Test
  void everyPairFlagsReports() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Gen.seeds(20).forEach(seed -> bothWays(seed).forEach((call, flagged) -> counts.merge(call, flagged.size(),
        Integer::sum)));
    assertThat(counts).hasSize(PAIRS.size()).allSatisfy((call, n) -> assertThat(n).as(call).isGreaterThan(20));
  }
}
