package vn.danso.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danso.text.LocalizedText;

/**
 * The examples in the Javadoc of the indicator builders, each run as written (BuilderExampleCoverageTest checks that
 * the Javadoc and these lines agree).
 */
class IndicatorExamplesTest {
  @Test
  void theIndicatorDefinitionExampleIsTheBuiltInDefinition() {
    IndicatorDefinition srb = IndicatorDefinition.builder()
        .code("SRB")
        .name("Tỷ số giới tính khi sinh", "Sex ratio at birth")
        .unit(UnitOfMeasure.PER_100)
        .formula(Formula.rate(Formula.element("births", Sex.MALE), Formula.element("births", Sex.FEMALE), 100))
        .formulaStatus(FormulaStatus.PUBLISHED)
        .decimals(1)                                      // published as 111,5
        .polarity(Polarity.BAND)                          // neither higher nor lower is better
        .plausibleRange(ValueRange.atLeast(0))
        .expectedRange(ValueRange.closed(95, 125))
        .periodicity(PeriodType.YEAR)
        .aggregation(AggregationMethod.RATIO_OF_SUMS)     // boys over girls of all units, not a mean of ratios
        .source(Citation.of("Tổng cục Thống kê, siêu dữ liệu chỉ tiêu thống kê: Tỷ số giới tính khi sinh "
            + "(bản sao tại ncnb.org.vn)"))
        .note(LocalizedText.of("Số bé trai sinh ra sống trên 100 bé gái sinh ra sống.",
            "Boys born alive per 100 girls born alive."))
        .addDimensions(Dimension.RESIDENCE, Dimension.REGION)   // also published by urban/rural and region
        .build();

    assertThat(srb).isEqualTo(IndicatorCatalogue.builtIn().indicator("SRB").orElseThrow());
  }

  @Test
  void theIndicatorCatalogueExampleRuns() {
    // A target of the province's own, for illustration only.
    Target provincialSrbTarget = Target.builder().indicator("SRB").kind(TargetKind.BELOW).value("112").year(2025)
        .addSources(Citation.of("an illustrative provincial plan")).build();

    IndicatorCatalogue ours = IndicatorCatalogue.builder()
        .addAll(IndicatorCatalogue.builtIn())   // the built-in elements, indicators and targets
        .addTargets(provincialSrbTarget)        // and a province's own target
        .build();

    assertThat(ours.targets(IndicatorCode.of("SRB")))
        .hasSize(IndicatorCatalogue.builtIn().targets(IndicatorCode.of("SRB")).size() + 1)
        .contains(provincialSrbTarget);
  }

  @Test
  void theTargetExampleRuns() {
    Target srb = Target.builder()
        .indicator("SRB")
        .kind(TargetKind.BELOW)
        .value("109")
        .year(2030)
        .addSources(Citation.of("Quyết định 1679/QĐ-TTg", LocalDate.of(2019, 11, 22), "mục tiêu cụ thể 3"))
        .build();
    TargetAssessment a = srb.assess(Observation.of(2019, 111.5), Observation.of(2019, 111.5));

    assertThat(a.target()).isEqualTo(srb);
    assertThat(a.actual()).contains(Observation.of(2019, 111.5));
  }

  @Test
  void theDataElementExampleRuns() {
    DataElement births = DataElement.builder()
        .code("births")
        .name("Số trẻ sinh ra sống", "Live births")
        .kind(ElementKind.COUNT)
        .unit(UnitOfMeasure.PERSONS)
        .addDimensions(Dimension.SEX, Dimension.AGE_GROUP)
        .build();

    assertThat(births.dimensions()).containsExactly(Dimension.SEX, Dimension.AGE_GROUP);
  }

  @Test
  void theElementValuesExampleRuns() {
    ElementValues anMinh2023 = ElementValues.builder()
        .put(ElementKey.of("births", Sex.MALE), 538)
        .put(ElementKey.of("births", Sex.FEMALE), 535)
        .build();

    assertThat(anMinh2023.size()).isEqualTo(2);
  }
}
