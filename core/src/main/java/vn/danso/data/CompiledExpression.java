package vn.danso.data;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.danso.internal.FormulaArithmetic;

/**
 * A rule expression compiled once into a postfix program over numbered slots, one per figure read (of the report
 * checked, or of another report: {@code previous(births)}, {@code sum(children(births))}): the one evaluator of
 * expressions (of every {@link ExpressionCheck}). The engine runs a submission as a dataset of one unit, so a report
 * is decided by this evaluator the same way whether it came alone or among thousands. Each value is carried as the
 * value reported and the interval it stands for (± half a unit of its last reported digit), so that {@code ~=}
 * tolerates the rounding of every operand, and only that.
 *
 * <p>The value computed ({@code +}, {@code -}, {@code *}, {@code /}) is {@link FormulaArithmetic}'s, as the indicator
 * formulas' evaluators compute theirs, so an expression check that restates a formula
 * ({@code CBR ~= births * 1000 / population.average}) computes the very double the formula does; only the interval
 * bounds around it are this class's own.
 *
 * <p>Immutable; {@link #evaluate} uses a caller's {@link Work} space and allocates nothing.
 */
final class CompiledExpression {
  private static final int CONST = 0;
  private static final int SLOT = 1;
  private static final int NEG = 2;
  private static final int ADD = 3;
  private static final int SUB = 4;
  private static final int MUL = 5;
  private static final int DIV = 6;
  private static final int ABS = 7;
  private static final int MIN = 8;
  private static final int MAX = 9;
  private static final int NOT = 10;
  private static final int AND = 11;
  private static final int OR = 12;
  private static final int EQ = 13;
  private static final int APPROX = 14;
  private static final int NE = 15;
  private static final int LT = 16;
  private static final int LE = 17;
  private static final int GT = 18;
  private static final int GE = 19;

  /** Relative allowance for binary floating-point rounding in comparisons. */
  private static final double ULP_ALLOWANCE = 1e-9;

  /**
   * A figure read into a slot: a figure of the report checked ({@code relation} null), or of another report, such as
   * {@code previous(births)}.
   */
  record Term(ExpressionNode.Relation relation, DataKey key) {
    /** The term as written in the expression. */
    String text() {
      return relation == null ? key.toString() : relation.text(key);
    }
  }

  /** The figures read, in slot order. */
  final ImmutableList<Term> terms;
  /** The key of each slot's figure, in slot order. */
  final ImmutableList<DataKey> keys;
  /** Whether a slot reads another report than the one checked. */
  final boolean readsOtherReports;
  private final int[] ops;
  private final int[] args;
  private final double[] constants;
  private final int stack;
  private final boolean comparisonAtTop;

  CompiledExpression(Expression expression) {
    Map<Term, Integer> slots = new LinkedHashMap<>();
    terms(expression.root(), slots);
    this.terms = ImmutableList.copyOf(slots.keySet());
    this.keys = terms.stream().map(Term::key).collect(ImmutableList.toImmutableList());
    this.readsOtherReports = terms.stream().anyMatch(t -> t.relation() != null);
    List<int[]> program = new ArrayList<>();
    List<Double> numbers = new ArrayList<>();
    int[] depth = new int[2];
    emit(expression.root(), slots, program, numbers, depth);
    this.ops = program.stream().mapToInt(p -> p[0]).toArray();
    this.args = program.stream().mapToInt(p -> p[1]).toArray();
    this.constants = numbers.stream().mapToDouble(Double::doubleValue).toArray();
    this.stack = depth[1];
    this.comparisonAtTop = expression.root() instanceof ExpressionNode.Comparison;
  }

  /** Numbers the figures a node reads, in order of first appearance. */
  private static void terms(ExpressionNode node, Map<Term, Integer> slots) {
    if (node instanceof ExpressionNode.Figure) {
      slots.putIfAbsent(new Term(null, ((ExpressionNode.Figure) node).key()), slots.size());
    } else if (node instanceof ExpressionNode.Related) {
      ExpressionNode.Related related = (ExpressionNode.Related) node;
      slots.putIfAbsent(new Term(related.relation(), related.key()), slots.size());
    } else if (node instanceof ExpressionNode.Negate) {
      terms(((ExpressionNode.Negate) node).operand(), slots);
    } else if (node instanceof ExpressionNode.Not) {
      terms(((ExpressionNode.Not) node).operand(), slots);
    } else if (node instanceof ExpressionNode.Arithmetic) {
      terms(((ExpressionNode.Arithmetic) node).left(), slots);
      terms(((ExpressionNode.Arithmetic) node).right(), slots);
    } else if (node instanceof ExpressionNode.Comparison) {
      terms(((ExpressionNode.Comparison) node).left(), slots);
      terms(((ExpressionNode.Comparison) node).right(), slots);
    } else if (node instanceof ExpressionNode.Logic) {
      terms(((ExpressionNode.Logic) node).left(), slots);
      terms(((ExpressionNode.Logic) node).right(), slots);
    } else if (node instanceof ExpressionNode.Call) {
      ((ExpressionNode.Call) node).arguments().forEach(a -> terms(a, slots));
    }
  }

