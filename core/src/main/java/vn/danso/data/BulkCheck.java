package vn.danso.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import vn.danso.indicator.CompiledIndicator;
import vn.danso.internal.IntArrays;
import vn.danso.validation.ValidationReport;

/**
 * The data engine: plans one check per rule and key of a dataset, splits the units into tasks (a province each when a
 * tree is given), runs the tasks on a few threads, each over blocks of cells so that a block's columns stay in cache
 * while every check reads them, then sorts what was flagged into report order.
 *
 * <p>A plan depends only on the rules and the dataset's shape (its keys, which of them were given twice, its periods'
 * types, its units' levels and the tree), never on its figures: one submission is checked as a one-unit dataset
 * ({@link #runReport}) with a plan kept for its shape, so a stream of similar reports is planned once; a dataset's
 * plan, with the numbering of its units and its tasks, is kept by the validator's {@link DatasetPlans}, which also
 * lends each run its buffers.
 */
final class BulkCheck {
  private final ColumnCheck[] checks;
  /** The checks of single values of each column, the implicit ones included, fused into one pass per column. */
  private final ValueScan[] valueScans;
  /** The other checks of cells. */
  private final int[] cellChecks;
  private final int[] groupChecks;
  private final int[] wholeChecks;

  /** The largest formula's node and input counts over the checks, for sizing each thread's buffers. */
  private final int formulaNodes;
  private final int formulaInputs;

  private BulkCheck(ColumnCheck[] checks) {
    this.checks = checks;
    int nodes = 0;
    int inputs = 0;
    for (ColumnCheck check : checks) {
      nodes = Math.max(nodes, check.formulaNodes());
      inputs = Math.max(inputs, check.formulaInputs());
    }
    this.formulaNodes = nodes;
    this.formulaInputs = inputs;
    this.valueScans = fuse(checks);
    List<Integer> unfused = new ArrayList<>();
    for (int i : indices(checks, ColumnCheck.Walk.CELLS)) {
      if (!isFused(checks[i])) {
        unfused.add(i);
      }
    }
    this.cellChecks = IntArrays.of(unfused);
    this.groupChecks = indices(checks, ColumnCheck.Walk.GROUPS);
    this.wholeChecks = indices(checks, ColumnCheck.Walk.WHOLE);
  }

