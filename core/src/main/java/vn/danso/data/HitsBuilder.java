package vn.danso.data;

import java.util.Arrays;

/** Collects flagged cells, packed as {@link Bulk#hit} longs, for one thread. Not thread-safe. */
final class HitsBuilder {
  private long[] hits = new long[64];
  private int size;

  void add(long hit) {
    if (size == hits.length) {
      hits = Arrays.copyOf(hits, size * 2);
    }
    hits[size++] = hit;
  }

  int size() {
    return size;
  }

  /** Copies the hits into {@code out} from {@code at}. */
  void copyTo(long[] out, int at) {
    System.arraycopy(hits, 0, out, at, size);
  }
}