  /** Emits the postfix program of a node; depth[0] is the current stack depth, depth[1] the deepest. */
  private static void emit(ExpressionNode node, Map<Term, Integer> slots, List<int[]> program,
      List<Double> numbers, int[] depth) {
    if (node instanceof ExpressionNode.Number) {
      numbers.add(((ExpressionNode.Number) node).value());
      push(program, CONST, numbers.size() - 1, depth, 1);
    } else if (node instanceof ExpressionNode.Figure) {
      push(program, SLOT, slots.get(new Term(null, ((ExpressionNode.Figure) node).key())), depth, 1);
    } else if (node instanceof ExpressionNode.Related) {
      ExpressionNode.Related related = (ExpressionNode.Related) node;
      push(program, SLOT, slots.get(new Term(related.relation(), related.key())), depth, 1);
    } else if (node instanceof ExpressionNode.Negate) {
      emit(((ExpressionNode.Negate) node).operand(), slots, program, numbers, depth);
      push(program, NEG, 0, depth, 0);
    } else if (node instanceof ExpressionNode.Not) {
      emit(((ExpressionNode.Not) node).operand(), slots, program, numbers, depth);
      push(program, NOT, 0, depth, 0);
    } else if (node instanceof ExpressionNode.Arithmetic) {
      ExpressionNode.Arithmetic a = (ExpressionNode.Arithmetic) node;
      emit(a.left(), slots, program, numbers, depth);
      emit(a.right(), slots, program, numbers, depth);
      int op = a.operator() == '+' ? ADD : a.operator() == '-' ? SUB : a.operator() == '*' ? MUL : DIV;
      push(program, op, 0, depth, -1);
    } else if (node instanceof ExpressionNode.Comparison) {
      ExpressionNode.Comparison c = (ExpressionNode.Comparison) node;
      emit(c.left(), slots, program, numbers, depth);
      emit(c.right(), slots, program, numbers, depth);
      push(program, comparison(c.operator()), 0, depth, -1);
    } else if (node instanceof ExpressionNode.Logic) {
      ExpressionNode.Logic l = (ExpressionNode.Logic) node;
      emit(l.left(), slots, program, numbers, depth);
      emit(l.right(), slots, program, numbers, depth);
      push(program, l.operator().equals("and") ? AND : OR, 0, depth, -1);
    } else {
      ExpressionNode.Call call = (ExpressionNode.Call) node;
      for (ExpressionNode argument : call.arguments()) {
        emit(argument, slots, program, numbers, depth);
      }
      int n = call.arguments().size();
      int op = call.function().equals("abs") ? ABS : call.function().equals("min") ? MIN : MAX;
      push(program, op, n, depth, op == ABS ? 0 : 1 - n);
    }
  }

  private static void push(List<int[]> program, int op, int arg, int[] depth, int change) {
    program.add(new int[] {op, arg});
    depth[0] += change;
    depth[1] = Math.max(depth[1], depth[0]);
  }

  private static int comparison(String operator) {
    switch (operator) {
      case "==":
        return EQ;
      case "~=":
        return APPROX;
      case "!=":
        return NE;
      case "<":
        return LT;
      case "<=":
        return LE;
      case ">":
        return GT;
      default:
        return GE;
    }
  }

  /** A thread's work space for evaluations: the stacks, and the sides of the last top-level comparison. */
  final class Work {
    final double[] mid = new double[stack];
    final double[] lo = new double[stack];
    final double[] hi = new double[stack];
    /** The left and right sides of the last top-level comparison, NaN before one. */
    final double[] sides = {Double.NaN, Double.NaN};
  }

  Work work() {
    return new Work();
  }

  /**
   * Evaluates the condition over the values of its slots and the half-widths of their rounding.
   *
   * @return 1 if it holds, 0 if it does not, NaN if it is undefined (a division by zero)
   */
  double evaluate(double[] values, double[] halves, Work w) {
    double[] mid = w.mid;
    double[] lo = w.lo;
    double[] hi = w.hi;
    int top = -1;
    for (int i = 0; i < ops.length; i++) {
      int op = ops[i];
      switch (op) {
        case CONST:
          top++;
          mid[top] = constants[args[i]];
          lo[top] = mid[top];
          hi[top] = mid[top];
          break;
        case SLOT:
          top++;
          mid[top] = values[args[i]];
          lo[top] = mid[top] - halves[args[i]];
          hi[top] = mid[top] + halves[args[i]];
          break;
        case NEG: {
          double l = lo[top];
          mid[top] = -mid[top];
          lo[top] = -hi[top];
          hi[top] = -l;
          break;
        }
        case ABS:
          abs(mid, lo, hi, top);
          break;
        case NOT:
          mid[top] = Double.isNaN(mid[top]) ? Double.NaN : 1 - mid[top];
          break;
        case MIN:
        case MAX:
          top = extreme(op == MIN, args[i], mid, lo, hi, top);
          break;
        default:
          top--;
          if (ops.length - 1 == i && comparisonAtTop) {
            w.sides[0] = mid[top];
            w.sides[1] = mid[top + 1];
          }
          binary(op, mid, lo, hi, top);
      }
    }
    return mid[0];
  }

