package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The walks over a {@link Formula} tree (công thức tính): how deep it is, what it reads, and the tree with other
 * indicators written out. One case per kind of node, so that the node classes stay plain values.
 */
final class FormulaWalk {
  private FormulaWalk() {}

  /**
   * Returns the depth of a node made of these parts: one more than its deepest child, the formulas among the parts
   * and in the lists among them (a sum's terms).
   */
  static int depthOf(Object... parts) {
    int below = 0;
    for (Object part : parts) {
      for (Object child : part instanceof List ? (List<?>) part : List.of(part)) {
        below = child instanceof Formula ? Math.max(below, ((Formula) child).depth()) : below;
      }
    }
    return 1 + below;
  }

  /** Adds the element keys and indicator codes the formula reads to the sets that are not null, in order. */
  static void collect(Formula f, Set<ElementKey> keys, Set<IndicatorCode> codes) {
    if (f instanceof Formula.ElementTerm) {
      if (keys != null) {
        keys.add(((Formula.ElementTerm) f).key());
      }
    } else if (f instanceof Formula.IndicatorTerm) {
      if (codes != null) {
        codes.add(((Formula.IndicatorTerm) f).code());
      }
    } else if (f instanceof Formula.Sum) {
      for (Formula t : ((Formula.Sum) f).terms()) {
        collect(t, keys, codes);
      }
    } else if (f instanceof Formula.Difference) {
      collect(((Formula.Difference) f).minuend(), keys, codes);
      collect(((Formula.Difference) f).subtrahend(), keys, codes);
    } else if (f instanceof Formula.Rate) {
      collect(((Formula.Rate) f).numerator(), keys, codes);
      collect(((Formula.Rate) f).denominator(), keys, codes);
    } else {
      collect(((Formula.Times) f).term(), keys, codes);
    }
  }

  /** Returns the formula with each indicator term replaced by its formula in the map. */
  static Formula inline(Formula f, Map<IndicatorCode, Formula> resolve) {
    if (f instanceof Formula.ElementTerm) {
      return f;
    }
    if (f instanceof Formula.IndicatorTerm) {
      IndicatorCode code = ((Formula.IndicatorTerm) f).code();
      return checkNotNull(resolve.get(code), "no formula for %s", code);
    }
    if (f instanceof Formula.Sum) {
      ImmutableList.Builder<Formula> terms = ImmutableList.builder();
      for (Formula t : ((Formula.Sum) f).terms()) {
        terms.add(inline(t, resolve));
      }
      return new Formula.Sum(terms.build());
    }
    if (f instanceof Formula.Difference) {
      Formula.Difference d = (Formula.Difference) f;
      return new Formula.Difference(inline(d.minuend(), resolve), inline(d.subtrahend(), resolve));
    }
    if (f instanceof Formula.Rate) {
      Formula.Rate r = (Formula.Rate) f;
      return new Formula.Rate(inline(r.numerator(), resolve), inline(r.denominator(), resolve), r.multiplier());
    }
    Formula.Times t = (Formula.Times) f;
    return new Formula.Times(t.factor(), inline(t.term(), resolve));
  }
}
