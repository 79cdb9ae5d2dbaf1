package vn.danso.data;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.danso.indicator.CompiledIndicator;
import vn.danso.indicator.Observation;
import vn.danso.indicator.Target;
import vn.danso.validation.Finding;
import vn.danso.validation.Severity;
import vn.danso.validation.Subject;

/**
 * What a rule finds about figures already gathered (present, finite values; missing ones as zero where the strategy
 * reads them): used by the engine's checks when they turn a flagged cell into findings.
 * Which cells to look at is each path's own business.
 */
final class CheckLogic {
  private CheckLogic() {}

  /** What a finding about a key of a report is about: the report's subject and the key (made only when needed). */
  static Subject about(Subject base, DataKey key) {
    return base.child(key.subjectKind(), key.toString());
  }

  static void range(Subject base, DataKey key, double value, InRange rule, Consumer<Finding> out) {
    boolean plausible = rule.plausible().isEmpty() || rule.plausible().get().contains(value);
    boolean expected = rule.expected().isEmpty() || rule.expected().get().contains(value);
    if (!plausible || !expected) {
      out.accept(DataFindings.range(about(base, key), key, value, rule));
    }
  }

  static void whole(Subject base, DataKey key, double value, Severity severity, Consumer<Finding> out) {
    if (value < 0) {
      out.accept(DataFindings.negative(about(base, key), key, value, severity));
    }
    if (value != Math.rint(value)) {
      out.accept(DataFindings.notWhole(about(base, key), key, value, severity));
    }
  }

  /** Compares a total with its parts; the caller has skipped non-finite parts and applied the strategy. */
  static void components(ComponentsSum rule, Subject base, DataKey key, double total, List<DataKey> parts,
      double[] values, boolean[] present, Consumer<Finding> out) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    if (Math.abs(total - sum) > rule.tolerance()) {
      out.accept(DataFindings.componentsMismatch(about(base, key), key, total, parts, values, present, sum,
          rule.severity()));
    }
  }

  /**
   * Compares a reported indicator with the value computed from its inputs (finite, missing ones as zero): a
   * mismatch beyond the reported precision, or the reasons there is no computed value.
   */
  static void computed(CompiledIndicator indicator, double[] inputs, double reported, int reportedDecimals,
      Subject base, DataKey key, Severity severity, Consumer<Finding> out) {
    double value = indicator.value(inputs);
    if (Double.isNaN(value)) {
      indicator.evaluate(inputs).findings(base).findings().forEach(out);
      return;
    }
    int decimals = reportedDecimals >= 0 ? reportedDecimals : indicator.definition().decimals();
    if (!indicator.formula().matches(inputs, reported, decimals)) {
      out.accept(DataFindings.reportedMismatch(about(base, key), indicator.code().value(), value, reported, decimals,
          severity));
    }
  }

  /** Assesses an indicator's value of a year against each target. */
  static void targets(List<Target> targets, Optional<Observation> baseline, Observation actual, Subject base,
      Consumer<Finding> out) {
    for (Target target : targets) {
      target.assess(baseline, Optional.of(actual)).findings(base).findings().forEach(out);
    }
  }
}
