package vn.danso.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.danso.text.Language;

/** A placeholder with its noun, {count:time|times}, renders the count with the noun in the form the count takes. */
class CountedPlaceholderTest {
  private static final MessageTemplate EN = MessageTemplate.parse("{key} is reported {count:time|times}");
  private static final MessageTemplate VI = MessageTemplate.parse("{key} được báo cáo {count:lần}");

  @Test
  void theNounFollowsTheCount() {
    assertThat(EN.render(Map.of("key", "births", "count", 1), Language.EN)).isEqualTo("births is reported 1 time");
    assertThat(EN.render(Map.of("key", "births", "count", 2), Language.EN)).isEqualTo("births is reported 2 times");
    assertThat(EN.render(Map.of("key", "births", "count", 12345L), Language.EN))
        .isEqualTo("births is reported 12,345 times");
    assertThat(VI.render(Map.of("key", "births", "count", 12345), Language.VI))
        .isEqualTo("births được báo cáo 12.345 lần");
    assertThat(EN.placeholders()).containsExactly("key", "count");
  }

  @Test
  void aValueThatIsNotAWholeNumberTakesThePlural() {
    assertThat(EN.render(Map.of("key", "births", "count", 1.5), Language.EN)).isEqualTo("births is reported 1.5 times");
  }

  @Test
  void aMalformedNounIsMisuse() {
    assertThatThrownBy(() -> MessageTemplate.parse("{count:a|b|c}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("singular|plural");
    assertThatThrownBy(() -> MessageTemplate.parse("{count:}")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theReportHeaderCountsFindingsWithGroupedDigits() {
    Rule rule = Rule.builder().id("test.counted").severity(Severity.ERROR).title("t", "t").message("m", "m").build();
    ValidationReport.Builder many = ValidationReport.builder();
    for (int i = 0; i < 1001; i++) {
      many.add(rule.finding(Subject.of("row", String.valueOf(i))).build());
    }
    assertThat(many.build().format(Language.EN))
        .startsWith("Validation report: INVALID — 1,001 findings (1,001 errors, 0 warnings, 0 info)");
    assertThat(ValidationReport.of(rule.finding(Subject.root()).build()).format(Language.EN))
        .startsWith("Validation report: INVALID — 1 finding (1 error, 0 warnings, 0 info)");
  }
}
