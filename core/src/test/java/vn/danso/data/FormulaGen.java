package vn.danso.data;

import java.util.ArrayList;
import java.util.List;
import vn.danso.indicator.Formula;
import vn.danso.testing.Gen;

/**
 * Random formulas over a few figures and the inputs that stress their arithmetic (zeros, negatives, fractions,
 * ±1e300, the smallest double), shared by the tests that hold the evaluators to the same doubles.
 */
final class FormulaGen {
  static final String[] ELEMENTS = {"births", "deaths", "marriages", "elderly", "population.average"};

  private FormulaGen() {}

  /** A random formula of sums, differences, rates and multiples, at most {@code depth} levels deep. */
  static Formula randomFormula(Gen gen, int depth) {
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

  /** A random input figure. */
  static double input(Gen gen) {
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
}
