package vn.danso.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects flagged cells, packed as {@link BulkRun#hit} longs, for one thread, in blocks that are never copied as they
 * fill. Cleared, it keeps its blocks for the next check to fill, so that a validator checking dataset after dataset
 * allocates no new ones. Not thread-safe.
 */
final class FlaggedCellsBuilder {
  private static final int BLOCK = 4096;

  private final List<long[]> full = new ArrayList<>();
  /** Full-size blocks emptied by {@link #clear}, to fill again. */
  private final List<long[]> spare = new ArrayList<>();
  private long[] block = new long[16];
  private int size;

  void add(long hit) {
    if (size == block.length) {
      grow();
    }
    block[size++] = hit;
  }

  private void grow() {
    if (block.length < BLOCK) {
      block = java.util.Arrays.copyOf(block, block.length * 4);
    } else {
      full.add(block);
      block = spare.isEmpty() ? new long[BLOCK] : spare.remove(spare.size() - 1);
      size = 0;
    }
  }

  int size() {
    return full.size() * BLOCK + size;
  }

  /** Copies the hits into {@code out} from {@code at}. */
  void copyTo(long[] out, int at) {
    int i = at;
    for (long[] done : full) {
      System.arraycopy(done, 0, out, i, BLOCK);
      i += BLOCK;
    }
    System.arraycopy(block, 0, out, i, size);
  }

  /** Empties the builder, keeping its blocks. */
  void clear() {
    spare.addAll(full);
    full.clear();
    size = 0;
  }
}
