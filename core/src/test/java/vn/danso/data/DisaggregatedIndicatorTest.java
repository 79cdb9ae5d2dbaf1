package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Dimension;
import vn.danso.indicator.Disaggregation;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.IndicatorCode;
import vn.danso.indicator.Period;
import vn.danso.indicator.Region;
import vn.danso.indicator.Residence;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.ValidationReport;

/**
 * Indicators reported for urban and rural areas and for regions, as the statistics office publishes them: the whole
 * country's 2024 TFR 1.91, urban 1.67, rural 2.08 (reported in the press, see the domain notes). Keys the catalogue
 * does not publish are findings, never exceptions.
 */
class DisaggregatedIndicatorTest {
  private static final UnitCode COUNTRY = UnitCode.of("VN");

  @Test
  void anIndicatorKeyCarriesAResidenceOrARegion() {
    DataKey urban = DataKey.parse("TFR[urban]");
    assertThat(urban.isIndicator()).isTrue();
    assertThat(urban.indicatorCode()).isEqualTo(IndicatorCode.of("TFR"));
    assertThat(urban.indicatorPart()).isEqualTo(Disaggregation.of(Residence.URBAN));
    assertThat(urban).isEqualTo(DataKey.of(IndicatorCode.of("TFR"), Disaggregation.of(Residence.URBAN)))
        .isNotEqualTo(DataKey.parse("TFR")).isNotEqualTo(DataKey.parse("TFR[rural]"));
    assertThat(urban.toString()).isEqualTo("TFR[urban]");
    assertThat(DataKey.parse("TFR").indicatorPart().isTotal()).isTrue();
    assertThat(DataKey.parse("CBR[mekong-river-delta]").indicatorPart().get(Dimension.REGION))
        .contains(Region.MEKONG_RIVER_DELTA);
    assertThat(List.of(DataKey.parse("TFR[urban]"), DataKey.parse("TFR"), DataKey.parse("SRB"),
        DataKey.parse("TFR[rural]"), DataKey.parse("births")).stream().sorted().map(DataKey::toString))
        .containsExactly("births", "SRB", "TFR", "TFR[rural]", "TFR[urban]");
    assertThat(DataKey.tryParse("TFR[nowhere]")).isEmpty();
    assertThat(DataKey.tryParse("TFR[urban")).isEmpty();
    assertThat(DataKey.tryParse("TFR[urban][rural]")).isEmpty();
    assertThatThrownBy(() -> DataKey.parse("TFR[urban"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("such as TFR[urban]");
  }

  @Test
  void thePublishedUrbanAndRuralRatesAreKnownKeys() {
    Submission country = Submission.builder(COUNTRY, Period.year(2024))
        .add("TFR", 1.91, 2).add("TFR[urban]", 1.67, 2).add("TFR[rural]", 2.08, 2)
        .add("CBR[urban]", 12.8, 1)
        .build();
    ValidationReport report = DataValidator.builtIn().validate(country);
    assertThat(report.findings()).isEmpty();
    assertThat(IndicatorCatalogue.builtIn().indicator("TFR").orElseThrow().dimensions())
        .containsExactly(Dimension.RESIDENCE, Dimension.REGION);
  }

  @Test
  void aPartTheCatalogueDoesNotPublishIsAFindingInBothPaths() {
    Submission country = Submission.builder(COUNTRY, Period.year(2024))
        .add("TFR[male]", 1.9, 1)                  // TFR is not published by sex
        .add("CPR[mekong-river-delta]", 70.1, 1)    // CPR is not published by region in the catalogue
        .add("XYZ[urban]", 1, 0)                    // no such indicator
        .add("TFR[red-river-delta]", 2.2, 1)        // known
        .build();
    DataValidator validator = DataValidator.builtIn();
    List<Finding> single = validator.validate(country).findings();
    assertThat(single).extracting(f -> f.ruleId().value()).containsOnly("data.value.unknown-key");
    assertThat(single).extracting(f -> f.message(Language.EN))
        .anySatisfy(m -> assertThat(m).contains("TFR[male]").contains("TFR is not published by sex"))
        .anySatisfy(m -> assertThat(m).contains("CPR is not published by socio-economic region"))
        .anySatisfy(m -> assertThat(m).contains("no indicator XYZ"))
        .noneSatisfy(m -> assertThat(m).contains("TFR[red-river-delta]"));
    assertThat(single).hasSize(3);
    Dataset dataset = Dataset.builder().add(country).build();
    assertThat(validator.validate(dataset).findings()).isEqualTo(single);
  }

  @Test
  void theIndicatorsRangesHoldForItsParts() {
    Submission country = Submission.builder(COUNTRY, Period.year(2024))
        .add("TFR[urban]", 0.5, 2).add("TFR[rural]", -1, 0).add("TFR[red-river-delta]", 2.2, 1).build();
    List<Finding> single = DataValidator.builtIn().validate(country).findings();
    assertThat(single).extracting(f -> f.ruleId().value() + " " + f.subject().segments().get(2).key())
        .containsExactlyInAnyOrder("indicator.value.outside-expected TFR[urban]",
            "indicator.value.outside-plausible TFR[rural]");
    assertThat(DataValidator.builtIn().validate(Dataset.builder().add(country).build()).findings())
        .isEqualTo(single);
  }

  @Test
  void theRuleLanguageReadsPartsOfIndicatorsAndReportsUnknownOnes() {
    RuleFile file = RuleFile.read("check p.urban-below-rural: TFR[urban] <= TFR[rural]\n"
        + "check p.by-sex: TFR[male] > 0\n", IndicatorCatalogue.builtIn());
    assertThat(file.problems().findings()).singleElement()
        .satisfies(f -> assertThat(f.ruleId().value()).isEqualTo("data.rule-text.unknown-key"));
    assertThat(file.checks().checks()).hasSize(1);
    DataValidator validator = DataValidator.builder().checks(file.checks()).build();
    Submission published = Submission.builder(COUNTRY, Period.year(2024))
        .add("TFR[urban]", 1.67, 2).add("TFR[rural]", 2.08, 2).build();
    Submission swapped = Submission.builder(COUNTRY, Period.year(2024))
        .add("TFR[urban]", 2.08, 2).add("TFR[rural]", 1.67, 2).build();
    assertThat(validator.validate(published).findings()).isEmpty();
    assertThat(validator.validate(swapped).findings()).hasSize(1);
  }

  @Test
  void aComputedCheckOfTheTotalDoesNotReadThePart() {
    // SRB[urban] reported beside the whole unit's births: it is not the SRB of those births and is not compared.
    Submission district = Submission.builder(UnitCode.of("909"), Period.year(2023))
        .add("births", 1073).add("births[male]", 538).add("births[female]", 535)
        .add("SRB", 100.6, 1).add("SRB[urban]", 112.0, 1)
        .build();
    assertThat(DataValidator.builtIn().validate(district).findings()).isEmpty();
  }
}
