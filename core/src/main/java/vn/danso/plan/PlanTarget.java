package vn.danso.plan;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.document.DocumentReference;
import vn.danso.indicator.IndicatorCode;
import vn.danso.indicator.Observation;
import vn.danso.indicator.Target;
import vn.danso.internal.DansoStyle;
import vn.danso.internal.Decimals;
import vn.danso.text.Language;
import vn.danso.text.Localized;

/**
 * A target a plan sets (chỉ tiêu của kế hoạch): an indicator's {@link Target} (a bound, a band or a change against a
 * baseline, by a year) with, where the plan states it, the baseline value and year it starts from.
 *
 * <pre>{@code
 * PlanTarget srb = PlanTarget.of(Target.builder()
 *     .indicator("SRB").kind(TargetKind.BELOW).value("109").year(2030)
 *     .addSources(Citation.of("Quyết định 1679/QĐ-TTg", LocalDate.of(2019, 11, 22), "mục tiêu cụ thể 3"))
 *     .build());
 * PlanTarget childMarriage = PlanTarget.builder()
 *     .target(reduceBy50Percent)                    // TargetKind.REDUCE_BY, 50, 2030
 *     .baseline(Observation.of(2015, 26.6))         // the plan's own baseline
 *     .build();
 * childMarriage.acceptedValues();                   // Optional[(-∞..13.3]]
 * }</pre>
 *
 * <p>A province may set its own target (chỉ tiêu riêng), above or below the national one: that is its choice, and a
 * cascade reports a difference as information. Only a target that says it implements a document's target ("đạt
 * chỉ tiêu của Quyết định 1679/QĐ-TTg") is held to it, and reported when it is weaker:
 *
 * <pre>{@code
 * PlanTarget claimed = PlanTarget.implementing(srbBelow109By2030, qd1679.reference());
 * }</pre>
 *
 * <p>A relative target ("giảm 50% so với năm gốc") has accepted values only when its baseline is known. Immutable;
 * compares by value.
 */
@Value.Immutable
@DansoStyle
public abstract class PlanTarget implements Localized {
  PlanTarget() {}

  /**
   * Returns the target: indicator, how it is stated, value, year and the documents that set it.
   *
   * @return the target
   */
  public abstract Target target();

  /**
   * Returns the baseline the plan states: the value in the year the change is measured from.
   *
   * @return the baseline, or empty
   */
  public abstract Optional<Observation> baseline();

  /**
   * Returns the document whose target this one says it implements, e.g. Quyết định 1679/QĐ-TTg: a cascade holds the
   * target to that document's target for the same indicator and year and reports it when weaker. Without it the
   * target is the plan's own, and a difference from the targets above is information.
   *
   * @return the reference, or empty for the plan's own target
   */
  public abstract Optional<DocumentReference> implementing();

  /**
   * Returns the indicator.
   *
   * @return the indicator's code
   */
  public IndicatorCode indicator() {
    return target().indicator();
  }

  /**
   * Returns the year by which the target is to be met: its horizon.
   *
   * @return the target year
   */
  public int year() {
    return target().year();
  }

  /**
   * Returns the values that meet the target: below 109 is {@code (-∞‥109)}, about 2,1 is {@code [2.05‥2.15]}, a
   * reduction by 50% from a baseline of 26,6 is {@code (-∞‥13.3]}.
   *
   * @return the accepted values, or empty for a relative target without a finite baseline
   */
  public Optional<Range<BigDecimal>> acceptedValues() {
    Optional<BigDecimal> value = target().targetValue(baseline());
    if (value.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal v = value.get();
    switch (target().kind()) {
      case AT_LEAST:
      case INCREASE_BY:
        return Optional.of(Range.atLeast(v));
      case AT_MOST:
      case REDUCE_BY:
        return Optional.of(Range.atMost(v));
      case BELOW:
        return Optional.of(Range.lessThan(v));
      case ABOVE:
        return Optional.of(Range.greaterThan(v));
      default:
        BigDecimal half = target().halfWidth();
        return Optional.of(Range.closed(v.subtract(half), v.add(half)));
    }
  }

  /** Describes the target as {@link Target#label} does, with the baseline when there is one. */
  @Override
  public String label(Language language) {
    String text = indicator().value() + " " + target().label(language);
    if (baseline().isPresent()) {
      Observation b = baseline().get();
      text += (language == Language.VI ? " (năm gốc " : " (baseline ") + b.year() + ": "
          + number(b.value(), language) + ")";
    }
    return text;
  }

  private static String number(double value, Language language) {
    return Decimals.plain(value, language == Language.VI);
  }

  /** Returns the English label. */
  @Override
  public String toString() {
    return label(Language.EN);
  }

  /**
   * Returns the plan target for a target, without a baseline.
   *
   * @param target the target
   * @return the plan target
   */
  public static PlanTarget of(Target target) {
    return builder().target(checkNotNull(target, "target is null")).build();
  }

  /**
   * Returns the plan target for a target measured from a baseline.
   *
   * @param target the target
   * @param baseline the baseline value and year
   * @return the plan target
   */
  public static PlanTarget of(Target target, Observation baseline) {
    return builder().target(checkNotNull(target, "target is null"))
        .baseline(checkNotNull(baseline, "baseline is null")).build();
  }

  /**
   * Returns the plan target that says it implements a document's target for the same indicator and year.
   *
   * @param target the target, as the plan states it
   * @param document the document whose target it implements, e.g. {@code qd1679.reference()}
   * @return the plan target
   */
  public static PlanTarget implementing(Target target, DocumentReference document) {
    return builder().target(checkNotNull(target, "target is null"))
        .implementing(checkNotNull(document, "document is null")).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of plan targets
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanTarget}; the target is required. Not thread-safe. */
  public static final class Builder extends ImmutablePlanTarget.Builder {
    Builder() {}
  }
}
