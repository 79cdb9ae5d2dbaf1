package vn.danso.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A rule id of any length is judged in linear time and constant stack. */
class HostileRuleIdTest {
  @Test
  void aLongRuleIdIsReadWithoutRecursion() {
    String id = "a" + ".a-b".repeat(100_000);
    assertThat(RuleId.of(id).value()).hasSize(id.length());
    assertThatThrownBy(() -> RuleId.of(id + ".")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRuleIdKeepsItsShape() {
    assertThat(RuleId.of("hierarchy.code-format").value()).isEqualTo("hierarchy.code-format");
    assertThatThrownBy(() -> RuleId.of("hierarchy")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleId.of("hierarchy..cycle")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleId.of("hierarchy.-cycle")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleId.of("Hierarchy.cycle")).isInstanceOf(IllegalArgumentException.class);
  }
}
