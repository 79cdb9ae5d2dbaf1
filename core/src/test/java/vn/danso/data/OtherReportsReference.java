package vn.danso.data;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.Period;
import vn.danso.validation.Finding;

/**
 * Expression rules that read other reports, decided plainly for the reports of a dataset: each figure looked up
 * through the public API of {@link Dataset}, {@link Submission} and {@link UnitTree}, with the missing-value strategy
 * counted by hand, then evaluated by the one evaluator of expressions. A reference for the bulk path's gathering.
 */
final class OtherReportsReference {
  private final Dataset dataset;
  private final UnitTree tree;
  private final IndicatorCatalogue catalogue;

  OtherReportsReference(Dataset dataset, UnitTree tree, IndicatorCatalogue catalogue) {
    this.dataset = dataset;
    this.tree = tree;
    this.catalogue = catalogue;
  }

  /** Every finding of the rule over the dataset, in no particular order. */
  List<Finding> findings(ExpressionCheck rule) {
    ExpressionChecks.Plan plan = new ExpressionChecks.Plan(rule, catalogue);
    List<Finding> out = new ArrayList<>();
    for (UnitCode unit : dataset.units()) {
      for (Period period : dataset.periods()) {
        Optional<Submission> report = dataset.submission(unit, period);
        if (report.isPresent() && rule.appliesTo(unit.level(), period.type())) {
          decide(plan, report.get()).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private Optional<Finding> decide(ExpressionChecks.Plan plan, Submission report) {
    ImmutableList<CompiledExpression.Term> terms = plan.expression.terms;
    int n = terms.size();
    double[] values = new double[n];
    double[] halves = new double[n];
    boolean[] present = new boolean[n];
    int count = 0;
    int total = 0;
    for (int i = 0; i < n; i++) {
      CompiledExpression.Term term = terms.get(i);
      List<Submission> sources = new ArrayList<>();
      if (term.relation() == null) {
        sources.add(report);
        total++;
      } else if (term.relation() == ExpressionNode.Relation.CHILDREN_SUM) {
        if (tree == null || !tree.contains(report.unit()) || tree.children(report.unit()).isEmpty()) {
          return Optional.empty();
        }
        for (UnitCode child : tree.children(report.unit())) {
          dataset.submission(child, report.period()).ifPresent(sources::add);
          total++;
        }
      } else {
        Period other = term.relation() == ExpressionNode.Relation.PREVIOUS ? report.period().previous()
            : report.period().plusYears(-1);
        if (!dataset.periods().contains(other)) {
          return Optional.empty();
        }
        dataset.submission(report.unit(), other).ifPresent(sources::add);
        total++;
      }
      for (Submission source : sources) {
        Optional<DataValue> value = first(source, term.key());
        if (value.isPresent()) {
          if (!Double.isFinite(value.get().value())) {
            return Optional.empty();
          }
          values[i] += value.get().value();
          halves[i] += plan.half(i, value.get().decimalsOrMinusOne());
          present[i] = true;
          count++;
        }
      }
    }
    if (!plan.rule.missingValues().checks(count, total)) {
      return Optional.empty();
    }
    CompiledExpression.Work work = plan.expression.work();
    if (plan.expression.evaluate(values, halves, work) != 0) {
      return Optional.empty();
    }
    return Optional.of(ExpressionChecks.finding(plan, values, present, work,
        DataFindings.subject(report.unit(), report.period())));
  }

  private static Optional<DataValue> first(Submission report, DataKey key) {
    return report.values().stream().filter(v -> v.key().equals(key)).findFirst();
  }
}
