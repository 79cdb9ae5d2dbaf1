package vn.danso.data;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.danso.indicator.CompiledIndicator;
import vn.danso.indicator.DataElement;
import vn.danso.indicator.Dimension;
import vn.danso.indicator.Disaggregation;
import vn.danso.indicator.ElementKey;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.IndicatorCode;
import vn.danso.indicator.IndicatorDefinition;
import vn.danso.indicator.Target;
import vn.danso.text.Language;
import vn.danso.text.LocalizedText;

/**
 * A rule set compiled against a catalogue, shared by the single-submission and bulk paths: the indicators of the
 * rules that compute, and, per key, which rules check it (worked out once per key and kept).
 *
 * <p>Findings are ordered by an <em>order</em>: the implicit checks first ({@link #DUPLICATE}, {@link #NOT_FINITE},
 * {@link #UNKNOWN_KEY}), then the rules of the set in their order ({@link #IMPLICIT} + index).
 */
final class CompiledChecks {
  static final int DUPLICATE = 0;
  static final int NOT_FINITE = 1;
  static final int UNKNOWN_KEY = 2;
  static final int IMPLICIT = 3;

  /** Keys kept at most; beyond this, plans are worked out on each call (a guard against unbounded key sets). */
  private static final int MAX_PLANS = 100_000;

  final IndicatorCatalogue catalogue;
  final ImmutableList<DataCheck> rules;
  /** Per rule: its compiled indicator (computed-vs-reported and target rules), else null. */
  final CompiledIndicator[] indicators;
  /** Per rule: the keys of its indicator's inputs, in slot order, else null. */
  final DataKey[][] inputs;
  /** Per rule: the targets of a target rule, else null. */
  final List<ImmutableList<Target>> targets;
  /** Per rule: the plan of an expression rule, else null. */
  final ExpressionChecks.Plan[] expressions;
  /** Rules checked once per report rather than per key: required figures, expressions, targets without a baseline. */
  final int[] perSubmission;
  private final ConcurrentHashMap<DataKey, KeyPlan> plans = new ConcurrentHashMap<>();

