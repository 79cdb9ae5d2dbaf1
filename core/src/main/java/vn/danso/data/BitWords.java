package vn.danso.data;

/** Bit sets in {@code long[]} words, and the sizes of arrays, for the columns of a dataset. */
final class BitWords {
  private BitWords() {}

  static int words(int bits) {
    return (bits + 63) >>> 6;
  }

  static boolean get(long[] words, int bit) {
    return (words[bit >>> 6] & (1L << bit)) != 0;
  }

  static void set(long[] words, int bit) {
    words[bit >>> 6] |= 1L << bit;
  }

  /** The bytes an array of the given length and element size holds on a 64-bit JVM with compressed references. */
  static long arrayBytes(long length, int elementBytes) {
    return align(16 + length * elementBytes);
  }

  private static long align(long bytes) {
    return (bytes + 7) & ~7L;
  }
}
