package vn.danso.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.danso.text.Language;

/**
 * Codes and numbers from outside are judged in time and stack bounded by their length, and a bad one is rejected with
 * the documented exception only. Each test is a reproducer of a defect once seen.
 */
class HostileCodesAndNumbersTest {
  private static final String LONG_CODE = "A" + "_A".repeat(100_000);
  private static final String LONG_ELEMENT = "a" + ".a".repeat(100_000);

  @Test
  void aLongIndicatorCodeIsReadWithoutRecursion() {
    assertThat(IndicatorCode.of(LONG_CODE).value()).hasSize(200_001);
    assertThat(IndicatorCode.tryParse(LONG_CODE + "_")).isEmpty();
  }

  @Test
  void aLongElementCodeAndKeyAreReadWithoutRecursion() {
    assertThat(ElementCode.of(LONG_ELEMENT).value()).hasSize(200_001);
    assertThat(ElementKey.tryParse(LONG_ELEMENT)).isPresent();
    assertThat(ElementKey.tryParse(LONG_ELEMENT + "..a")).isEmpty();
    assertThatThrownBy(() -> ElementKey.parse(LONG_ELEMENT + "-")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void codesKeepTheirShape() {
    assertThat(IndicatorCode.tryParse("SHARE_65_PLUS")).isPresent();
    assertThat(IndicatorCode.tryParse("SHARE__65")).isEmpty();
    assertThat(IndicatorCode.tryParse("_SRB")).isEmpty();
    assertThat(IndicatorCode.tryParse("1SRB")).isEmpty();
    assertThat(ElementCode.tryParse("population.average")).isPresent();
    assertThat(ElementCode.tryParse("births-live.by-age")).isPresent();
    assertThat(ElementCode.tryParse("births.-live")).isEmpty();
    assertThat(ElementCode.tryParse("Births")).isEmpty();
  }

  @Test
  void aHugeExponentIsRejectedAtOnce() {
    assertThatThrownBy(() -> ReportedValue.of("1e100000000")).isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("above");
    assertThatThrownBy(() -> ReportedValue.of("3e947652617")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> ReportedValue.of("1e-947652617")).isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("more than 9 decimals");
  }

  @Test
  void tooManyDecimalsIsTheDocumentedNumberFormatException() {
    assertThatThrownBy(() -> ReportedValue.of(".1000000000")).isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("more than 9 decimals");
  }

  @Test
  void anExponentIsReadAsTheNumberItIs() {
    assertThat(ReportedValue.of("1e308").value()).isEqualByComparingTo(new BigDecimal("1e308"));
    assertThat(ReportedValue.of("1e308").decimals()).isZero();
    assertThat(ReportedValue.of("12.5e-1")).isEqualTo(ReportedValue.of("1.25"));
    assertThat(ReportedValue.of(" -0.50 ").decimals()).isEqualTo(2);
    assertThat(ReportedValue.of("0e999999999").value()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void aNumberBeyondTheRangeOfADoubleIsRejectedNotMadeInfinite() {
    String digits400 = "9".repeat(400);
    assertThatThrownBy(() -> ReportedValue.of(digits400)).isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("above");
    assertThatThrownBy(() -> ReportedValue.of("1.8e308")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> ReportedValue.parse(digits400, Language.EN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("above");
    assertThatThrownBy(() -> ReportedValue.of(new BigDecimal("1e400")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ReportedValue.of("0".repeat(100_000) + "1.5").doubleValue()).isEqualTo(1.5);
  }

  @Test
  void notAPlainDecimalSaysWhere() {
    assertThatThrownBy(() -> ReportedValue.of("1,5")).isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("unexpected ',' at index 1");
    assertThatThrownBy(() -> ReportedValue.of("1e")).isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("exponent");
    assertThatThrownBy(() -> ReportedValue.of("NaN")).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void aLongNumberInADocumentIsReadInBoundedTime() {
    assertThatThrownBy(() -> ReportedValue.parse("1" + "0".repeat(1_000_000), Language.VI))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportedValue.parse("1," + "5".repeat(1_000_000), Language.VI))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decimals");
  }

  @Test
  void shiftingAPeriodPastTheLastIntYearIsTheDocumentedException() {
    assertThatThrownBy(() -> Period.year(2023).plusYears(Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    assertThatThrownBy(() -> Period.year(2023).plusYears(Integer.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
  }

  @Test
  void roundingNaNOrAnInfinityIsTheDocumentedException() {
    ReportedValue value = ReportedValue.of("100.6");
    assertThatThrownBy(() -> value.round(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    assertThatThrownBy(() -> value.round(Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    assertThat(value.round(100.649)).isEqualByComparingTo("100.6");
  }
}
