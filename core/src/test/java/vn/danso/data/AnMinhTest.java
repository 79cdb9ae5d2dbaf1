package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.ValidationReport;

/**
 * The acceptance cases of the data engine, on the 2023 figures of Huyện An Minh (Kiên Giang, district 909) from the
 * district Party committee's article of 31/01/2024: 1.073 births, 538 boys and 535 girls, a sex ratio at birth of
 * 100,6 and a natural increase rate of 5,19‰.
 */
class AnMinhTest {
  static final UnitCode AN_MINH = UnitCode.of("909");
  static final Period Y2023 = Period.year(2023);
  private final DataValidator validator = DataValidator.builtIn();

  static Submission.Builder anMinh(int boys) {
    return Submission.builder(AN_MINH, Y2023)
        .add("births", 1073).add("births[male]", boys).add("births[female]", 535)
        .add("SRB", 100.6, 1).add("NIR", 5.19, 2);
  }

  private static List<String> ids(ValidationReport report) {
    return report.findings().stream().map(f -> f.ruleId().value()).collect(ImmutableList.toImmutableList());
  }

  @Test
  void anMinhPasses() {
    ValidationReport report = validator.validate(anMinh(538).build());
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void fiveHundredFortyBoysGiveExactlyTheSumAndTheRatioFindings() {
    ValidationReport report = validator.validate(anMinh(540).build());
    assertThat(ids(report)).containsExactly("data.components.sum-mismatch", "indicator.value.reported-mismatch");
    Finding sum = report.findings().get(0);
    assertThat(sum.subject().toString()).isEqualTo("unit[909] › period[2023] › element[births]");
    assertThat(sum.message(Language.VI)).isEqualTo(
        "births = 1073 khác tổng các thành phần births[male] 540 + births[female] 535 = 1075 (chênh lệch -2)");
    Finding srb = report.findings().get(1);
    assertThat(srb.subject().toString()).isEqualTo("unit[909] › period[2023] › indicator[SRB]");
    assertThat(srb.message(Language.EN)).isEqualTo(
        "SRB is reported as 100.6 but its components give 100.9 (100.9346); the difference exceeds ±0.05");
  }

  @Test
  void notANumberIsItsOwnFinding() {
    ValidationReport report = validator.validate(Submission.builder(AN_MINH, Y2023)
        .add("births", Double.NaN).add("births[male]", 538).add("births[female]", 535).build());
    assertThat(ids(report)).containsExactly("data.value.not-finite");
    assertThat(report.findings().get(0).message(Language.EN))
        .isEqualTo("births = NaN is not a finite number; the checks that read it are skipped");
  }

  @Test
  void aNegativeCountIsItsOwnFinding() {
    ValidationReport report = validator.validate(Submission.builder(AN_MINH, Y2023).add("deaths", -3).build());
    assertThat(ids(report)).containsExactly("data.count.negative");
    assertThat(report.findings().get(0).subject().toString())
        .isEqualTo("unit[909] › period[2023] › element[deaths]");
  }

  @Test
  void aDuplicatedKeyIsItsOwnFindingAndTheFirstValueIsUsed() {
    ValidationReport report = validator.validate(anMinh(538).add("births", 1080).build());
    assertThat(ids(report)).containsExactly("data.value.duplicate");
    assertThat(report.findings().get(0).message(Language.EN))
        .isEqualTo("births is reported 2 times (1073; 1080); the first, 1073, is the one checked");
  }

  @Test
  void theHierarchysViewOnADayIsTheTreeOfTheSumsBelow() {
    vn.danso.admin.HierarchySnapshot view = vn.danso.admin.VietnamCatalogue.builder()
        .addRows(List.of(
            vn.danso.admin.UnitRow.of("909", "Huyện An Minh", "91"),
            vn.danso.admin.UnitRow.of("31018", "Thị trấn Thứ Mười Một", "909"),
            vn.danso.admin.UnitRow.of("31021", "Xã Thuận Hoà", "909")))
        .build().hierarchy().asOf(java.time.LocalDate.of(2023, 12, 31));
    UnitTree tree = UnitTree.of(UnitCode.of("VN"), view::childCodes);
    assertThat(tree.parent(UnitCode.of("31021"))).contains(AN_MINH);
    Dataset data = Dataset.builder().add(anMinh(538).build())
        .add(UnitCode.of("31018"), Y2023, DataKey.parse("births"), 600).build();
    ValidationReport report = DataValidator.builder().units(tree).build().validate(data);
    assertThat(report.findings()).extracting(f -> f.ruleId().value() + " " + f.subject()).contains(
        "data.hierarchy.sum-mismatch unit[909] › period[2023] › element[births]",
        "data.completeness.missing-reports unit[909] › period[2023]");
    assertThat(report.withRule(DataRules.HIERARCHY_SUM_MISMATCH.id()).findings().get(0).arguments())
        .containsEntry("difference", 473.0).containsEntry("missing", "31021");
  }

  @Test
  void aDistrictThatDiffersFromItsCommunesIsReportedWithTheImbalanceAndTheCommunesMissing() {
    ImmutableList<UnitCode> communes = ImmutableList.of("31018", "31021", "31024", "31030", "31031", "31033",
        "31036", "31039", "31042", "31045", "31048").stream().map(UnitCode::of)
        .collect(ImmutableList.toImmutableList());
    ImmutableMap<UnitCode, ImmutableList<UnitCode>> below = ImmutableMap.of(
        UnitCode.of("VN"), ImmutableList.of(UnitCode.of("91")),
        UnitCode.of("91"), ImmutableList.of(AN_MINH),
        AN_MINH, communes);
    UnitTree tree = UnitTree.of(UnitCode.of("VN"), u -> below.getOrDefault(u, ImmutableList.of()));
    Dataset.Builder data = Dataset.builder().add(anMinh(538).build());
    // Nine of the eleven communes report 100 births each: 900, against the district's 1.073.
    for (UnitCode commune : communes.subList(0, 9)) {
      data.add(commune, Y2023, DataKey.parse("births"), 100);
    }
    DataValidator withTree = DataValidator.builder().units(tree).parallelism(1).build();
    ValidationReport report = withTree.validate(data.build());
    assertThat(ids(report)).containsExactly("data.hierarchy.sum-mismatch", "data.completeness.missing-reports");
    Finding sum = report.findings().get(0);
    assertThat(sum.subject().toString()).isEqualTo("unit[909] › period[2023] › element[births]");
    assertThat(sum.arguments()).containsEntry("difference", 173.0).containsEntry("missing", "31045, 31048");
    assertThat(sum.message(Language.EN)).isEqualTo("births = 1073 differs from the sum over the 9 of 11 units below "
        + "that reported = 900 (imbalance 173); not reported: 31045, 31048");
    assertThat(report.findings().get(1).message(Language.EN))
        .isEqualTo("Reports from 9 of 11 units below (81.8%); not reported: 31045, 31048");
  }
}
