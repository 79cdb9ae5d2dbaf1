package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The expression language: what it reads, how it writes it back, and where it says text is wrong. */
class RuleLanguageTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "births[male]+births[female]==births | births[male] + births[female] == births",
      "population.married[female,15-49] <= population[female,15-49] "
          + "| population.married[female,15-49] <= population[female,15-49]",
      "NIR ≈ CBR − CDR | NIR ~= CBR - CDR",
      "abs(births - deaths) / (births) <= 25% | abs(births - deaths) / births <= 0.25",
      "a - (b - c) > 0 or not (deaths >= 0 and births >= 0) | a - (b - c) > 0 or not (deaths >= 0 and births >= 0)",
      "TFR ~= 5 * (ASFR_15_19 + ASFR_20_24) / 1000 | TFR ~= 5 * (ASFR_15_19 + ASFR_20_24) / 1000",
      "-births < -(deaths) | -births < -deaths",
      "max(births, deaths, 1) ≥ 1 | max(births, deaths, 1) >= 1",
  })
  void anExpressionIsWrittenBackCanonicallyAndReadsBackToItself(String text, String canonical) {
    Expression expression = Expression.parse(text);
    assertThat(expression.toString()).isEqualTo(canonical);
    assertThat(Expression.parse(canonical)).isEqualTo(expression);
  }

  @Test
  void decomposedVietnameseTextIsReadAfterNormalisation() {
    assertThat(Expression.parse("births >= 0").keys()).containsExactly(DataKey.parse("births"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "births = deaths | 7 | \"=\" alone is not an operator",
      "births + | 8 | the rule ended",
      "(births + deaths >= 0 | 21 | expected \")\" to close the \"(\" at index 0",
      "births >= 1.2.3 | 10 | is not a number",
      "sqrt(births) > 0 | 0 | no function \"sqrt\"",
      "births < deaths < 3 | 7 | a comparison cannot be compared again",
      "births[male >= 0 | 16 | expected \"]\"",
      "births 3 | 7 | expected an operator",
      "abs(births, deaths) > 0 | 0 | abs takes one argument",
  })
  void aMistakeIsReportedAtItsIndexWithACaret(String text, int index, String reason) {
    assertThatThrownBy(() -> Expression.parse(text)).isInstanceOfSatisfying(RuleTextException.class, e -> {
      assertThat(e.errorIndex()).isEqualTo(index);
      assertThat(e.reason()).contains(reason);
      assertThat(e.getMessage()).endsWith(text + "\n" + " ".repeat(index) + "^");
    });
  }

  @Test
  void hostileNestingIsRefusedWithoutOverflowingTheStack() {
    String deep = "(".repeat(100_000) + "births" + ")".repeat(100_000) + " > 0";
    assertThatThrownBy(() -> Expression.parse(deep)).isInstanceOf(RuleTextException.class)
        .hasMessageContaining("nested deeper than 32 levels");
    String minus = "-".repeat(100_000) + "births > 0";
    assertThatThrownBy(() -> Expression.parse(minus)).isInstanceOf(RuleTextException.class)
        .hasMessageContaining("nested deeper");
    String nots = "not ".repeat(100_000) + "births > 0";
    assertThatThrownBy(() -> Expression.parse(nots)).isInstanceOf(RuleTextException.class)
        .hasMessageContaining("nested deeper");
    String longSum = "births" + " + births".repeat(100_000) + " > 0";
    assertThatThrownBy(() -> Expression.parse(longSum)).isInstanceOf(RuleTextException.class)
        .hasMessageContaining("more than 200 terms");
  }

  /**
   * Every finite number reads back from the plain form the library writes it in (the rule text of a typed rule with a
   * bound of 1e40 once did not: 41 digits, over a limit of 40); numbers past what a double holds are refused.
   */
  @Test
  void everyFiniteNumberReadsBackAndOnlyFiniteOnesAreRead() {
    for (double value : new double[] {1e40, 9.999999999999999e39, Double.MAX_VALUE, Double.MIN_VALUE,
        Double.MIN_NORMAL, 0.1, 1e-300, 123456789.125}) {
      String text = "births <= " + ExpressionNode.format(value);
      assertThat(Expression.parse(text).toString()).as(text).isEqualTo(text);
    }
    assertThat(Expression.parse("births <= " + "9".repeat(40)).toString())
        .isEqualTo("births <= 1" + "0".repeat(40));
    assertThatThrownBy(() -> Expression.parse("births <= 1" + "0".repeat(400)))
        .isInstanceOfSatisfying(RuleTextException.class, e -> {
          assertThat(e.errorIndex()).isEqualTo(10);
          assertThat(e.reason()).contains("401 characters is longer than the 400");
        });
    assertThatThrownBy(() -> Expression.parse("births <= 1" + "0".repeat(309)))
        .isInstanceOfSatisfying(RuleTextException.class, e -> {
          assertThat(e.errorIndex()).isEqualTo(10);
          assertThat(e.reason()).contains("is too large");
        });
  }

  @Test
  void anExpressionKnowsWhetherItIsACondition() {
    assertThat(Expression.parse("births - deaths").isCondition()).isFalse();
    assertThat(Expression.parse("births >= deaths").isCondition()).isTrue();
    assertThatThrownBy(() -> ExpressionCheck.builder().id("province.x").expression("births - deaths").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("is a number, not a condition");
  }
}
