package vn.danso.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.Severity;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

class IndicatorResultTest {
  private static final Subject COMMUNE = Subject.of("unit", "31018").child("period", "2023");
  private final IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
  private final CompiledIndicator srb = catalogue.compile("SRB");

  private static ElementValues births(double boys, double girls) {
    return ElementValues.builder().put("births[male]", boys).put("births[female]", girls).build();
  }

  @Test
  void aMissingInputGivesNoValueAndNoFinding() {
    IndicatorResult result = srb.evaluate(ElementValues.builder().put("births[male]", 12).build());
    assertThat(result.status()).isEqualTo(IndicatorResult.Status.MISSING_INPUT);
    assertThat(result.value()).isEmpty();
    assertThat(result.missingInputs()).containsExactly(ElementKey.of("births", Sex.FEMALE));
    assertThat(result.findings(COMMUNE)).isEqualTo(ValidationReport.empty());
  }

  @Test
  void aNotFiniteInputGivesAnErrorPerInput() {
    IndicatorResult result = srb.evaluate(births(Double.NaN, Double.POSITIVE_INFINITY));
    assertThat(result.status()).isEqualTo(IndicatorResult.Status.NOT_FINITE_INPUT);
    ValidationReport report = result.findings(COMMUNE);
    assertThat(report.findings()).extracting(Finding::ruleId)
        .containsOnly(IndicatorRules.VALUE_NOT_FINITE.id()).hasSize(2);
    assertThat(report.findings().get(1).message(Language.VI))
        .isEqualTo("births[female] = +∞ không phải là số hữu hạn; không tính được SRB");
  }

  @Test
  void aZeroDenominatorGivesAWarningNamingIt() {
    IndicatorResult result = srb.evaluate(births(3, 0));
    assertThat(result.status()).isEqualTo(IndicatorResult.Status.ZERO_DENOMINATOR);
    assertThat(result.zeroDenominators()).containsExactly(Formula.element("births", Sex.FEMALE));
    Finding finding = result.findings(COMMUNE).findings().get(0);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.message(Language.EN)).isEqualTo("SRB cannot be computed: the denominator births[female] is "
        + "zero");
    // The primitive path: NaN, nothing thrown.
    assertThat(srb.value(new double[] {3, 0})).isNaN();
    assertThat(srb.value(new double[] {0, 0})).isNaN();
  }

  @Test
  void aZeroAgeGroupMakesTheTotalFertilityRateUndefined() {
    CompiledIndicator tfr = catalogue.compile("TFR");
    double[] inputs = new double[tfr.formula().inputs().size()];
    java.util.Arrays.fill(inputs, 100);
    assertThat(tfr.value(inputs)).isEqualTo(35.0);
    inputs[tfr.formula().indexOf(ElementKey.parse("population.average[female,30-34]"))] = 0;
    IndicatorResult result = tfr.evaluate(inputs);
    assertThat(result.status()).isEqualTo(IndicatorResult.Status.ZERO_DENOMINATOR);
    assertThat(result.zeroDenominators()).extracting(Object::toString)
        .containsExactly("population.average[female,30-34]");
  }

  @Test
  void anOverflowIsReportedAsNotFinite() {
    IndicatorResult result = srb.evaluate(births(Double.MAX_VALUE, 0.5));
    assertThat(result.status()).isEqualTo(IndicatorResult.Status.OVERFLOW);
    assertThat(result.findings(COMMUNE).findings().get(0).ruleId()).isEqualTo(IndicatorRules.VALUE_NOT_FINITE.id());
  }

  @Test
  void valuesOutsideTheRangesGiveAnErrorOrAWarning() {
    // Plausible: any SRB ≥ 0; expected 95–125, as the built-in catalogue judges it.
    assertThat(srb.evaluate(births(538, 535)).findings(COMMUNE)).isEqualTo(ValidationReport.empty());
    Finding unusual = srb.evaluate(births(30, 20)).findings(COMMUNE).findings().get(0);
    assertThat(unusual.ruleId()).isEqualTo(IndicatorRules.VALUE_OUTSIDE_EXPECTED.id());
    assertThat(unusual.message(Language.VI))
        .isEqualTo("SRB = 150,0 nằm ngoài khoảng thường gặp [95; 125]; hãy kiểm tra lại");
    Finding impossible = srb.evaluate(births(-3, 20)).findings(COMMUNE).findings().get(0);
    assertThat(impossible.ruleId()).isEqualTo(IndicatorRules.VALUE_OUTSIDE_PLAUSIBLE.id());
    assertThat(impossible.message(Language.EN)).isEqualTo("SRB = -15.0 is outside the plausible range [0, +∞)");
    assertThat(srb.isPlausible(-1)).isFalse();
    assertThat(srb.isExpected(Double.NaN)).isFalse();
  }

  @Test
  void theCatalogueTellsMisuseFromBadData() {
    assertThatThrownBy(() -> srb.value(new double[1])).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one per slot");
    assertThatThrownBy(() -> Formula.indicator("CBR").compile()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("IndicatorCatalogue");
  }

  @Test
  void anEstimateIsNotAggregatedAboveTheLeaves() {
    CompiledIndicator lifeExpectancy = catalogue.compile("LIFE_EXPECTANCY");
    IndicatorResult result = lifeExpectancy.evaluate(ElementValues.builder().put("life-expectancy", 73.7).build());
    assertThat(result.valueOrNaN()).isEqualTo(73.7);
    assertThat(result.findings(Subject.of("unit", "VN"))).isEqualTo(ValidationReport.empty());
  }
}
