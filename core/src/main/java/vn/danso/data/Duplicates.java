package vn.danso.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The values of a dataset given again for a cell that already had one, in the order given: kept so that each is
 * reported, never dropped.
 */
final class Duplicates {
  private static final int[] NONE = new int[0];

  /** No duplicates. */
  static final Duplicates NONE_GIVEN = new Duplicates(NONE, NONE, new double[0], new byte[0]);

  private final int[] keys;
  private final int[] cells;
  private final double[] values;
  private final byte[] decimals;
  private final Map<Long, int[]> byCell;

  private Duplicates(int[] keys, int[] cells, double[] values, byte[] decimals) {
    this.keys = keys;
    this.cells = cells;
    this.values = values;
    this.decimals = decimals;
    Map<Long, int[]> index = new HashMap<>();
    for (int d = 0; d < keys.length; d++) {
      index.merge(slot(keys[d], cells[d]), new int[] {d}, Duplicates::concat);
    }
    this.byCell = index;
  }

  private static long slot(int key, int cell) {
    return (long) key << 32 | cell;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
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
    return byCell.isEmpty() ? NONE : byCell.getOrDefault(slot(key, cell), NONE);
  }

  long arrayBytes() {
    return BitWords.arrayBytes(keys.length, 4) * 2 + BitWords.arrayBytes(values.length, 8)
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
