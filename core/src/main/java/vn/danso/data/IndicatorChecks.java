package vn.danso.data;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.danso.indicator.CompiledIndicator;
import vn.danso.indicator.ElementKey;
import vn.danso.indicator.Observation;
import vn.danso.indicator.Period;
import vn.danso.indicator.PeriodType;
import vn.danso.indicator.ReportedValue;
import vn.danso.indicator.Target;
import vn.danso.validation.Finding;

/** The checks that compute indicators: reported against computed, and values against targets. */
final class IndicatorChecks {
  private IndicatorChecks() {}

  /** Half a unit of the last decimal, per number of decimals. */
  private static final double[] HALF = new double[ReportedValue.MAX_DECIMALS + 1];

  /**
   * How close to the boundary (relative) a computed value must be for the exact comparison to decide; wider than the
   * exact comparison's own margin, so that every value it would decide exactly is decided by it here too.
   */
  private static final double NEAR = 1e-7;

  static {
    for (int d = 0; d < HALF.length; d++) {
      HALF[d] = BigDecimal.valueOf(5, d + 1).doubleValue();
    }
  }

  /** Gathers an indicator's inputs at a cell, missing ones as zero; false when the strategy skips or one is bad. */
  static boolean inputs(BulkRun bulk, int[] columns, int cell, MissingValueStrategy strategy, double[] out) {
    int present = 0;
    for (int i = 0; i < columns.length; i++) {
      out[i] = 0;
      if (bulk.isPresent(columns[i], cell)) {
        out[i] = bulk.dataset.column(columns[i])[cell];
        if (!Double.isFinite(out[i])) {
          return false;
        }
        present++;
      }
    }
    return strategy.checks(present, columns.length);
  }

  static int[] columns(BulkRun bulk, CompiledIndicator indicator) {
    ImmutableList<ElementKey> keys = indicator.formula().inputs();
    int[] columns = new int[keys.size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = bulk.dataset.keyIndex(DataKey.of(keys.get(i)));
    }
    return columns;
  }

  /** A reported indicator against the value computed from the figures reported with it. */
  static final class Computed extends ColumnCheck {
    private final ComputedMatchesReported rule;
    private final CompiledIndicator indicator;
    private final int reported;
    private final int[] inputs;
    private final VectorFormula formula;
    private final int defaultDecimals;

    Computed(int order, DataKey key, ComputedMatchesReported rule, CompiledIndicator indicator, int reported,
        BulkRun bulk) {
      super(order, key);
      this.rule = rule;
      this.indicator = indicator;
      this.reported = reported;
      this.inputs = columns(bulk, indicator);
      boolean[] absent = new boolean[inputs.length];
      for (int i = 0; i < inputs.length; i++) {
        absent[i] = inputs[i] < 0;
      }
      this.formula = VectorFormula.of(indicator.formula(), absent);
      this.defaultDecimals = indicator.definition().decimals();
    }

    @Override
    Walk walk() {
      return Walk.CELLS;
    }

    @Override
    int formulaNodes() {
      return formula.buffers();
    }

    @Override
    int formulaInputs() {
      return inputs.length;
    }

    @Override
    void scanCells(ScanWorkspace scan, int index, int from, int to) {
      Dataset dataset = scan.bulk.dataset;
      long[] present = dataset.presence(reported);
      double[] values = dataset.column(reported);
      byte[] decimals = dataset.decimalsColumn(reported);
      // The columns are the dataset's, not the plan's: a plan is kept for every dataset of the same shape.
      double[][] inputColumns = scan.columns(inputs.length);
      for (int i = 0; i < inputs.length; i++) {
        inputColumns[i] = inputs[i] < 0 ? null : dataset.column(inputs[i]);
      }
      double[] computed = formula.evaluate(inputColumns, from, to - from, scan.buffers);
      for (int c = from; c < to; c++) {
        if ((present[c >>> 6] & (1L << c)) == 0) {
          continue;
        }
        double r = values[c];
        double v = computed[c - from];
        int d = decimals == null || decimals[c] < 0 ? defaultDecimals : decimals[c];
        double half = HALF[d];
        // Surely within half a unit of the last decimal; anything else (a mismatch, NaN, a value near the boundary)
        // is looked at closely.
        if (!(Math.abs(v - r) <= half - NEAR * (Math.abs(v) + Math.abs(r) + half))) {
          if (flagged(scan.bulk, c, d, scan.inputs(inputs.length))) {
            scan.hit(c / scan.bulk.periods, c % scan.bulk.periods, index);
          }
        }
      }
    }

