package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import vn.danso.internal.Decimals;
import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * The outcome of computing an indicator for one unit and period (kết quả tính chỉ tiêu): a value, or the reason there
 * is none.
 *
 * <p>Computing never throws on bad figures. What happens to each kind of bad input:
 * <ul>
 *   <li>a <em>missing</em> input gives {@link Status#MISSING_INPUT}, no value and <em>no finding</em>: whether a
 *       missing figure is a defect is the data engine's decision (its missing-value strategy);
 *   <li>a NaN or infinite input gives {@link Status#NOT_FINITE_INPUT}, no value and an
 *       {@code indicator.value.not-finite} error per such input;
 *   <li>a zero denominator gives {@link Status#ZERO_DENOMINATOR}, no value and an
 *       {@code indicator.value.zero-denominator} warning (a commune with no girls born has no sex ratio at birth);
 *   <li>a result too large for a double gives {@link Status#OVERFLOW}, no value and an
 *       {@code indicator.value.not-finite} error;
 *   <li>an estimate asked for at an aggregated unit gives {@link Status#NOT_AGGREGABLE}, no value and no finding.
 * </ul>
 * A computed value outside the definition's plausible range gives an {@code indicator.value.outside-plausible} error,
 * outside its expected range an {@code indicator.value.outside-expected} warning ({@link #findings(Subject)}).
 * Immutable.
 */
public final class IndicatorResult {
  /** Whether a value was computed, and if not, why (trạng thái kết quả). */
  public enum Status implements Localized {
    /** A finite value was computed. */
    COMPUTED("đã tính", "computed"),
    /** An input is missing. */
    MISSING_INPUT("thiếu số liệu đầu vào", "an input is missing"),
    /** An input is NaN or infinite. */
    NOT_FINITE_INPUT("số liệu đầu vào không hữu hạn", "an input is not finite"),
    /** A denominator is zero. */
    ZERO_DENOMINATOR("mẫu số bằng 0", "a denominator is zero"),
    /** The result is too large to represent. */
    OVERFLOW("kết quả quá lớn", "the result overflows"),
    /** The indicator is an estimate that does not aggregate from the units below. */
    NOT_AGGREGABLE("không tổng hợp được từ cấp dưới", "not aggregable from the units below");

    private final LocalizedText label;

    Status(String vi, String en) {
      this.label = LocalizedText.of(vi, en);
    }

    @Override
    public String label(Language language) {
      return label.get(language);
    }
  }

  private final CompiledIndicator indicator;
  private final Status status;
  private final double value;
  private final double[] inputs;
  private final ImmutableSet<ElementKey> missing;
  private final ImmutableSet<ElementKey> nonFinite;
  private final ImmutableList<Formula.Rate> zeroDenominators;

  private IndicatorResult(CompiledIndicator indicator, Status status, double value, double[] inputs,
      ImmutableSet<ElementKey> missing, ImmutableSet<ElementKey> nonFinite,
      ImmutableList<Formula.Rate> zeroDenominators) {
    this.indicator = indicator;
    this.status = status;
    this.value = value;
    this.inputs = inputs;
    this.missing = missing;
    this.nonFinite = nonFinite;
    this.zeroDenominators = zeroDenominators;
  }

  /** Computes the result; {@code present} says which slots hold a given value (null: every non-NaN one). */
  static IndicatorResult compute(CompiledIndicator indicator, double[] inputs, boolean[] present) {
    CompiledFormula formula = indicator.formula();
    Set<ElementKey> missing = new LinkedHashSet<>();
    Set<ElementKey> nonFinite = new LinkedHashSet<>();
    for (int i = 0; i < inputs.length; i++) {
      boolean given = present == null ? !Double.isNaN(inputs[i]) : present[i];
      if (!given) {
        missing.add(formula.inputs().get(i));
      } else if (!Double.isFinite(inputs[i])) {
        nonFinite.add(formula.inputs().get(i));
      }
    }
    Status status;
    double value = Double.NaN;
    ImmutableList<Formula.Rate> zeros = ImmutableList.of();
    if (!nonFinite.isEmpty()) {
      status = Status.NOT_FINITE_INPUT;
    } else if (!missing.isEmpty()) {
      status = Status.MISSING_INPUT;
    } else {
      value = formula.evaluate(inputs);
      if (Double.isFinite(value)) {
        status = Status.COMPUTED;
      } else {
        zeros = formula.zeroDenominators(inputs);
        status = zeros.isEmpty() ? Status.OVERFLOW : Status.ZERO_DENOMINATOR;
      }
    }
    return new IndicatorResult(indicator, status, value, inputs, ImmutableSet.copyOf(missing),
        ImmutableSet.copyOf(nonFinite), zeros);
  }

  static IndicatorResult notAggregable(CompiledIndicator indicator) {
    return new IndicatorResult(indicator, Status.NOT_AGGREGABLE, Double.NaN,
        new double[indicator.formula().inputs().size()], ImmutableSet.of(), ImmutableSet.of(), ImmutableList.of());
  }

  /**
   * Returns the indicator computed.
   *
   * @return the definition
   */
  public IndicatorDefinition definition() {
    return indicator.definition();
  }

  /**
   * Returns whether a value was computed, and if not, why.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * Returns true if a finite value was computed.
   *
   * @return whether there is a value
   */
  public boolean hasValue() {
    return status == Status.COMPUTED;
  }

  /**
   * Returns the value.
   *
   * @return the finite value, or empty
   */
  public OptionalDouble value() {
    return hasValue() ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  /**
   * Returns the value, or NaN when there is none.
   *
   * @return the value or NaN
   */
  public double valueOrNaN() {
    return value;
  }

  /**
   * Returns the value rounded to the definition's reporting precision (half up).
   *
   * @return the rounded value, or empty
   */
  public Optional<BigDecimal> rounded() {
    return hasValue()
        ? Optional.of(BigDecimal.valueOf(value).setScale(definition().decimals(), RoundingMode.HALF_UP))
        : Optional.empty();
  }

  /**
   * Returns the inputs that were missing.
   *
   * @return the missing keys, in slot order
   */
  public ImmutableSet<ElementKey> missingInputs() {
    return missing;
  }

  /**
   * Returns the inputs that were NaN or infinite.
   *
   * @return the keys, in slot order
   */
  public ImmutableSet<ElementKey> nonFiniteInputs() {
    return nonFinite;
  }

  /**
   * Returns the denominators that were zero.
   *
   * @return the denominators, outermost first
   */
  public ImmutableList<Formula> zeroDenominators() {
    return zeroDenominators.stream().map(Formula.Rate::denominator).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns true if the reported value matches this value at the reported precision, decided exactly on the
   * formula's value over these inputs (see {@link CompiledFormula#matches(double[], ReportedValue)}).
   *
   * @param reported the reported value
   * @return whether they match; false when there is no value
   */
  public boolean matches(ReportedValue reported) {
    checkNotNull(reported, "reported value is null");
    return hasValue() && indicator.formula().matches(inputs, reported);
  }

  /**
   * Returns the findings about this result: bad inputs, zero denominators, and a value outside the plausible or
   * expected range. A missing input gives none (see the class description).
   *
   * @param subject what was computed, such as {@code unit[31018] › period[2023]}; the indicator is appended
   * @return the findings
   */
  public ValidationReport findings(Subject subject) {
    checkNotNull(subject, "subject is null");
    Subject about = subject.child("indicator", definition().code().value());
    String code = definition().code().value();
    ValidationReport.Builder report = ValidationReport.builder();
    switch (status) {
      case NOT_FINITE_INPUT:
        for (ElementKey key : nonFinite) {
          report.add(IndicatorRules.VALUE_NOT_FINITE.finding(about).arg("element", key.toString())
              .arg("code", code).actual(inputs[indicator.formula().indexOf(key)]).build());
        }
        break;
      case OVERFLOW:
        report.add(IndicatorRules.VALUE_NOT_FINITE.finding(about)
            .arg("element", LocalizedText.of("kết quả tính", "the computed result")).arg("code", code)
            .actual(Double.POSITIVE_INFINITY).build());
        break;
      case ZERO_DENOMINATOR:
        for (Formula denominator : ImmutableSet.copyOf(zeroDenominators())) {
          report.add(IndicatorRules.VALUE_ZERO_DENOMINATOR.finding(about).arg("code", code)
              .arg("denominator", denominator.toString()).build());
        }
        break;
      case COMPUTED:
        report.addAll(indicator.checkRange(subject, value));
        break;
      default:
        break;
    }
    return report.build();
  }

  /**
   * Returns the findings about this result and about a reported value for the same indicator: those of
   * {@link #findings(Subject)}, and an {@code indicator.value.reported-mismatch} error when the reported value does
   * not match the computed one at the reported precision.
   *
   * @param subject what was computed; the indicator is appended
   * @param reported the value reported for the indicator
   * @return the findings
   */
  public ValidationReport findings(Subject subject, ReportedValue reported) {
    ValidationReport own = findings(subject);
    if (!hasValue() || matches(reported)) {
      return own;
    }
    Subject about = subject.child("indicator", definition().code().value());
    return own.merge(ValidationReport.of(IndicatorRules.VALUE_REPORTED_MISMATCH.finding(about)
        .arg("code", definition().code().value())
        .arg("computed", Decimals.rounded(value, reported.decimals() + 3))
        .arg("tolerance", reported.tolerance())
        .expected(reported.round(value)).actual(reported).build()));
  }

  @Override
  public String toString() {
    return definition().code() + (hasValue() ? " = " + value : ": " + status);
  }
}
