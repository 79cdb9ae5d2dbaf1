package vn.danso.data;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.indicator.PeriodType;
import vn.danso.internal.DansoStyle;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Rule;
import vn.danso.validation.RuleId;
import vn.danso.validation.Severity;

/**
 * A rule written as a condition on the figures of one report (quy tắc dạng biểu thức), with its own stable id, such
 * as a province's {@code province.married-women}: {@code population.married[female,15-49] <= population[female,15-49]}.
 * A report for which the condition is false gives one finding with the rule's id, severity and messages.
 *
 * <p>The rule applies to the reports of the {@linkplain #levels() levels} and {@linkplain #periodTypes() kinds of
 * period} given (every one when none is given). Its {@linkplain #missingValues() strategy} says what happens when
 * figures it reads are missing: skipped unless every one is present (the default), or missing ones counted as zero.
 * A figure that is present but NaN or infinite skips the rule (it is reported once as {@code data.value.not-finite}),
 * and so does a division by zero.
 *
 * <p>Messages may use the placeholders {@code {left}} and {@code {right}} (the two sides of the comparison, when the
 * condition is one), {@code {expression}} and {@code {values}} (every figure read, as {@code key = value}). Without
 * messages, a finding says which condition does not hold and with which figures.
 *
 * <p>A condition may read figures of other reports: {@code previous(births)} (the period just before),
 * {@code last_year(births)} (the same period a year before) and {@code sum(children(births))} (the units directly
 * below, in the validator's {@link UnitTree}). Such a rule is checked over a {@link Dataset} only. Where the other
 * report cannot exist — the dataset does not cover that period, or the unit has nothing below it in the tree — the
 * report is not checked; where it exists but lacks the figure, the missing-value strategy decides, each unit below
 * counting as one figure read.
 *
 * <p>Rules are usually read from text with {@link RuleFile#read}; the builder is the Java-side convenience, and both
 * give the same value.
 */
@Value.Immutable
@DansoStyle
public abstract non-sealed class ExpressionCheck extends DataCheck {
  /** The placeholders a message may use. */
  public static final ImmutableSet<String> PLACEHOLDERS = ImmutableSet.of("left", "right", "expression", "values");

  ExpressionCheck() {}

  /**
   * Returns the id of the rule's findings; ids are stable, like the built-in ones.
   *
   * @return the id, e.g. {@code province.married-women}
   */
  public abstract RuleId id();

  /**
   * Returns the condition the figures of a report must meet.
   *
   * @return the expression, a condition
   */
  public abstract Expression expression();

  /**
   * Returns the levels of the units whose reports the rule applies to.
   *
   * @return the levels; empty for every level
   */
  public abstract ImmutableSet<AdministrativeLevel> levels();

  /**
   * Returns the kinds of period the rule applies to.
   *
   * @return the period types; empty for every kind
   */
  public abstract ImmutableSet<PeriodType> periodTypes();

  /**
   * Returns the message of a finding, in Vietnamese and English.
   *
   * @return the message, or empty for the default one
   */
  public abstract Optional<LocalizedText> message();

  /** Returns {@link Severity#ERROR} unless set. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.ERROR;
  }

  /** Returns {@link MissingValueStrategy#SKIP_IF_ANY_MISSING} unless set. */
  @Override
  @Value.Default
  public MissingValueStrategy missingValues() {
    return MissingValueStrategy.SKIP_IF_ANY_MISSING;
  }

  /**
   * Returns the validation rule the findings carry: this rule's id, severity and messages.
   *
   * @return the validation rule
   */
  @Value.Derived
  @Value.Auxiliary
  public Rule rule() {
    LocalizedText text = message().orElse(LocalizedText.of("Không thỏa điều kiện {expression}: {values}",
        "The condition {expression} does not hold: {values}"));
    return Rule.builder().id(id().value()).severity(severity())
        .title("Quy tắc " + id() + ": " + expression(), "Rule " + id() + ": " + expression())
        .message(text.vi(), text.en()).build();
  }

  @Override
  public final ImmutableList<Rule> reports() {
    return ImmutableList.of(rule());
  }

  /**
   * Returns true unless the expression {@linkplain Expression#readsOtherReports() reads other reports}
   * ({@code previous(x)}, {@code last_year(x)}, {@code sum(children(x))}): such a rule is checked over a
   * {@link Dataset} only, like the built-in kinds that compare periods or units; {@link DataValidator#validate(
   * Submission)} does not check it, since a lone report holds neither the period before nor the units below.
   */
  @Override
  public final boolean isWithinSubmission() {
    return !expression().readsOtherReports();
  }

  /**
   * Returns true if the rule applies to a report of a unit of this level for a period of this kind.
   *
   * @param level the unit's level
   * @param type the period's kind
   * @return whether the rule applies
   */
  public boolean appliesTo(AdministrativeLevel level, PeriodType type) {
    return (levels().isEmpty() || levels().contains(level)) && (periodTypes().isEmpty()
        || periodTypes().contains(type));
  }

  @Value.Check
  void check() {
    checkState(expression().isCondition(), "rule %s: %s is a number, not a condition: compare it, e.g. %s >= 0",
        id(), expression(), expression());
    for (String name : rule().placeholders()) {
      checkState(PLACEHOLDERS.contains(name), "rule %s: the message uses {%s}; use only %s", id(), name,
          PLACEHOLDERS);
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link ExpressionCheck}; the id and the expression are required. Not thread-safe.
   *
   * <p>For example:
   *
   * <pre>{@code
   * ExpressionCheck bySex = ExpressionCheck.builder()
   *     .id("province.births-by-sex")
   *     .expression("births[male] + births[female] == births")
   *     .addLevels(AdministrativeLevel.COMMUNE)
   *     .message("Số sinh theo giới tính không khớp tổng số sinh", "Births by sex do not add up to births")
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableExpressionCheck.Builder {
    Builder() {}

    /**
     * Sets the id from its text.
     *
     * @param id e.g. {@code "province.married-women"}
     * @return this builder
     */
    public Builder id(String id) {
      return id(RuleId.of(id));
    }

    /**
     * Sets the condition from its text.
     *
     * @param expression e.g. {@code "births[male] + births[female] == births"}
     * @return this builder
     * @throws RuleTextException if the text is not an expression
     */
    public Builder expression(String expression) {
      return expression(Expression.parse(expression));
    }

    /**
     * Sets the message in both languages.
     *
     * @param vi the Vietnamese message
     * @param en the English message
     * @return this builder
     */
    public Builder message(String vi, String en) {
      return message(LocalizedText.of(vi, en));
    }
  }
}
