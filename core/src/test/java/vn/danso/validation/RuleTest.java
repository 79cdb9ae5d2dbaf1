package vn.danso.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleTest {
  @Test
  void ruleIdsAreLowerCaseDottedSegments() {
    assertThat(RuleId.of("hierarchy.code-format").group()).isEqualTo("hierarchy");
    assertThat(RuleId.of("document.date.leading-zero").value()).isEqualTo("document.date.leading-zero");
    for (String bad : new String[] {"cycle", "Hierarchy.cycle", "hierarchy..cycle", "hierarchy.cycle-", "a.b c"}) {
      assertThatThrownBy(() -> RuleId.of(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("\"" + bad + "\" is malformed");
    }
  }

  @Test
  void ruleKnowsItsPlaceholders() {
    assertThat(TestRules.CODE_FORMAT.placeholders()).containsExactly("code", "expected");
    assertThat(TestRules.SRB_RANGE.source()).contains("QĐ 1679/QĐ-TTg");
  }

  @Test
  void rulesWithDifferentPlaceholdersPerLanguageAreRejected() {
    assertThatThrownBy(
            () -> Rule.builder().id("test.bad").severity(Severity.ERROR).title("t", "t")
                .message("Mã {code}", "Code {cod}").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rule test.bad")
        .hasMessageContaining("[code]")
        .hasMessageContaining("[cod]");
  }

  @Test
  void malformedTemplatesAreRejectedWithTheIndex() {
    assertThatThrownBy(
            () -> Rule.builder().id("test.bad").severity(Severity.ERROR).title("t", "t")
                .message("Mã {code", "Code {code").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unclosed '{' at index 3");
    assertThatThrownBy(
            () -> Rule.builder().id("test.bad").severity(Severity.ERROR).title("t", "t")
                .message("a } b", "a } b").build())
        .hasMessageContaining("unmatched '}' at index 2");
  }

  @Test
  void missingRequiredAttributesAreNamed() {
    assertThatThrownBy(() -> Rule.builder().id("test.bad").title("t", "t").message("m", "m").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("severity");
  }

  @Test
  void bracesCanBeEscaped() {
    Rule rule = Rule.builder().id("test.braces").severity(Severity.INFO).title("t", "t")
        .message("{{x}} = {x}", "{{x}} = {x}").build();
    assertThat(rule.finding(Subject.root()).arg("x", 1).build().message()).isEqualTo("{x} = 1");
  }

  @Test
  void rulesCompareByValue() {
    Rule a = Rule.builder().id("test.same").severity(Severity.INFO).title("t", "t").message("m", "m").build();
    Rule b = Rule.builder().id("test.same").severity(Severity.INFO).title("t", "t").message("m", "m").build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }
}
