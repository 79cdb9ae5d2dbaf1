package vn.danso.data;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The values of a dataset given again for a cell that already had one, in the order given: kept so that each is
 * reported, never dropped. They are indexed once, by key then cell (then the order given), so that a check finds a
 * column's duplicates within a block of cells without reading the others.
 */
final class Duplicates {
  private static final int[] NONE = new int[0];

  /** No duplicates. */
  static final Duplicates NONE_GIVEN = new Duplicates(NONE, NONE, new double[0], new byte[0]);

  private final int[] keys;
  private final int[] cells;
  private final double[] values;
  private final byte[] decimals;
  /** The duplicates by key, then cell, then the order given. */
  private final int[] order;
  /** Per entry of {@link #order}: its key and cell, packed so that they sort as the order does. */
  private final long[] slots;

  private Duplicates(int[] keys, int[] cells, double[] values, byte[] decimals) {
    this.keys = keys;
    this.cells = cells;
    this.values = values;
    this.decimals = decimals;
    // Stable: of the duplicates of one cell, the one given first comes first.
    long[] given = new long[keys.length];
    Integer[] sorted = new Integer[keys.length];
    for (int i = 0; i < keys.length; i++) {
      given[i] = slot(keys[i], cells[i]);
      sorted[i] = i;
    }
    if (sorted.length > 1) {
      Arrays.sort(sorted, new BySlot(given));
    }
    this.order = new int[sorted.length];
    this.slots = new long[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      order[i] = sorted[i];
      slots[i] = given[order[i]];
    }
  }

  /** Orders duplicates by their packed key and cell (a named class: no lambda to spin on first use). */
  private static final class BySlot implements Comparator<Integer> {
    private final long[] slots;

    BySlot(long[] slots) {
      this.slots = slots;
    }

    @Override
    public int compare(Integer a, Integer b) {
      return Long.compare(slots[a], slots[b]);
    }
  }

  private static long slot(int key, int cell) {
    return (long) key << 32 | cell;
  }

  /** The position in key-and-cell order of the first duplicate at or after the cell of the key. */
  int first(int key, int cell) {
    long slot = slot(key, cell);
    int lo = 0;
    int hi = slots.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (slots[mid] < slot) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The key of the duplicate at a position in key-and-cell order, or -1 past the last. */
  int keyAt(int position) {
    return position < slots.length ? (int) (slots[position] >>> 32) : -1;
  }

  /** The cell of the duplicate at a position in key-and-cell order. */
  int cellAt(int position) {
    return (int) slots[position];
  }

  int size() {
    return keys.length;
  }

  int key(int d) {
    return keys[d];
  }

  int cell(int d) {
    return cells[d];
  }

  double value(int d) {
    return values[d];
  }

  int decimals(int d) {
    return decimals[d];
  }

  /** The duplicates of a cell, in the order given. */
  int[] at(int key, int cell) {
    if (slots.length == 0) {
      return NONE;
    }
    int from = first(key, cell);
    int to = from;
    long slot = slot(key, cell);
    while (to < slots.length && slots[to] == slot) {
      to++;
    }
    return from == to ? NONE : Arrays.copyOfRange(order, from, to);
  }

  long arrayBytes() {
    return BitWords.arrayBytes(keys.length, 4) * 3 + BitWords.arrayBytes(values.length, 8) * 2
        + BitWords.arrayBytes(decimals.length, 1);
  }

  /** Collects duplicates in the order given. Not thread-safe. */
  static final class Builder {
    private int[] keys = new int[16];
    private int[] cells = new int[16];
    private double[] values = new double[16];
    private byte[] decimals = new byte[16];
    private int size;

    void add(int key, int cell, double value, byte decimal) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        cells = Arrays.copyOf(cells, size * 2);
        values = Arrays.copyOf(values, size * 2);
        decimals = Arrays.copyOf(decimals, size * 2);
      }
      keys[size] = key;
      cells[size] = cell;
      values[size] = value;
      decimals[size] = decimal;
      size++;
    }

    Duplicates build() {
      return new Duplicates(Arrays.copyOf(keys, size), Arrays.copyOf(cells, size), Arrays.copyOf(values, size),
          Arrays.copyOf(decimals, size));
    }
  }
}
