package vn.danso.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.danso.text.Language;
import vn.danso.validation.Subject;

/** A target assessed from extreme observations still gives a finding whose message can be written. */
class ExtremeTargetValuesTest {
  private final Target screening = IndicatorCatalogue.builtIn().targets(IndicatorCode.of("NEWBORN_SCREENING")).get(0);

  @Test
  void aBaselineAtTheEdgeOfTheDoubleRangeGivesAFindingNotAnException() {
    TargetAssessment a = screening.assess(Observation.of(2020, -1e308), Observation.of(2025, 60));
    assertThat(a.findings(Subject.of("unit", "31018")).findings()).allSatisfy(f ->
        assertThat(f.message(Language.EN)).isNotBlank());
  }

  @Test
  void extremeActualValuesAreWritten() {
    for (double v : new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, 1e-300}) {
      TargetAssessment a = screening.assess(Observation.of(2020, 30), Observation.of(2025, v));
      assertThat(a.findings(Subject.of("unit", "31018")).findings()).allSatisfy(f -> {
        assertThat(f.message(Language.EN)).isNotBlank();
        assertThat(f.message(Language.VI)).isNotBlank();
      });
    }
  }
}
