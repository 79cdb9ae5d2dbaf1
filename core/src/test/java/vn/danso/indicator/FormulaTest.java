package vn.danso.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FormulaTest {
  private static final Formula BIRTHS = Formula.element("births");
  private static final Formula DEATHS = Formula.element("deaths");
  private static final Formula POP = Formula.element("population.average");

  @Test
  void formulasAreValuesThatReadAsArithmetic() {
    Formula nir = Formula.rate(Formula.difference(BIRTHS, DEATHS), POP, 1000);
    assertThat(nir).hasToString("(births − deaths) / population.average × 1000");
    assertThat(nir).isEqualTo(Formula.rate(Formula.difference(BIRTHS, DEATHS), POP, 1000));
    assertThat(nir).isNotEqualTo(Formula.rate(Formula.difference(BIRTHS, DEATHS), POP, 100));
    assertThat(nir.elements()).extracting(Object::toString)
        .containsExactly("births", "deaths", "population.average");
    assertThat(nir.depth()).isEqualTo(3);
    assertThat(Formula.times(5, Formula.rate(BIRTHS, POP, 1))).hasToString("5 × (births / population.average)");
    assertThat(Formula.difference(BIRTHS, Formula.sum(DEATHS, DEATHS))).hasToString("births − (deaths + deaths)");
  }

  @Test
  void sumOverSpreadsOneDimension() {
    Formula women = Formula.sumOver("population.average", Disaggregation.of(Sex.FEMALE), AgeGroup.REPRODUCTIVE);
    assertThat(women.elements()).hasSize(7).first().hasToString("population.average[female,15-19]");
  }

  @Test
  void compiledFormulasNumberTheirInputs() {
    CompiledFormula nir = Formula.rate(Formula.difference(BIRTHS, DEATHS), POP, 1000).compile();
    assertThat(nir.inputs()).extracting(Object::toString).containsExactly("births", "deaths", "population.average");
    assertThat(nir.indexOf(ElementKey.of("deaths"))).isEqualTo(1);
    assertThat(nir.indexOf(ElementKey.of("marriages"))).isEqualTo(-1);
    assertThat(nir.evaluate(new double[] {1073, 500, 110_405})).isEqualTo(573.0 * 1000 / 110_405);
  }

  @Test
  void misuseFailsFast() {
    assertThatThrownBy(() -> Formula.sum(BIRTHS)).hasMessageContaining("two or more terms");
    assertThatThrownBy(() -> Formula.rate(BIRTHS, POP, 0)).hasMessageContaining("not positive");
    assertThatThrownBy(() -> Formula.times(Double.NaN, BIRTHS)).hasMessageContaining("finite and non-zero");
    Formula deep = BIRTHS;
    for (int i = 1; i < Formula.MAX_DEPTH; i++) {
      deep = Formula.times(2, deep);
    }
    Formula deepest = deep;
    assertThatThrownBy(() -> Formula.times(2, deepest)).hasMessageContaining("deeper than 32");
  }
}
