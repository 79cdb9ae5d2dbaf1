package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.PeriodType;
import vn.danso.indicator.Sex;
import vn.danso.indicator.ValueRange;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.Severity;

/** Rule files: rules read from text, every mistake a finding with its line and column, rule sets written back. */
class RuleFileTest {
  private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.builtIn();

  private static RuleFile read(String text) {
    return RuleFile.read(text, CATALOGUE);
  }

  @Test
  void rulesOfEveryKindAreReadToTheSameValuesAsTheTypedBuilders() {
    RuleFile file = read(String.join("\n",
        "# a province's checks",
        "check province.married-women: women.married-15-49 <= population.average[female,15-49]",
        "  severity: warning",
        "  levels: district, province",
        "  periods: year",
        "  vi: Số phụ nữ có chồng ({left}) nhiều hơn số phụ nữ ({right})",
        "  en: More married women ({left}) than women ({right})",
        "",
        "rule: required(births)",
        "rule: whole(births[*])",
        "rule: range(SRB, [0, inf), [95, 125])",
        "  periods: year",
        "rule: components(births, male, female)",
        "  tolerance: 1",
        "rule: computed(SRB)",
        "  missing: skip-if-all-missing",
        "rule: children_sum(births[*])",
        "rule: complete(commune)",
        "rule: year_on_year(births[*], 0.3, 20)",
        "rule: peer_outlier(births, 3.5, 5)",
        "  severity: info",
        "rule: target(TFR, 2020)"));

    assertThat(file.problems().findings()).isEmpty();
    assertThat(file.checks().checks()).containsExactly(
        ExpressionCheck.builder().id("province.married-women")
            .expression("women.married-15-49 <= population.average[female,15-49]")
            .severity(Severity.WARNING).addLevels(AdministrativeLevel.DISTRICT, AdministrativeLevel.PROVINCE)
            .addPeriodTypes(PeriodType.YEAR)
            .message("Số phụ nữ có chồng ({left}) nhiều hơn số phụ nữ ({right})",
                "More married women ({left}) than women ({right})").build(),
        Required.of("births"),
        WholeNonNegative.of("births[*]"),
        InRange.builder().keys("SRB").plausible(ValueRange.atLeast(0)).expected(ValueRange.closed(95, 125))
            .addPeriodTypes(PeriodType.YEAR).build(),
        ComponentsSum.builder().element(vn.danso.indicator.ElementCode.of("births")).addParts(Sex.MALE, Sex.FEMALE)
            .tolerance(1).build(),
        ComputedMatchesReported.builder().indicator(vn.danso.indicator.IndicatorCode.of("SRB"))
            .missingValues(MissingValueStrategy.SKIP_IF_ALL_MISSING).build(),
        ParentEqualsChildrenSum.of("births[*]"),
        Completeness.builder().level(AdministrativeLevel.COMMUNE).build(),
        YearOnYearChange.builder().keys(KeyPattern.parse("births[*]")).threshold(0.3).minimumChange(20).build(),
        PeerOutlier.builder().keys(KeyPattern.parse("births")).threshold(3.5).minimumPeers(5)
            .severity(Severity.INFO).build(),
        TargetCheck.builder().indicator(vn.danso.indicator.IndicatorCode.of("TFR")).baselineYear(2020).build());
  }

  @Test
  void aFileWithTenMistakesGivesTenFindingsWithLineAndColumn() {
    RuleFile file = read(String.join("\n",
        "check a.one: births = deaths",                          // 1: "=" alone
        "check a.two: birth >= 0",                               // 2: no element birth
        "check a.three: (births > 0) + 1 > 0",                   // 3: a condition added to a number
        "check a.four: births >= births",                        // 4: never fires
        "rule: whole(births[*])",
        "  colour: red",                                         // 6: unknown property
        "rule: range(CBR, [80, 0], none)",                       // 7: empty interval
        "check a.one: births >= 0",                              // 8: id used on line 1
        "rule: computed(XYZ)",                                   // 9: no indicator XYZ
        "check a.ten: births >= 0",
        "  severity: fatal",                                     // 11: no such severity
        "  note: x",                                             //     (same rule: one finding)
        "check A.eleven: births >= 0",                           // 13: malformed id
        "check a.fine: births >= deaths"));

    List<String> where = file.problems().findings().stream()
        .map(f -> f.ruleId().value() + "@" + f.arguments().get("line") + ":" + f.arguments().get("column"))
        .collect(Collectors.toList());
    assertThat(where).containsExactly(
        "data.rule-text.syntax@1:21",
        "data.rule-text.unknown-key@2:14",
        "data.rule-text.type@3:17",
        "data.rule-text.never-fires@4:15",
        "data.rule-text.property@6:3",
        "data.rule-text.syntax@7:18",
        "data.rule-text.duplicate-id@8:7",
        "data.rule-text.unknown-key@9:7",
        "data.rule-text.property@11:13",
        "data.rule-text.syntax@13:7");
    assertThat(file.checks().checks())
        .containsExactly(ExpressionCheck.builder().id("a.fine").expression("births >= deaths").build());
    assertThat(file.problems().findings().get(1).message(Language.EN))
        .isEqualTo("Line 2, column 14: birth is not defined by the indicator catalogue (no data element birth)");
  }

