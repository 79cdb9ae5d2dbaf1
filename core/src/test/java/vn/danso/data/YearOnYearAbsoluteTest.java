package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.Period;
import vn.danso.text.Language;
import vn.danso.validation.Finding;

/**
 * A year-on-year check with an absolute threshold: the total fertility rate moving by more than 0.15 children per
 * woman. The rows are the statistics office's provincial TFR of 2023 and 2024 (table E02.16, one decimal; see
 * {@code examples/samples/nso-2024-SOURCES.md}).
 */
class YearOnYearAbsoluteTest {
  private static final YearOnYearChange TFR_015 = YearOnYearChange.builder().keys(KeyPattern.parse("TFR"))
      .measure(YearOnYearChange.Measure.ABSOLUTE).threshold(0.15).build();

  /** Hà Nội 1.9 → 1.9, Quảng Bình 2.8 → 2.4, Hà Tĩnh 2.7 → 2.4, Kon Tum 2.3 → 2.6, Nam Định 2.6 → 2.5. */
  private static Dataset published() {
    Dataset.Builder data = Dataset.builder();
    Object[][] rows = {{"01", 1.9, 1.9}, {"44", 2.8, 2.4}, {"42", 2.7, 2.4}, {"62", 2.3, 2.6}, {"36", 2.6, 2.5}};
    for (Object[] row : rows) {
      UnitCode unit = UnitCode.of((String) row[0]);
      data.add(unit, Period.year(2023), DataKey.parse("TFR"), (Double) row[1], 1)
          .add(unit, Period.year(2024), DataKey.parse("TFR"), (Double) row[2], 1);
    }
    return data.build();
  }

  private static List<Finding> check(YearOnYearChange rule, Dataset data) {
    return DataValidator.builder().checks(DataCheckSet.of(rule)).build().validate(data).findings();
  }

  @Test
  void theTotalFertilityRateMovingByMoreThanATenthAndAHalfIsReported() {
    List<Finding> findings = check(TFR_015, published());
    assertThat(findings).extracting(f -> f.subject().segments().get(0).key()).containsExactly("42", "44", "62");
    assertThat(findings).extracting(f -> f.ruleId().value()).containsOnly("data.change.year-on-year");
    Finding quangBinh = findings.get(1);
    assertThat(quangBinh.message(Language.EN)).isEqualTo("TFR = 2.4 changed by -0.4 from the same period a year "
        + "before (2.8), beyond the absolute threshold of ±0.15");
    assertThat(quangBinh.message(Language.VI)).isEqualTo("TFR = 2,4 thay đổi -0,4 so với cùng kỳ năm trước (2,8), "
        + "vượt ngưỡng tuyệt đối ±0,15");
    assertThat(findings.get(2).message(Language.EN)).contains("changed by +0.3 ");
  }

  @Test
  void aRelativeThresholdSaysItIsRelative() {
    YearOnYearChange tenPercent = YearOnYearChange.builder().keys(KeyPattern.parse("TFR")).threshold(0.1).build();
    List<Finding> findings = check(tenPercent, published());
    // Quảng Bình −14.3 %, Hà Tĩnh −11.1 %, Kon Tum +13 %; Nam Định −3.8 % is within.
    assertThat(findings).extracting(f -> f.subject().segments().get(0).key()).containsExactly("42", "44", "62");
    assertThat(findings.get(1).message(Language.EN)).endsWith("changed by -14.3% from the same period a year "
        + "before (2.8), beyond the relative threshold of ±10%");
  }

  @Test
  void theThresholdIsAbsoluteWhateverLastYearsLevel() {
    assertThat(TFR_015.isUnusual(1.9, 2.05)).isFalse();
    assertThat(TFR_015.isUnusual(1.9, 2.06)).isTrue();
    assertThat(TFR_015.isUnusual(0, 0.1)).isFalse();
    assertThat(TFR_015.isUnusual(100, 100.2)).isTrue();
  }

  @Test
  void theRuleLanguageWritesAndReadsAnAbsoluteThreshold() {
    RuleFile file = RuleFile.read("rule: year_on_year_absolute(TFR, 0.15)\n  severity: error\n",
        IndicatorCatalogue.builtIn());
    assertThat(file.problems().findings()).isEmpty();
    YearOnYearChange read = (YearOnYearChange) file.checks().checks().get(0);
    assertThat(read.measure()).isEqualTo(YearOnYearChange.Measure.ABSOLUTE);
    assertThat(read.threshold()).isEqualTo(0.15);
    assertThat(RuleFile.format(DataCheckSet.of(TFR_015))).contains("rule: year_on_year_absolute(TFR, 0.15)");
    assertThat(RuleFile.read(RuleFile.format(DataCheckSet.of(TFR_015)), IndicatorCatalogue.builtIn()).checks())
        .isEqualTo(DataCheckSet.of(TFR_015));
    YearOnYearChange relative = YearOnYearChange.builder().keys(KeyPattern.parse("births[*]")).threshold(0.25)
        .minimumChange(20).build();
    assertThat(RuleFile.format(DataCheckSet.of(relative))).contains("rule: year_on_year(births[*], 0.25, 20)");
  }

  @Test
  void aMinimumChangeBesideAnAbsoluteThresholdIsMisuse() {
    assertThatThrownBy(() -> YearOnYearChange.builder().keys(KeyPattern.parse("TFR"))
        .measure(YearOnYearChange.Measure.ABSOLUTE).threshold(0.15).minimumChange(0.2).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("give the larger of the two as the threshold");
  }
}
