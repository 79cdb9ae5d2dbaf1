package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.ElementCode;
import vn.danso.indicator.IndicatorCode;
import vn.danso.indicator.Period;
import vn.danso.indicator.PeriodType;
import vn.danso.indicator.Sex;
import vn.danso.indicator.ValueRange;
import vn.danso.validation.Severity;
import vn.danso.validation.ValidationReport;

/**
 * The examples in the Javadoc of the builders of the data checks, each run as written (BuilderExampleCoverageTest
 * checks that the Javadoc and these lines agree).
 */
class DataCheckExamplesTest {
  private static List<String> ids(ValidationReport report) {
    return report.findings().stream().map(f -> f.ruleId().value()).collect(ImmutableList.toImmutableList());
  }

  private static ValidationReport check(DataCheck check, Submission submission) {
    return DataValidator.builder().checks(DataCheckSet.of(check)).build().validate(submission);
  }

  @Test
  void theComponentsSumBuilderExampleRuns() {
    ComponentsSum bySex = ComponentsSum.builder()
        .element(ElementCode.of("births"))
        .addParts(Sex.MALE, Sex.FEMALE)     // births[male] + births[female] = births
        .tolerance(0)
        .build();

    Submission anMinh = Submission.builder(UnitCode.of("909"), Period.year(2023))
        .add("births", 1073).add("births[male]", 540).add("births[female]", 535).build();
    assertThat(ids(check(bySex, anMinh))).containsExactly("data.components.sum-mismatch");
  }

  @Test
  void theCompletenessBuilderExampleRuns() {
    Completeness communes = Completeness.builder()
        .level(AdministrativeLevel.COMMUNE)   // every commune of the tree is expected to report
        .severity(Severity.ERROR)
        .build();

    assertThat(communes.level()).contains(AdministrativeLevel.COMMUNE);
    assertThat(communes.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void theComputedMatchesReportedBuilderExampleRuns() {
    ComputedMatchesReported srb = ComputedMatchesReported.builder()
        .indicator(IndicatorCode.of("SRB"))   // the reported SRB against the one its formula gives
        .missingValues(MissingValueStrategy.SKIP_IF_ANY_MISSING)
        .build();

    Submission anMinh = Submission.builder(UnitCode.of("909"), Period.year(2023))
        .add("births[male]", 540).add("births[female]", 535).add("SRB", 100.6, 1).build();
    assertThat(ids(check(srb, anMinh))).containsExactly("indicator.value.reported-mismatch");
  }

  @Test
  void theInRangeBuilderExampleRuns() {
    InRange srbBands = InRange.builder()
        .keys("SRB")
        .plausible(ValueRange.atLeast(0))       // outside: cannot be right
        .expected(ValueRange.closed(95, 125))   // outside: unusual, to be checked
        .addPeriodTypes(PeriodType.YEAR)
        .build();

    Submission implausible = Submission.builder(UnitCode.of("909"), Period.year(2023)).add("SRB", -1.0, 1).build();
    Submission unusual = Submission.builder(UnitCode.of("909"), Period.year(2023)).add("SRB", 130.0, 1).build();
    assertThat(ids(check(srbBands, implausible))).containsExactly("indicator.value.outside-plausible");
    assertThat(ids(check(srbBands, unusual))).containsExactly("indicator.value.outside-expected");
  }

  @Test
  void theParentEqualsChildrenSumBuilderExampleRuns() {
    ParentEqualsChildrenSum births = ParentEqualsChildrenSum.builder()
        .keys(KeyPattern.parse("births"))   // a district's births = the sum of its communes' births
        .tolerance(0)
        .build();

    assertThat(births.keys()).isEqualTo(KeyPattern.parse("births"));
    assertThat(births.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void thePeerOutlierBuilderExampleRuns() {
    PeerOutlier srbAmongPeers = PeerOutlier.builder()
        .keys(KeyPattern.parse("SRB"))
        .threshold(3.5)      // modified z-score beyond which a unit stands out among its siblings
        .minimumPeers(5)
        .build();

    assertThat(srbAmongPeers.threshold()).isEqualTo(3.5);
    assertThat(srbAmongPeers.minimumPeers()).isEqualTo(5);
  }

  @Test
  void theRequiredBuilderExampleRuns() {
    Required births = Required.builder()
        .key(DataKey.parse("births"))
        .severity(Severity.ERROR)
        .build();

    Submission withoutBirths = Submission.builder(UnitCode.of("909"), Period.year(2023)).add("deaths", 310).build();
    assertThat(check(births, withoutBirths).findings()).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void theTargetCheckBuilderExampleRuns() {
    TargetCheck srbTarget = TargetCheck.builder()
        .indicator(IndicatorCode.of("SRB"))   // against the catalogue's 2030 target
        .baselineYear(2019)                   // each unit's 2019 value is its baseline
        .build();

    assertThat(srbTarget.indicator()).isEqualTo(IndicatorCode.of("SRB"));
    assertThat(srbTarget.baselineYear()).contains(2019);
  }

  @Test
  void theWholeNonNegativeBuilderExampleRuns() {
    WholeNonNegative counts = WholeNonNegative.builder()
        .keys(KeyPattern.parse("births"))
        .severity(Severity.ERROR)
        .build();

    Submission negative = Submission.builder(UnitCode.of("909"), Period.year(2023)).add("births", -3).build();
    assertThat(check(counts, negative).findings()).hasSize(1);
  }

  @Test
  void theYearOnYearChangeBuilderExampleRuns() {
    YearOnYearChange births = YearOnYearChange.builder()
        .keys(KeyPattern.parse("births"))
        .threshold(0.5)        // more than ±50 % of last year's figure
        .minimumChange(10)     // and more than 10 births
        .build();

    assertThat(births.threshold()).isEqualTo(0.5);
    assertThat(births.minimumChange()).isEqualTo(10.0);
  }

  @Test
  void theExpressionCheckBuilderExampleRuns() {
    ExpressionCheck bySex = ExpressionCheck.builder()
        .id("province.births-by-sex")
        .expression("births[male] + births[female] == births")
        .addLevels(AdministrativeLevel.COMMUNE)
        .message("Số sinh theo giới tính không khớp tổng số sinh", "Births by sex do not add up to births")
        .build();

    Submission commune = Submission.builder(UnitCode.of("31018"), Period.year(2023))
        .add("births", 41).add("births[male]", 20).add("births[female]", 20).build();
    assertThat(bySex.appliesTo(AdministrativeLevel.COMMUNE, PeriodType.YEAR)).isTrue();
    assertThat(ids(check(bySex, commune))).containsExactly("province.births-by-sex");
  }
}
