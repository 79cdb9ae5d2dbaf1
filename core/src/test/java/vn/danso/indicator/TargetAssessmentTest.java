package vn.danso.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/** Published national figures held against the 2030 targets, with the status a demographer would give. */
class TargetAssessmentTest {
  private final IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();

  private Target only(String code) {
    assertThat(catalogue.targets(IndicatorCode.of(code))).hasSize(1);
    return catalogue.targets(IndicatorCode.of(code)).get(0);
  }

  @Test
  void tfrTargetIsReplacementLevelSetByBothDocuments() {
    Target tfr = only("TFR");
    assertThat(tfr.kind()).isEqualTo(TargetKind.ABOUT);
    assertThat(tfr.value()).isEqualByComparingTo("2.1");
    assertThat(tfr.halfWidth()).isEqualByComparingTo("0.05");
    assertThat(tfr.year()).isEqualTo(2030);
    assertThat(tfr.sources()).extracting(Citation::document)
        .containsExactly("Nghị quyết 21-NQ/TW", "Quyết định 1679/QĐ-TTg");
    assertThat(tfr.label(Language.VI)).isEqualTo("≈ 2,1 (2,05–2,15) năm 2030");
  }

  @Test
  void targetsReadWithTheirUnit() {
    assertThat(only("TFR").label(Language.VI, UnitOfMeasure.CHILDREN_PER_WOMAN))
        .isEqualTo("≈ 2,1 con/phụ nữ (2,05–2,15) năm 2030");
    assertThat(only("NEWBORN_SCREENING").label(Language.EN, UnitOfMeasure.PERCENT)).isEqualTo("≥ 90% by 2030");
    assertThat(only("SRB").label(Language.EN, UnitOfMeasure.PER_100)).isEqualTo("< 109 by 2030");
    assertThat(only("HEIGHT_18_MALE").label(Language.VI, UnitOfMeasure.CENTIMETRES))
        .isEqualTo("≥ 168,5 cm năm 2030");
  }

  @Test
  void tfr2019IsAtReplacementLevel() {
    TargetAssessment a = only("TFR").assess(PublishedFigures.TFR_2019, PublishedFigures.TFR_2019);
    assertThat(a.status()).isEqualTo(TargetStatus.ACHIEVED);
    assertThat(a.gap().getAsDouble()).isCloseTo(-0.01, within(1e-12));
    assertThat(a.shortfall().getAsDouble()).isZero();
    assertThat(a.findings(Subject.of("unit", "VN"))).isEqualTo(ValidationReport.empty());
  }

  @Test
  void tfr2023IsOffTrackBelowReplacement() {
    TargetAssessment a = only("TFR").assess(PublishedFigures.TFR_2019, PublishedFigures.TFR_2023);
    assertThat(a.status()).isEqualTo(TargetStatus.OFF_TRACK);
    assertThat(a.gap().getAsDouble()).isCloseTo(-0.14, within(1e-12));
    assertThat(a.shortfall().getAsDouble()).isCloseTo(0.09, within(1e-12));
    // The straight line from 2,09 (2019) to 2,1 (2030) stays inside the replacement band.
    assertThat(a.trajectory().getAsDouble()).isCloseTo(2.09 + 0.01 * 4 / 11, within(1e-12));
    Finding finding = a.findings(Subject.of("unit", "VN")).findings().get(0);
    assertThat(finding.ruleId()).isEqualTo(IndicatorRules.TARGET_OFF_TRACK.id());
    assertThat(finding.message(Language.EN)).isEqualTo("TFR = 1.96 in 2023 is off track to the target "
        + "≈ 2.1 (2.05–2.15) by 2030 (Nghị quyết 21-NQ/TW (25/10/2017), mục tiêu cụ thể đến năm 2030): the "
        + "straight line from the baseline year 2019 asks for about 2.09");
  }

  @Test
  void tfr2024IsFurtherOffTrack() {
    TargetAssessment a = only("TFR").assess(PublishedFigures.TFR_2019, PublishedFigures.TFR_2024);
    assertThat(a.status()).isEqualTo(TargetStatus.OFF_TRACK);
    assertThat(a.gap().getAsDouble()).isCloseTo(-0.19, within(1e-12));
    assertThat(a.requiredAnnualChange().getAsDouble()).isCloseTo(0.19 / 6, within(1e-12));
  }

  @Test
  void srbTargetIsSetByTheStrategyOnly() {
    Target srb = only("SRB");
    assertThat(srb.kind()).isEqualTo(TargetKind.BELOW);
    assertThat(srb.sources()).containsExactly(
        Citation.of("Quyết định 1679/QĐ-TTg", LocalDate.of(2019, 11, 22), "mục tiêu cụ thể 3"));
  }

  @Test
  void srb2019HasNotAchievedBelow109() {
    // 2019 is the strategy's baseline year: one observation says nothing about progress.
    TargetAssessment a = only("SRB").assess(PublishedFigures.SRB_2019, PublishedFigures.SRB_2019);
    assertThat(a.status()).isEqualTo(TargetStatus.NOT_ACHIEVED);
    assertThat(a.gap().getAsDouble()).isCloseTo(2.5, within(1e-12));
    assertThat(a.requiredAnnualChange().getAsDouble()).isCloseTo(-2.5 / 11, within(1e-12));
    Finding finding = a.findings(Subject.of("unit", "VN")).findings().get(0);
    assertThat(finding.ruleId()).isEqualTo(IndicatorRules.TARGET_NOT_ACHIEVED.id());
    assertThat(finding.message(Language.VI)).isEqualTo("SRB = 111,5 năm 2019 chưa đạt mục tiêu < 109 năm 2030 "
        + "(Quyết định 1679/QĐ-TTg (22/11/2019), mục tiêu cụ thể 3)");
  }

