package vn.danso.data;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.danso.indicator.CompiledIndicator;
import vn.danso.indicator.Observation;
import vn.danso.indicator.Period;
import vn.danso.indicator.PeriodType;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * The single-submission path: one report checked with maps, for the request/response case. Findings are listed by
 * order (implicit checks, then rules), then by key; the bulk path lists the same findings in the same order.
 */
final class SubmissionCheck {
  private final CompiledChecks compiled;
  private final Submission submission;
  private final Map<DataKey, Entry> entries;
  private final List<Entry> sorted;
  private final Subject base;

  /** The first value of a key, and any values given again for it. */
  private static final class Entry {
    final DataKey key;
    final double value;
    final int decimals;
    final List<Double> all = new ArrayList<>(1);
    final CompiledChecks.KeyPlan plan;

    Entry(DataKey key, double value, int decimals, CompiledChecks.KeyPlan plan) {
      this.key = key;
      this.value = value;
      this.decimals = decimals;
      this.plan = plan;
      all.add(value);
    }
  }

  private SubmissionCheck(CompiledChecks compiled, Submission submission) {
    this.compiled = compiled;
    this.submission = submission;
    this.entries = new HashMap<>(2 * submission.size());
    this.sorted = new ArrayList<>(submission.size());
    this.base = DataFindings.subject(submission.unit(), submission.period());
  }

  static ValidationReport run(CompiledChecks compiled, Submission submission) {
    return new SubmissionCheck(compiled, submission).check();
  }

  private ValidationReport check() {
    for (DataValue value : submission.values()) {
      Entry entry = entries.get(value.key());
      if (entry == null) {
        entry = new Entry(value.key(), value.value(), value.decimalsOrMinusOne(), compiled.plan(value.key()));
        entries.put(value.key(), entry);
        sorted.add(entry);
      } else {
        entry.all.add(value.value());
      }
    }
    sorted.sort((a, b) -> a.key.compareTo(b.key));
    ValidationReport.Builder report = ValidationReport.builder();
    for (Entry entry : sorted) {
      if (entry.all.size() > 1) {
        report.add(DataFindings.duplicate(about(entry.key), entry.key, entry.value, entry.all));
      }
    }
    for (Entry entry : sorted) {
      if (!Double.isFinite(entry.value)) {
        report.add(DataFindings.notFinite(about(entry.key), entry.key, entry.value));
      }
    }
    for (Entry entry : sorted) {
      if (entry.plan.unknown != null) {
        report.add(DataFindings.unknownKey(about(entry.key), entry.key, entry.plan.unknown));
      }
    }
    // Every (rule, key) to check, in rule order, then key order: a counting sort by rule of the keys' plans, each
    // already in rule order, visited in key order.
    int rules = compiled.size();
    int[] start = new int[rules + 1];
    for (Entry entry : sorted) {
      for (int r : entry.plan.rules) {
        start[r + 1]++;
      }
    }
    for (int r : compiled.perSubmission) {
      start[r + 1]++;
    }
    for (int r = 0; r < rules; r++) {
      start[r + 1] += start[r];
    }
    int[] next = java.util.Arrays.copyOf(start, rules);
    int[] position = new int[start[rules]];
    int[] slot = new int[start[rules]];
    for (int p = 0; p < sorted.size(); p++) {
      int[] mine = sorted.get(p).plan.rules;
      for (int i = 0; i < mine.length; i++) {
        position[next[mine[i]]] = p;
        slot[next[mine[i]]++] = i;
      }
    }
    for (int r : compiled.perSubmission) {
      position[next[r]++] = -1;
    }
    for (int r = 0; r < rules; r++) {
      for (int w = start[r]; w < start[r + 1]; w++) {
        if (position[w] < 0) {
          checkOnce(r, report);
        } else {
          Entry entry = sorted.get(position[w]);
          checkKey(r, entry, entry.plan.parts.get(slot[w]), report);
        }
      }
    }
    return report.build();
  }

  private Subject about(DataKey key) {
    return CheckLogic.about(base, key);
  }

