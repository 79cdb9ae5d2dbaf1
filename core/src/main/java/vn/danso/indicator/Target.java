package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;
import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * A target set for an indicator (mục tiêu, chỉ tiêu kế hoạch): a value to reach by a year, stated as a bound
 * ("below 109"), a band ("about 2,1") or a change from a baseline ("reduce by 60%"), with the documents that set it.
 *
 * <pre>{@code
 * Target srb = Target.builder()
 *     .indicator("SRB")
 *     .kind(TargetKind.BELOW)
 *     .value("109")
 *     .year(2030)
 *     .addSources(Citation.of("Quyết định 1679/QĐ-TTg", LocalDate.of(2019, 11, 22), "mục tiêu cụ thể 3"))
 *     .build();
 * TargetAssessment a = srb.assess(Observation.of(2019, 111.5), Observation.of(2019, 111.5));
 * }</pre>
 *
 * <p>A band target's default half-width is half a unit of the last decimal its value is stated with (2,1 → 0,05),
 * which is how a demographer reads "replacement level, 2,1 children per woman": a rate that rounds to 2,1. Give an
 * explicit {@linkplain #tolerance() tolerance} where the statement is coarser (104 million people: ± 0,5 million).
 */
@Value.Immutable
@DansoStyle
public abstract class Target implements Localized {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Target() {}

  /**
   * Returns the indicator the target is set for.
   *
   * @return the indicator code
   */
  public abstract IndicatorCode indicator();

  /**
   * Returns how the target is stated.
   *
   * @return the kind
   */
  public abstract TargetKind kind();

  /**
   * Returns the target value, in the indicator's unit; for a relative target, the percentage change.
   *
   * @return the value as stated, e.g. {@code 2.1}, {@code 109} or {@code 60}
   */
  public abstract BigDecimal value();

  /**
   * Returns the explicit half-width of a band target.
   *
   * @return the tolerance, or empty for the default (half a unit of the value's last decimal)
   */
  public abstract Optional<BigDecimal> tolerance();

  /**
   * Returns the year by which the target is to be met.
   *
   * @return the target year
   */
  public abstract int year();

  /**
   * Returns the documents that set the target, at least one.
   *
   * @return the sources
   */
  public abstract ImmutableList<Citation> sources();

  /**
   * Returns a note on the target, such as what counts ("at least 4 conditions").
   *
   * @return the note, or empty
   */
  public abstract Optional<LocalizedText> note();

  @Value.Check
  void check() {
    checkState(!sources().isEmpty(), "target for %s: add the document that sets it with addSources", indicator());
    checkState(year() >= 1000 && year() <= 9999, "target for %s: year %s is not 4 digits", indicator(), year());
    checkState(tolerance().isEmpty() || kind() == TargetKind.ABOUT,
        "target for %s: only an ABOUT target has a tolerance", indicator());
    checkState(tolerance().map(t -> t.signum() >= 0).orElse(true),
        "target for %s: tolerance is negative", indicator());
    checkState(kind() != TargetKind.REDUCE_BY || (value().signum() > 0 && value().compareTo(HUNDRED) < 0),
        "target for %s: a reduction is a percentage above 0 and below 100, not %s", indicator(), value());
    checkState(kind() != TargetKind.INCREASE_BY || value().signum() > 0,
        "target for %s: an increase is a positive percentage, not %s", indicator(), value());
  }

  /**
   * Returns the half-width of a band target: the explicit tolerance, or half a unit of the value's last decimal.
   *
   * @return the half-width; zero for targets that are not bands
   */
  public BigDecimal halfWidth() {
    if (kind() != TargetKind.ABOUT) {
      return BigDecimal.ZERO;
    }
    return tolerance().orElseGet(() -> BigDecimal.valueOf(5, Math.max(0, value().scale()) + 1));
  }

  /**
   * Returns the value to compare with: the stated value, or for a relative target the baseline changed by the
   * stated percentage.
   *
   * @param baseline the baseline value; needed only for a relative target
   * @return the value, or empty for a relative target without a finite baseline
   */
  public Optional<BigDecimal> targetValue(Optional<Observation> baseline) {
    checkNotNull(baseline, "baseline is null: pass Optional.empty()");
    if (!kind().isRelative()) {
      return Optional.of(value());
    }
    return baseline.filter(Observation::hasValue).map(b -> {
      BigDecimal factor = kind() == TargetKind.REDUCE_BY ? HUNDRED.subtract(value()) : HUNDRED.add(value());
      return BigDecimal.valueOf(b.value()).multiply(factor).divide(HUNDRED);
    });
  }

  /**
   * Returns true if the actual value meets the target whose value is given.
   *
   * @param actual the actual value
   * @param targetValue the value to compare with, from {@link #targetValue}
   * @return whether the target is met; false for a value that is not finite
   */
  public boolean isMet(double actual, BigDecimal targetValue) {
    if (!Double.isFinite(actual)) {
      return false;
    }
    int c = BigDecimal.valueOf(actual).compareTo(targetValue);
    switch (kind()) {
      case AT_LEAST:
      case INCREASE_BY:
        return c >= 0;
      case AT_MOST:
      case REDUCE_BY:
        return c <= 0;
      case BELOW:
        return c < 0;
      case ABOVE:
        return c > 0;
      default:
        return BigDecimal.valueOf(actual).subtract(targetValue).abs().compareTo(halfWidth()) <= 0;
    }
  }

  /**
   * Returns how far a value is from meeting the target in the direction that matters: 0 when it meets it (or sits on
   * a strict bound), the distance to the bound or to the band otherwise.
   *
   * @param value a finite value
   * @param targetValue the value to compare with
   * @return the shortfall, never negative
   */
  public double shortfall(double value, BigDecimal targetValue) {
    double t = targetValue.doubleValue();
    switch (kind()) {
      case AT_LEAST:
      case ABOVE:
      case INCREASE_BY:
        return Math.max(0, t - value);
      case AT_MOST:
      case BELOW:
      case REDUCE_BY:
        return Math.max(0, value - t);
      default:
        double half = halfWidth().doubleValue();
        return Math.max(0, Math.abs(value - t) - half);
    }
  }

  /**
   * Assesses an actual value without a baseline: achieved, not achieved or no data.
   *
   * @param actual the actual value
   * @return the assessment
   */
  public TargetAssessment assess(Observation actual) {
    return assess(Optional.empty(), Optional.of(checkNotNull(actual, "actual is null")));
  }

  /**
   * Assesses an actual value against the straight line from the baseline to the target.
   *
   * @param baseline the baseline value
   * @param actual the actual value
   * @return the assessment
   */
  public TargetAssessment assess(Observation baseline, Observation actual) {
    return assess(Optional.of(checkNotNull(baseline, "baseline is null")),
        Optional.of(checkNotNull(actual, "actual is null")));
  }

  /**
   * Assesses a possibly missing actual value against a possibly missing baseline; see {@link TargetAssessment}.
   *
   * @param baseline the baseline value, or empty
   * @param actual the actual value, or empty
   * @return the assessment
   */
  public TargetAssessment assess(Optional<Observation> baseline, Optional<Observation> actual) {
    return TargetAssessment.of(this, baseline, actual);
  }

  /**
   * Describes the target: {@code ≈ 2,1 (2,05–2,15) năm 2030}, {@code < 109 by 2030}, {@code giảm 60% so với năm gốc,
   * năm 2030}.
   */
  @Override
  public String label(Language language) {
    boolean vi = language == Language.VI;
    String by = vi ? " năm " : " by ";
    String value = number(value(), language);
    if (kind().isRelative()) {
      return kind().label(language) + " " + value + "%" + (vi ? " so với năm gốc," : " from the baseline,") + by
          + year();
    }
    String text = kind().symbol() + " " + value;
    if (kind() == TargetKind.ABOUT) {
      text += " (" + number(value().subtract(halfWidth()), language) + "–"
          + number(value().add(halfWidth()), language) + ")";
    }
    return text + by + year();
  }

  /**
   * Describes the target with the indicator's unit: {@code ≈ 2,1 con/phụ nữ (2,05–2,15) năm 2030},
   * {@code ≥ 70% by 2030}.
   *
   * @param language the language
   * @param unit the indicator's unit
   * @return the description
   */
  public String label(Language language, UnitOfMeasure unit) {
    checkNotNull(unit, "unit is null");
    if (kind().isRelative()) {
      return label(language);
    }
    boolean vi = language == Language.VI;
    String text = kind().symbol() + " " + unit.withValue(number(value(), language), language);
    if (kind() == TargetKind.ABOUT) {
      text += " (" + number(value().subtract(halfWidth()), language) + "–"
          + number(value().add(halfWidth()), language) + ")";
    }
    return text + (vi ? " năm " : " by ") + year();
  }

  static String number(BigDecimal value, Language language) {
    String plain = value.toPlainString();
    return language == Language.VI ? plain.replace('.', ',') : plain;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of targets
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Target}; indicator, kind, value, year and a source are required. Not thread-safe. */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}

    /**
     * Sets the indicator from its code.
     *
     * @param code e.g. {@code "SRB"}
     * @return this builder
     */
    public Builder indicator(String code) {
      return indicator(IndicatorCode.of(code));
    }

    /**
     * Sets the value from its plain decimal text, keeping the decimals it is stated with.
     *
     * @param value e.g. {@code "2.1"}
     * @return this builder
     */
    public Builder value(String value) {
      return value(new BigDecimal(value));
    }
  }
}
