package vn.danso.data;

import java.math.BigDecimal;
import java.util.List;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.Period;
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
    return decide(plan, values, halves, present, null, null, work);
  }

  /**
   * Decides a report whose figures were gathered, where a slot may stand for several figures (a sum over the units
   * below): {@code figures[i]} of them, {@code reported[i]} reported; null arrays mean one figure a slot, reported
   * when present. The missing-value strategy counts figures, not slots.
   */
  static double decide(Plan plan, double[] values, double[] halves, boolean[] present, int[] figures,
      int[] reported, CompiledExpression.Work work) {
    int count = 0;
    int total = 0;
    for (int i = 0; i < values.length; i++) {
      total += figures == null ? 1 : figures[i];
      if (present[i]) {
        if (!Double.isFinite(values[i])) {
          return Double.NaN;
        }
        count += reported == null ? 1 : reported[i];
      } else {
        values[i] = 0;
        halves[i] = 0;
      }
    }
    if (!plan.rule.missingValues().checks(count, total)) {
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
      String key = plan.expression.terms.get(i).text();
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

  /**
   * An expression rule over a dataset: every report (unit and period with a figure) in its scope. A figure of
   * another report is read from the dataset: {@code previous(x)} and {@code last_year(x)} from the unit's cell of
   * that period, {@code sum(children(x))} from the cells of the units below the unit in the tree. Where that other
   * report cannot exist (the dataset does not cover the period, no tree, a unit with nothing below it in the tree),
   * the report is not checked; where it exists but lacks the figure, the rule's missing-value strategy decides.
   */
  static final class Reports extends ColumnCheck {
    private final Plan plan;
    private final int[] columns;
    /** Per slot, its relation, or null for a figure of the report checked. */
    private final ExpressionNode.Relation[] relations;
    /** Per period: the period just before, and the same period a year before, or -1 when not in the dataset. */
    private final int[] previousPeriod;
    private final int[] lastYearPeriod;
    private final boolean[] unitApplies;
    private final boolean[] periodApplies;

    Reports(int order, Plan plan, BulkRun bulk) {
      super(order, null);
      this.plan = plan;
      this.columns = plan.expression.keys.stream().mapToInt(bulk.dataset::keyIndex).toArray();
      this.relations = plan.expression.terms.stream().map(CompiledExpression.Term::relation)
          .toArray(ExpressionNode.Relation[]::new);
      this.previousPeriod = new int[bulk.periods];
      this.lastYearPeriod = new int[bulk.periods];
      for (int p = 0; p < bulk.periods; p++) {
        Period period = bulk.periodAt(p);
        boolean inRange = period.firstYear() > 1000;
        previousPeriod[p] = inRange ? bulk.dataset.periodIndex(period.previous()) : -1;
        lastYearPeriod[p] = inRange ? bulk.dataset.periodIndex(period.plusYears(-1)) : -1;
      }
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
      int[] figures = new int[n];
      int[] reported = new int[n];
      CompiledExpression.Work work = plan.expression.work();
      for (int c = from; c < to; c++) {
        int unit = c / bulk.periods;
        int period = c % bulk.periods;
        if (unitApplies[unit] && periodApplies[period] && bulk.dataset.hasReport(c)
            && gatherAndDecide(bulk, c, values, halves, present, figures, reported, work) == 0) {
          scan.hit(unit, period, index);
        }
      }
    }

    private double gatherAndDecide(BulkRun bulk, int cell, double[] values, double[] halves, boolean[] present,
        int[] figures, int[] reported, CompiledExpression.Work work) {
      int unit = cell / bulk.periods;
      int period = cell % bulk.periods;
      for (int i = 0; i < columns.length; i++) {
        figures[i] = 1;
        if (relations[i] == null) {
          read(bulk, i, cell, values, halves, present);
        } else if (relations[i] == ExpressionNode.Relation.CHILDREN_SUM) {
          if (!sumBelow(bulk, i, unit, period, values, halves, present, figures, reported)) {
            return Double.NaN;
          }
          continue;
        } else {
          int other = relations[i] == ExpressionNode.Relation.PREVIOUS ? previousPeriod[period]
              : lastYearPeriod[period];
          if (other < 0) {
            return Double.NaN;
          }
          read(bulk, i, unit * bulk.periods + other, values, halves, present);
        }
        reported[i] = present[i] ? 1 : 0;
      }
      return decide(plan, values, halves, present, figures, reported, work);
    }

    private void read(BulkRun bulk, int slot, int cell, double[] values, double[] halves, boolean[] present) {
      present[slot] = bulk.isPresent(columns[slot], cell);
      if (present[slot]) {
        values[slot] = bulk.dataset.column(columns[slot])[cell];
        halves[slot] = plan.half(slot, bulk.dataset.decimals(columns[slot], cell));
      }
    }

    /**
     * The sum of a slot's figure over the units below a unit: its value and half-width summed over the units that
     * reported it; false when the unit has nothing below it in the tree (or there is no tree).
     */
    private boolean sumBelow(BulkRun bulk, int slot, int unit, int period, double[] values, double[] halves,
        boolean[] present, int[] figures, int[] reported) {
      int node = bulk.tree == null ? -1 : bulk.nodeOfUnit[unit];
      int count = node < 0 ? 0 : bulk.tree.childCount(node);
      if (count == 0) {
        return false;
      }
      double sum = 0;
      double half = 0;
      int n = 0;
      for (int k = 0; k < count; k++) {
        int child = bulk.childUnit(node, k);
        int cell = child * bulk.periods + period;
        if (child >= 0 && bulk.isPresent(columns[slot], cell)) {
          sum += bulk.dataset.column(columns[slot])[cell];
          half += plan.half(slot, bulk.dataset.decimals(columns[slot], cell));
          n++;
        }
      }
      values[slot] = sum;
      halves[slot] = half;
      present[slot] = n > 0;
      figures[slot] = count;
      reported[slot] = n;
      return true;
    }

    @Override
    void findings(BulkRun bulk, int ordinal, int period, List<Finding> out) {
      int cell = bulk.unitOfOrdinal[ordinal] * bulk.periods + period;
      int n = plan.slots();
      double[] values = new double[n];
      boolean[] present = new boolean[n];
      CompiledExpression.Work work = plan.expression.work();
      if (gatherAndDecide(bulk, cell, values, new double[n], present, new int[n], new int[n], work) == 0) {
        out.add(finding(plan, values, present, work, bulk.subject(ordinal, period)));
      }
    }
  }
}
