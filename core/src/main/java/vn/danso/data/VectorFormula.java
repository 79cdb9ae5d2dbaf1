package vn.danso.data;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.danso.indicator.CompiledFormula;
import vn.danso.indicator.ElementKey;
import vn.danso.indicator.Formula;
import vn.danso.internal.FormulaArithmetic;

/**
 * A compiled formula evaluated a block of cells at a time over the dataset's columns: each node fills a buffer of the
 * block's values, so the tree is walked once per block instead of once per cell, and the loops over buffers are what
 * the JIT compiles to vector instructions. Each operation is computed by {@link FormulaArithmetic}, as the indicator
 * package's evaluator of one set of inputs computes it, and sums fold their terms in the same order, so both give the
 * same doubles (rates multiply before they divide; a zero denominator gives NaN).
 */
final class VectorFormula {
  private final Node root;
  private final int nodes;

  private VectorFormula(Node root, int nodes) {
    this.root = root;
    this.nodes = nodes;
  }

  /**
   * Compiles the formula; evaluation takes the dataset column of each input slot, and inputs the dataset does not
   * have read as zero.
   */
  static VectorFormula of(CompiledFormula formula, boolean[] absent) {
    List<Node> all = new ArrayList<>();
    Node root = compile(formula.formula(), slots(formula), absent, all);
    return new VectorFormula(root, all.size());
  }