  private void checkKey(int r, Entry entry, ImmutableList<DataKey> parts, ValidationReport.Builder report) {
    double value = entry.value;
    if (!Double.isFinite(value)) {
      return;
    }
    DataCheck rule = compiled.rules.get(r);
    if (rule instanceof InRange) {
      InRange range = (InRange) rule;
      if (range.appliesTo(submission.period().type())) {
        CheckLogic.range(base, entry.key, value, range, report::add);
      }
    } else if (rule instanceof WholeNonNegative) {
      CheckLogic.whole(base, entry.key, value, rule.severity(), report::add);
    } else if (rule instanceof ComponentsSum) {
      checkComponents((ComponentsSum) rule, entry, parts, report);
    } else if (rule instanceof ComputedMatchesReported) {
      CompiledIndicator indicator = compiled.indicators[r];
      double[] inputs = inputs(compiled.inputs[r], rule.missingValues());
      if (inputs != null) {
        CheckLogic.computed(indicator, inputs, value, entry.decimals, base, entry.key, rule.severity(), report::add);
      }
    }
  }

  private void checkComponents(ComponentsSum rule, Entry total, ImmutableList<DataKey> parts,
      ValidationReport.Builder report) {
    double[] values = new double[parts.size()];
    boolean[] present = new boolean[parts.size()];
    int reported = 0;
    for (int i = 0; i < values.length; i++) {
      Entry part = entries.get(parts.get(i));
      if (part != null) {
        if (!Double.isFinite(part.value)) {
          return;
        }
        values[i] = part.value;
        present[i] = true;
        reported++;
      }
    }
    if (rule.missingValues().checks(reported, values.length)) {
      CheckLogic.components(rule, base, total.key, total.value, parts, values, present, report::add);
    }
  }

  /** The indicator's inputs, missing ones as zero, or null when the strategy skips them or one is not finite. */
  private double[] inputs(DataKey[] keys, MissingValueStrategy strategy) {
    double[] inputs = new double[keys.length];
    int present = 0;
    for (int i = 0; i < inputs.length; i++) {
      Entry input = entries.get(keys[i]);
      if (input != null) {
        if (!Double.isFinite(input.value)) {
          return null;
        }
        inputs[i] = input.value;
        present++;
      }
    }
    return strategy.checks(present, inputs.length) ? inputs : null;
  }

  private void checkOnce(int r, ValidationReport.Builder report) {
    DataCheck rule = compiled.rules.get(r);
    if (rule instanceof Required) {
      DataKey key = ((Required) rule).key();
      if (!entries.containsKey(key)) {
        report.add(DataFindings.missing(about(key), key, rule.severity()));
      }
      return;
    }
    if (rule instanceof ExpressionCheck) {
      checkExpression(compiled.expressions[r], report);
      return;
    }
    Period period = submission.period();
    if (period.type() != PeriodType.YEAR) {
      return;
    }
    CompiledIndicator indicator = compiled.indicators[r];
    double value = indicatorValue(indicator, compiled.inputs[r]);
    if (Double.isNaN(value)) {
      return;
    }
    CheckLogic.targets(compiled.targets.get(r), Optional.empty(), Observation.of(period.lastYear(), value), base,
        report::add);
  }

  private void checkExpression(ExpressionChecks.Plan plan, ValidationReport.Builder report) {
    if (!plan.appliesTo(submission.unit().level(), submission.period().type())) {
      return;
    }
    int n = plan.slots();
    double[] values = new double[n];
    double[] halves = new double[n];
    boolean[] present = new boolean[n];
    for (int i = 0; i < n; i++) {
      Entry entry = entries.get(plan.expression.keys.get(i));
      present[i] = entry != null;
      if (entry != null) {
        values[i] = entry.value;
        halves[i] = plan.half(i, entry.decimals);
      }
    }
    CompiledExpression.Work work = plan.expression.work();
    if (ExpressionChecks.decide(plan, values, halves, present, work) == 0) {
      report.add(ExpressionChecks.finding(plan, values, present, work, base));
    }
  }

  /** The indicator's reported value if finite, else the one computed from present, finite inputs; NaN if none. */
  private double indicatorValue(CompiledIndicator indicator, DataKey[] keys) {
    Entry reported = entries.get(DataKey.of(indicator.code()));
    if (reported != null) {
      return Double.isFinite(reported.value) ? reported.value : Double.NaN;
    }
    double[] inputs = inputs(keys, MissingValueStrategy.SKIP_IF_ANY_MISSING);
    return inputs == null ? Double.NaN : indicator.value(inputs);
  }
}
