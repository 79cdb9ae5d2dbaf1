package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.Period;
import vn.danso.indicator.PeriodType;
import vn.danso.testing.Gen;
import vn.danso.validation.Finding;
import vn.danso.validation.ValidationReport;

/**
 * Rules written as text: any rule set prints as text that reads back to an equal rule set, and rules read from
 * text give the same findings in the single-submission and the bulk paths.
 */
class RuleTextPropertyTest {
  static Stream<Long> seeds() {
    return Gen.seeds(150);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void anyRuleSetPrintsAsTextThatReadsBackToAnEqualRuleSet(long seed) {
    RuleGen rules = new RuleGen(new Gen(seed));
    DataCheckSet.Builder set = DataCheckSet.builder();
    for (int i = 0; i < 12; i++) {
      set.add(rules.any());
    }
    DataCheckSet written = set.build();
    String text = RuleFile.format(written);
    RuleFile back = RuleFile.read(text, IndicatorCatalogue.builtIn());
    assertThat(back.problems().findings()).as("seed %s:%n%s", seed, text).isEmpty();
    assertThat(back.checks()).as("seed %s:%n%s", seed, text).isEqualTo(written);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void expressionRulesReadFromTextGiveTheSameFindingsInBothPaths(long seed) {
    List<Finding> found = bothPaths(seed);
    if (seed == Gen.seeds(1).findFirst().orElseThrow()) {
      // The generated rules and data give findings, so the equivalence cannot pass vacuously.
      int total = Gen.seeds(20).mapToInt(s -> bothPaths(s).size()).sum();
      assertThat(total).isGreaterThan(100);
    }
    assertThat(found).isNotNull();
  }

  private static List<Finding> bothPaths(long seed) {
    Gen gen = new Gen(seed);
    RuleGen rules = new RuleGen(gen);
    DataCheckSet.Builder set = DataCheckSet.builder();
    for (int i = 0; i < 6; i++) {
      set.add(rules.expressionRule());
    }
    DataCheckSet read = RuleFile.read(RuleFile.format(set.build()), IndicatorCatalogue.builtIn()).checks();
    List<UnitCode> units = new ArrayList<>();
    for (int i = 0; i < gen.intBetween(1, 15); i++) {
      units.add(UnitCode.of(String.format("%05d", gen.intBetween(1, 32_000))));
    }
    units.add(UnitCode.of("909"));
    units.add(UnitCode.of("91"));
    List<Period> periods = new ArrayList<>(Period.year(2023).parts(PeriodType.MONTH).subList(0, 3));
    periods.add(Period.year(2023));
    List<Submission> submissions = new DataGen(gen).submissions(units, periods);
    Collections.shuffle(submissions, new java.util.Random(seed));
    Dataset dataset = Dataset.of(submissions);
    DataValidator validator = DataValidator.builder().checks(read).build();

    ValidationReport.Builder single = ValidationReport.builder();
    dataset.submissions().forEach(s -> single.addAll(validator.validate(s)));
    List<Finding> want = single.build().findings();
    List<Finding> bulk = validator.validate(dataset).findings();
    assertThat(bulk).as("seed %s", seed).isEqualTo(want);
    for (int i = 0; i < want.size(); i++) {
      assertThat(bulk.get(i).message()).isEqualTo(want.get(i).message());
    }
    return bulk;
  }
}
