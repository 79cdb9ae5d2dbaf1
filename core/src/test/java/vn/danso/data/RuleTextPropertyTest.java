package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.Period;
import vn.danso.indicator.PeriodType;
import vn.danso.testing.Gen;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.ValidationReport;

/**
 * Rules written as text: any rule set prints as text that reads back to an equal rule set, and rules read from
 * text give the same findings in the single-submission and the bulk paths; rules that read other reports (the period
 * before, the units below) give over a dataset the findings of a plain reference, and none on a lone submission.
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
      long other = Gen.seeds(20).flatMap(s -> bothPaths(s).stream())
          .filter(f -> f.message(Language.EN).contains("previous(")).count();
      long below = Gen.seeds(20).flatMap(s -> bothPaths(s).stream())
          .filter(f -> f.message(Language.EN).contains("sum(children(")).count();
      assertThat(other).as("findings of rules reading the period before").isGreaterThan(10);
      assertThat(below).as("findings of rules reading the units below").isGreaterThan(10);
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
    List<UnitCode> communes = new ArrayList<>();
    for (int i = 0; i < gen.intBetween(1, 15); i++) {
      communes.add(UnitCode.of(String.format("%05d", gen.intBetween(1, 32_000))));
    }
    List<UnitCode> units = new ArrayList<>(communes);
    units.add(UnitCode.of("909"));
    units.add(UnitCode.of("91"));
    // The communes below the district 909 below the province 91 (and one commune outside the tree).
    UnitTree tree = UnitTree.of(UnitCode.of("91"), u -> u.value().equals("91") ? List.of(UnitCode.of("909"))
        : u.value().equals("909") ? communes.subList(0, Math.max(1, communes.size() - 1)).stream().distinct()
            .collect(Collectors.toList()) : List.of());
    List<Period> periods = new ArrayList<>(Period.year(2022).parts(PeriodType.MONTH).subList(0, 2));
    periods.addAll(Period.year(2023).parts(PeriodType.MONTH).subList(0, 3));
    periods.add(Period.year(2022));
    periods.add(Period.year(2023));
    List<Submission> submissions = new DataGen(gen).submissions(units, periods);
    Collections.shuffle(submissions, new java.util.Random(seed));
    Dataset dataset = Dataset.of(submissions);
    DataValidator validator = DataValidator.builder().checks(read).units(tree).build();

    // The rules that read one report: the single path, report by report, gives the bulk path's findings.
    ValidationReport.Builder single = ValidationReport.builder();
    dataset.submissions().forEach(s -> single.addAll(validator.validate(s)));
    List<Finding> want = single.build().findings();
    List<Finding> all = validator.validate(dataset).findings();
    Set<String> otherReports = read.checks().stream().filter(c -> !c.isWithinSubmission())
        .map(c -> ((ExpressionCheck) c).id().value()).collect(Collectors.toSet());
    List<Finding> bulk = all.stream().filter(f -> !otherReports.contains(f.ruleId().value()))
        .collect(Collectors.toList());
    assertThat(bulk).as("seed %s", seed).isEqualTo(want);
    for (int i = 0; i < want.size(); i++) {
      assertThat(bulk.get(i).message()).isEqualTo(want.get(i).message());
    }
    // The rules that read other reports: the bulk path gives the reference's findings, which the single path,
    // seeing one report, does not give.
    OtherReportsReference reference = new OtherReportsReference(dataset, tree, IndicatorCatalogue.builtIn());
    List<String> expected = read.checks().stream().filter(c -> !c.isWithinSubmission())
        .flatMap(c -> reference.findings((ExpressionCheck) c).stream()).map(RuleTextPropertyTest::describe)
        .sorted().collect(Collectors.toList());
    List<String> actual = all.stream().filter(f -> otherReports.contains(f.ruleId().value()))
        .map(RuleTextPropertyTest::describe).sorted().collect(Collectors.toList());
    assertThat(actual).as("seed %s", seed).isEqualTo(expected);
    assertThat(want).noneMatch(f -> otherReports.contains(f.ruleId().value()));
    return all;
  }

  private static String describe(Finding f) {
    return f.ruleId() + " " + f.subject() + " " + f.message(Language.EN);
  }
}