  private static int[] indices(ColumnCheck[] checks, ColumnCheck.Walk walk) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < checks.length; i++) {
      if (checks[i].walk() == walk) {
        out.add(i);
      }
    }
    return IntArrays.of(out);
  }

  /** Whether a check looks at one cell of its column alone, so that the column's one pass checks it. */
  private static boolean isFused(ColumnCheck check) {
    return check instanceof CellScans.Duplicate || check instanceof CellScans.NotFinite
        || check instanceof CellScans.UnknownKey || check instanceof CellScans.Whole
        || check instanceof CellScans.Range;
  }

  /**
   * One pass per column for its checks of single values, the implicit ones included; ranges that hold for no period
   * are dropped.
   */
  private static ValueScan[] fuse(ColumnCheck[] checks) {
    java.util.Map<Integer, List<Integer>> byColumn = new java.util.TreeMap<>();
    for (int i = 0; i < checks.length; i++) {
      if (isFused(checks[i])) {
        List<Integer> indices = byColumn.get(checks[i].column());
        if (indices == null) {
          indices = new ArrayList<>();
          byColumn.put(checks[i].column(), indices);
        }
        indices.add(i);
      }
    }
    List<ValueScan> scans = new ArrayList<>();
    for (java.util.Map.Entry<Integer, List<Integer>> entry : byColumn.entrySet()) {
      int column = entry.getKey();
      List<Integer> indices = entry.getValue();
      int[] implicit = {-1, -1, -1, -1};
      List<CellScans.Range> ranges = new ArrayList<>();
      List<Integer> rangeIndex = new ArrayList<>();
      for (int i : indices) {
        ColumnCheck check = checks[i];
        if (check instanceof CellScans.Range) {
          if (!((CellScans.Range) check).noPeriod()) {
            ranges.add((CellScans.Range) check);
            rangeIndex.add(i);
          }
        } else {
          implicit[check instanceof CellScans.Duplicate ? 0 : check instanceof CellScans.NotFinite ? 1
              : check instanceof CellScans.UnknownKey ? 2 : 3] = i;
        }
      }
      scans.add(new ValueScan(column, implicit[0], implicit[1], implicit[2], implicit[3], ranges, rangeIndex));
    }
    return scans.toArray(new ValueScan[0]);
  }

  static DatasetReport run(CompiledChecks compiled, Optional<UnitTree> tree, Dataset dataset, int parallelism,
      Executor executor, DatasetPlans plans) {
    DatasetPlans.Kept kept = plans.plan(compiled, tree.orElse(null), dataset);
    BulkRun bulk = new BulkRun(compiled, dataset, kept.order, mostChecks(compiled, dataset.keys().size()));
    BulkCheck plan = kept.plan;
    return new DatasetReport(bulk, plan.checks, plan.scan(bulk, kept.tasks, parallelism, executor, plans));
  }

  /**
   * Checks one unit's report for one period with the rules that read one report: the report laid out as a one-unit
   * dataset, checked by the plan kept for its shape.
   */
  static ValidationReport runReport(CompiledChecks compiled, Submission submission, DatasetPlans plans) {
    CompiledChecks.ReportPlan shape = compiled.reportPlan(submission);
    Dataset dataset = shape.layout.layOut(submission);
    BulkRun bulk = new BulkRun(compiled, dataset, (UnitTree) null, shape.layout.mostChecks);
    BulkCheck plan = shape.checks;
    return new DatasetReport(bulk, plan.checks, plan.scan(bulk, BulkTask.of(bulk), 1, null, plans)).toReport();
  }

  /** The plan of a dataset: every rule. */
  static BulkCheck planDataset(BulkRun bulk) {
    return plan(bulk, false);
  }

  /** The plan of a one-report dataset: the rules that read one report. */
  static BulkCheck planReport(BulkRun bulk) {
    return plan(bulk, true);
  }

  /**
   * At most one check per key and rule (two for completeness), and the implicit ones: this bounds the packing of a
   * check's index into a flagged cell.
   */
  static int mostChecks(CompiledChecks compiled, int keys) {
    return (keys + 1) * (compiled.size() + CompiledChecks.IMPLICIT) + compiled.size();
  }

  /**
   * The plan of a dataset: one check per rule and key the dataset has (and per required key or report rule), in
   * report order; with {@code oneReport}, only the rules that read one report.
   */
  private static BulkCheck plan(BulkRun bulk, boolean oneReport) {
    List<ColumnCheck> planned = checks(bulk, oneReport);
    planned.sort(ColumnCheck.ORDER);
    return new BulkCheck(planned.toArray(new ColumnCheck[0]));
  }

  private static List<ColumnCheck> checks(BulkRun bulk, boolean oneReport) {
    Dataset dataset = bulk.dataset;
    List<ColumnCheck> checks = new ArrayList<>();
    boolean[] duplicated = new boolean[dataset.keys().size()];
    for (int d = 0; d < dataset.duplicates().size(); d++) {
      duplicated[dataset.duplicates().key(d)] = true;
    }
    for (int k = 0; k < dataset.keys().size(); k++) {
      DataKey key = dataset.keys().get(k);
      if (duplicated[k]) {
        checks.add(new CellScans.Duplicate(key, k));
      }
      checks.add(new CellScans.NotFinite(key, k));
      addCellChecks(bulk, key, k, checks);
      if (!oneReport) {
        addComparisonChecks(bulk, key, k, checks);
      }
    }
    addReportChecks(bulk, oneReport, checks);
    return checks;
  }

  /** Adds the checks of the key's column that look at one cell (or one cell and the cells it sums). */
  private static void addCellChecks(BulkRun bulk, DataKey key, int k, List<ColumnCheck> checks) {
    CompiledChecks compiled = bulk.compiled;
    CompiledChecks.KeyPlan plan = compiled.plan(key);
    if (plan.unknown != null) {
      checks.add(new CellScans.UnknownKey(key, k, plan.unknown));
    }
    for (int i = 0; i < plan.rules.length; i++) {
      int r = plan.rules[i];
      DataCheck rule = compiled.rules.get(r);
      int order = CompiledChecks.IMPLICIT + r;
      if (rule instanceof InRange) {
        checks.add(new CellScans.Range(order, key, (InRange) rule, k, bulk));
      } else if (rule instanceof WholeNonNegative) {
        checks.add(new CellScans.Whole(order, key, k, rule.severity()));
      } else if (rule instanceof ComponentsSum) {
        List<DataKey> parts = plan.parts.get(i);
        int[] columns = new int[parts.size()];
        for (int p = 0; p < columns.length; p++) {
          columns[p] = bulk.dataset.keyIndex(parts.get(p));
        }
        if (canFind(rule.missingValues(), columns)) {
          checks.add(new SumChecks.Components(order, key, (ComponentsSum) rule, k, columns, plan.parts.get(i)));
        }
      } else if (rule instanceof ComputedMatchesReported) {
        if (canFind(rule.missingValues(), IndicatorChecks.columns(bulk, compiled.indicators[r]))) {
          checks.add(new IndicatorChecks.Computed(order, key, (ComputedMatchesReported) rule,
              compiled.indicators[r], k, bulk));
        }
      }
    }
  }

  /** Adds the checks of the key's column that compare a cell with other units' or other years' reports. */
  private static void addComparisonChecks(BulkRun bulk, DataKey key, int k, List<ColumnCheck> checks) {
    CompiledChecks compiled = bulk.compiled;
    for (int r = 0; r < compiled.size(); r++) {
      DataCheck rule = compiled.rules.get(r);
      int order = CompiledChecks.IMPLICIT + r;
      if (rule instanceof ParentEqualsChildrenSum && bulk.tree != null
          && ((ParentEqualsChildrenSum) rule).keys().matches(key)) {
        checks.add(new SumChecks.Parent(order, key, (ParentEqualsChildrenSum) rule, k));
      } else if (rule instanceof YearOnYearChange && ((YearOnYearChange) rule).keys().matches(key)) {
        checks.add(new ComparisonChecks.YearOnYear(order, key, (YearOnYearChange) rule, k, bulk));
      } else if (rule instanceof PeerOutlier && ((PeerOutlier) rule).keys().matches(key)) {
        checks.add(new ComparisonChecks.Outlier(order, key, (PeerOutlier) rule, k, bulk.tree != null));
      }
    }
  }

  /** Adds the checks that look at whole reports: required keys, expressions, targets and completeness. */
  private static void addReportChecks(BulkRun bulk, boolean oneReport, List<ColumnCheck> checks) {
    CompiledChecks compiled = bulk.compiled;
    for (int r = 0; r < compiled.size(); r++) {
      DataCheck rule = compiled.rules.get(r);
      int order = CompiledChecks.IMPLICIT + r;
      if (oneReport && !rule.isWithinSubmission()) {
        continue;
      }
      if (rule instanceof Required) {
        DataKey key = ((Required) rule).key();
        checks.add(new CellScans.Missing(order, key, bulk.dataset.keyIndex(key), rule.severity()));
      } else if (rule instanceof ExpressionCheck) {
        checks.add(new ExpressionChecks.Reports(order, compiled.expressions[r], bulk));
      } else if (rule instanceof TargetCheck) {
        CompiledIndicator indicator = compiled.indicators[r];
        checks.add(new IndicatorChecks.Targets(order, (TargetCheck) rule, indicator, compiled.targets.get(r), bulk));
      } else if (rule instanceof Completeness && bulk.tree != null) {
        checks.add(new ReportChecks.Expected(order, (Completeness) rule, bulk));
        checks.add(new ReportChecks.Unknown(order, rule.severity()));
      }
    }
  }

  /**
   * Whether a rule reading the given columns can find anything: not when its strategy skips on a missing figure and
   * the dataset lacks a key it reads (every cell would be skipped, after a needless closer look).
   */
  private static boolean canFind(MissingValueStrategy strategy, int[] columns) {
    int absent = 0;
    for (int column : columns) {
      if (column < 0) {
        absent++;
      }
    }
    return strategy.checks(columns.length - absent, columns.length);
  }

  private long[] scan(BulkRun bulk, List<BulkTask> tasks, int parallelism, Executor executor, DatasetPlans plans) {
    int threads = executor == null ? 1 : Math.max(1, Math.min(parallelism, tasks.size()));
    AtomicInteger next = new AtomicInteger();
    List<ScanWorkspace> scans = new ArrayList<>(threads);
    List<CompletableFuture<ScanWorkspace>> forked = new ArrayList<>(threads);
    for (int t = 1; t < threads; t++) {
      try {
        forked.add(CompletableFuture.supplyAsync(() -> work(bulk, tasks, next, plans), executor));
      } catch (RejectedExecutionException e) {
        break; // the calling thread takes the tasks no other thread took
      }
    }
    ScanWorkspace mine = work(bulk, tasks, next, plans);
    scans.add(mine);
    for (CompletableFuture<ScanWorkspace> task : forked) {
      scans.add(task.join());
    }
    // After the parallel part, in the calling thread's work space.
    for (int c : wholeChecks) {
      checks[c].scanWhole(mine, c);
    }
    int total = 0;
    for (ScanWorkspace scan : scans) {
      total += scan.hits.size();
    }
    // The one array allocated per flagged cell: the result. The hits are copied into the array the sort starts from
    // so that they end sorted in the result.
    long[] hits = new long[total];
    int passes = bulk.sortPasses(total);
    long[] buffer = passes == 0 ? null : plans.takeSortBuffer(total);
    long[] first = passes % 2 == 0 ? hits : buffer;
    int at = 0;
    for (ScanWorkspace scan : scans) {
      scan.hits.copyTo(first, at);
      at += scan.hits.size();
      scan.giveBack(plans);
    }
    if (passes == 0) {
      Arrays.sort(hits);
    } else {
      int[] counts = plans.takeCounts();
      bulk.radixSort(first, first == hits ? buffer : hits, total, counts);
      plans.give(counts);
      plans.give(buffer);
    }
    return distinct(hits);
  }

  private static long[] distinct(long[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
  }

  /** One thread's loop: takes tasks until none is left. */
  private ScanWorkspace work(BulkRun bulk, List<BulkTask> tasks, AtomicInteger next, DatasetPlans plans) {
    ScanWorkspace scan = new ScanWorkspace(bulk, formulaNodes, formulaInputs, plans);
    int periods = bulk.periods;
    int blockUnits = Math.max(1, scan.blockCells / Math.max(1, periods));
    for (int t = next.getAndIncrement(); t < tasks.size(); t = next.getAndIncrement()) {
      BulkTask task = tasks.get(t);
      for (int r = 0; r < task.runs.length; r += 2) {
        for (int unit = task.runs[r]; unit < task.runs[r + 1]; unit += blockUnits) {
          int from = unit * periods;
          int to = Math.min(task.runs[r + 1], unit + blockUnits) * periods;
          for (ValueScan values : valueScans) {
            values.scan(scan, from, to);
          }
          for (int c : cellChecks) {
            checks[c].scanCells(scan, c, from, to);
          }
        }
      }
      for (int node : task.nodes) {
        for (int c : groupChecks) {
          checks[c].scanGroup(scan, c, node);
        }
      }
    }
    return scan;
  }
}
