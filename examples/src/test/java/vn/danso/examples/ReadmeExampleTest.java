package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;
import vn.danso.data.DataValidator;
import vn.danso.data.Submission;
import vn.danso.document.DocumentNumber;
import vn.danso.indicator.Period;
import vn.danso.text.Language;
import vn.danso.validation.ValidationReport;

/** The README's ten-line example, line for line, so that it cannot drift from the library. */
class ReadmeExampleTest {
  @Test
  void theReadmeExampleDoesWhatItSays() {
    Submission anMinh = Submission.builder(UnitCode.of("909"), Period.year(2023))  // Huyện An Minh, 2023
        .add("births", 1073).add("births[male]", 540).add("births[female]", 535)   // 540 mistyped for 538
        .add("SRB", 100.6, 1)                                                         // reported with 1 decimal
        .build();
    ValidationReport report = DataValidator.builtIn().validate(anMinh);
    report.isValid();                         // false: 540 + 535 ≠ 1073, and 540/535 × 100 ≠ 100,6
    String text = report.format(Language.EN); // every finding, with its rule id, in English

    DocumentNumber number = DocumentNumber.parse("Số: 49–KH/ÐUK");  // en dash, Ð (U+00D0) typed for Đ
    String canonical = number.format();                             // "49-KH/ĐUK"

    assertThat(report.isValid()).isFalse();
    assertThat(report.findings()).extracting(f -> f.ruleId().value())
        .containsExactly("data.components.sum-mismatch", "indicator.value.reported-mismatch");
    assertThat(text).startsWith("Validation report: INVALID — 2 findings (2 errors, 0 warnings, 0 info)");
    assertThat(canonical).isEqualTo("49-KH/ĐUK");
  }
}
