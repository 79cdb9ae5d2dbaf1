package vn.danso.data;

import java.math.BigDecimal;
import java.util.List;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.PeriodType;
import vn.danso.internal.Decimals;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Finding;
import vn.danso.validation.Subject;

/**
 * Expression rules: how a report's figures are gathered into an expression's slots and decided, and the finding of a
 * report whose figures do not meet it: the engine gathers a report's figures, then calls {@link #decide} and
 * {@link #finding}, the same for a dataset's reports and for one report.
 */
final class ExpressionChecks {
  private ExpressionChecks() {}

  /** Half a unit of the last decimal, per number of decimals. */
  private static final double[] HALF = new double[19];

  static {
    for (int d = 0; d < HALF.length; d++) {
      HALF[d] = BigDecimal.valueOf(5, d + 1).doubleValue();
    }
  }

  /** What an expression rule needs at run time: the compiled program and the rounding of figures without decimals. */
  static final class Plan {
    final ExpressionCheck rule;
    final CompiledExpression expression;
    /** Per slot: half a unit of the last decimal an indicator is published with by default, zero for counts. */
    final double[] defaultHalves;

    Plan(ExpressionCheck rule, IndicatorCatalogue catalogue) {
      this.rule = rule;
      this.expression = new CompiledExpression(rule.expression());
      this.defaultHalves = new double[expression.keys.size()];
      for (int i = 0; i < defaultHalves.length; i++) {
        DataKey key = expression.keys.get(i);
        if (key.isIndicator()) {
          defaultHalves[i] = catalogue.indicator(key.indicatorCode()).map(d -> ExpressionChecks.half(d.decimals())).orElse(0.0);
        }
      }
    }

    int slots() {
      return defaultHalves.length;
    }

    /** Half a unit of the last decimal of a figure reported with these decimals (-1: none given). */
    double half(int slot, int decimals) {
      return decimals < 0 ? defaultHalves[slot] : ExpressionChecks.half(decimals);
    }

    boolean appliesTo(AdministrativeLevel level, PeriodType type) {
      return rule.appliesTo(level, type);
    }
  }

  static double half(int decimals) {
    return HALF[Math.min(decimals, HALF.length - 1)];
  }

  /**
   * Decides a report whose figures were gathered (missing ones marked absent).
   *
   * @return 1 if the rule holds, 0 if it does not, NaN if it is skipped (a figure not finite, the strategy, or an
   *     undefined value)
   */
  static double decide(Plan plan, double[] values, double[] halves, boolean[] present,
      CompiledExpression.Work work) {
    int count = 0;
    for (int i = 0; i < values.length; i++) {
      if (present[i]) {
        if (!Double.isFinite(values[i])) {
          return Double.NaN;
        }
        count++;
      } else {
        values[i] = 0;
        halves[i] = 0;
      }
    }
    if (!plan.rule.missingValues().checks(count, values.length)) {
      return Double.NaN;
    }
    return plan.expression.evaluate(values, halves, work);
  }

  /** The finding of a report that does not meet the rule (after {@link #decide} gave 0 with the same work space). */
  static Finding finding(Plan plan, double[] values, boolean[] present, CompiledExpression.Work work,
      Subject about) {
    StringBuilder vi = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      String key = plan.expression.keys.get(i).toString();
      String separator = i == 0 ? "" : "; ";
      vi.append(separator).append(key).append(" = ")
          .append(present[i] ? ExpressionNode.format(values[i]) : "(chưa báo cáo)");
      en.append(separator).append(key).append(" = ")
          .append(present[i] ? ExpressionNode.format(values[i]) : "(not reported)");
    }
    Finding.Builder finding = plan.rule.rule().finding(about).arg("expression", plan.rule.expression().toString())
        .arg("values", LocalizedText.of(vi.toString(), en.toString()));
    double left = work.sides[0];
    double right = work.sides[1];
    if (!Double.isNaN(left)) {
      Object shownLeft = Decimals.computed(left);
      Object shownRight = Decimals.computed(right);
      finding.arg("left", shownLeft).arg("right", shownRight).actual(shownLeft).expected(shownRight);
    } else {
      finding.arg("left", "—").arg("right", "—");
    }
    return finding.build();
  }

  /** An expression rule over a dataset: every report (unit and period with a figure) in its scope. */
  static final class Reports extends ColumnCheck {
    private final Plan plan;
    private final int[] columns;
    private final boolean[] unitApplies;
    private final boolean[] periodApplies;

    Reports(int order, Plan plan, BulkRun bulk) {
      super(order, null);
      this.plan = plan;
      this.columns = plan.expression.keys.stream().mapToInt(bulk.dataset::keyIndex).toArray();
      this.unitApplies = new boolean[bulk.dataset.unitCount()];
      for (int u = 0; u < unitApplies.length; u++) {
        AdministrativeLevel level = bulk.dataset.units().get(u).level();
        unitApplies[u] = plan.rule.levels().isEmpty() || plan.rule.levels().contains(level);
      }
      this.periodApplies = new boolean[bulk.periods];
      for (int p = 0; p < periodApplies.length; p++) {
        PeriodType type = bulk.periodAt(p).type();
        periodApplies[p] = plan.rule.periodTypes().isEmpty() || plan.rule.periodTypes().contains(type);
      }
    }

    @Override
    Walk walk() {
      return Walk.CELLS;
    }

    @Override
    void scanCells(ScanWorkspace scan, int index, int from, int to) {
      BulkRun bulk = scan.bulk;
      int n = plan.slots();
      double[] values = new double[n];
      double[] halves = new double[n];
      boolean[] present = new boolean[n];
      CompiledExpression.Work work = plan.expression.work();
      for (int c = from; c < to; c++) {
        int unit = c / bulk.periods;
        int period = c % bulk.periods;
        if (unitApplies[unit] && periodApplies[period] && bulk.dataset.hasReport(c)
            && gatherAndDecide(bulk, c, values, halves, present, work) == 0) {
          scan.hit(unit, period, index);
        }
      }
    }

    private double gatherAndDecide(BulkRun bulk, int cell, double[] values, double[] halves, boolean[] present,
        CompiledExpression.Work work) {
      for (int i = 0; i < columns.length; i++) {
        present[i] = bulk.isPresent(columns[i], cell);
        if (present[i]) {
          values[i] = bulk.dataset.column(columns[i])[cell];
          halves[i] = plan.half(i, bulk.dataset.decimals(columns[i], cell));
        }
      }
      return decide(plan, values, halves, present, work);
    }

    @Override
    void findings(BulkRun bulk, int ordinal, int period, List<Finding> out) {
      int cell = bulk.unitOfOrdinal[ordinal] * bulk.periods + period;
      int n = plan.slots();
      double[] values = new double[n];
      boolean[] present = new boolean[n];
      CompiledExpression.Work work = plan.expression.work();
      if (gatherAndDecide(bulk, cell, values, new double[n], present, work) == 0) {
        out.add(finding(plan, values, present, work, bulk.subject(ordinal, period)));
      }
    }
  }
}
