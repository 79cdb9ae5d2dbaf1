package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.danso.internal.FormulaArithmetic;

/**
 * A formula ready to evaluate over primitive values (công thức đã biên dịch): its inputs are numbered
 * {@linkplain #inputs() slots}, and {@link #evaluate(double[])} computes the value from a {@code double[]} of them
 * without allocating, so a data engine can run it over millions of rows.
 *
 * <p>Evaluation never throws on bad values. Its result is a finite number, or NaN when the value is undefined: an
 * input is NaN (the primitive form of <em>missing</em>) or infinite, a denominator is zero, or the result overflows.
 * {@link CompiledIndicator#evaluate} says which of these it was. Rates multiply before they divide, so counts times
 * 1000 stay exact and only the division rounds.
 *
 * <p>{@link #matches(double[], double, int)} compares a reported value with the formula's value at the reported
 * precision, and decides exactly at the boundary: it evaluates the formula over exact fractions whenever the double
 * result lies within 10<sup>−9</sup> (relative) of half a unit of the last reported decimal. Those fractions are
 * kept as pairs of longs in a buffer of the calling thread while they fit, so that deciding allocates nothing in the
 * common case (counts and rates of them), and as objects only when they grow beyond.
 *
 * <p>Immutable and thread-safe. Obtained from {@link Formula#compile()} or {@link IndicatorCatalogue#compile}.
 */
public final class CompiledFormula {
  /**
   * Each thread's scratch array for exact decisions: long enough for any formula of at most {@link Formula#MAX_DEPTH}
   * levels, replaced by a longer one should a formula need it. A named class rather than a lambda: compiling the
   * built-in catalogue would otherwise spin the process's first lambda, loading its machinery at start-up.
   */
  private static final ThreadLocal<long[]> SCRATCH = new Scratch();

  /** Makes each thread's scratch array on first use. */
  private static final class Scratch extends ThreadLocal<long[]> {
    @Override
    protected long[] initialValue() {
      return new long[2 * (Formula.MAX_DEPTH + 1)];
    }
  }

  private final Formula formula;
  private final ImmutableList<ElementKey> inputs;
  private final ImmutableMap<ElementKey, Integer> slots;
  private final FormulaNode root;
  /** The length of the scratch array {@link FormulaNode#exactIn} needs: two longs per level of the tree. */
  private final int scratchLength;

  CompiledFormula(Formula formula) {
    this.formula = formula;
    this.inputs = ImmutableList.copyOf(formula.elements());
    ImmutableMap.Builder<ElementKey, Integer> slots = ImmutableMap.builderWithExpectedSize(inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      slots.put(inputs.get(i), i);
    }
    this.slots = slots.build();
    this.root = FormulaNode.compile(formula, this.slots);
    this.scratchLength = 2 * root.depth();
  }

  /**
   * Returns the formula compiled, with every indicator it read replaced by that indicator's formula.
   *
   * @return the formula
   */
  public Formula formula() {
    return formula;
  }

  /**
   * Returns the element keys the formula reads, in slot order: {@code inputs[i]} is the value of
   * {@code inputs().get(i)}.
   *
   * @return the input keys
   */
  public ImmutableList<ElementKey> inputs() {
    return inputs;
  }

  /**
   * Returns the slot of an element key.
   *
   * @param key the key
   * @return the slot, or -1 if the formula does not read the key
   */
  public int indexOf(ElementKey key) {
    Integer slot = slots.get(checkNotNull(key, "key is null"));
    return slot == null ? -1 : slot;
  }

  /**
   * Returns a new array of the formula's inputs taken from the values, NaN where a key is missing.
   *
   * @param values the values
   * @return the inputs, in slot order
   */
  public double[] inputsFrom(ElementValues values) {
    checkNotNull(values, "values is null");
    double[] array = new double[inputs.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.getOrNaN(inputs.get(i));
    }
    return array;
  }

  /**
   * Evaluates the formula. Allocates nothing.
   *
   * @param inputs one value per {@linkplain #inputs() slot}; NaN for a missing value
   * @return the value: finite, or NaN when an input is NaN or infinite, a denominator is zero, or the result overflows
   * @throws IllegalArgumentException if the array's length is not the number of slots
   */
  public double evaluate(double[] inputs) {
    checkArgument(inputs.length == this.inputs.size(),
        "%s inputs given, %s expected: one per slot of inputs()", inputs.length, this.inputs.size());
    for (double input : inputs) {
      if (!Double.isFinite(input)) {
        return Double.NaN;
      }
    }
    return FormulaArithmetic.result(root.eval(inputs));
  }

