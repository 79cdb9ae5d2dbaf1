package vn.danso.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.CharMatcher;
import org.junit.jupiter.api.Test;
import vn.danso.validation.RuleId;

/**
 * Code written by hand so that a program's first calls load fewer classes computes what the library code it
 * replaced computed: codes' equality and hash codes as a record's, and the whitespace trimmed from category codes
 * as Guava's.
 */
class StartPathEquivalenceTest {
  @Test
  void codesAreEqualByTheirTextAndHashAsTheirText() {
    assertThat(ElementCode.of("births")).isEqualTo(ElementCode.of("births"))
        .isNotEqualTo(ElementCode.of("deaths")).isNotEqualTo("births");
    assertThat(ElementCode.of("births").hashCode()).isEqualTo("births".hashCode());
    assertThat(IndicatorCode.of("SRB")).isEqualTo(IndicatorCode.of("SRB")).isNotEqualTo(IndicatorCode.of("TFR"));
    assertThat(IndicatorCode.of("SRB").hashCode()).isEqualTo("SRB".hashCode());
    assertThat(RuleId.of("data.range")).isEqualTo(RuleId.of("data.range")).isNotEqualTo(RuleId.of("data.sum"));
    assertThat(RuleId.of("data.range").hashCode()).isEqualTo("data.range".hashCode());
  }

  @Test
  void categoryCodesAreTrimmedOfExactlyGuavasWhitespace() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(Disaggregation.isWhitespace(c)).as("U+%04X", (int) c)
          .isEqualTo(CharMatcher.whitespace().matches(c));
    }
    assertThat(Disaggregation.parse("\u3000female ,\u00A015-19\t").code()).isEqualTo("female,15-19");
    assertThatThrownBy(() -> Disaggregation.parse("female,")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Disaggregation.parse(",female")).isInstanceOf(IllegalArgumentException.class);
  }
}
