package vn.danso.data;

/**
 * One thread's work space in a bulk run: where it records flagged cells, and buffers reused from block to block so
 * that checking allocates nothing per value.
 */
final class ScanWorkspace {
  /** Cells checked together, so that a block's columns stay in cache while every check reads them. */
  static final int BLOCK = 512;

  final BulkRun bulk;
  /**
   * The most cells of one block: {@link #BLOCK}, or one unit's periods when there are more, or every cell of a
   * smaller dataset (one report has one cell).
   */
  final int blockCells;
  /** The flagged cells: a builder lent by the validator's {@link DatasetPlans} for the run. */
  final FlaggedCellsBuilder hits;
  /**
   * Buffers for formula nodes, one per node of the largest formula, and one more for {@link #sums}: lent by the
   * validator's {@link DatasetPlans} for the run, so possibly more and longer than needed.
   */
  final double[][] buffers;
  /** A block's worth of sums. */
  final double[] sums;
  /** One value per period, for sums over units. */
  final double[] perPeriod;
  /** A formula's inputs at one cell, for the exact comparison: one buffer per number of inputs. */
  private final double[][] inputs;
  /** A formula's input columns, one array per number of inputs. */
  private final double[][][] columns;

  ScanWorkspace(BulkRun bulk, int formulaNodes, int formulaInputs, DatasetPlans plans) {
    this.bulk = bulk;
    this.hits = plans.takeHits();
    this.blockCells = Math.max(Math.max(1, bulk.periods),
        (int) Math.min(BLOCK, (long) bulk.dataset.unitCount() * bulk.periods));
    this.buffers = plans.takeBuffers(formulaNodes + 1, blockCells);
    this.sums = buffers[formulaNodes];
    this.perPeriod = new double[Math.max(1, bulk.periods)];
    this.inputs = new double[formulaInputs + 1][];
    this.columns = new double[formulaInputs + 1][][];
  }

  /** Returns an array for a formula's input columns, of exactly {@code count} slots, to fill for each block. */
  double[][] columns(int count) {
    double[][] buffer = columns[count];
    if (buffer == null) {
      buffer = new double[count][];
      columns[count] = buffer;
    }
    return buffer;
  }

  /**
   * Returns a buffer for a formula's inputs at one cell, of exactly {@code count} slots: a compiled formula takes
   * exactly as many inputs as it reads, so a buffer sized for the largest formula of the run cannot be shared.
   */
  double[] inputs(int count) {
    double[] buffer = inputs[count];
    if (buffer == null) {
      buffer = new double[count];
      inputs[count] = buffer;
    }
    return buffer;
  }

  /** Gives the builder of flagged cells and the buffers back, once the flagged cells are copied out. */
  void giveBack(DatasetPlans plans) {
    plans.give(hits);
    plans.give(buffers);
  }

  /** Records a flagged cell of a dataset unit. */
  void hit(int unit, int period, int check) {
    hits.add(bulk.hit(bulk.ordinalOfUnit[unit], period, check));
  }

  /** Records a finding anchored at a unit known by its ordinal. */
  void hitOrdinal(int ordinal, int period, int check) {
    hits.add(bulk.hit(ordinal, period, check));
  }
}
