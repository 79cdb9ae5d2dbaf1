package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.ValidationReport;

/** Keys of any length are read in bounded stack, and extreme values stay findings with readable messages. */
class HostileDataTest {
  private static final UnitCode AN_MINH = UnitCode.of("909");
  private static final String LONG_KEY = "a" + ".a".repeat(100_000);

  @Test
  void aLongKeyIsReadWithoutRecursion() {
    assertThat(DataKey.tryParse(LONG_KEY)).isPresent();
    assertThat(DataKey.tryParse(LONG_KEY + "!")).isEmpty();
    assertThatThrownBy(() -> DataKey.parse("A" + "_A".repeat(100_000) + "_"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(KeyPattern.parse(LONG_KEY + "[*]")).isNotNull();
  }

  @Test
  void aSubmissionTakesALongKeyOrRejectsItWithTheDocumentedException() {
    assertThat(Submission.builder(AN_MINH, Period.year(2023)).add(LONG_KEY, 1).build().values()).hasSize(1);
    assertThatThrownBy(() -> Submission.builder(AN_MINH, Period.year(2023)).add(LONG_KEY + "..", 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aChangeTooLargeForADoubleIsReportedAsInfinite() {
    YearOnYearChange rule = YearOnYearChange.builder().keys(KeyPattern.parse("births")).threshold(0.5)
        .minimumChange(10).build();
    Dataset data = Dataset.builder()
        .add(AN_MINH, Period.year(2023), DataKey.parse("births"), 1)
        .add(AN_MINH, Period.year(2024), DataKey.parse("births"), 1e307)
        .build();
    DataValidator validator = DataValidator.builder().checks(DataCheckSet.of(rule)).build();
    ValidationReport report = validator.check(data).toReport();
    assertThat(report.findings()).singleElement().extracting(f -> f.message(Language.EN)).asString()
        .contains("changed by +∞");
    assertThat(validator.validate(data).findings()).extracting(Finding::ruleId)
        .isEqualTo(report.findings().stream().map(Finding::ruleId).toList());
  }

  @Test
  void theBulkPathReportsWhatTheSinglePathReportsWhenFormulasHaveDifferentInputs() {
    Submission submission = Submission.builder(AN_MINH, Period.year(2023)).add("births", 1).add("deaths", 1)
        .add("population.average", 1000).add("population.average[0-14]", 141).add("NIR", 5, 1)
        .add("SHARE_UNDER_15", 50, 1).build();
    DataValidator validator = DataValidator.builtIn();
    ValidationReport single = validator.validate(submission);
    assertThat(validator.check(Dataset.of(java.util.List.of(submission))).toReport().findings())
        .isEqualTo(single.findings());
    assertThat(single.findings()).isNotEmpty();
  }
}
