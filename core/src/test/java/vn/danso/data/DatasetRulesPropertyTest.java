package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.math.Quantiles;
import com.google.common.math.Stats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;
import vn.danso.testing.Gen;
import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.validation.Finding;
import vn.danso.validation.Subject;

/**
 * The rules that compare units and periods, against a plain reference implementation over maps: a unit against the
 * sum below it, completeness, year-on-year change and peer outliers, on random trees and datasets with missing,
 * non-finite and mistyped figures, every strategy, one thread or several.
 */
class DatasetRulesPropertyTest {
  static Stream<Long> seeds() {
    return Gen.seeds(300);
  }

  private static final DataKey BIRTHS = DataKey.parse("births");
  private static final DataKey BOYS = DataKey.parse("births[male]");
  private static final List<Period> PERIODS = ImmutableList.of(
      Period.month(2023, 1), Period.month(2023, 2), Period.month(2024, 1), Period.month(2024, 2));

  /** A random tree below VN: provinces, districts (some without communes), communes. */
  private static Map<UnitCode, List<UnitCode>> tree(Gen gen) {
    Map<UnitCode, List<UnitCode>> below = new LinkedHashMap<>();
    List<UnitCode> provinces = new ArrayList<>();
    below.put(UnitCode.of("VN"), provinces);
    int district = 100;
    int commune = 10_000;
    for (int p = 0; p < gen.intBetween(1, 3); p++) {
      UnitCode province = UnitCode.of(String.format("%02d", 10 + p * 7));
      provinces.add(province);
      List<UnitCode> districts = new ArrayList<>();
      below.put(province, districts);
      for (int d = 0; d < gen.intBetween(1, 4); d++) {
        UnitCode code = UnitCode.of(String.valueOf(district += gen.intBetween(1, 9)));
        districts.add(code);
        List<UnitCode> communes = new ArrayList<>();
        below.put(code, communes);
        for (int c = 0; c < gen.intBetween(0, 9); c++) {
          communes.add(UnitCode.of(String.valueOf(commune += gen.intBetween(1, 50))));
        }
      }
    }
    return below;
  }

  private static double value(Gen gen, double exact) {
    int kind = gen.intBetween(0, 99);
    if (kind < 2) {
      return Double.NaN;
    }
    if (kind < 4) {
      return Double.POSITIVE_INFINITY;
    }
    if (kind < 15) {
      return exact + gen.intBetween(-20, 20);
    }
    if (kind < 18) {
      return exact * 10 + 500;
    }
    return exact;
  }

  /** Communes' figures, and districts' and provinces' as the sums of theirs with some mistakes; some missing. */
  private static Dataset dataset(Gen gen, Map<UnitCode, List<UnitCode>> below) {
    Dataset.Builder data = Dataset.builder();
    for (Period period : PERIODS) {
      Map<UnitCode, Double> exact = new HashMap<>();
      List<UnitCode> units = new ArrayList<>(below.keySet());
      below.values().forEach(units::addAll);
      units = units.stream().distinct().sorted(Comparator.reverseOrder()).collect(Collectors.toList());
      for (UnitCode unit : units) {
        List<UnitCode> kids = below.getOrDefault(unit, List.of());
        double e = kids.isEmpty() ? gen.intBetween(20, 80)
            : kids.stream().mapToDouble(k -> exact.getOrDefault(k, 0.0)).sum();
        exact.put(unit, e);
        if (!unit.value().equals("VN") && gen.chance(0.9)) {
          data.add(unit, period, BIRTHS, value(gen, e));
          if (gen.chance(0.7)) {
            data.add(unit, period, BOYS, value(gen, Math.floor(e / 2)));
          }
        }
      }
      if (gen.chance(0.3)) {
        data.add(UnitCode.of("99999"), period, BIRTHS, 3);
      }
    }
    return data.build();
  }

  private static DataCheckSet rules(Gen gen) {
    MissingValueStrategy strategy = gen.pick(MissingValueStrategy.values());
    return DataCheckSet.of(
        ParentEqualsChildrenSum.builder().keys(KeyPattern.parse("births[*]")).missingValues(strategy)
            .tolerance(gen.pick(0.0, 2.0)).build(),
        Completeness.ofLeaves(),
        YearOnYearChange.builder().keys(KeyPattern.of(BIRTHS)).threshold(0.3).minimumChange(5)
            .missingValues(gen.pick(MissingValueStrategy.values())).build(),
        PeerOutlier.builder().keys(KeyPattern.of(BIRTHS)).minimumPeers(3)
            .missingValues(gen.pick(MissingValueStrategy.values())).build());
  }

