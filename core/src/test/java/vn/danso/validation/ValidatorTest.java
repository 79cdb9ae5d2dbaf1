package vn.danso.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  /** Reports a negative count; a real-shaped validator over a plain value. */
  private static final Validator<Integer> NON_NEGATIVE = n -> n >= 0
      ? ValidationReport.empty()
      : ValidationReport.of(TestRules.SRB_RANGE.finding(Subject.of("element", "births")).actual(n).expected(">= 0").build());

  private static final Validator<Integer> EVEN = n -> n % 2 == 0
      ? ValidationReport.empty()
      : ValidationReport.of(TestRules.NOTE.finding(Subject.of("element", "births")).arg("n", n).build());

  @Test
  void andRunsBothAndKeepsOrder() {
    ValidationReport report = NON_NEGATIVE.and(EVEN).validate(-3);
    assertThat(report.findings()).extracting(Finding::ruleId)
        .containsExactly(TestRules.SRB_RANGE.id(), TestRules.NOTE.id());
  }

  @Test
  void allReportsEveryDefectNotTheFirst() {
    Validator<Integer> all = Validator.all(NON_NEGATIVE, EVEN, NON_NEGATIVE);
    assertThat(all.validate(-3).size()).isEqualTo(3);
    assertThat(all.validate(4).isEmpty()).isTrue();
    assertThat(Validator.<Integer>all(List.of()).validate(1).isEmpty()).isTrue();
  }

  @Test
  void onChecksAPartOfALargerValue() {
    Validator<String> lengthNonNegative = NON_NEGATIVE.on(s -> s.length() - 2);
    assertThat(lengthNonNegative.validate("a").findings()).singleElement()
        .satisfies(f -> assertThat(f.actual()).contains(-1));
    assertThat(lengthNonNegative.validate("abc").isEmpty()).isTrue();
  }

  @Test
  void nullInputIsMisuse() {
    assertThatThrownBy(() -> Validator.all(NON_NEGATIVE).validate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value to validate is null");
  }
}
