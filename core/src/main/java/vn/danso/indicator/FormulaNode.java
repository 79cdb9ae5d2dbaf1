package vn.danso.indicator;

import java.util.List;
import java.util.Map;
import vn.danso.internal.FormulaArithmetic;

/**
 * A compiled formula node: evaluates over a {@code double[]} of inputs indexed by slot, without allocating, and
 * exactly over fractions for the slow path. Trees are shallow ({@link Formula#MAX_DEPTH}), so recursion is bounded.
 * Each operation's arithmetic is {@link FormulaArithmetic}'s, which the data engine's block evaluator calls too.
 */
abstract class FormulaNode {
  /** Evaluates over doubles; NaN when a denominator is zero. */
  abstract double eval(double[] v);

  /** Evaluates exactly; null when a denominator is zero. */
  abstract Rational exact(Rational[] v);

  /** {@link #exactIn} computed the exact value. */
  static final int EXACT = 0;
  /** {@link #exactIn} found a denominator that is zero: no value, as {@link #exact} returns null. */
  static final int UNDEFINED = 1;
  /** {@link #exactIn} met a part that does not fit in a long: decide with {@link #exact} instead. */
  static final int TOO_LARGE = 2;

  /**
   * Evaluates exactly over the inputs read as exact fractions ({@link LongFraction}), without allocating: the value
   * goes to fraction {@code at} of the scratch array; nodes below use the fractions after it, one per level.
   *
   * @return {@link #EXACT}, {@link #UNDEFINED} or {@link #TOO_LARGE}
   */
  abstract int exactIn(double[] v, long[] s, int at);

  /** The number of levels of the tree below and with this node. */
  abstract int depth();

  /** Adds the rate formulas whose denominator evaluates to zero, outermost first. */
  abstract void zeroDenominators(double[] v, List<Formula.Rate> out);

  static FormulaNode compile(Formula f, Map<ElementKey, Integer> slots) {
    if (f instanceof Formula.ElementTerm) {
      return new Slot(slots.get(((Formula.ElementTerm) f).key()));
    }
    if (f instanceof Formula.Sum) {
      List<Formula> terms = ((Formula.Sum) f).terms();
      FormulaNode[] nodes = new FormulaNode[terms.size()];
      for (int i = 0; i < nodes.length; i++) {
        nodes[i] = compile(terms.get(i), slots);
      }
      return new Sum(nodes);
    }
    if (f instanceof Formula.Difference) {
      Formula.Difference d = (Formula.Difference) f;
      return new Difference(compile(d.minuend(), slots), compile(d.subtrahend(), slots));
    }
    if (f instanceof Formula.Rate) {
      Formula.Rate r = (Formula.Rate) f;
      return new Rate(r, compile(r.numerator(), slots), compile(r.denominator(), slots));
    }
    if (f instanceof Formula.Times) {
      Formula.Times t = (Formula.Times) f;
      return new Times(t.factor(), compile(t.term(), slots));
    }
    throw new IllegalStateException("formula " + f + " reads an indicator: resolve it before compiling");
  }

  /** A constant as a fraction of two longs below 2^62, or null when it is not one (or not finite). */
  static long[] parts(double constant) {
    long[] parts = new long[2];
    return Double.isFinite(constant) && LongFraction.set(parts, 0, constant) ? parts : null;
  }

  static final class Slot extends FormulaNode {
    private final int index;

    Slot(int index) {
      this.index = index;
    }

    @Override
    double eval(double[] v) {
      return v[index];
    }

    @Override
    Rational exact(Rational[] v) {
      return v[index];
    }

    @Override
    int exactIn(double[] v, long[] s, int at) {
      return LongFraction.set(s, at, v[index]) ? EXACT : TOO_LARGE;
    }

    @Override
    int depth() {
      return 1;
    }

    @Override
    void zeroDenominators(double[] v, List<Formula.Rate> out) {}
  }

  static final class Sum extends FormulaNode {
    private final FormulaNode[] terms;

    Sum(FormulaNode[] terms) {
      this.terms = terms;
    }

    @Override
    double eval(double[] v) {
      double sum = FormulaArithmetic.EMPTY_SUM;
      for (FormulaNode term : terms) {
        sum = FormulaArithmetic.plus(sum, term.eval(v));
      }
      return sum;
    }

    @Override
    Rational exact(Rational[] v) {
      Rational sum = Rational.ZERO;
      for (FormulaNode term : terms) {
        Rational r = term.exact(v);
        if (r == null) {
          return null;
        }
        sum = sum.add(r);
      }
      return sum;
    }

    @Override
    int exactIn(double[] v, long[] s, int at) {
      LongFraction.set(s, at, 0, 1);
      for (FormulaNode term : terms) {
        int status = term.exactIn(v, s, at + 2);
        if (status != EXACT) {
          return status;
        }
        if (!LongFraction.add(s, at, at + 2, false)) {
          return TOO_LARGE;
        }
      }
      return EXACT;
    }

    @Override
    int depth() {
      int depth = 0;
      for (FormulaNode term : terms) {
        depth = Math.max(depth, term.depth());
      }
      return depth + 1;
    }