  CompiledChecks(IndicatorCatalogue catalogue, DataCheckSet set) {
    this.catalogue = catalogue;
    this.rules = set.checks();
    this.indicators = new CompiledIndicator[rules.size()];
    this.inputs = new DataKey[rules.size()][];
    this.expressions = new ExpressionChecks.Plan[rules.size()];
    List<ImmutableList<Target>> targetList = new ArrayList<>();
    List<Integer> once = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      DataCheck rule = rules.get(r);
      ImmutableList<Target> ruleTargets = null;
      if (rule instanceof ComputedMatchesReported) {
        indicators[r] = compile(((ComputedMatchesReported) rule).indicator());
      } else if (rule instanceof TargetCheck) {
        IndicatorCode code = ((TargetCheck) rule).indicator();
        indicators[r] = compile(code);
        ruleTargets = catalogue.targets(code);
      }
      if (indicators[r] != null) {
        inputs[r] = indicators[r].formula().inputs().stream().map(DataKey::of).toArray(DataKey[]::new);
      }
      if (rule instanceof ExpressionCheck) {
        expressions[r] = plan((ExpressionCheck) rule);
      }
      targetList.add(ruleTargets);
      if (rule instanceof Required || rule instanceof ExpressionCheck || (rule instanceof TargetCheck && rule.isWithinSubmission())) {
        once.add(r);
      }
    }
    this.targets = targetList;
    this.perSubmission = once.stream().mapToInt(Integer::intValue).toArray();
  }

  private CompiledIndicator compile(IndicatorCode code) {
    checkArgument(catalogue.indicator(code).isPresent(),
        "a data rule reads the indicator %s, which the catalogue does not define: add it to the catalogue", code);
    try {
      return catalogue.compile(code);
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException("a data rule reads the indicator " + code + ", which cannot be computed: "
          + e.getMessage(), e);
    }
  }

  private ExpressionChecks.Plan plan(ExpressionCheck rule) {
    for (DataKey key : rule.expression().keys()) {
      LocalizedText unknown = unknownReason(catalogue, key);
      checkArgument(unknown == null, "rule %s reads %s, which the catalogue does not define (%s): add it to the "
          + "catalogue or correct the key", rule.id(), key, unknown == null ? "" : unknown.en());
    }
    return new ExpressionChecks.Plan(rule, catalogue);
  }

  int size() {
    return rules.size();
  }

  /** What to check about a key, worked out once. */
  KeyPlan plan(DataKey key) {
    KeyPlan plan = plans.get(key);
    if (plan == null) {
      plan = new KeyPlan(key, unknownReason(catalogue, key), rulesFor(key), rules);
      if (plans.size() < MAX_PLANS) {
        plans.putIfAbsent(key, plan);
      }
    }
    return plan;
  }

  /** The per-key rules that check the key as their checked figure, in order. */
  private int[] rulesFor(DataKey key) {
    List<Integer> out = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      DataCheck rule = rules.get(r);
      boolean applies;
      if (rule instanceof InRange) {
        // An indicator's ranges hold for the indicator reported for a part too (TFR's for TFR[urban]).
        KeyPattern keys = ((InRange) rule).keys();
        applies = keys.matches(key) || (key.isIndicator() && !key.indicatorPart().isTotal()
            && keys.matches(DataKey.of(key.indicatorCode())));
      } else if (rule instanceof WholeNonNegative) {
        applies = ((WholeNonNegative) rule).keys().matches(key);
      } else if (rule instanceof ComponentsSum) {
        applies = ((ComponentsSum) rule).appliesTo(key);
      } else if (rule instanceof ComputedMatchesReported) {
        applies = key.isIndicator() && key.indicatorPart().isTotal()
            && key.indicatorCode().equals(((ComputedMatchesReported) rule).indicator());
      } else {
        applies = false;
      }
      if (applies) {
        out.add(r);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Why the catalogue does not define the key, or null when it does. */
  static LocalizedText unknownReason(IndicatorCatalogue catalogue, DataKey key) {
    if (key.isIndicator()) {
      Optional<IndicatorDefinition> indicator = catalogue.indicator(key.indicatorCode());
      if (indicator.isEmpty()) {
        return LocalizedText.of("không có chỉ tiêu " + key.indicatorCode(), "no indicator " + key.indicatorCode());
      }
      Disaggregation part = key.indicatorPart();
      for (Dimension dimension : part.dimensions()) {
        if (!indicator.get().dimensions().contains(dimension)) {
          return LocalizedText.of(key.indicatorCode() + " không được công bố theo " + dimension.label(Language.VI),
              key.indicatorCode() + " is not published by " + dimension.label(Language.EN));
        }
      }
      return null;
    }
    ElementKey element = key.elementKey();
    Optional<DataElement> defined = catalogue.element(element.element());
    if (defined.isEmpty()) {
      return LocalizedText.of("không có phần tử dữ liệu " + element.element(),
          "no data element " + element.element());
    }
    if (!defined.get().accepts(element.disaggregation())) {
      return LocalizedText.of(element.element() + " không được phân tổ theo " + element.disaggregation()
              .label(Language.VI),
          element.element() + " is not broken down by " + element.disaggregation().label(Language.EN));
    }
    return null;
  }

  /** What to check about one key: whether the catalogue defines it, the rules that check it and their parts. */
  static final class KeyPlan {
    final DataKey key;
    final LocalizedText unknown;
    final int[] rules;
    /** Per entry of {@link #rules}: the parts of a components rule, else null. */
    final List<ImmutableList<DataKey>> parts;

    KeyPlan(DataKey key, LocalizedText unknown, int[] rules, List<DataCheck> all) {
      this.key = key;
      this.unknown = unknown;
      this.rules = rules;
      ImmutableList<?>[] resolved = new ImmutableList<?>[rules.length];
      for (int i = 0; i < rules.length; i++) {
        DataCheck rule = all.get(rules[i]);
        if (rule instanceof ComponentsSum) {
          resolved[i] = ((ComponentsSum) rule).partsOf(key);
        }
      }
      @SuppressWarnings("unchecked")
      List<ImmutableList<DataKey>> list = (List<ImmutableList<DataKey>>) (List<?>) java.util.Arrays.asList(resolved);
      this.parts = java.util.Collections.unmodifiableList(list);
    }
  }
}
