package vn.danso.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danso.text.Language;

class ReportedValueTest {
  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(delimiter = '|', value = {
      "100,6|VI|100.6",
      "5,19‰|VI|5.19",
      "1.073|VI|1073",
      "1.073.000|VI|1073000",
      "5.19|VI|5.19",
      "74,7 %|VI|74.7",
      "−0,5|VI|-0.5",
      "100.6|EN|100.6",
      "1,073|EN|1073",
      "2,09|EN|2.09",
      "96,208,984|EN|96208984",
      "2.10|EN|2.10"})
  void numbersAreReadAsEachLanguageWritesThem(String text, Language language, String expected) {
    ReportedValue value = ReportedValue.parse(text, language);
    assertThat(value.value()).isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "''|no digits",
      "1,2,3|more than one decimal separator",
      "12.34,5|groups thousands wrongly",
      "abc|is not a number",
      "1,|is not a number"})
  void malformedNumbersSayWhy(String text, String message) {
    assertThatThrownBy(() -> ReportedValue.parse(text, Language.VI)).hasMessageContaining(message);
    assertThat(ReportedValue.tryParse(text, Language.VI)).isEmpty();
  }

  @Test
  void theReportedDecimalsAreKept() {
    assertThat(ReportedValue.parse("2,10", Language.VI).decimals()).isEqualTo(2);
    assertThat(ReportedValue.parse("2,10", Language.VI)).isNotEqualTo(ReportedValue.of("2.1"));
    assertThat(ReportedValue.of("100.6").tolerance()).isEqualByComparingTo("0.05");
    assertThat(ReportedValue.of(100.6, 1)).isEqualTo(ReportedValue.of("100.6"));
    assertThat(ReportedValue.of("100.6").label(Language.VI)).isEqualTo("100,6");
    assertThat(ReportedValue.of(new BigDecimal("1E+3")).decimals()).isZero();
  }

  @Test
  void seed002SexRatioMatchesAtOneDecimal() {
    double computed = 538.0 / 535 * 100;   // 100.5607…
    assertThat(ReportedValue.of("100.6").matches(computed)).isTrue();
    assertThat(ReportedValue.of("100.5").matches(computed)).isFalse();
    assertThat(ReportedValue.of("100.56").matches(computed)).isTrue();
    assertThat(ReportedValue.of("100.55").matches(computed)).isFalse();
    assertThat(ReportedValue.of("101").matches(computed)).isTrue();
    assertThat(ReportedValue.matches(100.6, 1, computed)).isTrue();
    assertThat(ReportedValue.matches(100.5, 1, computed)).isFalse();
  }

  @Test
  void theBoundaryIsIncludedAndDecidedExactly() {
    // 12.5 is a double exactly: both neighbours at 0 decimals are half a unit away.
    assertThat(ReportedValue.of("12").matches(12.5)).isTrue();
    assertThat(ReportedValue.of("13").matches(12.5)).isTrue();
    assertThat(ReportedValue.of("12.4").matches(12.5)).isFalse();
    // 0.15 is not a double: the double nearest is 0.1499999999999999944…, just inside 0.1 ± 0.05.
    assertThat(ReportedValue.of("0.1").matches(0.15)).isTrue();
    assertThat(ReportedValue.of("0.2").matches(0.15)).isFalse();
    assertThat(ReportedValue.matches(0.2, 1, 0.15)).isFalse();
    assertThat(ReportedValue.matches(0.1, 1, 0.15)).isTrue();
  }

  @Test
  void theFormulaBoundaryIsDecidedOnTheExactValueNotTheDouble() {
    CompiledFormula srb = Formula.rate(Formula.element("births", Sex.MALE), Formula.element("births", Sex.FEMALE),
        100).compile();
    // 2001 / 2000 × 100 = 100.05 exactly; the double result is 100.05000000000000426…
    double[] inputs = {2001, 2000};
    assertThat(srb.evaluate(inputs)).isNotEqualTo(new BigDecimal("100.05").doubleValue() - 1e-14);
    assertThat(srb.matches(inputs, ReportedValue.of("100.1"))).isTrue();
    assertThat(srb.matches(inputs, ReportedValue.of("100.0"))).isTrue();
    assertThat(srb.matches(inputs, 100.1, 1)).isTrue();
    assertThat(srb.matches(inputs, 100.0, 1)).isTrue();
    assertThat(srb.matches(inputs, 99.9, 1)).isFalse();
    // 201 / 200 × 100 = 100.5: both 100 and 101 match at no decimals.
    assertThat(srb.matches(new double[] {201, 200}, 100, 0)).isTrue();
    assertThat(srb.matches(new double[] {201, 200}, 101, 0)).isTrue();
  }

  @Test
  void nothingMatchesAValueThatIsNotFinite() {
    assertThat(ReportedValue.of("1").matches(Double.NaN)).isFalse();
    assertThat(ReportedValue.matches(Double.NaN, 1, 1)).isFalse();
    assertThat(ReportedValue.matches(1, 1, Double.POSITIVE_INFINITY)).isFalse();
    assertThatThrownBy(() -> ReportedValue.matches(1, 12, 1)).hasMessageContaining("0 to 9");
  }
}
