package vn.danso.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.danso.text.Language;

class ValidationReportTest {
  private final Finding codeError =
      TestRules.CODE_FORMAT.finding(Subject.of("unit", "9091")).arg("code", "9091").expected("3 chữ số").build();
  private final Finding srbWarning =
      TestRules.SRB_RANGE.finding(Subject.of("unit", "909").child("period", "2023"))
          .actual(120.4).expected("[95; 115]").build();
  private final Finding note = TestRules.NOTE.finding(Subject.of("unit", "909")).build();
  private final ValidationReport report = ValidationReport.of(codeError, srbWarning, note);

  @Test
  void emptyReportIsValid() {
    assertThat(ValidationReport.empty().isValid()).isTrue();
    assertThat(ValidationReport.empty().isEmpty()).isTrue();
    assertThat(ValidationReport.of()).isSameAs(ValidationReport.empty());
  }

  @Test
  void warningsAndNotesDoNotMakeAReportInvalid() {
    assertThat(ValidationReport.of(srbWarning, note).isValid()).isTrue();
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void countsBySeverityAndRule() {
    assertThat(report.count(Severity.ERROR)).isEqualTo(1);
    assertThat(report.count(Severity.WARNING)).isEqualTo(1);
    assertThat(report.count(Severity.INFO)).isEqualTo(1);
    assertThat(report.countsBySeverity()).containsExactly(
        org.assertj.core.api.Assertions.entry(Severity.ERROR, 1),
        org.assertj.core.api.Assertions.entry(Severity.WARNING, 1),
        org.assertj.core.api.Assertions.entry(Severity.INFO, 1));
    assertThat(ValidationReport.of(note, codeError, note).countsByRule())
        .containsExactly(
            org.assertj.core.api.Assertions.entry(TestRules.NOTE.id(), 2),
            org.assertj.core.api.Assertions.entry(TestRules.CODE_FORMAT.id(), 1));
    assertThat(report.count(TestRules.NOTE.id())).isEqualTo(1);
  }

  @Test
  void filtersKeepOrder() {
    assertThat(report.about(Subject.of("unit", "909")).findings()).containsExactly(srbWarning, note);
    assertThat(report.withRule(TestRules.CODE_FORMAT.id()).findings()).containsExactly(codeError);
    assertThat(report.withSeverity(Severity.WARNING).findings()).containsExactly(srbWarning);
    assertThat(report.atLeast(Severity.WARNING).findings()).containsExactly(codeError, srbWarning);
  }

  @Test
  void mergeConcatenates() {
    ValidationReport a = ValidationReport.of(codeError);
    ValidationReport b = ValidationReport.of(srbWarning, note);
    assertThat(a.merge(b)).isEqualTo(report);
    assertThat(ValidationReport.concat(java.util.List.of(a, ValidationReport.empty(), b))).isEqualTo(report);
  }

  @Test
  void formatsForPeopleInVietnamese() {
    assertThat(report.toString()).isEqualTo(
        "Báo cáo kiểm tra: KHÔNG HỢP LỆ — 3 phát hiện (1 lỗi, 1 cảnh báo, 1 thông tin)\n"
            + "  1. [lỗi] test.code-format — unit[9091]\n"
            + "     Mã \"9091\" cần 3 chữ số\n"
            + "     Mong đợi: 3 chữ số\n"
            + "  2. [cảnh báo] test.srb-range — unit[909] › period[2023]\n"
            + "     Tỷ số giới tính khi sinh 120,4 ngoài khoảng [95; 115]\n"
            + "     Mong đợi: [95; 115]; thực tế: 120,4\n"
            + "  3. [thông tin] test.note — unit[909]\n"
            + "     Ghi chú về unit[909]\n");
  }

  @Test
  void formatsForPeopleInEnglish() {
    assertThat(ValidationReport.of(srbWarning).format(Language.EN)).isEqualTo(
        "Validation report: VALID — 1 finding (0 errors, 1 warning, 0 info)\n"
            + "  1. [warning] test.srb-range — unit[909] › period[2023]\n"
            + "     Sex ratio at birth 120.4 outside [95; 115]\n"
            + "     Expected: [95; 115]; actual: 120.4\n");
    assertThat(ValidationReport.empty().format(Language.EN)).isEqualTo("Validation report: VALID — no findings\n");
  }

  @Test
  void formatsAsCsvForMachines() {
    assertThat(ReportFormat.csv(Language.EN).format(ValidationReport.of(codeError, srbWarning))).isEqualTo(
        "rule,severity,subject,expected,actual,message\r\n"
            + "test.code-format,ERROR,unit[9091],3 chữ số,,\"Code \"\"9091\"\" needs 3 chữ số\"\r\n"
            + "test.srb-range,WARNING,unit[909] › period[2023],[95; 115],120.4,Sex ratio at birth 120.4 outside [95; 115]\r\n");
    assertThat(ReportFormat.csv(Language.VI).format(ValidationReport.of(srbWarning)))
        .contains(",\"120,4\",\"Tỷ số giới tính khi sinh 120,4 ngoài khoảng [95; 115]\"");
  }

  @Test
  void builderCollectsInOrder() {
    ValidationReport built = ValidationReport.builder().add(note).addAll(ValidationReport.of(codeError)).build();
    assertThat(built.findings()).containsExactly(note, codeError);
  }

  @Test
  void longMessagesAreBrokenBetweenWordsToFitATerminal() {
    String code = "x".repeat(30);
    Finding finding = TestRules.CODE_FORMAT.finding(Subject.of("unit", "1")).arg("code", code)
        .expected("một dãy rất dài gồm nhiều chữ số và chữ cái theo đúng định dạng của cấp đơn vị này").build();
    String text = ValidationReport.of(finding).format(Language.VI);
    assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    assertThat(text).contains("\n     Mã \"" + code + "\" cần một dãy rất dài gồm nhiều chữ số và chữ cái theo đúng\n"
        + "       định dạng của cấp đơn vị này\n");
  }
}
