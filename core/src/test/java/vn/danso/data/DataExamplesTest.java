package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitCode;
import vn.danso.admin.UnitRow;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.Period;
import vn.danso.text.Language;
import vn.danso.validation.ValidationReport;

/**
 * The examples in the Javadoc of the data engine's builders (submissions, datasets, check sets, the validator), each
 * run as written after the lines that give the values it names (BuilderExampleCoverageTest checks that the Javadoc
 * and these lines agree).
 */
class DataExamplesTest {
  @Test
  void theSubmissionExampleRuns() {
    Submission anMinh2023 = Submission.builder(UnitCode.of("909"), Period.year(2023))
        .add("births", 1073).add("births[male]", 538).add("births[female]", 535)
        .add("SRB", 100.6, 1)
        .build();

    assertThat(DataValidator.builtIn().validate(anMinh2023).isValid()).isTrue();
  }

  @Test
  void theDatasetExampleRuns() {
    Dataset anMinh = Dataset.builder()
        .add(UnitCode.of("909"), Period.year(2023), DataKey.parse("births"), 1073)
        .add(UnitCode.of("909"), Period.year(2023), DataKey.parse("SRB"), 100.6, 1)   // reported with 1 decimal
        .period(Period.year(2024))     // covered although nobody reported in it: completeness reports everyone missing
        .build();

    assertThat(anMinh.size()).isEqualTo(2);
    assertThat(anMinh.periods()).containsExactly(Period.year(2023), Period.year(2024));
  }

  @Test
  void theDataCheckSetExampleRuns() {
    DataCheckSet checks = DataCheckSet.builder()
        .addAll(DataCheckSet.builtIn(IndicatorCatalogue.builtIn()))   // the built-in checks
        .add(Required.of("population.average"))                     // and one of the province's own
        .build();

    assertThat(checks.checks()).contains(Required.of("population.average"))
        .containsAll(DataCheckSet.builtIn(IndicatorCatalogue.builtIn()).checks());
  }

  @Test
  void theDataValidatorExampleRuns() {
    HierarchySnapshot snapshot = VietnamCatalogue.builder()
        .addRows(List.of(UnitRow.of("909", "Huyện An Minh", "91"), UnitRow.of("31018", "Thị trấn Thứ Mười Một", "909")))
        .build().hierarchy().asOf(LocalDate.of(2023, 12, 31));
    Submission anMinh2023 = Submission.builder(UnitCode.of("909"), Period.year(2023))
        .add("births", 1073).add("births[male]", 538).add("births[female]", 535).build();
    Dataset nationalDataset = Dataset.builder().add(anMinh2023)
        .add(UnitCode.of("31018"), Period.year(2023), DataKey.parse("births"), 600).build();

    DataValidator validator = DataValidator.builder()
        .catalogue(IndicatorCatalogue.builtIn())
        .units(UnitTree.of(UnitCode.of("VN"), snapshot::childCodes))
        .build();
    ValidationReport one = validator.validate(anMinh2023);
    DatasetReport all = validator.check(nationalDataset);
    all.size(); all.countsByRule(); all.toReport().format(Language.EN);

    assertThat(one.isValid()).isTrue();
    assertThat(all.toReport().findings()).extracting(f -> f.ruleId().value())
        .contains("data.hierarchy.sum-mismatch");
  }
}