  @Test
  void theBuiltInRuleSetPrintsAsTextAndReadsBackToAnEqualRuleSet() {
    DataCheckSet builtIn = DataCheckSet.builtIn(CATALOGUE);
    String text = RuleFile.format(builtIn);
    RuleFile back = read(text);
    assertThat(back.problems().findings()).isEmpty();
    assertThat(back.checks()).isEqualTo(builtIn);
    assertThat(text).contains("rule: components(births, male, female)\n", "rule: computed(SRB)\n",
        "rule: children_sum(births[*])\n", "rule: complete()\n");
  }

  @Test
  void theAnMinhReportGivesTheSameFindingsThroughTheLanguage() {
    Submission anMinh = Submission.builder(vn.danso.admin.UnitCode.of("909"), vn.danso.indicator.Period.year(2023))
        .add("births", 1073).add("births[male]", 540).add("births[female]", 535).add("SRB", 100.6, 1).build();
    DataValidator typed = DataValidator.builtIn();
    DataValidator text = DataValidator.builder()
        .checks(read(RuleFile.format(DataCheckSet.builtIn(CATALOGUE))).checks()).build();
    List<Finding> findings = text.validate(anMinh).findings();
    assertThat(findings).isEqualTo(typed.validate(anMinh).findings());
    assertThat(findings).extracting(f -> f.ruleId().value())
        .containsExactly("data.components.sum-mismatch", "indicator.value.reported-mismatch");
  }

  @Test
  void anExpressionRuleGivesItsOwnFindingWithItsMessage() {
    DataCheckSet rules = read(String.join("\n",
        "check province.married-women: women.married-15-49 <= population.average[female,15-49]",
        "  vi: Số phụ nữ có chồng ({left}) nhiều hơn số phụ nữ ({right})",
        "  en: More married women ({left}) than women ({right})")).checks();
    Submission report = Submission.builder(vn.danso.admin.UnitCode.of("909"), vn.danso.indicator.Period.year(2023))
        .add("women.married-15-49", 12_000).add("population.average[female,15-49]", 11_500).build();
    DataValidator validator = DataValidator.builder().checks(rules).build();

    List<Finding> findings = validator.validate(report).findings();
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).ruleId().value()).isEqualTo("province.married-women");
    assertThat(findings.get(0).message(Language.EN)).isEqualTo("More married women (12000) than women (11500)");
    assertThat(validator.validate(Dataset.of(ImmutableList.of(report))).findings()).isEqualTo(findings);
  }

  @Test
  void countsPerRuleAndUnitNeedNoFindings() {
    DataCheckSet rules = read(String.join("\n",
        "rule: whole(births[*])",
        "check province.boys: births[male] <= births")).checks();
    vn.danso.indicator.Period year = vn.danso.indicator.Period.year(2023);
    Dataset dataset = Dataset.builder()
        .add(vn.danso.admin.UnitCode.of("909"), year, DataKey.parse("births"), 10)
        .add(vn.danso.admin.UnitCode.of("909"), year, DataKey.parse("births[male]"), 12)
        .add(vn.danso.admin.UnitCode.of("910"), year, DataKey.parse("births"), -1)
        .add(vn.danso.admin.UnitCode.of("910"), year, DataKey.parse("births[male]"), 0.5).build();
    DatasetReport report = DataValidator.builder().checks(rules).build().check(dataset);

    assertThat(report.flaggedByCheck()).containsExactly(2, 2);
    assertThat(report.flaggedByUnit(1)).containsExactly(java.util.Map.entry(vn.danso.admin.UnitCode.of("909"), 1),
        java.util.Map.entry(vn.danso.admin.UnitCode.of("910"), 1));
    assertThat(report.toReport().countsByRule().get(vn.danso.validation.RuleId.of("province.boys"))).isEqualTo(2);
  }

  @Test
  void linesEndInLfCrlfOrCrAndAreNumberedAlike() {
    String lf = "# a comment\ncheck a.one: births >= 0\n\ncheck a.bad: births = 3\nrule: whole(births[*])\n";
    RuleFile byLf = read(lf);
    for (String text : List.of(lf.replace("\n", "\r\n"), lf.replace("\n", "\r"))) {
      RuleFile other = read(text);
      assertThat(other.checks()).isEqualTo(byLf.checks());
      assertThat(other.problems().findings()).isEqualTo(byLf.problems().findings());
    }
    assertThat(byLf.checks().checks()).hasSize(2);
    assertThat(byLf.problems().findings()).singleElement()
        .satisfies(f -> assertThat(f.message(Language.EN)).contains("Line 4"));
  }
}
