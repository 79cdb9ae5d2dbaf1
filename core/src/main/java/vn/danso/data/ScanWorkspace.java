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
  final FlaggedCellsBuilder hits = new FlaggedCellsBuilder();
  /** Buffers for formula nodes, one per node of the largest formula. */
  final double[][] buffers;
  /** A block's worth of sums. */
  final double[] sums;
  /** One value per period, for sums over units. */
  final double[] perPeriod;
  /** A formula's inputs at one cell, for the exact comparison: one buffer per number of inputs. */
  private final double[][] inputs;

  ScanWorkspace(BulkRun bulk, int formulaNodes, int formulaInputs) {
    this.bulk = bulk;
    this.blockCells = Math.max(Math.max(1, bulk.periods),
        (int) Math.min(BLOCK, (long) bulk.dataset.unitCount() * bulk.periods));
    this.sums = new double[blockCells];
    this.buffers = new double[formulaNodes][blockCells];
    this.perPeriod = new double[Math.max(1, bulk.periods)];
    this.inputs = new double[formulaInputs + 1][];
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

  /** Records a flagged cell of a dataset unit. */
  void hit(int unit, int period, int check) {
    hits.add(bulk.hit(bulk.ordinalOfUnit[unit], period, check));
  }

  /** Records a finding anchored at a unit known by its ordinal. */
  void hitOrdinal(int ordinal, int period, int check) {
    hits.add(bulk.hit(ordinal, period, check));
  }
}
