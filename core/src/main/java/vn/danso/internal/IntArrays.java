package vn.danso.internal;

import java.util.List;

/**
 * Lists of indexes turned into arrays. The engine plans its checks as arrays of indexes when a validator is made, on
 * the path of a program's first validation; this loop does there what Guava's {@code Ints.toArray} would, without
 * loading that class and the two it brings.
 */
public final class IntArrays {
  private IntArrays() {}

  /**
   * Returns the values as an array, in order.
   *
   * @param values the values, none null
   * @return a new array
   */
  public static int[] of(List<Integer> values) {
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }
}
