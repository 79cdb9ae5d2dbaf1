package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.testing.Fuzz;
import vn.danso.testing.FuzzText;

/**
 * Rule text from outside, conditions reading other reports included: an expression is read or refused with a
 * {@link RuleTextException}, and reads back equal from its canonical text; a rule file never throws.
 */
class RuleTextFuzzTest {
  private static final List<String> CONDITIONS = List.of(
      "abs(births - previous(births)) / previous(births) <= 0.25",
      "births == sum(children(births))",
      "births[male] <= 2 * last_year(births[male]) and not (deaths > previous(deaths))",
      "NIR ~= CBR - CDR",
      "max(births, 1) >= min(previous(births), sum(children(births[female])))");

  @Test
  void expressionsReadOrAreRefusedAndReadBack() {
    Fuzz.run("Expression.parse", r -> FuzzText.text(r, CONDITIONS), text -> {
      Expression expression = Fuzz.orRejected(RuleTextException.class, () -> Expression.parse(text));
      if (expression != null) {
        Expression back = Expression.parse(expression.toString());
        assertThat(back).isEqualTo(expression);
        assertThat(back.readsOtherReports()).isEqualTo(expression.readsOtherReports());
      }
    });
  }

  @Test
  void ruleFilesNeverThrow() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    Fuzz.run("RuleFile.read", r -> "check a.b: " + FuzzText.text(r, CONDITIONS) + "\n  missing: never-skip\n",
        text -> assertThat(RuleFile.read(text, catalogue).checks().size()).isBetween(0, 1));
  }
}
