package vn.danso.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;
import vn.danso.data.DataValidator;
import vn.danso.data.Submission;
import vn.danso.indicator.Period;
import vn.danso.text.Language;

/**
 * The examples in the Javadoc of the validation kernel's builders, each run as written (BuilderExampleCoverageTest
 * checks that the Javadoc and these lines agree).
 */
class ValidationExamplesTest {
  private static final Rule REPORT_LATE = Rule.builder().id("myapp.report-late").severity(Severity.WARNING)
      .title("Báo cáo gửi muộn", "Report sent late")
      .message("Báo cáo {period} của {unit} gửi ngày {actual}, sau hạn {expected}",
          "Report {period} of {unit} sent on {actual}, after the deadline {expected}")
      .build();

  @Test
  void theRuleExampleRuns() {
    Rule reportLate = Rule.builder()     // an integrator's own rule, in its own id group; keep it in a constant
        .id("myapp.report-late")
        .severity(Severity.WARNING)
        .title("Báo cáo gửi muộn", "Report sent late")
        .message("Báo cáo {period} của {unit} gửi ngày {actual}, sau hạn {expected}",
                 "Report {period} of {unit} sent on {actual}, after the deadline {expected}")
        .build();
    Finding late = reportLate.finding(Subject.of("unit", "909").child("period", "2023"))
        .arg("period", "2023").arg("unit", "Huyện An Minh")
        .expected(LocalDate.of(2024, 1, 15)).actual(LocalDate.of(2024, 2, 1))
        .build();
    late.message(Language.EN);   // "Report 2023 of Huyện An Minh sent on 2024-02-01, after the deadline 2024-01-15"

    assertThat(reportLate).isEqualTo(REPORT_LATE);
    assertThat(late.message(Language.EN))
        .isEqualTo("Report 2023 of Huyện An Minh sent on 2024-02-01, after the deadline 2024-01-15");
  }

  @Test
  void theFindingExampleRuns() {
    Rule reportLate = REPORT_LATE;

    Finding late = reportLate.finding(Subject.of("unit", "909").child("period", "2023"))
        .arg("period", "2023").arg("unit", "Huyện An Minh")
        .expected(LocalDate.of(2024, 1, 15)).actual(LocalDate.of(2024, 2, 1))
        .severity(Severity.ERROR)     // above the rule's default, for this finding only
        .build();

    assertThat(late.severity()).isEqualTo(Severity.ERROR);
    assertThat(REPORT_LATE.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void theValidationReportExampleRuns() {
    Submission anMinh2023 = Submission.builder(UnitCode.of("909"), Period.year(2023))
        .add("births", 1073).add("births[male]", 540).add("births[female]", 535).build();
    Finding late = REPORT_LATE.finding(Subject.of("unit", "909").child("period", "2023"))
        .arg("period", "2023").arg("unit", "Huyện An Minh")
        .expected(LocalDate.of(2024, 1, 15)).actual(LocalDate.of(2024, 2, 1)).build();

    ValidationReport all = ValidationReport.builder()
        .addAll(DataValidator.builtIn().validate(anMinh2023))   // the figures' findings
        .add(late)                                              // and a finding of one of your own rules
        .build();

    assertThat(all.findings()).extracting(f -> f.ruleId().value())
        .containsExactlyInAnyOrder("data.components.sum-mismatch", "myapp.report-late");
  }
}