  private static Map<ElementKey, Integer> slots(CompiledFormula formula) {
    ImmutableList<ElementKey> inputs = formula.inputs();
    java.util.HashMap<ElementKey, Integer> slots = new java.util.HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      slots.put(inputs.get(i), i);
    }
    return slots;
  }

  /** The number of buffers an evaluation needs. */
  int buffers() {
    return nodes;
  }

  /**
   * Evaluates over cells {@code [from, from + length)}.
   *
   * @param columns the column of each input slot
   * @param from the first cell
   * @param length the number of cells, at most the buffers' length
   * @param buffers one buffer per node, from {@link #buffers()}
   * @return the buffer holding the values as the root computed them: where one is not finite, the formula's value
   *     is NaN ({@link FormulaArithmetic#result})
   */
  double[] evaluate(double[][] columns, int from, int length, double[][] buffers) {
    root.eval(columns, from, length, buffers);
    if (root instanceof Slot) {
      System.arraycopy(columns[((Slot) root).slot], from, buffers[root.id], 0, length);
    }
    return buffers[root.id];
  }

  private static Node compile(Formula f, Map<ElementKey, Integer> slots, boolean[] absent, List<Node> all) {
    Node node;
    if (f instanceof Formula.ElementTerm) {
      int slot = slots.get(((Formula.ElementTerm) f).key());
      node = absent[slot] ? new Zero(all.size()) : new Slot(all.size(), slot);
      all.add(node);
      return node;
    }
    int id = all.size();
    all.add(null);
    if (f instanceof Formula.Sum) {
      List<Formula> terms = ((Formula.Sum) f).terms();
      Node[] children = new Node[terms.size()];
      for (int i = 0; i < children.length; i++) {
        children[i] = compile(terms.get(i), slots, absent, all);
      }
      node = new Sum(id, children);
    } else if (f instanceof Formula.Difference) {
      Formula.Difference d = (Formula.Difference) f;
      node = new Difference(id, compile(d.minuend(), slots, absent, all), compile(d.subtrahend(), slots, absent, all));
    } else if (f instanceof Formula.Rate) {
      Formula.Rate r = (Formula.Rate) f;
      node = new Rate(id, compile(r.numerator(), slots, absent, all), compile(r.denominator(), slots, absent, all), r.multiplier());
    } else if (f instanceof Formula.Times) {
      Formula.Times t = (Formula.Times) f;
      node = new Times(id, t.factor(), compile(t.term(), slots, absent, all));
    } else {
      throw new IllegalStateException("formula " + f + " reads an indicator: it must be compiled first");
    }
    all.set(id, node);
    return node;
  }

  private abstract static class Node {
    final int id;

    Node(int id) {
      this.id = id;
    }

    /** Fills this node's buffer with its values over the block (an input slot reads its column in place). */
    abstract void eval(double[][] columns, int from, int length, double[][] buffers);

    /** The array holding this node's values after {@link #eval}. */
    double[] values(double[][] columns, double[][] buffers) {
      return buffers[id];
    }

    /** Where the block's values start in {@link #values}. */
    int offset(int from) {
      return 0;
    }
  }

  private static final class Slot extends Node {
    private final int slot;

    Slot(int id, int slot) {
      super(id);
      this.slot = slot;
    }

    @Override
    void eval(double[][] columns, int from, int length, double[][] buffers) {}

    @Override
    double[] values(double[][] columns, double[][] buffers) {
      return columns[slot];
    }

    @Override
    int offset(int from) {
      return from;
    }
  }

  /** An input the dataset does not have: zero, as a missing figure reads where the strategy reads it. */
  private static final class Zero extends Node {
    Zero(int id) {
      super(id);
    }

    @Override
    void eval(double[][] columns, int from, int length, double[][] buffers) {
      java.util.Arrays.fill(buffers[id], 0, length, 0);
    }
  }

  private static final class Sum extends Node {
    private final Node[] terms;

    Sum(int id, Node[] terms) {
      super(id);
      this.terms = terms;
    }

    @Override
    void eval(double[][] columns, int from, int length, double[][] buffers) {
      double[] out = buffers[id];
      java.util.Arrays.fill(out, 0, length, FormulaArithmetic.EMPTY_SUM);
      for (Node term : terms) {
        term.eval(columns, from, length, buffers);
        double[] t = term.values(columns, buffers);
        int to = term.offset(from);
        for (int i = 0; i < length; i++) {
          out[i] = FormulaArithmetic.plus(out[i], t[to + i]);
        }
      }
    }
  }

  private static final class Difference extends Node {
    private final Node minuend;
    private final Node subtrahend;

    Difference(int id, Node minuend, Node subtrahend) {
      super(id);
      this.minuend = minuend;
      this.subtrahend = subtrahend;
    }

    @Override
    void eval(double[][] columns, int from, int length, double[][] buffers) {
      minuend.eval(columns, from, length, buffers);
      subtrahend.eval(columns, from, length, buffers);
      double[] out = buffers[id];
      double[] a = minuend.values(columns, buffers);
      double[] b = subtrahend.values(columns, buffers);
      int ao = minuend.offset(from);
      int bo = subtrahend.offset(from);
      for (int i = 0; i < length; i++) {
        out[i] = FormulaArithmetic.difference(a[ao + i], b[bo + i]);
      }
    }
  }

  private static final class Rate extends Node {
    private final Node numerator;
    private final Node denominator;
    private final double multiplier;

    Rate(int id, Node numerator, Node denominator, double multiplier) {
      super(id);
      this.numerator = numerator;
      this.denominator = denominator;
      this.multiplier = multiplier;
    }

    @Override
    void eval(double[][] columns, int from, int length, double[][] buffers) {
      numerator.eval(columns, from, length, buffers);
      denominator.eval(columns, from, length, buffers);
      double[] out = buffers[id];
      double[] n = numerator.values(columns, buffers);
      double[] d = denominator.values(columns, buffers);
      int no = numerator.offset(from);
      int dO = denominator.offset(from);
      double m = multiplier;
      for (int i = 0; i < length; i++) {
        out[i] = FormulaArithmetic.rate(n[no + i], m, d[dO + i]);
      }
    }
  }

  private static final class Times extends Node {
    private final double factor;
    private final Node term;

    Times(int id, double factor, Node term) {
      super(id);
      this.factor = factor;
      this.term = term;
    }

    @Override
    void eval(double[][] columns, int from, int length, double[][] buffers) {
      term.eval(columns, from, length, buffers);
      double[] out = buffers[id];
      double[] t = term.values(columns, buffers);
      int to = term.offset(from);
      for (int i = 0; i < length; i++) {
        out[i] = FormulaArithmetic.times(factor, t[to + i]);
      }
    }
  }
}
