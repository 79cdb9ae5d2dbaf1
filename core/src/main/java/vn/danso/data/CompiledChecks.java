package vn.danso.data;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import com.google.common.collect.ImmutableMap;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.indicator.CompiledIndicator;
import vn.danso.indicator.DataElement;
import vn.danso.indicator.Dimension;
import vn.danso.indicator.Disaggregation;
import vn.danso.indicator.ElementKey;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.IndicatorCode;
import vn.danso.indicator.PeriodType;
import vn.danso.indicator.IndicatorDefinition;
import vn.danso.indicator.Target;
import vn.danso.internal.IntArrays;
import vn.danso.text.Language;
import vn.danso.text.LocalizedText;

/**
 * A rule set compiled against a catalogue, the one compiled plan of the data engine: the indicators of the rules that
 * compute, per key which rules check it (worked out once per key and kept), and per shape of report (its keys in the
 * order given, its unit's level and its period's type) how it is laid out as a one-unit dataset and the checks
 * planned for it (worked out once per shape and kept).
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

  /** Shapes of report kept at most; beyond this, a report of a new shape is planned on each call. */
  private static final int MAX_REPORT_PLANS = 4_096;

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
  private final ConcurrentHashMap<ReportShape, ReportPlan> reportPlans = new ConcurrentHashMap<>();

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
        List<ElementKey> read = indicators[r].formula().inputs();
        inputs[r] = new DataKey[read.size()];
        for (int k = 0; k < inputs[r].length; k++) {
          inputs[r][k] = DataKey.of(read.get(k));
        }
      }
      if (rule instanceof ExpressionCheck) {
        expressions[r] = plan((ExpressionCheck) rule);
      }
      targetList.add(ruleTargets);
      if (rule instanceof Required || ((rule instanceof ExpressionCheck || rule instanceof TargetCheck)
          && rule.isWithinSubmission())) {
        once.add(r);
      }
    }
    this.targets = targetList;
    this.perSubmission = IntArrays.of(once);
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

  /**
   * How a report of this shape is laid out and checked: kept per shape, made from the first report of the shape.
   */
  ReportPlan reportPlan(Submission submission) {
    ReportShape shape = new ReportShape(submission);
    ReportPlan plan = reportPlans.get(shape);
    if (plan == null) {
      ReportLayout layout = new ReportLayout(this, submission.values());
      Dataset first = layout.layOut(submission);
      BulkRun run = new BulkRun(this, first, (UnitTree) null, layout.mostChecks);
      plan = new ReportPlan(layout, BulkCheck.planReport(run));
      if (reportPlans.size() < MAX_REPORT_PLANS) {
        ReportPlan kept = reportPlans.putIfAbsent(shape.kept(), plan);
        plan = kept == null ? plan : kept;
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
    return IntArrays.of(out);
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

  /** How the reports of one shape are checked: their layout and the checks planned for it. Immutable. */
  static final class ReportPlan {
    final ReportLayout layout;
    final BulkCheck checks;

    ReportPlan(ReportLayout layout, BulkCheck checks) {
      this.layout = layout;
      this.checks = checks;
    }
  }

  /**
   * How a report of one shape is laid out as a one-unit dataset: its keys in order, and the column of each value
   * given and whether it repeats a key given before. Immutable.
   */
  static final class ReportLayout {
    /** The presence word of a one-cell column whose cell was reported; shared, never written. */
    private static final long[] ONE_CELL = {1L};

    final ImmutableList<DataKey> keys;
    final ImmutableMap<DataKey, Integer> keyIndex;
    /** Per value given: its column. */
    final int[] columns;
    /** Per value given: whether its key was given before (a duplicate, kept to be reported). */
    final boolean[] repeated;
    final boolean anyRepeated;
    /** The bound on the number of checks of the plan, for packing flagged cells. */
    final int mostChecks;

    private ReportLayout(CompiledChecks compiled, List<DataValue> values) {
      int n = values.size();
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      // Stable: of equal keys, the one given first comes first and is the cell's value.
      java.util.Arrays.sort(order, new ByKey(values));
      this.columns = new int[n];
      this.repeated = new boolean[n];
      ImmutableList.Builder<DataKey> sorted = ImmutableList.builder();
      ImmutableMap.Builder<DataKey, Integer> index = ImmutableMap.builder();
      int column = -1;
      DataKey last = null;
      boolean any = false;
      for (int i = 0; i < n; i++) {
        DataKey key = values.get(order[i]).key();
        if (key.equals(last)) {
          repeated[order[i]] = true;
          any = true;
        } else {
          column++;
          sorted.add(key);
          index.put(key, column);
          last = key;
        }
        columns[order[i]] = column;
      }
      this.keys = sorted.build();
      this.keyIndex = index.buildOrThrow();
      this.anyRepeated = any;
      this.mostChecks = BulkCheck.mostChecks(compiled, keys.size());
    }

    /**
     * Lays a report of this shape out as a one-unit, one-period dataset, the way the engine checks one report: a
     * column of one cell per key, nothing sorted or indexed again. The cell counts as reported even when the report
     * is empty, so that its required figures are reported missing.
     */
    Dataset layOut(Submission submission) {
      ImmutableList<DataValue> given = submission.values();
      int keyCount = keys.size();
      double[][] values = new double[keyCount][1];
      // Every key of a report has its one cell reported: the columns share one presence word, never written.
      long[][] present = new long[keyCount][];
      java.util.Arrays.fill(present, ONE_CELL);
      byte[][] decimals = new byte[keyCount][];
      Duplicates.Builder again = anyRepeated ? new Duplicates.Builder() : null;
      for (int i = 0; i < given.size(); i++) {
        DataValue value = given.get(i);
        int k = columns[i];
        int d = value.decimalsOrMinusOne();
        if (repeated[i]) {
          again.add(k, 0, value.value(), (byte) d);
          continue;
        }
        values[k][0] = value.value();
        if (d >= 0) {
          decimals[k] = new byte[] {(byte) d};
        }
      }
      return new Dataset(ImmutableList.of(submission.unit()), ImmutableList.of(submission.period()), keys,
          keyIndex, values, present, decimals, new long[] {1L}, given.size(),
          again == null ? Duplicates.NONE_GIVEN : again.build());
    }

    /** Orders the values given by key (a named class: no lambda to spin on first use). */
    private static final class ByKey implements java.util.Comparator<Integer> {
      private final List<DataValue> values;

      ByKey(List<DataValue> values) {
        this.values = values;
      }

      @Override
      public int compare(Integer a, Integer b) {
        return values.get(a).key().compareTo(values.get(b).key());
      }
    }
  }
}