  @Test
  void srb2023FromTheStatisticsOfficeReportIsOffTrack() {
    TargetAssessment a = only("SRB").assess(PublishedFigures.SRB_2019, PublishedFigures.SRB_2023);
    assertThat(a.status()).isEqualTo(TargetStatus.OFF_TRACK);
    assertThat(a.trajectory().getAsDouble()).isCloseTo(111.5 - 2.5 * 4 / 11, within(1e-12));
  }

  @Test
  void aStrictBoundIsNotMetOnTheBound() {
    Target srb = only("SRB");
    assertThat(srb.assess(Observation.of(2030, 109)).status()).isEqualTo(TargetStatus.NOT_ACHIEVED);
    assertThat(srb.assess(Observation.of(2030, 108.9)).status()).isEqualTo(TargetStatus.ACHIEVED);
  }

  @Test
  void theBandIsClosedAtHalfAUnitOfTheStatedDecimal() {
    Target tfr = only("TFR");
    assertThat(tfr.assess(Observation.of(2025, 2.05)).status()).isEqualTo(TargetStatus.ACHIEVED);
    assertThat(tfr.assess(Observation.of(2025, 2.15)).status()).isEqualTo(TargetStatus.ACHIEVED);
    assertThat(tfr.assess(Observation.of(2025, 2.0499)).status()).isEqualTo(TargetStatus.NOT_ACHIEVED);
    assertThat(tfr.assess(Observation.of(2025, 2.1501)).status()).isEqualTo(TargetStatus.NOT_ACHIEVED);
  }

  @Test
  void onTrackMeansAtLeastAsCloseAsTheStraightLine() {
    Target screening = only("NEWBORN_SCREENING");   // ≥ 90 by 2030
    Observation baseline = Observation.of(2020, 30);
    // The line from 30 (2020) to 90 (2030) asks for 60 in 2025.
    assertThat(screening.assess(baseline, Observation.of(2025, 60)).status()).isEqualTo(TargetStatus.ON_TRACK);
    assertThat(screening.assess(baseline, Observation.of(2025, 59.9)).status()).isEqualTo(TargetStatus.OFF_TRACK);
    assertThat(screening.assess(baseline, Observation.of(2025, 60)).trajectory().getAsDouble()).isEqualTo(60);
    assertThat(screening.assess(baseline, Observation.of(2030, 89)).status()).isEqualTo(TargetStatus.NOT_ACHIEVED);
    assertThat(screening.assess(baseline, Observation.of(2027, 91)).status()).isEqualTo(TargetStatus.ACHIEVED);
  }

  @Test
  void aRelativeTargetTakesItsValueFromTheBaseline() {
    Target consanguineous = only("CONSANGUINEOUS_MARRIAGES");   // reduce by 60 %
    Observation baseline = Observation.of(2020, 250);
    TargetAssessment a = consanguineous.assess(baseline, Observation.of(2025, 160));
    assertThat(a.targetValue().orElseThrow()).isEqualByComparingTo("100");
    // The line from 250 (2020) to 100 (2030) asks for 175 in 2025: 160 is ahead of it.
    assertThat(a.status()).isEqualTo(TargetStatus.ON_TRACK);
    assertThat(consanguineous.assess(baseline, Observation.of(2028, 100)).status())
        .isEqualTo(TargetStatus.ACHIEVED);
    assertThat(consanguineous.label(Language.EN)).isEqualTo("reduce by 60% from the baseline, by 2030");
  }

  @Test
  void missingOrBadDataIsNoDataNeverAnException() {
    Target consanguineous = only("CONSANGUINEOUS_MARRIAGES");
    TargetAssessment noBaseline = consanguineous.assess(Observation.of(2025, 160));
    assertThat(noBaseline.status()).isEqualTo(TargetStatus.NO_DATA);
    assertThat(noBaseline.targetValue()).isEmpty();
    assertThat(noBaseline.findings(Subject.of("unit", "VN")).findings().get(0).message(Language.EN))
        .isEqualTo("The target reduce by 60% from the baseline, by 2030 of CONSANGUINEOUS_MARRIAGES cannot be "
            + "assessed: the baseline value is missing");
    Target tfr = only("TFR");
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      TargetAssessment a = tfr.assess(PublishedFigures.TFR_2019, Observation.of(2023, bad));
      assertThat(a.status()).isEqualTo(TargetStatus.NO_DATA);
      assertThat(a.gap()).isEmpty();
    }
    assertThat(tfr.assess(Optional.empty(), Optional.empty()).status()).isEqualTo(TargetStatus.NO_DATA);
    assertThat(tfr.assess(Observation.of(2019, Double.NaN), PublishedFigures.TFR_2023).status())
        .isEqualTo(TargetStatus.NOT_ACHIEVED);
  }

  @Test
  void misuseFailsFast() {
    assertThatThrownBy(() -> Target.builder().indicator("TFR").kind(TargetKind.BELOW).value("2.1").year(2030)
        .tolerance(BigDecimal.ONE).addSources(Citation.of("x")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("only an ABOUT target has a tolerance");
    assertThatThrownBy(() -> Target.builder().indicator("TFR").kind(TargetKind.ABOUT).value("2.1").year(2030)
        .build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("addSources");
    assertThatThrownBy(() -> Target.builder().indicator("X").kind(TargetKind.REDUCE_BY).value("120").year(2030)
        .addSources(Citation.of("x")).build())
        .hasMessageContaining("below 100");
  }
}
