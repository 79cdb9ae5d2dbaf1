package vn.danso.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * Seed article 002 (Huyện ủy An Minh, 31/01/2024): in 2023 the district had 1073 births, 538 boys and 535 girls, a
 * sex ratio at birth of 100,6 and a natural increase of 5,19‰.
 */
class SeedFiguresTest {
  private static final Subject AN_MINH_2023 = Subject.of("unit", "An Minh").child("period", "2023");
  private final CompiledIndicator srb = IndicatorCatalogue.builtIn().compile("SRB");

  private static ElementValues births(int boys, int girls) {
    return ElementValues.builder().put("births[male]", boys).put("births[female]", girls).build();
  }

  @Test
  void reportedSexRatioAtBirthIsConsistentWithTheCounts() {
    IndicatorResult result = srb.evaluate(births(538, 535));
    assertThat(result.status()).isEqualTo(IndicatorResult.Status.COMPUTED);
    assertThat(result.valueOrNaN()).isEqualTo(100.0 * 538 / 535);
    assertThat(result.rounded()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100.6"));
    assertThat(result.matches(ReportedValue.parse("100,6", Language.VI))).isTrue();
    assertThat(result.findings(AN_MINH_2023, ReportedValue.parse("100,6", Language.VI)))
        .isEqualTo(ValidationReport.empty());
  }

  @Test
  void boysAndGirlsAddUpToTheBirths() {
    CompiledFormula total = Formula.sum(Formula.element("births", Sex.MALE), Formula.element("births", Sex.FEMALE))
        .compile();
    assertThat(total.evaluate(births(538, 535))).isEqualTo(1073);
    assertThat(ReportedValue.parse("1.073", Language.VI).matches(total.evaluate(births(538, 535)))).isTrue();
  }

  @Test
  void aMistypedCountGivesAMismatchWithTheComputedValue() {
    IndicatorResult result = srb.evaluate(births(540, 535));
    ValidationReport report = result.findings(AN_MINH_2023, ReportedValue.parse("100,6", Language.VI));
    assertThat(report.findings()).hasSize(1);
    Finding mismatch = report.findings().get(0);
    assertThat(mismatch.ruleId()).isEqualTo(IndicatorRules.VALUE_REPORTED_MISMATCH.id());
    assertThat(mismatch.subject().toString()).isEqualTo("unit[An Minh] › period[2023] › indicator[SRB]");
    assertThat(mismatch.message(Language.VI)).isEqualTo(
        "SRB báo cáo 100,6 nhưng tính từ số liệu thành phần được 100,9 (100,9346); chênh lệch vượt ±0,05");
  }

  @Test
  void naturalIncreaseIsComputedFromBirthsDeathsAndPopulation() {
    // NIR = CBR − CDR = (B − D) / P × 1000; the article gives only the rate, so the counts here are illustrative.
    CompiledIndicator nir = IndicatorCatalogue.builtIn().compile("NIR");
    assertThat(nir.formula().inputs()).extracting(ElementKey::toString)
        .containsExactly("births", "population.average", "deaths");
    ElementValues values = ElementValues.builder()
        .put("births", 1073).put("deaths", 500).put("population.average", 110_405).build();
    assertThat(nir.evaluate(values).matches(ReportedValue.parse("5,19‰", Language.VI))).isTrue();
  }
}
