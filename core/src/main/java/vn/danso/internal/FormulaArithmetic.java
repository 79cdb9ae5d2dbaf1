package vn.danso.internal;

/**
 * The arithmetic of an indicator formula's operations, defined once: the evaluator of one set of inputs
 * ({@code indicator.FormulaNode}, behind {@code CompiledFormula.value}) and the evaluator of blocks of cells over a
 * dataset's columns ({@code data.VectorFormula}) both compute each operation by calling these methods, so they give
 * the same double for the same inputs, bit for bit. The JIT inlines them; the block loops still compile to tight
 * loops.
 *
 * <p>A sum starts at {@link #EMPTY_SUM} and adds its terms in order with {@link #plus}; floating-point addition is
 * not associative, so both evaluators fold in the formula's order of terms.
 */
public final class FormulaArithmetic {
  /** The value a sum starts from. */
  public static final double EMPTY_SUM = 0;

  private FormulaArithmetic() {}

  /**
   * Adds a term to a running sum.
   *
   * @param sum the sum of the terms before
   * @param term the next term
   * @return the new sum
   */
  public static double plus(double sum, double term) {
    return sum + term;
  }

  /**
   * Subtracts.
   *
   * @param minuend what is subtracted from
   * @param subtrahend what is subtracted
   * @return the difference
   */
  public static double difference(double minuend, double subtrahend) {
    return minuend - subtrahend;
  }

  /**
   * A rate: the numerator times the multiplier, divided by the denominator. It multiplies first, so that counts
   * times 1000 stay exact integers and only the division rounds; a zero denominator leaves the rate undefined.
   *
   * @param numerator the numerator's value
   * @param multiplier the multiplier, such as 1000 for a rate per thousand
   * @param denominator the denominator's value
   * @return the rate, or NaN when the denominator is zero
   */
  public static double rate(double numerator, double multiplier, double denominator) {
    return denominator == 0 ? Double.NaN : numerator * multiplier / denominator;
  }

  /**
   * The value of a formula from what its root computed: the number when finite, else NaN (an overflow, or a rate
   * whose denominator is zero). The block evaluator leaves this step to its caller, which looks closely at every
   * value that is not finite anyway.
   *
   * @param computed what the formula's root computed
   * @return the formula's value
   */
  public static double result(double computed) {
    return Double.isFinite(computed) ? computed : Double.NaN;
  }

  /**
   * Scales a term by a constant factor.
   *
   * @param factor the factor
   * @param term the term's value
   * @return the product
   */
  public static double times(double factor, double term) {
    return factor * term;
  }
}