  private static void abs(double[] mid, double[] lo, double[] hi, int t) {
    mid[t] = Math.abs(mid[t]);
    if (lo[t] >= 0) {
      return;
    }
    if (hi[t] <= 0) {
      double l = lo[t];
      lo[t] = -hi[t];
      hi[t] = -l;
    } else {
      hi[t] = Math.max(-lo[t], hi[t]);
      lo[t] = 0;
    }
  }

  private static int extreme(boolean min, int n, double[] mid, double[] lo, double[] hi, int top) {
    int first = top - n + 1;
    for (int j = first + 1; j <= top; j++) {
      mid[first] = min ? Math.min(mid[first], mid[j]) : Math.max(mid[first], mid[j]);
      lo[first] = min ? Math.min(lo[first], lo[j]) : Math.max(lo[first], lo[j]);
      hi[first] = min ? Math.min(hi[first], hi[j]) : Math.max(hi[first], hi[j]);
    }
    return first;
  }

  /** Applies a binary operator to the values at t and t + 1, leaving the result at t. */
  private static void binary(int op, double[] mid, double[] lo, double[] hi, int t) {
    double a = mid[t];
    double b = mid[t + 1];
    switch (op) {
      case ADD:
        set(mid, lo, hi, t, FormulaArithmetic.plus(a, b), lo[t] + lo[t + 1], hi[t] + hi[t + 1]);
        return;
      case SUB:
        set(mid, lo, hi, t, FormulaArithmetic.difference(a, b), lo[t] - hi[t + 1], hi[t] - lo[t + 1]);
        return;
      case MUL: {
        double p1 = lo[t] * lo[t + 1];
        double p2 = lo[t] * hi[t + 1];
        double p3 = hi[t] * lo[t + 1];
        double p4 = hi[t] * hi[t + 1];
        set(mid, lo, hi, t, FormulaArithmetic.times(a, b), Math.min(Math.min(p1, p2), Math.min(p3, p4)),
            Math.max(Math.max(p1, p2), Math.max(p3, p4)));
        return;
      }
      case DIV:
        divide(mid, lo, hi, t);
        return;
      case AND:
        mid[t] = a == 0 || b == 0 ? 0 : (Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : 1);
        return;
      case OR:
        mid[t] = a == 1 || b == 1 ? 1 : (Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : 0);
        return;
      default:
        mid[t] = compare(op, a, b, lo[t], hi[t], lo[t + 1], hi[t + 1]);
    }
  }

  private static void divide(double[] mid, double[] lo, double[] hi, int t) {
    double b = mid[t + 1];
    if (b == 0 || Double.isNaN(b)) {
      mid[t] = Double.NaN;
      lo[t] = Double.NaN;
      hi[t] = Double.NaN;
      return;
    }
    double value = FormulaArithmetic.quotient(mid[t], b);
    if (lo[t + 1] <= 0 && hi[t + 1] >= 0) {
      // A denominator that may round to zero: the quotient may be anything.
      set(mid, lo, hi, t, value, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
      return;
    }
    double q1 = lo[t] / lo[t + 1];
    double q2 = lo[t] / hi[t + 1];
    double q3 = hi[t] / lo[t + 1];
    double q4 = hi[t] / hi[t + 1];
    set(mid, lo, hi, t, value, Math.min(Math.min(q1, q2), Math.min(q3, q4)),
        Math.max(Math.max(q1, q2), Math.max(q3, q4)));
  }

  private static void set(double[] mid, double[] lo, double[] hi, int t, double m, double l, double h) {
    mid[t] = m;
    lo[t] = l;
    hi[t] = h;
  }

  private static double compare(int op, double a, double b, double aLo, double aHi, double bLo, double bHi) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return Double.NaN;
    }
    double allowance = ULP_ALLOWANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    boolean holds;
    switch (op) {
      case EQ:
        holds = Math.abs(a - b) <= allowance;
        break;
      case APPROX:
        holds = aLo <= bHi + allowance && bLo <= aHi + allowance;
        break;
      case NE:
        holds = Math.abs(a - b) > allowance;
        break;
      case LT:
        holds = a < b - allowance;
        break;
      case LE:
        holds = a <= b + allowance;
        break;
      case GT:
        holds = a > b + allowance;
        break;
      default:
        holds = a >= b - allowance;
    }
    return holds ? 1 : 0;
  }
}
