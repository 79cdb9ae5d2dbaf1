package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import vn.danso.internal.Decimals;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * An indicator ready to compute (chỉ tiêu đã biên dịch): its definition with its formula compiled, every other
 * indicator it reads resolved through the catalogue.
 *
 * <p>Two ways in. {@link #evaluate(ElementValues)} returns an {@link IndicatorResult} that says why there is no value
 * and turns into findings. {@link #value(double[])} is the primitive path for data engines: one {@code double} per
 * {@linkplain CompiledFormula#inputs() input slot} in, a finite value or NaN out, no allocation; with
 * {@link #isPlausible(double)}, {@link #isExpected(double)} and
 * {@link CompiledFormula#matches(double[], double, int)} it covers range and computed-versus-reported checks without
 * building objects per row. Immutable and thread-safe; obtained from {@link IndicatorCatalogue#compile}.
 */
public final class CompiledIndicator {
  private final IndicatorDefinition definition;
  private final CompiledFormula formula;
  private final ValueRange plausible;
  private final ValueRange expected;

  CompiledIndicator(IndicatorDefinition definition, CompiledFormula formula) {
    this.definition = definition;
    this.formula = formula;
    this.plausible = definition.plausibleRange();
    this.expected = definition.expectedRange().orElse(ValueRange.all());
  }

  /**
   * Returns the definition.
   *
   * @return the definition
   */
  public IndicatorDefinition definition() {
    return definition;
  }

  /**
   * Returns the indicator's code.
   *
   * @return the code
   */
  public IndicatorCode code() {
    return definition.code();
  }

  /**
   * Returns the compiled formula, with its input slots.
   *
   * @return the formula
   */
  public CompiledFormula formula() {
    return formula;
  }

  /**
   * Computes the value from primitive inputs. Allocates nothing.
   *
   * @param inputs one value per input slot, NaN for a missing one
   * @return the finite value, or NaN when undefined
   */
  public double value(double[] inputs) {
    return formula.evaluate(inputs);
  }

  /**
   * Computes the indicator from element values; never throws on bad figures.
   *
   * @param values the values of one unit and period
   * @return the result: the value, or why there is none
   */
  public IndicatorResult evaluate(ElementValues values) {
    checkNotNull(values, "values is null");
    double[] inputs = formula.inputsFrom(values);
    boolean[] present = new boolean[inputs.length];
    for (int i = 0; i < present.length; i++) {
      present[i] = values.contains(formula.inputs().get(i));
    }
    return IndicatorResult.compute(this, inputs, present);
  }

  /**
   * Computes the indicator from primitive inputs, NaN standing for a missing one.
   *
   * @param inputs one value per input slot; the array is copied
   * @return the result
   */
  public IndicatorResult evaluate(double[] inputs) {
    checkArgument(inputs.length == formula.inputs().size(),
        "%s inputs given, %s expected: one per slot of formula().inputs()", inputs.length, formula.inputs().size());
    return IndicatorResult.compute(this, inputs.clone(), null);
  }

  /**
   * Returns true if the value lies in the plausible range.
   *
   * @param value the value
   * @return whether it is plausible; false for NaN
   */
  public boolean isPlausible(double value) {
    return plausible.contains(value);
  }

  /**
   * Returns true if the value lies in the expected range (every finite value when there is none).
   *
   * @param value the value
   * @return whether it is as expected; false for NaN
   */
  public boolean isExpected(double value) {
    return expected.contains(value);
  }

  /**
   * Checks a value of this indicator, computed or reported, against its ranges: an
   * {@code indicator.value.outside-plausible} error, or else an {@code indicator.value.outside-expected} warning.
   *
   * @param subject what the value is for; the indicator is appended
   * @param value the value
   * @return at most one finding
   */
  public ValidationReport checkRange(Subject subject, double value) {
    checkNotNull(subject, "subject is null");
    if (!Double.isFinite(value)) {
      return ValidationReport.empty();
    }
    Subject about = subject.child("indicator", code().value());
    Object shown = Decimals.rounded(value, definition.decimals());
    if (!plausible.contains(value)) {
      return ValidationReport.of(IndicatorRules.VALUE_OUTSIDE_PLAUSIBLE.finding(about).arg("code", code().value())
          .expected(plausible).actual(shown).build());
    }
    if (!expected.contains(value)) {
      return ValidationReport.of(IndicatorRules.VALUE_OUTSIDE_EXPECTED.finding(about).arg("code", code().value())
          .expected(expected).actual(shown).build());
    }
    return ValidationReport.empty();
  }

  @Override
  public String toString() {
    return code() + " = " + formula;
  }
}
