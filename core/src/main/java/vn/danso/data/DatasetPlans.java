package vn.danso.data;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;

/**
 * What a validator keeps from one dataset check to the next, so that checking a dataset again, or another of the same
 * shape (next month's national figures), allocates nothing in proportion to its units or figures: per shape of
 * dataset (its units, periods and keys and which keys were given twice) the numbering of its units, its tasks and its
 * plan; and the buffers of the checks (flagged cells, a block's sums and formula values, the sort's), a few of each,
 * each lent to one thread of one check at a time.
 *
 * <p>The buffers grow to the largest check made and stay so: about 16 bytes per figure the largest check flagged,
 * besides the 8 bytes of each in its result. Thread-safe: a buffer is taken by one thread and given back after.
 */
final class DatasetPlans {
  /** Shapes of dataset kept at most; beyond this, a dataset of a new shape is planned on each call. */
  private static final int MAX_SHAPES = 16;
  /** Buffers of each kind kept at most: enough for a few checks at once on a few threads each. */
  private static final int SLOTS = 16;
  /** The counts of one digit of the radix sort. */
  static final int DIGITS = 1 << BulkRun.RADIX;

  private final ConcurrentHashMap<Shape, Kept> plans = new ConcurrentHashMap<>();
  private final AtomicReferenceArray<FlaggedCellsBuilder> hits = new AtomicReferenceArray<>(SLOTS);
  private final AtomicReferenceArray<long[]> sortBuffers = new AtomicReferenceArray<>(SLOTS);
  private final AtomicReferenceArray<int[]> counts = new AtomicReferenceArray<>(SLOTS);
  private final AtomicReferenceArray<double[][]> buffers = new AtomicReferenceArray<>(SLOTS);

  /** The plan of a dataset's shape and the numbering of its units: kept, or made from this dataset and kept. */
  Kept plan(CompiledChecks compiled, UnitTree tree, Dataset dataset) {
    Shape shape = new Shape(dataset);
    Kept kept = plans.get(shape);
    if (kept == null) {
      UnitOrder order = new UnitOrder(dataset.units(), tree);
      BulkRun first = new BulkRun(compiled, dataset, order, BulkCheck.mostChecks(compiled, dataset.keys().size()));
      kept = new Kept(order, BulkTask.of(first), BulkCheck.planDataset(first));
      if (plans.size() < MAX_SHAPES) {
        Kept before = plans.putIfAbsent(shape, kept);
        kept = before == null ? kept : before;
      }
    }
    return kept;
  }

  /** A builder of flagged cells, empty. */
  FlaggedCellsBuilder takeHits() {
    FlaggedCellsBuilder builder = take(hits);
    return builder == null ? new FlaggedCellsBuilder() : builder;
  }

  /** Gives a builder back, emptied, for another check to fill. */
  void give(FlaggedCellsBuilder builder) {
    builder.clear();
    give(hits, builder);
  }

  /** At least {@code count} buffers of at least {@code length} values each, to fill block by block. */
  double[][] takeBuffers(int count, int length) {
    double[][] taken = take(buffers);
    return taken == null || taken.length < count || taken[0].length < length ? new double[count][length] : taken;
  }

  void give(double[][] blockBuffers) {
    give(buffers, blockBuffers);
  }

  /** A buffer of at least {@code length} hits, to sort through. */
  long[] takeSortBuffer(int length) {
    long[] buffer = take(sortBuffers);
    return buffer == null || buffer.length < length ? new long[length] : buffer;
  }

  void give(long[] sortBuffer) {
    give(sortBuffers, sortBuffer);
  }

  /** The counts of one radix digit, to fill. */
  int[] takeCounts() {
    int[] buffer = take(counts);
    return buffer == null ? new int[DIGITS] : buffer;
  }

  void give(int[] digitCounts) {
    give(counts, digitCounts);
  }

  private static <T> T take(AtomicReferenceArray<T> slots) {
    for (int i = 0; i < slots.length(); i++) {
      T t = slots.getAndSet(i, null);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  private static <T> void give(AtomicReferenceArray<T> slots, T t) {
    for (int i = 0; i < slots.length(); i++) {
      if (slots.compareAndSet(i, null, t)) {
        return;
      }
    }
  }

  /** What is kept for a shape of dataset. Immutable. */
  static final class Kept {
    final UnitOrder order;
    final List<BulkTask> tasks;
    final BulkCheck plan;

    Kept(UnitOrder order, List<BulkTask> tasks, BulkCheck plan) {
      this.order = order;
      this.tasks = tasks;
      this.plan = plan;
    }
  }

  /**
   * The shape of a dataset, which is all its plan, tasks and numbering depend on (with the rules and the tree, which
   * are the validator's): its units, periods and keys, and which keys were given twice.
   */
  private static final class Shape {
    private final ImmutableList<UnitCode> units;
    private final ImmutableList<Period> periods;
    private final ImmutableList<DataKey> keys;
    private final long[] duplicated;
    private final int hash;

    Shape(Dataset dataset) {
      this.units = dataset.units();
      this.periods = dataset.periods();
      this.keys = dataset.keys();
      Duplicates duplicates = dataset.duplicates();
      this.duplicated = new long[BitWords.words(keys.size())];
      for (int d = 0; d < duplicates.size(); d++) {
        BitWords.set(duplicated, duplicates.key(d));
      }
      this.hash = ((units.hashCode() * 31 + periods.hashCode()) * 31 + keys.hashCode()) * 31
          + Arrays.hashCode(duplicated);
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Shape)) {
        return false;
      }
      Shape that = (Shape) o;
      return hash == that.hash && Arrays.equals(duplicated, that.duplicated) && same(units, that.units)
          && same(periods, that.periods) && same(keys, that.keys);
    }

    private static boolean same(List<?> a, List<?> b) {
      return a == b || a.equals(b);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
