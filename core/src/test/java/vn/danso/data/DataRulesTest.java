package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.AgeGroup;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.Period;
import vn.danso.indicator.PeriodType;
import vn.danso.indicator.Sex;
import vn.danso.indicator.ValueRange;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.Severity;
import vn.danso.validation.ValidationReport;

/** The rule kinds, one behaviour each, through the validator's single-submission and dataset paths. */
class DataRulesTest {
  private static final UnitCode AN_MINH = UnitCode.of("909");
  private static final Period Y2023 = Period.year(2023);

  private static List<String> ids(ValidationReport report) {
    return report.findings().stream().map(f -> f.ruleId().value()).collect(ImmutableList.toImmutableList());
  }

  private static ValidationReport check(DataCheck rule, Submission submission) {
    return DataValidator.builder().checks(DataCheckSet.of(rule)).build().validate(submission);
  }

  @Test
  void theStrategiesSayWhenARuleIsChecked() {
    assertThat(MissingValueStrategy.SKIP_IF_ANY_MISSING.checks(1, 2)).isFalse();
    assertThat(MissingValueStrategy.SKIP_IF_ALL_MISSING.checks(1, 2)).isTrue();
    assertThat(MissingValueStrategy.SKIP_IF_ALL_MISSING.checks(0, 2)).isFalse();
    assertThat(MissingValueStrategy.NEVER_SKIP.checks(0, 2)).isTrue();
  }

  @Test
  void theBuiltInRulesComeFromTheCatalogue() {
    List<DataCheck> rules = DataCheckSet.builtIn(IndicatorCatalogue.builtIn()).checks();
    assertThat(rules).contains(WholeNonNegative.of("births[*]"), ComponentsSum.of("births", Sex.MALE, Sex.FEMALE),
        ComponentsSum.of("population.average", AgeGroup.UNDER_15, AgeGroup.WORKING_AGE, AgeGroup.AGED_65_PLUS),
        ComputedMatchesReported.of("SRB"), ParentEqualsChildrenSum.of("births[*]"), Completeness.ofLeaves());
    assertThat(rules).contains(InRange.builder().keys("SRB").plausible(ValueRange.atLeast(0))
        .expected(ValueRange.closed(95, 125)).addPeriodTypes(PeriodType.YEAR).build());
    assertThat(rules).filteredOn(r -> r instanceof ComponentsSum).allMatch(r -> r.severity() == Severity.ERROR);
  }

