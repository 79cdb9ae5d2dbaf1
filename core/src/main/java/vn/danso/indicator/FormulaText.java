package vn.danso.indicator;

import java.util.stream.Collectors;
import vn.danso.internal.Decimals;

/**
 * How a {@link Formula} (công thức tính) is written as text: {@code births[male] / births[female] × 100}. Operands
 * that are not a single term are put in parentheses where the reading would otherwise change.
 */
final class FormulaText {
  private FormulaText() {}

  /** Returns the text of the formula, as {@link Formula#toString()} gives it. */
  static String print(Formula f) {
    if (f instanceof Formula.ElementTerm) {
      return ((Formula.ElementTerm) f).key().toString();
    }
    if (f instanceof Formula.IndicatorTerm) {
      return ((Formula.IndicatorTerm) f).code().value();
    }
    if (f instanceof Formula.Sum) {
      return ((Formula.Sum) f).terms().stream().map(t -> t instanceof Formula.Sum ? wrap(t) : print(t))
          .collect(Collectors.joining(" + "));
    }
    if (f instanceof Formula.Difference) {
      Formula minuend = ((Formula.Difference) f).minuend();
      String left = minuend instanceof Formula.Rate || minuend instanceof Formula.Times ? wrap(minuend)
          : print(minuend);
      return left + " − " + wrap(((Formula.Difference) f).subtrahend());
    }
    if (f instanceof Formula.Rate) {
      Formula.Rate r = (Formula.Rate) f;
      String ratio = wrap(r.numerator()) + " / " + wrap(r.denominator());
      return r.multiplier() == 1 ? ratio : ratio + " × " + r.multiplier();
    }
    Formula.Times t = (Formula.Times) f;
    return Decimals.plain(t.factor()) + " × " + wrap(t.term());
  }

  /** Returns the text of a single term as it is, and of anything else in parentheses. */
  private static String wrap(Formula f) {
    boolean atom = f instanceof Formula.ElementTerm || f instanceof Formula.IndicatorTerm;
    return atom ? print(f) : "(" + print(f) + ")";
  }
}
