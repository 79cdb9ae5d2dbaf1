package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.indicator.CompiledFormula;
import vn.danso.indicator.CompiledIndicator;
import vn.danso.indicator.Formula;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.internal.FormulaArithmetic;
import vn.danso.testing.Gen;

/**
 * The block evaluator of the data engine ({@link VectorFormula}) and the indicator package's evaluator of one set of
 * inputs ({@link CompiledFormula#evaluate}) give the same value, bit for bit, for every cell (the block evaluator's
 * values that are not finite are NaN, {@link FormulaArithmetic#result}, as the other's are): over the built-in
 * indicators' formulas and random formula trees, on random inputs with zeros (zero denominators), negative values,
 * fractions and huge magnitudes, with and without absent inputs.
 */
class FormulaEvaluatorsTest {
  private static final String[] ELEMENTS = {"births", "deaths", "marriages", "elderly", "population.average"};
  private static final List<CompiledFormula> BUILT_IN = new ArrayList<>();

  static {
    for (CompiledIndicator indicator : IndicatorCatalogue.builtIn().compiled().values()) {
      BUILT_IN.add(indicator.formula());
    }
  }

  static Stream<Long> seeds() {
    return Gen.seeds(300);
  }

  private static Formula randomFormula(Gen gen, int depth) {
    if (depth == 0 || gen.chance(0.3)) {
      return Formula.element(gen.pick(ELEMENTS));
    }
    switch (gen.intBetween(0, 3)) {
      case 0:
        List<Formula> terms = new ArrayList<>();
        for (int i = gen.intBetween(2, 4); i > 0; i--) {
          terms.add(randomFormula(gen, depth - 1));
        }
        return Formula.sum(terms);
      case 1:
        return Formula.difference(randomFormula(gen, depth - 1), randomFormula(gen, depth - 1));
      case 2:
        return Formula.rate(randomFormula(gen, depth - 1), randomFormula(gen, depth - 1), gen.pick(1, 100, 1000));
      default:
        return Formula.times(gen.pick(0.5, 3.0, -1.0, 1e-3, 7.25), randomFormula(gen, depth - 1));
    }
  }

  private static double input(Gen gen) {
    switch (gen.intBetween(0, 5)) {
      case 0:
        return 0;
      case 1:
        return -gen.intBetween(0, 1000);
      case 2:
        return gen.doubleBetween(0, 10);
      case 3:
        return gen.pick(1e300, -1e300, 4.9e-324, 1e-9);
      default:
        return gen.intBetween(0, 100_000);
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void theBlockAndTheSingleEvaluatorGiveTheSameDoubles(long seed) {
    Gen gen = new Gen(seed);
    CompiledFormula formula = gen.chance(0.3) ? gen.pick(BUILT_IN) : randomFormula(gen, 4).compile();
    int inputs = formula.inputs().size();
    boolean[] absent = new boolean[inputs];
    for (int i = 0; i < inputs; i++) {
      absent[i] = gen.chance(0.15);
    }
    VectorFormula block = VectorFormula.of(formula, absent);
    int cells = gen.intBetween(1, 70);
    int from = gen.intBetween(0, 5);
    double[][] columns = new double[inputs][];
    for (int i = 0; i < inputs; i++) {
      columns[i] = absent[i] ? null : new double[from + cells];
      for (int c = 0; !absent[i] && c < from + cells; c++) {
        columns[i][c] = input(gen);
      }
    }
    double[] computed = block.evaluate(columns, from, cells, new double[block.buffers()][cells]);
    double[] one = new double[inputs];
    for (int c = 0; c < cells; c++) {
      for (int i = 0; i < inputs; i++) {
        one[i] = absent[i] ? 0 : columns[i][from + c];
      }
      assertThat(Double.doubleToLongBits(FormulaArithmetic.result(computed[c])))
          .as("seed %s, %s, cell %s, inputs %s", seed, formula, c, java.util.Arrays.toString(one))
          .isEqualTo(Double.doubleToLongBits(formula.evaluate(one)));
    }
  }
}