  @Test
  void misuseOfRulesFailsFastSayingWhatToDo() {
    assertThatThrownBy(() -> ComponentsSum.of("births", Sex.MALE, AgeGroup.UNDER_15))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("of different dimensions");
    assertThatThrownBy(() -> InRange.builder().keys("births").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("give at least one");
    assertThatThrownBy(() -> DataValidator.builder().checks(DataCheckSet.of(ComputedMatchesReported.of("XYZ"))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("add it to the catalogue");
  }

  @Test
  void aRequiredFigureThatIsMissingIsReported() {
    ValidationReport report = check(Required.of("deaths"), Submission.builder(AN_MINH, Y2023).add("births", 1).build());
    assertThat(ids(report)).containsExactly("data.value.missing");
    assertThat(report.findings().get(0).message(Language.EN)).isEqualTo("The report lacks deaths");
  }

  @Test
  void anExpectedRangeHoldsOnlyForItsPeriods() {
    DataValidator validator = DataValidator.builtIn();
    // 30‰ in a year is plausible but unusual; a month's CBR is about a twelfth of a year's and not held to 5–35‰.
    assertThat(ids(validator.validate(Submission.builder(AN_MINH, Y2023).add("CBR", 40.0, 1).build())))
        .containsExactly("indicator.value.outside-expected");
    assertThat(validator.validate(Submission.builder(AN_MINH, Period.month(2023, 3)).add("CBR", 1.2, 1).build()))
        .matches(ValidationReport::isEmpty);
    assertThat(ids(validator.validate(Submission.builder(AN_MINH, Period.month(2023, 3)).add("CBR", 1200, 1)
        .build()))).containsExactly("indicator.value.outside-plausible");
  }

  @Test
  void anAbsurdCountIsImplausible() {
    ValidationReport report = DataValidator.builtIn()
        .validate(Submission.builder(AN_MINH, Y2023).add("deaths", 3e11).build());
    assertThat(ids(report)).containsExactly("indicator.value.outside-plausible");
    assertThat(report.findings().get(0).message(Language.EN))
        .isEqualTo("deaths = 300000000000 is outside the plausible range (−∞, 200000000]");
  }

  @Test
  void aNegativeFractionIsBothNegativeAndNotWhole() {
    assertThat(ids(check(WholeNonNegative.of("deaths[*]"), Submission.builder(AN_MINH, Y2023)
        .add("deaths[male]", -2.5).build()))).containsExactly("data.count.negative", "data.count.not-whole");
  }

  @Test
  void withSkipIfAllMissingAMissingPartCountsAsZero() {
    ComponentsSum rule = ComponentsSum.builder().element(vn.danso.indicator.ElementCode.of("births"))
        .addParts(Sex.MALE, Sex.FEMALE).missingValues(MissingValueStrategy.SKIP_IF_ALL_MISSING).build();
    Submission boysOnly = Submission.builder(AN_MINH, Y2023).add("births", 1073).add("births[male]", 538).build();
    ValidationReport report = check(rule, boysOnly);
    assertThat(report.findings().get(0).message(Language.EN)).isEqualTo(
        "births = 1073 differs from the sum of its parts births[male] 538 + births[female] (missing) = 538 "
            + "(difference 535)");
    assertThat(check(ComponentsSum.of("births", Sex.MALE, Sex.FEMALE), boysOnly)).matches(ValidationReport::isEmpty);
  }

  @Test
  void aReportedIndicatorIsComparedAtItsOwnPrecisionExactlyAtTheBoundary() {
    ComputedMatchesReported srb = ComputedMatchesReported.of("SRB");
    Submission.Builder base = Submission.builder(AN_MINH, Y2023).add("births[male]", 2001).add("births[female]", 2000);
    // 2001 / 2000 × 100 = 100,05 exactly: within half a unit of both 100,0 and 100,1.
    assertThat(check(srb, base.add("SRB", 100.0, 1).build())).matches(ValidationReport::isEmpty);
    assertThat(check(srb, Submission.builder(AN_MINH, Y2023).add("births[male]", 2001).add("births[female]", 2000)
        .add("SRB", 100.1, 1).build())).matches(ValidationReport::isEmpty);
    assertThat(ids(check(srb, Submission.builder(AN_MINH, Y2023).add("births[male]", 2001)
        .add("births[female]", 2000).add("SRB", 100.1, 2).build())))
        .containsExactly("indicator.value.reported-mismatch");
  }

  @Test
  void aReportedIndicatorWithAZeroDenominatorIsReported() {
    ValidationReport report = check(ComputedMatchesReported.of("SRB"), Submission.builder(AN_MINH, Y2023)
        .add("births[male]", 3).add("births[female]", 0).add("SRB", 100.0, 1).build());
    assertThat(ids(report)).containsExactly("indicator.value.zero-denominator");
    assertThat(report.findings().get(0).subject().toString()).isEqualTo("unit[909] › period[2023] › indicator[SRB]");
  }

  @Test
  void anUnknownKeySaysWhyTheCatalogueDoesNotDefineIt() {
    ValidationReport report = DataValidator.builtIn().validate(Submission.builder(AN_MINH, Y2023)
        .add("birth", 1).add("marriages[male]", 1).add("XYZ", 1).build());
    assertThat(report.findings()).extracting(f -> f.message(Language.EN)).containsExactly(
        "birth is not defined by the indicator catalogue (no data element birth); the figure is not checked",
        "marriages[male] is not defined by the indicator catalogue (marriages is not broken down by male); the "
            + "figure is not checked",
        "XYZ is not defined by the indicator catalogue (no indicator XYZ); the figure is not checked");
  }

  @Test
  void aTargetNotMetIsReported() {
    ValidationReport report = check(TargetCheck.of("SRB"), Submission.builder(AN_MINH, Y2023)
        .add("births[male]", 560).add("births[female]", 500).build());
    assertThat(ids(report)).containsExactly("indicator.target.not-achieved");
  }

  @Test
  void withABaselineYearATargetIsJudgedOnTrackOrOffTrackFromTheUnitsOwnBaseline() {
    TargetCheck rule = TargetCheck.builder().indicator(vn.danso.indicator.IndicatorCode.of("SRB")).baselineYear(2019)
        .build();
    Dataset data = Dataset.builder()
        .add(AN_MINH, Period.year(2019), DataKey.parse("SRB"), 115.0, 1)
        .add(AN_MINH, Period.year(2023), DataKey.parse("SRB"), 114.9, 1)
        .add(UnitCode.of("910"), Period.year(2019), DataKey.parse("SRB"), 115.0, 1)
        .add(UnitCode.of("910"), Period.year(2023), DataKey.parse("SRB"), 111.0, 1)
        .build();
    ValidationReport report = DataValidator.builder().checks(DataCheckSet.of(rule)).build().validate(data);
    // Both fall short of < 109 in their baseline year; in 2023 An Minh is behind the line from 115 to 109, 910 ahead.
    assertThat(report.findings()).extracting(f -> f.ruleId().value() + " " + f.subject()).containsExactly(
        "indicator.target.not-achieved unit[909] › period[2019] › indicator[SRB]",
        "indicator.target.off-track unit[909] › period[2023] › indicator[SRB]",
        "indicator.target.not-achieved unit[910] › period[2019] › indicator[SRB]");
    assertThat(rule.isWithinSubmission()).isFalse();
  }

  @Test
  void aChangeFromTheSamePeriodLastYearBeyondTheThresholdIsReported() {
    YearOnYearChange rule = YearOnYearChange.builder().keys(KeyPattern.parse("births")).threshold(0.5)
        .minimumChange(10).build();
    Dataset data = Dataset.builder()
        .add(AN_MINH, Period.month(2023, 3), DataKey.parse("births"), 90)
        .add(AN_MINH, Period.month(2024, 3), DataKey.parse("births"), 150)
        .add(AN_MINH, Period.month(2024, 4), DataKey.parse("births"), 15)
        .build();
    ValidationReport report = DataValidator.builder().checks(DataCheckSet.of(rule)).build().validate(data);
    assertThat(report.findings()).extracting(f -> f.message(Language.EN)).containsExactly(
        "births = 150 changed by +66.7% from the same period a year before (90), beyond the relative threshold of "
            + "±50%");
    assertThat(rule.isUnusual(3, 6)).isFalse();
  }

  @Test
  void aValueThatStandsOutAmongUnitsOfItsLevelIsReportedWithoutATree() {
    Dataset.Builder data = Dataset.builder();
    int[] births = {100, 104, 98, 101, 97, 103, 480};
    for (int i = 0; i < births.length; i++) {
      data.add(UnitCode.of("3101" + i), Y2023, DataKey.parse("births"), births[i]);
    }
    ValidationReport report = DataValidator.builder().checks(DataCheckSet.of(PeerOutlier.of("births"))).build()
        .validate(data.build());
    assertThat(report.findings()).hasSize(1);
    Finding outlier = report.findings().get(0);
    assertThat(outlier.subject().toString()).isEqualTo("unit[31016] › period[2023] › element[births]");
    assertThat(outlier.message(Language.EN)).startsWith("births = 480 stands out among 7 comparable units: median 101");
  }

  @Test
  void aUnitOutsideTheTreeIsReportedOnce() {
    UnitTree tree = UnitTree.of(AN_MINH, u -> u.equals(AN_MINH) ? List.of(UnitCode.of("31018")) : List.of());
    Dataset data = Dataset.builder()
        .add(UnitCode.of("31018"), Period.month(2023, 1), DataKey.parse("births"), 5)
        .add(UnitCode.of("31999"), Period.month(2023, 1), DataKey.parse("births"), 5)
        .add(UnitCode.of("31999"), Period.month(2023, 2), DataKey.parse("births"), 5)
        .build();
    ValidationReport report = DataValidator.builder().units(tree).build().validate(data);
    assertThat(report.findings()).extracting(f -> f.ruleId().value() + " " + f.subject()).containsExactly(
        "data.completeness.missing-reports unit[909] › period[2023-02]",
        "data.completeness.unknown-unit unit[31999] › period[2023-01]");
  }

  @Test
  void aDeclaredPeriodWithNoReportIsReportedMissing() {
    UnitTree tree = UnitTree.of(AN_MINH, u -> u.equals(AN_MINH) ? List.of(UnitCode.of("31018")) : List.of());
    Dataset data = Dataset.builder()
        .add(UnitCode.of("31018"), Period.month(2023, 1), DataKey.parse("births"), 5)
        .period(Period.month(2023, 2))
        .build();
    assertThat(data.periods()).containsExactly(Period.month(2023, 1), Period.month(2023, 2));
    assertThat(data.size()).isEqualTo(1);
    ValidationReport report = DataValidator.builder().units(tree).build().validate(data);
    assertThat(report.findings()).extracting(f -> f.ruleId().value() + " " + f.subject()).containsExactly(
        "data.completeness.missing-reports unit[909] › period[2023-02]");
  }
}
