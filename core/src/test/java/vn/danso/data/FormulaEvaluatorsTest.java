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
  private static final List<CompiledFormula> BUILT_IN = new ArrayList<>();

  static {
    for (CompiledIndicator indicator : IndicatorCatalogue.builtIn().compiled().values()) {
      BUILT_IN.add(indicator.formula());
    }
  }

  static Stream<Long> seeds() {
    return Gen.seeds(300);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void theBlockAndTheSingleEvaluatorGiveTheSameDoubles(long seed) {
    Gen gen = new Gen(seed);
    CompiledFormula formula = gen.chance(0.3) ? gen.pick(BUILT_IN) : FormulaGen.randomFormula(gen, 4).compile();
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
        columns[i][c] = FormulaGen.input(gen);
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
