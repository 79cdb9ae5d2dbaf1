package vn.danso.internal;

/**
 * The arithmetic of formulas and expressions, defined once: the evaluator of an indicator formula over one set of
 * inputs ({@code indicator.FormulaNode}, behind {@code CompiledFormula.value}), the evaluator of blocks of cells over
 * a dataset's columns ({@code data.VectorFormula}) and the evaluator of the expressions of expression checks
 * ({@code data.CompiledExpression}, for the value each expression computes) all compute each operation by calling
 * these methods, so they give the same double for the same inputs, bit for bit: {@code a * 1000 / b} in an
 * expression is the rate {@code rate(a, b, 1000)} of a formula, and {@code 0 + a + b} is its {@code sum(a, b)}. The
 * JIT inlines them; the block loops still compile to tight loops.
 *
 * <p>A sum starts at {@link #EMPTY_SUM} and adds its terms in order with {@link #plus}; floating-point addition is
 * not associative, so every evaluator folds in the order of the terms as written.
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
   * Divides; a zero divisor leaves the quotient undefined, whatever the dividend (not an infinity, which a sum or a
   * comparison would then carry on as if it were a figure).
   *
   * @param dividend what is divided
   * @param divisor what it is divided by
   * @return the quotient, or NaN when the divisor is zero
   */
  public static double quotient(double dividend, double divisor) {
    return divisor == 0 ? Double.NaN : dividend / divisor;
  }

  /**
   * A rate: the numerator times the multiplier, divided by the denominator ({@link #times} then {@link #quotient}).
   * It multiplies first, so that counts times 1000 stay exact integers and only the division rounds; a zero
   * denominator leaves the rate undefined.
   *
   * @param numerator the numerator's value
   * @param multiplier the multiplier, such as 1000 for a rate per thousand
   * @param denominator the denominator's value
   * @return the rate, or NaN when the denominator is zero
   */
  public static double rate(double numerator, double multiplier, double denominator) {
    return quotient(times(numerator, multiplier), denominator);
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
   * Multiplies: scales a term by a factor (a formula's constant factor, or either side of an expression's {@code *}).
   *
   * @param factor the factor
   * @param term the term's value
   * @return the product
   */
  public static double times(double factor, double term) {
    return factor * term;
  }
}