  /**
   * Evaluates the formula over element values.
   *
   * @param values the values; missing keys make the result NaN
   * @return the value, or NaN when undefined (see {@link #evaluate(double[])})
   */
  public double evaluate(ElementValues values) {
    return evaluate(inputsFrom(values));
  }

  /**
   * Returns true if a value reported with the given number of decimals matches the formula's value: they differ by
   * at most half a unit of the last reported decimal (100,6 matches 538 / 535 × 100 = 100,56…). Exact at the
   * boundary: 201 / 200 × 100 = 100,5 matches both 100 and 101 reported without decimals.
   *
   * @param inputs one value per slot
   * @param reported the reported value, read as the decimal with {@code decimals} places nearest to it
   * @param decimals the number of decimals reported, 0 to {@value ReportedValue#MAX_DECIMALS}
   * @return whether they match; false when the formula has no value or the reported value is not finite
   */
  public boolean matches(double[] inputs, double reported, int decimals) {
    return decide(inputs, reported, decimals, null);
  }

  /**
   * Returns true if the reported value matches the formula's value at the reported precision; see
   * {@link #matches(double[], double, int)}.
   *
   * @param inputs one value per slot
   * @param reported the reported value
   * @return whether they match
   */
  public boolean matches(double[] inputs, ReportedValue reported) {
    checkNotNull(reported, "reported value is null");
    return decide(inputs, reported.value().doubleValue(), reported.decimals(), reported.value());
  }

  private boolean decide(double[] inputs, double reported, int decimals, BigDecimal exactReported) {
    double half = ReportedValue.halfUnit(decimals);
    double value = evaluate(inputs);
    if (Double.isNaN(value) || !Double.isFinite(reported)) {
      return false;
    }
    double diff = Math.abs(value - reported);
    double margin = ReportedValue.MARGIN * (Math.abs(value) + Math.abs(reported) + half);
    if (diff < half - margin) {
      return true;
    }
    if (diff > half + margin) {
      return false;
    }
    if (exactReported == null) {
      int decided = decideInLongs(inputs, reported, decimals);
      if (decided >= 0) {
        return decided == 1;
      }
    }
    return decideWithFractions(inputs, reported, decimals, exactReported);
  }

  /**
   * Decides exactly in long arithmetic, as {@link #decideWithFractions} does with objects (the formula's inputs are
   * finite): 1 if the reported value matches, 0 if not, -1 when a part outgrows a long and only fractions can tell.
   */
  int decideInLongs(double[] inputs, double reported, int decimals) {
    // The reported decimal as ReportedValue.fraction reads it: Math.round(scaled) / 10^d while well inside 2^53.
    double power = ReportedValue.powerOfTen(decimals);
    double scaled = reported * power;
    if (!(Math.abs(scaled) < ReportedValue.FRACTION_LIMIT)) {
      return -1;
    }
    long tenToDecimals = (long) power;
    long[] scratch = SCRATCH.get();
    if (scratch.length < scratchLength) {
      scratch = new long[scratchLength];
      SCRATCH.set(scratch);
    }
    int status = root.exactIn(inputs, scratch, 0);
    if (status == FormulaNode.UNDEFINED) {
      return 0;
    }
    return status == FormulaNode.EXACT ? LongFraction.within(scratch, 0, Math.round(scaled), tenToDecimals) : -1;
  }

  /** Decides exactly over {@link Rational}s (the formula's inputs are finite). */
  boolean decideWithFractions(double[] inputs, double reported, int decimals, BigDecimal exactReported) {
    Rational exact = exactValue(inputs);
    if (exact == null) {
      return false;
    }
    Rational fraction = exactReported != null
        ? Rational.of(exactReported) : ReportedValue.fraction(reported, decimals);
    return exact.subtract(fraction).abs().compareTo(ReportedValue.halfUnitFraction(decimals)) <= 0;
  }

  /** The exact value over the inputs taken as exact fractions; null when undefined. */
  Rational exactValue(double[] inputs) {
    Rational[] exact = new Rational[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      if (!Double.isFinite(inputs[i])) {
        return null;
      }
      exact[i] = Rational.of(inputs[i]);
    }
    return root.exact(exact);
  }

  /** The rates whose denominator is zero for these (finite) inputs. */
  ImmutableList<Formula.Rate> zeroDenominators(double[] inputs) {
    List<Formula.Rate> out = new ArrayList<>();
    root.zeroDenominators(inputs, out);
    return ImmutableList.copyOf(out);
  }

  /** Returns the formula's text. */
  @Override
  public String toString() {
    return formula.toString();
  }
}
