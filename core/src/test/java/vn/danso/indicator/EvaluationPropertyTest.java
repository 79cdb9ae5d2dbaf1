package vn.danso.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.testing.Gen;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * Computing never throws on bad figures: every built-in indicator over inputs that are missing, NaN, infinite, zero,
 * negative or huge gives a result whose status says why there is no value, and findings that match the status.
 */
class EvaluationPropertyTest {
  private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.builtIn();

  static Stream<Long> seeds() {
    return Gen.seeds(1500);
  }

  private static double nasty(Gen gen) {
    switch (gen.intBetween(0, 9)) {
      case 0:
        return Double.NaN;
      case 1:
        return gen.chance(0.5) ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
      case 2:
        return 0;
      case 3:
        return -gen.intBetween(1, 1000);
      case 4:
        return gen.chance(0.5) ? Double.MAX_VALUE : Double.MIN_VALUE;
      default:
        return gen.intBetween(0, 100_000);
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void evaluationNeverThrowsAndSaysWhyThereIsNoValue(long seed) {
    Gen gen = new Gen(seed);
    CompiledIndicator indicator = gen.pick(CATALOGUE.compiled().values().asList());
    ElementValues.Builder builder = ElementValues.builder();
    for (ElementKey key : indicator.formula().inputs()) {
      if (!gen.chance(0.1)) {
        builder.put(key, nasty(gen));
      }
    }
    ElementValues values = builder.build();
    IndicatorResult result = indicator.evaluate(values);
    double raw = indicator.value(indicator.formula().inputsFrom(values));
    assertThat(result.hasValue()).isEqualTo(Double.isFinite(raw));
    assertThat(result.value().isPresent()).isEqualTo(result.status() == IndicatorResult.Status.COMPUTED);
    if (result.hasValue()) {
      assertThat(result.valueOrNaN()).isEqualTo(raw);
    } else {
      assertThat(raw).isNaN();
    }
    boolean anyNonFinite = values.asMap().values().stream().anyMatch(v -> !Double.isFinite(v));
    boolean anyMissing = values.size() < indicator.formula().inputs().size();
    switch (result.status()) {
      case NOT_FINITE_INPUT:
        assertThat(anyNonFinite).isTrue();
        assertThat(result.nonFiniteInputs()).isNotEmpty();
        break;
      case MISSING_INPUT:
        assertThat(anyNonFinite).isFalse();
        assertThat(anyMissing).isTrue();
        break;
      case ZERO_DENOMINATOR:
        assertThat(result.zeroDenominators()).isNotEmpty();
        break;
      default:
        assertThat(anyNonFinite || anyMissing).isFalse();
    }
    ValidationReport report = result.findings(Subject.of("unit", "x"));
    if (result.status() == IndicatorResult.Status.NOT_FINITE_INPUT) {
      assertThat(report.count(IndicatorRules.VALUE_NOT_FINITE.id())).isEqualTo(result.nonFiniteInputs().size());
    }
    if (result.status() == IndicatorResult.Status.MISSING_INPUT) {
      assertThat(report.isEmpty()).isTrue();
    }
    if (!result.hasValue()) {
      assertThat(result.matches(ReportedValue.of("1"))).isFalse();
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void thePrimitivePathNeverThrowsAndIsFiniteOrNaN(long seed) {
    Gen gen = new Gen(seed);
    CompiledIndicator indicator = gen.pick(CATALOGUE.compiled().values().asList());
    double[] inputs = new double[indicator.formula().inputs().size()];
    for (int i = 0; i < inputs.length; i++) {
      inputs[i] = nasty(gen);
    }
    double value = indicator.value(inputs);
    assertThat(Double.isFinite(value) || Double.isNaN(value)).isTrue();
    assertThat(indicator.formula().matches(inputs, 1.5, 1)).isEqualTo(
        Double.isFinite(value) && indicator.formula().matches(inputs, ReportedValue.of("1.5")));
  }
}
