package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.AgeGroup;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.Period;
import vn.danso.indicator.PeriodType;
import vn.danso.indicator.Residence;
import vn.danso.indicator.ValueRange;
import vn.danso.testing.Gen;
import vn.danso.validation.Finding;
import vn.danso.validation.ValidationReport;

/**
 * The bulk path gives the same findings, in the same order, as the single-submission path applied to each report of
 * a dataset in turn: over random datasets full of defects, with the built-in rules and with rules of every kind that
 * reads one report, each missing-value strategy, one thread or several.
 */
class EnginePropertyTest {
  static Stream<Long> seeds() {
    return Gen.seeds(300);
  }

  private static final DataCheckSet EXTRA = DataCheckSet.builder()
      .addAll(DataCheckSet.builtIn(IndicatorCatalogue.builtIn()))
      .add(Required.of("births"))
      .add(Required.builder().key(DataKey.parse("deaths")).severity(vn.danso.validation.Severity.WARNING).build())
      .add(InRange.builder().keys("births[*]").expected(ValueRange.closed(0, 500))
          .addPeriodTypes(PeriodType.MONTH).build())
      .add(ComponentsSum.builder().element(vn.danso.indicator.ElementCode.of("births"))
          .addParts(Residence.URBAN, Residence.RURAL).tolerance(1)
          .missingValues(MissingValueStrategy.SKIP_IF_ALL_MISSING).build())
      .add(ComponentsSum.builder().element(vn.danso.indicator.ElementCode.of("population.average"))
          .addParts(AgeGroup.UNDER_15, AgeGroup.WORKING_AGE, AgeGroup.AGED_65_PLUS)
          .missingValues(MissingValueStrategy.NEVER_SKIP).build())
      .add(ComputedMatchesReported.builder().indicator(vn.danso.indicator.IndicatorCode.of("SRB"))
          .missingValues(MissingValueStrategy.SKIP_IF_ALL_MISSING).build())
      .add(ComputedMatchesReported.builder().indicator(vn.danso.indicator.IndicatorCode.of("CDR"))
          .missingValues(MissingValueStrategy.NEVER_SKIP).build())
      .add(TargetCheck.of("SRB"))
      .build();

  private static List<UnitCode> units(Gen gen) {
    List<UnitCode> units = new ArrayList<>();
    int communes = gen.intBetween(1, 40);
    for (int i = 0; i < communes; i++) {
      units.add(UnitCode.of(String.format("%05d", gen.intBetween(1, 32_000))));
    }
    units.add(UnitCode.of(String.format("%03d", gen.intBetween(1, 999))));
    units.add(UnitCode.of("91"));
    Collections.shuffle(units, new java.util.Random(gen.seed()));
    return units;
  }

  private static List<Period> periods(Gen gen) {
    List<Period> periods = new ArrayList<>(Period.year(2023).parts(PeriodType.MONTH)
        .subList(0, gen.intBetween(1, 12)));
    periods.add(Period.year(2023));
    if (gen.chance(0.3)) {
      periods.add(Period.quarter(2024, 1));
    }
    Collections.shuffle(periods, new java.util.Random(gen.seed() + 1));
    return periods;
  }

  private static void assertSame(DataValidator validator, Dataset dataset) {
    ValidationReport.Builder expected = ValidationReport.builder();
    dataset.submissions().forEach(s -> expected.addAll(validator.validate(s)));
    ValidationReport bulk = validator.validate(dataset);
    List<Finding> want = expected.build().findings();
    assertThat(bulk.findings()).hasSize(want.size());
    for (int i = 0; i < want.size(); i++) {
      assertThat(bulk.findings().get(i)).as("finding %s of %s", i, want.size()).isEqualTo(want.get(i));
      assertThat(bulk.findings().get(i).message()).isEqualTo(want.get(i).message());
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void bulkMatchesSingleWithTheBuiltInRules(long seed) {
    Gen gen = new Gen(seed);
    Dataset dataset = Dataset.of(new DataGen(gen).submissions(units(gen), periods(gen)));
    assertSame(DataValidator.builder().parallelism(gen.intBetween(1, 3)).executor(DataGen.POOL).build(), dataset);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void bulkMatchesSingleWithRulesOfEveryKindThatReadsOneReport(long seed) {
    Gen gen = new Gen(seed);
    List<Submission> submissions = new DataGen(gen).submissions(units(gen), periods(gen));
    Collections.shuffle(submissions, new java.util.Random(seed));
    Dataset dataset = Dataset.of(submissions);
    assertSame(DataValidator.builder().checks(EXTRA).parallelism(gen.intBetween(1, 3)).executor(DataGen.POOL).build(), dataset);
  }

  /** Thousands of findings, more than the bulk path sorts by comparison, come out in the same order too. */
  @org.junit.jupiter.api.Test
  void manyFindingsAreListedInTheSameOrder() {
    Gen gen = new Gen(7);
    List<UnitCode> units = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      units.add(UnitCode.of(String.format("%05d", 10_000 + 37 * i)));
    }
    Dataset dataset = Dataset.of(new DataGen(gen).submissions(units, Period.year(2023).parts(PeriodType.QUARTER)));
    DataValidator validator = DataValidator.builder().parallelism(2).executor(DataGen.POOL).build();
    assertThat(validator.check(dataset).flagged()).isGreaterThan(1000);
    assertSame(validator, dataset);
  }

  /** The generated data exercise every finding the equivalence above is about, so it cannot pass vacuously. */
  @org.junit.jupiter.api.Test
  void theGeneratedDataGiveEveryKindOfFinding() {
    java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
    DataValidator validator = DataValidator.builder().checks(EXTRA).build();
    Gen.seeds(60).forEach(seed -> {
      Gen gen = new Gen(seed);
      Dataset dataset = Dataset.of(new DataGen(gen).submissions(units(gen), periods(gen)));
      validator.validate(dataset).countsByRule().forEach((id, n) -> counts.merge(id.value(), n, Integer::sum));
    });
    assertThat(counts).containsKeys("data.value.duplicate", "data.value.not-finite", "data.value.unknown-key",
        "data.value.missing", "data.count.negative", "data.count.not-whole", "data.components.sum-mismatch",
        "indicator.value.outside-plausible", "indicator.value.outside-expected", "indicator.value.reported-mismatch",
        "indicator.value.zero-denominator", "indicator.target.not-achieved");
  }
}
