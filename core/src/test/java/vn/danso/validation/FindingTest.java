package vn.danso.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import vn.danso.text.Language;

class FindingTest {
  @Test
  void rendersTheMessageInEachLanguage() {
    Finding finding = TestRules.CODE_FORMAT.finding(Subject.of("unit", "9091"))
        .arg("code", "9091").expected("3 chữ số").actual("9091").build();
    assertThat(finding.message(Language.VI)).isEqualTo("Mã \"9091\" cần 3 chữ số");
    assertThat(finding.message(Language.EN)).isEqualTo("Code \"9091\" needs 3 chữ số");
    assertThat(finding.message()).isEqualTo(finding.message(Language.VI));
  }

  @Test
  void writesDecimalsAndDatesTheWayEachLanguageDoes() {
    Finding finding = TestRules.SRB_RANGE.finding(Subject.of("unit", "909"))
        .actual(100.6).expected("[95; 115]").build();
    assertThat(finding.message(Language.VI)).isEqualTo("Tỷ số giới tính khi sinh 100,6 ngoài khoảng [95; 115]");
    assertThat(finding.message(Language.EN)).isEqualTo("Sex ratio at birth 100.6 outside [95; 115]");
    Finding dated = TestRules.CODE_FORMAT.finding(Subject.root())
        .arg("code", LocalDate.of(2017, 10, 25)).expected(1073).build();
    assertThat(dated.message(Language.VI)).isEqualTo("Mã \"25/10/2017\" cần 1073");
    assertThat(dated.message(Language.EN)).isEqualTo("Code \"2017-10-25\" needs 1073");
  }

  @Test
  void writesSpecialDoublesReadably() {
    Finding nan = TestRules.SRB_RANGE.finding(Subject.root()).actual(Double.NaN).expected(1.0).build();
    assertThat(nan.message(Language.EN)).isEqualTo("Sex ratio at birth NaN outside 1");
    Finding inf = TestRules.SRB_RANGE.finding(Subject.root())
        .actual(Double.NEGATIVE_INFINITY).expected(Double.POSITIVE_INFINITY).build();
    assertThat(inf.message(Language.EN)).isEqualTo("Sex ratio at birth −∞ outside +∞");
  }

  @Test
  void subjectIsAlwaysAvailableToTemplates() {
    Finding note = TestRules.NOTE.finding(Subject.of("unit", "46")).build();
    assertThat(note.message(Language.EN)).isEqualTo("Note about unit[46]");
    assertThat(note.severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void aMissingArgumentIsMisuseNamingTheCall() {
    assertThatThrownBy(() -> TestRules.CODE_FORMAT.finding(Subject.root()).expected("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("{code}")
        .hasMessageContaining("arg(\"code\", …)");
    assertThatThrownBy(() -> TestRules.CODE_FORMAT.finding(Subject.root()).arg("code", "1").build())
        .hasMessageContaining("expected(…)");
  }

  @Test
  void mutableOrUnknownArgumentTypesAreRejected() {
    assertThatThrownBy(() -> TestRules.NOTE.finding(Subject.root()).arg("list", new ArrayList<>()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.util.ArrayList");
    assertThatThrownBy(() -> TestRules.NOTE.finding(Subject.root()).arg("expected", 1))
        .hasMessageContaining("reserved");
    assertThatThrownBy(() -> TestRules.NOTE.finding(Subject.root()).actual(null))
        .hasMessageContaining("leave it out");
  }

  @Test
  void severityCanBeOverriddenPerFinding() {
    Finding finding = TestRules.NOTE.finding(Subject.root()).severity(Severity.ERROR).build();
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.rule().severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void findingsCompareByValue() {
    Finding a = TestRules.NOTE.finding(Subject.of("unit", "1")).arg("x", 1).build();
    Finding b = TestRules.NOTE.finding(Subject.of("unit", "1")).arg("x", 1).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(TestRules.NOTE.finding(Subject.of("unit", "1")).arg("x", 2).build());
    assertThat(a.toString()).isEqualTo("INFO test.note @ unit[1]: Ghi chú về unit[1]");
  }
}