  /** What a finding says, for comparison: rule, subject, expected, actual and arguments in English. */
  private static String describe(Finding f) {
    Map<String, String> args = new java.util.TreeMap<>();
    f.arguments().forEach((k, v) -> args.put(k, v instanceof Localized ? ((Localized) v).label(Language.EN)
        : String.valueOf(v)));
    return f.ruleId() + " " + f.subject() + " " + f.expected().orElse("") + " " + f.actual().orElse("") + " "
        + args;
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void datasetRulesAgreeWithTheReference(long seed) {
    Gen gen = new Gen(seed);
    Map<UnitCode, List<UnitCode>> below = tree(gen);
    UnitTree tree = UnitTree.of(UnitCode.of("VN"), u -> below.getOrDefault(u, List.of()));
    Dataset dataset = dataset(gen, below);
    DataCheckSet rules = rules(gen);
    DataValidator validator = DataValidator.builder().checks(rules).units(tree)
        .catalogue(vn.danso.indicator.IndicatorCatalogue.builtIn()).parallelism(gen.intBetween(1, 3)).executor(DataGen.POOL).build();
    List<String> actual = validator.validate(dataset).findings().stream()
        .filter(f -> !f.ruleId().value().equals("data.value.not-finite"))
        .map(DatasetRulesPropertyTest::describe).collect(Collectors.toList());
    List<String> expected = new Reference(dataset, tree, rules).findings().stream()
        .map(DatasetRulesPropertyTest::describe).collect(Collectors.toList());
    assertThat(actual).isEqualTo(expected);
  }

  /** The generated data give every finding the comparison above is about, so it cannot pass vacuously. */
  @org.junit.jupiter.api.Test
  void theGeneratedDataGiveEveryKindOfFinding() {
    java.util.Set<String> ids = new java.util.TreeSet<>();
    Gen.seeds(60).forEach(seed -> {
      Gen gen = new Gen(seed);
      Map<UnitCode, List<UnitCode>> below = tree(gen);
      UnitTree tree = UnitTree.of(UnitCode.of("VN"), u -> below.getOrDefault(u, List.of()));
      DataValidator validator = DataValidator.builder().checks(rules(gen)).units(tree).build();
      validator.validate(dataset(gen, below)).countsByRule().keySet().forEach(id -> ids.add(id.value()));
    });
    assertThat(ids).contains("data.hierarchy.sum-mismatch", "data.completeness.missing-reports",
        "data.completeness.unknown-unit", "data.change.year-on-year", "data.outlier.peer");
  }

  /** The rules written plainly over maps, findings sorted as the engine lists them. */
  private static final class Reference {
    private final Dataset dataset;
    private final UnitTree tree;
    private final DataCheckSet rules;
    private final List<Object[]> found = new ArrayList<>();

    Reference(Dataset dataset, UnitTree tree, DataCheckSet rules) {
      this.dataset = dataset;
      this.tree = tree;
      this.rules = rules;
    }

    private Optional<Double> get(UnitCode unit, Period period, DataKey key) {
      java.util.OptionalDouble v = dataset.get(unit, period, key);
      return v.isPresent() ? Optional.of(v.getAsDouble()) : Optional.empty();
    }

    private void add(UnitCode unit, Period period, int rule, DataKey key, Finding finding) {
      found.add(new Object[] {unit, period, rule, key, finding});
    }

    List<Finding> findings() {
      ParentEqualsChildrenSum sum = (ParentEqualsChildrenSum) rules.checks().get(0);
      Completeness completeness = (Completeness) rules.checks().get(1);
      YearOnYearChange change = (YearOnYearChange) rules.checks().get(2);
      PeerOutlier outlier = (PeerOutlier) rules.checks().get(3);
      for (UnitCode parent : tree.units()) {
        List<UnitCode> kids = tree.children(parent);
        for (Period period : dataset.periods()) {
          for (DataKey key : dataset.keys()) {
            if (!kids.isEmpty()) {
              parentSum(sum, parent, kids, period, key);
              outliers(outlier, kids, period, key);
            }
          }
          List<UnitCode> leaves = kids.stream().filter(tree::isLeaf).collect(Collectors.toList());
          List<UnitCode> missing = leaves.stream().filter(u -> dataset.submission(u, period).isEmpty())
              .collect(Collectors.toList());
          if (!missing.isEmpty()) {
            add(parent, period, 1, null, DataFindings.missingReports(DataFindings.subject(parent, period),
                leaves.size(), leaves.size() - missing.size(), missing, completeness.severity()));
          }
        }
      }
      for (UnitCode unit : dataset.units()) {
        if (!tree.contains(unit)) {
          Period first = dataset.periods().stream().filter(p -> dataset.submission(unit, p).isPresent())
              .findFirst().get();
          add(unit, first, 1, null, DataFindings.unknownUnit(DataFindings.subject(unit, first), unit,
              completeness.severity()));
        }
        for (Period period : dataset.periods()) {
          Period before = period.plusYears(-1);
          if (!dataset.periods().contains(before)) {
            continue;
          }
          Optional<Double> now = get(unit, period, BIRTHS);
          if (now.isEmpty() || !Double.isFinite(now.get())) {
            continue;
          }
          Optional<Double> then = get(unit, before, BIRTHS);
          if (then.isPresent() && !Double.isFinite(then.get())) {
            continue;
          }
          if (then.isEmpty() && change.missingValues() != MissingValueStrategy.NEVER_SKIP) {
            continue;
          }
          double previous = then.orElse(0.0);
          if (change.isUnusual(previous, now.get())) {
            add(unit, period, 2, BIRTHS, DataFindings.yearOnYear(DataFindings.subject(unit, period, BIRTHS), BIRTHS,
                previous, now.get(), change));
          }
        }
      }
      found.sort(Comparator.<Object[], UnitCode>comparing(a -> (UnitCode) a[0])
          .thenComparing(a -> (Period) a[1]).thenComparing(a -> (Integer) a[2])
          .thenComparing(a -> (DataKey) a[3], Comparator.nullsFirst(Comparator.naturalOrder())));
      return found.stream().map(a -> (Finding) a[4]).collect(Collectors.toList());
    }

    private void parentSum(ParentEqualsChildrenSum rule, UnitCode parent, List<UnitCode> kids, Period period,
        DataKey key) {
      Optional<Double> value = get(parent, period, key);
      if (value.isEmpty() || !Double.isFinite(value.get())) {
        return;
      }
      double sum = 0;
      int reported = 0;
      List<UnitCode> missing = new ArrayList<>();
      for (UnitCode kid : kids) {
        Optional<Double> v = get(kid, period, key);
        if (v.isEmpty()) {
          missing.add(kid);
        } else if (!Double.isFinite(v.get())) {
          return;
        } else {
          sum += v.get();
          reported++;
        }
      }
      boolean checked = rule.missingValues() == MissingValueStrategy.SKIP_IF_ANY_MISSING ? reported == kids.size()
          : rule.missingValues() == MissingValueStrategy.SKIP_IF_ALL_MISSING ? reported > 0 : true;
      if (checked && Math.abs(value.get() - sum) > rule.tolerance()) {
        add(parent, period, 0, key, DataFindings.hierarchyMismatch(DataFindings.subject(parent, period, key), key,
            value.get(), sum, kids.size(), reported, missing, rule.severity()));
      }
    }

    private void outliers(PeerOutlier rule, List<UnitCode> kids, Period period, DataKey key) {
      if (!key.equals(BIRTHS)) {
        return;
      }
      List<Double> values = new ArrayList<>();
      for (UnitCode kid : kids) {
        get(kid, period, key).filter(Double::isFinite).ifPresent(values::add);
      }
      if (values.size() < rule.minimumPeers()
          || (rule.missingValues() == MissingValueStrategy.SKIP_IF_ANY_MISSING && values.size() < kids.size())) {
        return;
      }
      double median = Quantiles.median().compute(values);
      List<Double> deviations = values.stream().map(v -> Math.abs(v - median)).collect(Collectors.toList());
      double mad = Quantiles.median().compute(deviations);
      double scale = mad > 0 ? mad / 0.6745 : 1.253314 * Stats.meanOf(deviations);
      if (scale == 0) {
        return;
      }
      for (UnitCode kid : kids) {
        Optional<Double> v = get(kid, period, key).filter(Double::isFinite);
        if (v.isPresent() && Math.abs((v.get() - median) / scale) > rule.threshold()) {
          Subject about = DataFindings.subject(kid, period, key);
          add(kid, period, 3, key, DataFindings.outlier(about, key, v.get(), median, (v.get() - median) / scale,
              values.size(), rule));
        }
      }
    }
  }
}
