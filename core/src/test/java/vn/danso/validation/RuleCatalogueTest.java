package vn.danso.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {
  @Test
  void keepsRulesSortedById() {
    RuleCatalogue catalogue = RuleCatalogue.of(TestRules.SRB_RANGE, TestRules.CODE_FORMAT, TestRules.NOTE);
    assertThat(catalogue.rules()).extracting(r -> r.id().value())
        .containsExactly("test.code-format", "test.note", "test.srb-range");
    assertThat(catalogue.get(RuleId.of("test.note"))).contains(TestRules.NOTE);
    assertThat(catalogue.get(RuleId.of("test.none"))).isEmpty();
  }

  @Test
  void rejectsTwoDifferentRulesWithOneId() {
    Rule other = Rule.builder().id("test.note").severity(Severity.ERROR).title("x", "Other").message("m", "m").build();
    assertThatThrownBy(() -> RuleCatalogue.of(TestRules.NOTE, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.note")
        .hasMessageContaining("\"Note\" and \"Other\"");
    assertThat(RuleCatalogue.of(TestRules.NOTE, TestRules.NOTE).size()).isEqualTo(1);
  }

  @Test
  void unionGathersCatalogues() {
    RuleCatalogue union = RuleCatalogue.union(
        List.of(RuleCatalogue.of(TestRules.NOTE), RuleCatalogue.of(TestRules.CODE_FORMAT)));
    assertThat(union.size()).isEqualTo(2);
  }

  @Test
  void writesMarkdownWithOneTablePerGroup() {
    String markdown = RuleCatalogue.of(TestRules.SRB_RANGE, TestRules.CODE_FORMAT).toMarkdown();
    assertThat(markdown).contains("## test\n");
    assertThat(markdown).contains("| `test.srb-range` | warning | Tỷ số giới tính khi sinh bất thường<br>"
        + "Unusual sex ratio at birth<br>Source: QĐ 1679/QĐ-TTg |");
  }
}
