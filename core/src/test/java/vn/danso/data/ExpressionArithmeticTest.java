package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.indicator.CompiledFormula;
import vn.danso.indicator.Formula;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.IndicatorDefinition;
import vn.danso.internal.FormulaArithmetic;
import vn.danso.testing.Gen;

/**
 * The expression evaluator ({@link CompiledExpression}) computes the same double as the indicator formulas'
 * evaluators, bit for bit, when an expression restates a formula: {@code 0 + a + b} for a sum, {@code a - b} for a
 * difference, {@code n * 1000 / d} for a rate per thousand, {@code 3.0 * x} for a scaled term. Checked over the
 * built-in indicators' formulas and random formula trees, on random inputs with zeros (zero denominators), negative
 * values, fractions and huge magnitudes, against both the evaluator of one set of inputs
 * ({@link CompiledFormula#evaluate}) and the block evaluator ({@link VectorFormula}); values that are not finite are
 * NaN on every side ({@link FormulaArithmetic#result}).
 */
class ExpressionArithmeticTest {

  static Stream<Long> seeds() {
    return Gen.seeds(300);
  }

  /** The built-in indicators' formulas that read figures only (those that read other indicators are inlined). */
  private static List<Formula> builtInFormulas() {
    List<Formula> formulas = new ArrayList<>();
    for (IndicatorDefinition definition : IndicatorCatalogue.builtIn().indicators()) {
      formulas.add(definition.formula());
    }
    return formulas;
  }

  /** A formula written as an expression that computes it in the same order of operations. */
  static String asExpression(Formula formula) {
    if (formula instanceof Formula.ElementTerm) {
      return ((Formula.ElementTerm) formula).key().toString();
    } else if (formula instanceof Formula.Sum) {
      // A formula's sum starts from FormulaArithmetic.EMPTY_SUM: so does the expression, or -0.0 + -0.0 would differ.
      return ((Formula.Sum) formula).terms().stream().map(ExpressionArithmeticTest::asExpression)
          .collect(Collectors.joining(" + ", "(0 + ", ")"));
    } else if (formula instanceof Formula.Difference) {
      Formula.Difference d = (Formula.Difference) formula;
      return "(" + asExpression(d.minuend()) + " - " + asExpression(d.subtrahend()) + ")";
    } else if (formula instanceof Formula.Rate) {
      Formula.Rate r = (Formula.Rate) formula;
      return "(" + asExpression(r.numerator()) + " * " + r.multiplier() + " / " + asExpression(r.denominator()) + ")";
    } else if (formula instanceof Formula.Times) {
      Formula.Times t = (Formula.Times) formula;
      return "(" + decimal(t.factor()) + " * " + asExpression(t.term()) + ")";
    }
    throw new IllegalArgumentException("not a formula of figures: " + formula);
  }

  /** Writes a double as a plain decimal number, which the expression language reads back to the same double. */
  private static String decimal(double value) {
    return new BigDecimal(Double.toString(value)).toPlainString();
  }

  @Test
  void everyBuiltInFormulaOfFiguresCanBeWrittenAsAnExpression() {
    List<Formula> figuresOnly = builtInFormulas().stream().filter(f -> f.indicators().isEmpty())
        .collect(Collectors.toList());
    assertThat(figuresOnly).isNotEmpty();
    for (Formula formula : figuresOnly) {
      assertThat(new CompiledExpression(Expression.parse(asExpression(formula))).keys)
          .as("%s", formula).hasSameSizeAs(formula.elements());
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void anExpressionComputesTheSameDoubleAsTheFormulaItRestates(long seed) {
    Gen gen = new Gen(seed);
    List<Formula> builtIn = builtInFormulas().stream().filter(f -> f.indicators().isEmpty())
        .collect(Collectors.toList());
    Formula formula = gen.chance(0.3) ? gen.pick(builtIn) : FormulaGen.randomFormula(gen, 4);
    CompiledFormula compiled = formula.compile();
    String text = asExpression(formula);
    CompiledExpression expression = new CompiledExpression(Expression.parse(text));
    int inputs = compiled.inputs().size();
    VectorFormula block = VectorFormula.of(compiled, new boolean[inputs]);
    int cells = gen.intBetween(1, 40);
    double[][] columns = new double[inputs][cells];
    for (int i = 0; i < inputs; i++) {
      for (int c = 0; c < cells; c++) {
        columns[i][c] = FormulaGen.input(gen);
      }
    }
    double[] blockValues = block.evaluate(columns, 0, cells, new double[block.buffers()][cells]);
    double[] one = new double[inputs];
    double[] slots = new double[expression.keys.size()];
    double[] halves = new double[slots.length];
    CompiledExpression.Work work = expression.work();
    for (int c = 0; c < cells; c++) {
      for (int i = 0; i < inputs; i++) {
        one[i] = columns[i][c];
      }
      for (int s = 0; s < slots.length; s++) {
        slots[s] = one[compiled.indexOf(expression.keys.get(s).element().orElseThrow())];
      }
      long expected = Double.doubleToLongBits(compiled.evaluate(one));
      String what = String.format("seed %s, %s, cell %s, inputs %s", seed, text, c, Arrays.toString(one));
      assertThat(Double.doubleToLongBits(FormulaArithmetic.result(expression.evaluate(slots, halves, work))))
          .as(what).isEqualTo(expected);
      assertThat(Double.doubleToLongBits(FormulaArithmetic.result(blockValues[c]))).as(what).isEqualTo(expected);
    }
  }
}
