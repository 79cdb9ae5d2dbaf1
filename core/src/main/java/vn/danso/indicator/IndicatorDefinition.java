package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;
import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * The definition of an indicator (định nghĩa chỉ tiêu): its code and names, unit, formula over data elements,
 * reporting precision, which direction is better, the ranges its values may and usually take, how often it is
 * reported, how it aggregates up the administrative hierarchy, and the source of the definition.
 *
 * <p>The <em>plausible range</em> holds every value a correct computation can give for any unit, however small
 * (shares between 0 and 100 %); a value outside it is an error. The <em>expected range</em> holds the values seen in
 * published national and provincial figures; a value outside it is only a warning to check. The built-in ranges are
 * danso's working judgement, not official thresholds: override them in your own catalogue.
 *
 * <p>Rates that cover a year (crude birth rate, total fertility rate) must be computed from a year's figures; the
 * {@linkplain #periodicity() periodicity} says which period a value covers.
 */
@Value.Immutable
@DansoStyle
public abstract class IndicatorDefinition implements Localized {
  IndicatorDefinition() {}

  /**
   * Returns the indicator's code.
   *
   * @return the code
   */
  public abstract IndicatorCode code();

  /**
   * Returns the Vietnamese name.
   *
   * @return the name, or empty when missing
   */
  public abstract Optional<String> nameVi();

  /**
   * Returns the English name.
   *
   * @return the name, or empty when missing
   */
  public abstract Optional<String> nameEn();

  /**
   * Returns the unit values are expressed in.
   *
   * @return the unit
   */
  public abstract UnitOfMeasure unit();

  /**
   * Returns how the indicator is computed.
   *
   * @return the formula
   */
  public abstract Formula formula();

  /**
   * Returns whether the formula is the published one, a working definition or a direct figure.
   *
   * @return the formula's status
   */
  public abstract FormulaStatus formulaStatus();

  /**
   * Returns the number of decimals values are reported with (SRB 100,6: one; TFR 1,96: two).
   *
   * @return 0 to {@value ReportedValue#MAX_DECIMALS}
   */
  public abstract int decimals();

  /**
   * Returns which direction of the indicator is better.
   *
   * @return the polarity
   */
  public abstract Polarity polarity();

  /**
   * Returns the range outside which a value cannot be right.
   *
   * @return the plausible range
   */
  public abstract ValueRange plausibleRange();

  /**
   * Returns the range outside which a value is unusual enough to check.
   *
   * @return the expected range, or empty when no range is usual
   */
  public abstract Optional<ValueRange> expectedRange();

  /**
   * Returns the period one value covers.
   *
   * @return the periodicity
   */
  public abstract PeriodType periodicity();

  /**
   * Returns how the indicator is obtained for a unit from the units below it.
   *
   * @return the aggregation rule
   */
  public abstract AggregationMethod aggregation();

  /**
   * Returns the source of the definition.
   *
   * @return the source
   */
  public abstract Citation source();

  /**
   * Returns a note on the definition, such as what a working definition assumes.
   *
   * @return the note, or empty
   */
  public abstract Optional<LocalizedText> note();

  /**
   * Returns the dimensions the indicator is published by, beside its total: {@link Dimension#RESIDENCE} for a rate
   * published for urban and rural areas ({@code TFR[urban]}), {@link Dimension#REGION} for one published per
   * socio-economic region. A figure keyed by a dimension not listed is {@code data.value.unknown-key}.
   *
   * @return the dimensions, empty unless set
   */
  public abstract ImmutableSet<Dimension> dimensions();

  @Value.Check
  void check() {
    checkState(decimals() >= 0 && decimals() <= ReportedValue.MAX_DECIMALS,
        "indicator %s: decimals %s is out of range: use 0 to %s", code(), decimals(), ReportedValue.MAX_DECIMALS);
  }

  /** Returns the name in the language, else in the other language, else the code. */
  @Override
  public String label(Language language) {
    return Names.label(nameVi(), nameEn(), code().value(), language);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of indicator definitions
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link IndicatorDefinition}; everything but the names, expected range and note is required. Not
   * thread-safe.
   *
   * <p>The built-in sex ratio at birth, as it is defined:
   *
   * <pre>{@code
   * IndicatorDefinition srb = IndicatorDefinition.builder()
   *     .code("SRB")
   *     .name("Tỷ số giới tính khi sinh", "Sex ratio at birth")
   *     .unit(UnitOfMeasure.PER_100)
   *     .formula(Formula.rate(Formula.element("births", Sex.MALE), Formula.element("births", Sex.FEMALE), 100))
   *     .formulaStatus(FormulaStatus.PUBLISHED)
   *     .decimals(1)                                      // published as 111,5
   *     .polarity(Polarity.BAND)                          // neither higher nor lower is better
   *     .plausibleRange(ValueRange.atLeast(0))
   *     .expectedRange(ValueRange.closed(95, 125))
   *     .periodicity(PeriodType.YEAR)
   *     .aggregation(AggregationMethod.RATIO_OF_SUMS)     // boys over girls of all units, not a mean of ratios
   *     .source(Citation.of("Tổng cục Thống kê, siêu dữ liệu chỉ tiêu thống kê: Tỷ số giới tính khi sinh "
   *         + "(bản sao tại ncnb.org.vn)"))
   *     .note(LocalizedText.of("Số bé trai sinh ra sống trên 100 bé gái sinh ra sống.",
   *         "Boys born alive per 100 girls born alive."))
   *     .addDimensions(Dimension.RESIDENCE, Dimension.REGION)   // also published by urban/rural and region
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableIndicatorDefinition.Builder {
    Builder() {}

    /**
     * Sets the code from its text.
     *
     * @param code e.g. {@code "SRB"}
     * @return this builder
     */
    public Builder code(String code) {
      return code(IndicatorCode.of(code));
    }

    /**
     * Sets both names.
     *
     * @param vi the Vietnamese name
     * @param en the English name
     * @return this builder
     */
    public Builder name(String vi, String en) {
      return nameVi(vi).nameEn(en);
    }
  }
}
