package vn.danso.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.testing.Fuzz;
import vn.danso.testing.FuzzText;
import vn.danso.text.Language;

/**
 * The readers of indicator codes, keys, periods and numbers reject any input only with their documented exception,
 * in bounded time, and what they read writes back to text that reads back equal.
 */
class IndicatorTextFuzzTest {
  private static final List<String> CODES = List.of("SRB", "TFR", "SHARE_65_PLUS", "NIR", "SHARE_UNDER_15",
      "A" + "_A".repeat(40), "CBR");
  private static final List<String> KEYS = List.of("births", "population.average", "population.average[0-14]",
      "births[male]", "population.average[female,urban]", "deaths[65+]", "a" + ".a".repeat(40),
      "population.average[15-49,female]");
  private static final List<String> PERIODS = List.of("2023", "2023Q1", "2023-01", "2021-2025", "2020q3",
      "2023–2030", "2019-12", "9999Q4", "1000");
  private static final List<String> NUMBERS = List.of("100,6", "5,19‰", "1.073", "1,073", "93,7", "-3",
      "100.6", "1e308", "12.5e-1", "0,000000001", "1.234.567,89", "+ 2 %", "−0,5");

  @Test
  void indicatorCodesReadOrFailAsDocumented() {
    Fuzz.run("IndicatorCode.of", r -> FuzzText.text(r, CODES), text -> {
      IndicatorCode code = Fuzz.orRejected(IllegalArgumentException.class, () -> IndicatorCode.of(text));
      assertThat(IndicatorCode.tryParse(text)).isEqualTo(java.util.Optional.ofNullable(code));
      if (code != null) {
        assertThat(IndicatorCode.of(code.value())).isEqualTo(code);
      }
    });
  }

  @Test
  void elementKeysReadOrFailAsDocumentedAndReadBack() {
    Fuzz.run("ElementKey.parse", r -> FuzzText.text(r, KEYS), text -> {
      ElementKey key = Fuzz.orRejected(IllegalArgumentException.class, () -> ElementKey.parse(text));
      assertThat(ElementKey.tryParse(text)).isEqualTo(java.util.Optional.ofNullable(key));
      if (key != null) {
        assertThat(ElementKey.parse(key.toString())).isEqualTo(key);
      }
      Fuzz.orRejected(IllegalArgumentException.class, () -> ElementCode.of(text));
    });
  }

  @Test
  void periodsReadOrFailAsDocumentedAndReadBack() {
    Fuzz.run("Period.parse", r -> FuzzText.text(r, PERIODS), text -> {
      Period period = Fuzz.orRejected(PeriodParseException.class, () -> Period.parse(text));
      assertThat(Period.tryParse(text)).isEqualTo(java.util.Optional.ofNullable(period));
      if (period != null) {
        assertThat(Period.parse(period.code())).isEqualTo(period);
      }
    });
  }

  @Test
  void plainDecimalsReadOrFailAsDocumentedAndReadBack() {
    Fuzz.run("ReportedValue.of", r -> FuzzText.text(r, NUMBERS), text -> {
      ReportedValue value = Fuzz.orRejected(NumberFormatException.class, () -> ReportedValue.of(text));
      if (value != null) {
        assertThat(ReportedValue.of(value.toString())).isEqualTo(value);
        assertThat(Double.isFinite(value.doubleValue())).isTrue();
      }
    });
  }

  @Test
  void numbersAsDocumentsWriteThemReadOrFailAsDocumentedAndReadBack() {
    Fuzz.run("ReportedValue.parse", r -> FuzzText.text(r, NUMBERS), text -> {
      for (Language language : Language.values()) {
        ReportedValue value = Fuzz.orRejected(IllegalArgumentException.class,
            () -> ReportedValue.parse(text, language));
        assertThat(ReportedValue.tryParse(text, language)).isEqualTo(java.util.Optional.ofNullable(value));
        if (value != null) {
          assertThat(ReportedValue.parse(value.label(language), language)).isEqualTo(value);
          assertThat(Double.isFinite(value.doubleValue())).isTrue();
        }
      }
    });
  }

  @Test
  void disaggregationsAndAgeGroupsReadOrFailAsDocumented() {
    Fuzz.run("Disaggregation.parse", r -> FuzzText.text(r, List.of("0-14", "female,urban", "65+", "male", "15-49")),
        text -> {
          Disaggregation d = Fuzz.orRejected(IllegalArgumentException.class, () -> Disaggregation.parse(text));
          if (d != null) {
            assertThat(Disaggregation.parse(d.code())).isEqualTo(d);
          }
          AgeGroup.tryParse(text).ifPresent(g -> assertThat(AgeGroup.tryParse(g.code())).contains(g));
        });
  }
}