    /** Decides a cell exactly. */
    private boolean flagged(BulkRun bulk, int cell, int decimals, double[] buffer) {
      // The scan's buffer is sized for the largest formula: this formula takes exactly its own inputs.
      double[] in = buffer.length == inputs.length ? buffer : new double[inputs.length];
      double r = bulk.dataset.column(reported)[cell];
      if (!Double.isFinite(r) || !inputs(bulk, inputs, cell, rule.missingValues(), in)) {
        return false;
      }
      double value = indicator.value(in);
      return Double.isNaN(value) || !indicator.formula().matches(in, r, decimals);
    }

    @Override
    void findings(BulkRun bulk, int ordinal, int period, List<Finding> out) {
      int cell = bulk.unitOfOrdinal[ordinal] * bulk.periods + period;
      double r = bulk.dataset.column(reported)[cell];
      double[] in = new double[inputs.length];
      if (Double.isFinite(r) && inputs(bulk, inputs, cell, rule.missingValues(), in)) {
        CheckLogic.computed(indicator, in, r, bulk.dataset.decimals(reported, cell), bulk.subject(ordinal, period),
            key, rule.severity(), ColumnCheck.into(out));
      }
    }
  }

  /** An indicator's value of a year against the catalogue's targets for it. */
  static final class Targets extends ColumnCheck {
    private final TargetCheck rule;
    private final CompiledIndicator indicator;
    private final List<Target> targets;
    private final int reported;
    private final int[] inputs;
    /** The period of the baseline year in the dataset, or -1. */
    private final int baseline;

    Targets(int order, TargetCheck rule, CompiledIndicator indicator, List<Target> targets, BulkRun bulk) {
      super(order, DataKey.of(rule.indicator()));
      this.rule = rule;
      this.indicator = indicator;
      this.targets = targets;
      this.reported = bulk.dataset.keyIndex(key);
      this.inputs = columns(bulk, indicator);
      this.baseline = rule.baselineYear().map(y -> bulk.dataset.periodIndex(Period.year(y))).orElse(-1);
    }

    @Override
    Walk walk() {
      return Walk.CELLS;
    }

    @Override
    void scanCells(ScanWorkspace scan, int index, int from, int to) {
      BulkRun bulk = scan.bulk;
      List<Finding> found = new ArrayList<>();
      for (int c = from; c < to; c++) {
        int period = c % bulk.periods;
        if (bulk.periodAt(period).type() == PeriodType.YEAR && bulk.dataset.hasReport(c)) {
          found.clear();
          assess(bulk, c / bulk.periods, period, found);
          if (!found.isEmpty()) {
            scan.hit(c / bulk.periods, period, index);
          }
        }
      }
    }

    private void assess(BulkRun bulk, int unit, int period, List<Finding> out) {
      double value = value(bulk, unit * bulk.periods + period);
      if (Double.isNaN(value)) {
        return;
      }
      Optional<Observation> base = Optional.empty();
      if (rule.baselineYear().isPresent() && baseline >= 0) {
        double b = value(bulk, unit * bulk.periods + baseline);
        if (!Double.isNaN(b)) {
          base = Optional.of(Observation.of(rule.baselineYear().get(), b));
        }
      }
      CheckLogic.targets(targets, base, Observation.of(bulk.periodAt(period).lastYear(), value),
          bulk.subject(bulk.ordinalOfUnit[unit], period), ColumnCheck.into(out));
    }

    /** The reported value if finite, else the value computed from present, finite inputs; NaN if neither. */
    private double value(BulkRun bulk, int cell) {
      if (bulk.isPresent(reported, cell)) {
        double r = bulk.dataset.column(reported)[cell];
        return Double.isFinite(r) ? r : Double.NaN;
      }
      double[] in = new double[inputs.length];
      return inputs(bulk, inputs, cell, MissingValueStrategy.SKIP_IF_ANY_MISSING, in) ? indicator.value(in)
          : Double.NaN;
    }

    @Override
    void findings(BulkRun bulk, int ordinal, int period, List<Finding> out) {
      assess(bulk, bulk.unitOfOrdinal[ordinal], period, out);
    }
  }
}
