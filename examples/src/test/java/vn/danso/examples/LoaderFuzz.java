package vn.danso.examples;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one loader over many seeded, generated inputs and fails with what is needed to replay the first input that
 * breaks a property: the loader, the seed, the input's index and the input (characters outside printable ASCII
 * escaped). The same system properties as the core's fuzz suite: {@code danso.fuzz.count} (inputs per loader,
 * {@value #DEFAULT_COUNT} by default), {@code danso.fuzz.seed} (a fixed seed by default, {@code random} for a new one)
 * and {@code danso.fuzz.index} (replay that input alone). Each input comes from its own random stream, derived from
 * the seed, the loader's name and the index. A call slower than 1 s plus 20 µs a character, twice in a row, fails.
 */
final class LoaderFuzz {
  static final int DEFAULT_COUNT = 100_000;
  private static final long DEFAULT_SEED = 0x10AD_DA50L;
  private static final long RANDOM_SEED = new SplittableRandom().nextLong();

  private LoaderFuzz() {}

  static long seed() {
    String property = System.getProperty("danso.fuzz.seed");
    if (property == null || property.isBlank()) {
      return DEFAULT_SEED;
    }
    return property.trim().equals("random") ? RANDOM_SEED : Long.parseLong(property.trim());
  }

  /** Inputs per loader: {@code danso.fuzz.count}, or {@value #DEFAULT_COUNT}. */
  static int count() {
    String property = System.getProperty("danso.fuzz.count");
    return property == null || property.isBlank() ? DEFAULT_COUNT : Integer.parseInt(property.trim());
  }

  static <T> void run(String loader, Function<SplittableRandom, T> generate, Consumer<T> check) {
    run(loader, 1, generate, check);
  }

  /** Runs a costly check on one input in {@code share} of the count (at least one). */
  static <T> void run(String loader, int share, Function<SplittableRandom, T> generate, Consumer<T> check) {
    long seed = seed();
    String only = System.getProperty("danso.fuzz.index");
    long first = only == null || only.isBlank() ? 0 : Long.parseLong(only.trim());
    long end = only == null || only.isBlank() ? Math.max(1, count() / share) : first + 1;
    for (long index = first; index < end; index++) {
      T input = generate.apply(new SplittableRandom(mix(seed, loader, index)));
      long bound = 1_000 + String.valueOf(input).length() * 20L / 1000;
      long millis = timed(loader, seed, index, input, check);
      if (millis > bound) {
        millis = timed(loader, seed, index, input, check);  // once may be a pause of a shared machine
      }
      if (millis > bound) {
        throw new AssertionError(describe(loader, seed, index, input) + ": took " + millis + " ms, over the " + bound
            + " ms bound");
      }
    }
  }

  private static <T> long timed(String loader, long seed, long index, T input, Consumer<T> check) {
    long start = System.nanoTime();
    try {
      check.accept(input);
    } catch (Throwable e) {
      throw new AssertionError(describe(loader, seed, index, input) + ": " + e, e);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static long mix(long seed, String loader, long index) {
    long h = seed * 0x9E3779B97F4A7C15L + loader.hashCode();
    h ^= index * 0xBF58476D1CE4E5B9L;
    h ^= h >>> 31;
    return h * 0x94D049BB133111EBL;
  }

  private static String describe(String loader, long seed, long index, Object input) {
    return loader + " failed on input " + index + " of seed " + seed + " (replay: -Ddanso.fuzz.seed=" + seed
        + " -Ddanso.fuzz.index=" + index + "): " + escape(String.valueOf(input));
  }

  /** The text with every character outside printable ASCII as a Java escape, cut after 2,000 characters. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < Math.min(text.length(), 2_000); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
        out.append(c);
      } else if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    if (text.length() > 2_000) {
      out.append("…(").append(text.length()).append(" characters)");
    }
    return out.append('"').toString();
  }
}
