package vn.danso.testing;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one entry point over many seeded, generated inputs and fails with everything needed to replay the first input
 * that breaks a property: the entry point, the seed, the input's index and the input itself.
 *
 * <p>Each input is generated from its own random stream, derived from the run's seed and the input's index, so any
 * single input can be regenerated without running the ones before it. Parameters (JVM system properties, passed
 * through by Maven with {@code -D}):
 * <ul>
 *   <li>{@code danso.fuzz.count} — inputs per entry point, {@value #DEFAULT_COUNT} by default;
 *   <li>{@code danso.fuzz.seed} — the run's seed, a fixed one by default so that every build checks the same inputs;
 *       {@code random} for a new one each run (it is printed in any failure);
 *   <li>{@code danso.fuzz.index} — replay only the input with this index.
 * </ul>
 *
 * <p>Besides what the check asserts, every call must return within {@link #bound(Object) its time bound} (1 s, plus 20 µs
 * a character of the input), measured in CPU time of the calling thread so that a loaded machine does not fail a
 * run: an input slow twice in a row is a failure, reported the same way (once may be class loading or compilation).
 */
public final class Fuzz {
  /** Inputs per entry point when no count is given. */
  public static final int DEFAULT_COUNT = 100_000;
  /** The longest any single call may take. Generous, for a loaded machine; a blow-up takes seconds. */
  public static final long TIME_BOUND_MILLIS = 1_000;
  /** What each character of an input adds to the time bound, in microseconds. */
  public static final long MICROS_PER_CHARACTER = 20;

  private static final long DEFAULT_SEED = 0xF022_DA50L;

  private Fuzz() {}

  /** The run's seed: {@code danso.fuzz.seed}, a fresh one for {@code random}, or the fixed default. */
  public static long seed() {
    String property = System.getProperty("danso.fuzz.seed");
    if (property == null || property.isBlank()) {
      return DEFAULT_SEED;
    }
    return property.trim().equals("random") ? RandomSeed.VALUE : Long.parseLong(property.trim());
  }

  /** Inputs per entry point: {@code danso.fuzz.count}, or {@value #DEFAULT_COUNT}. */
  public static int count() {
    String property = System.getProperty("danso.fuzz.count");
    return property == null || property.isBlank() ? DEFAULT_COUNT : Integer.parseInt(property.trim());
  }

  /**
   * Generates {@link #count()} inputs for an entry point and checks each.
   *
   * @param entryPoint the name of what is fuzzed, for the failure message
   * @param generate makes one input from its own random stream
   * @param check calls the entry point and asserts its properties; throws on a violation
   * @param <T> the type of input
   */
  public static <T> void run(String entryPoint, Function<SplittableRandom, T> generate, Consumer<T> check) {
    long seed = seed();
    String only = System.getProperty("danso.fuzz.index");
    long first = only == null || only.isBlank() ? 0 : Long.parseLong(only.trim());
    long end = only == null || only.isBlank() ? count() : first + 1;
    for (long index = first; index < end; index++) {
      T input = generate.apply(new SplittableRandom(mix(seed, entryPoint, index)));
      long bound = bound(input);
      long millis = timed(entryPoint, seed, index, input, check);
      if (millis > bound) {
        // Class loading, compilation or a pause of a shared machine can slow one call: only a second slow call fails.
        millis = timed(entryPoint, seed, index, input, check);
      }
      if (millis > bound) {
        throw new AssertionError(describe(entryPoint, seed, index, input) + ": took " + millis + " ms, over the "
            + bound + " ms bound");
      }
    }
  }

  /**
   * Runs an action that may reject its input only with the documented exception: returns the value, or null if the
   * documented exception was thrown; any other throwable propagates and fails the run.
   *
   * @param documented the exception type the entry point documents (its subclasses included)
   * @param action calls the entry point
   * @param <T> the type of result
   * @return the result, or null when the input was rejected as documented
   */
  public static <T> T orRejected(Class<? extends RuntimeException> documented, java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (RuntimeException e) {
      if (documented.isInstance(e)) {
        return null;
      }
      throw e;
    }
  }

  /**
   * The time bound for one input: {@value #TIME_BOUND_MILLIS} ms, plus {@value #MICROS_PER_CHARACTER} µs for each
   * character of its text, since linear work on 100,000 characters is legitimate where quadratic work is not.
   */
  static long bound(Object input) {
    return TIME_BOUND_MILLIS + String.valueOf(input).length() * MICROS_PER_CHARACTER / 1000;
  }

  private static <T> long timed(String entryPoint, long seed, long index, T input, Consumer<T> check) {
    long start = CpuClock.now();
    try {
      check.accept(input);
    } catch (Throwable e) {
      throw new AssertionError(describe(entryPoint, seed, index, input) + ": " + e, e);
    }
    return (CpuClock.now() - start) / 1_000_000;
  }

  /**
   * The CPU time of the calling thread, so that a bound holds on a loaded machine as on a quiet one: a blow-up burns
   * CPU, a busy neighbour only delays. Read through reflection, since the tests run inside the library's module,
   * which does not read {@code java.management}; where the JVM cannot measure thread CPU time, wall time.
   */
  static final class CpuClock {
    private static final Object BEAN;
    private static final java.lang.reflect.Method CPU_TIME;

    static {
      Object bean = null;
      java.lang.reflect.Method cpuTime = null;
      try {
        Class<?> type = Class.forName("java.lang.management.ThreadMXBean");
        bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
        if ((Boolean) type.getMethod("isCurrentThreadCpuTimeSupported").invoke(bean)) {
          type.getMethod("setThreadCpuTimeEnabled", boolean.class).invoke(bean, true);
          cpuTime = type.getMethod("getCurrentThreadCpuTime");
        }
      } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
        cpuTime = null;
      }
      BEAN = bean;
      CPU_TIME = cpuTime;
    }

    private CpuClock() {}

    /** Whether {@link #now()} measures CPU time rather than wall time. */
    static boolean measuresCpu() {
      return CPU_TIME != null;
    }

    /** Nanoseconds of CPU time of the calling thread, or of wall time when CPU time cannot be read. */
    static long now() {
      if (CPU_TIME != null) {
        try {
          return (Long) CPU_TIME.invoke(BEAN);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("thread CPU time could be read once and not now", e);
        }
      }
      return System.nanoTime();
    }
  }

  private static long mix(long seed, String entryPoint, long index) {
    long h = seed * 0x9E3779B97F4A7C15L + entryPoint.hashCode();
    h ^= index * 0xBF58476D1CE4E5B9L;
    h ^= h >>> 31;
    return h * 0x94D049BB133111EBL;
  }

  private static String describe(String entryPoint, long seed, long index, Object input) {
    return entryPoint + " failed on input " + index + " of seed " + seed + " (replay: -Ddanso.fuzz.seed=" + seed
        + " -Ddanso.fuzz.index=" + index + "): " + FuzzText.escape(String.valueOf(input));
  }

  /** A seed drawn once per JVM for {@code -Ddanso.fuzz.seed=random}. */
  private static final class RandomSeed {
    static final long VALUE = new SplittableRandom().nextLong();
  }
}