    @Override
    void zeroDenominators(double[] v, List<Formula.Rate> out) {
      for (FormulaNode term : terms) {
        term.zeroDenominators(v, out);
      }
    }
  }

  static final class Difference extends FormulaNode {
    private final FormulaNode minuend;
    private final FormulaNode subtrahend;

    Difference(FormulaNode minuend, FormulaNode subtrahend) {
      this.minuend = minuend;
      this.subtrahend = subtrahend;
    }

    @Override
    double eval(double[] v) {
      return FormulaArithmetic.difference(minuend.eval(v), subtrahend.eval(v));
    }

    @Override
    Rational exact(Rational[] v) {
      Rational a = minuend.exact(v);
      Rational b = a == null ? null : subtrahend.exact(v);
      return b == null ? null : a.subtract(b);
    }

    @Override
    int exactIn(double[] v, long[] s, int at) {
      int status = minuend.exactIn(v, s, at + 2);
      if (status != EXACT) {
        return status;
      }
      LongFraction.copy(s, at + 2, at);
      status = subtrahend.exactIn(v, s, at + 2);
      if (status != EXACT) {
        return status;
      }
      return LongFraction.add(s, at, at + 2, true) ? EXACT : TOO_LARGE;
    }

    @Override
    int depth() {
      return Math.max(minuend.depth(), subtrahend.depth()) + 1;
    }

    @Override
    void zeroDenominators(double[] v, List<Formula.Rate> out) {
      minuend.zeroDenominators(v, out);
      subtrahend.zeroDenominators(v, out);
    }
  }

  static final class Rate extends FormulaNode {
    private final Formula.Rate source;
    private final FormulaNode numerator;
    private final FormulaNode denominator;
    private final double multiplier;
    private final Rational exactMultiplier;
    /** The multiplier as a fraction of two longs, {@code multiplierParts[0] / multiplierParts[1]}, or null. */
    private final long[] multiplierParts;

    Rate(Formula.Rate source, FormulaNode numerator, FormulaNode denominator) {
      this.source = source;
      this.numerator = numerator;
      this.denominator = denominator;
      this.multiplier = source.multiplier();
      this.exactMultiplier = Rational.of(source.multiplier());
      this.multiplierParts = parts(multiplier);
    }

    @Override
    double eval(double[] v) {
      return FormulaArithmetic.rate(numerator.eval(v), multiplier, denominator.eval(v));
    }

    @Override
    Rational exact(Rational[] v) {
      Rational d = denominator.exact(v);
      if (d == null || d.isZero()) {
        return null;
      }
      Rational n = numerator.exact(v);
      return n == null ? null : n.multiply(exactMultiplier).divide(d);
    }

    @Override
    int exactIn(double[] v, long[] s, int at) {
      int status = denominator.exactIn(v, s, at + 2);
      if (status != EXACT) {
        return status;
      }
      if (s[at + 2] == 0) {
        return UNDEFINED;
      }
      LongFraction.copy(s, at + 2, at);
      status = numerator.exactIn(v, s, at + 2);
      if (status != EXACT) {
        return status;
      }
      if (multiplierParts == null
          || !LongFraction.multiply(s, at + 2, multiplierParts[0], multiplierParts[1])
          || !LongFraction.divide(s, at + 2, at)) {
        return TOO_LARGE;
      }
      LongFraction.copy(s, at + 2, at);
      return EXACT;
    }

    @Override
    int depth() {
      return Math.max(numerator.depth(), denominator.depth()) + 1;
    }

    @Override
    void zeroDenominators(double[] v, List<Formula.Rate> out) {
      if (denominator.eval(v) == 0) {
        out.add(source);
      }
      numerator.zeroDenominators(v, out);
      denominator.zeroDenominators(v, out);
    }
  }

  static final class Times extends FormulaNode {
    private final double factor;
    private final Rational exactFactor;
    /** The factor as a fraction of two longs, {@code factorParts[0] / factorParts[1]}, or null. */
    private final long[] factorParts;
    private final FormulaNode term;

    Times(double factor, FormulaNode term) {
      this.factor = factor;
      this.exactFactor = Rational.of(factor);
      this.factorParts = parts(factor);
      this.term = term;
    }

    @Override
    double eval(double[] v) {
      return FormulaArithmetic.times(factor, term.eval(v));
    }

    @Override
    Rational exact(Rational[] v) {
      Rational r = term.exact(v);
      return r == null ? null : r.multiply(exactFactor);
    }

    @Override
    int exactIn(double[] v, long[] s, int at) {
      int status = term.exactIn(v, s, at);
      if (status != EXACT) {
        return status;
      }
      return factorParts != null && LongFraction.multiply(s, at, factorParts[0], factorParts[1]) ? EXACT : TOO_LARGE;
    }

    @Override
    int depth() {
      return term.depth() + 1;
    }

    @Override
    void zeroDenominators(double[] v, List<Formula.Rate> out) {
      term.zeroDenominators(v, out);
    }
  }
}
