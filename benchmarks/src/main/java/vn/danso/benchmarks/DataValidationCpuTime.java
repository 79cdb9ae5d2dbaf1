package vn.danso.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * The national checks of {@link DataValidationBenchmark} measured as CPU time, not wall time: on a machine shared with
 * other builds the wall time mostly measures waiting for a core. Each benchmark method is called in rounds after
 * warm-up, and per call the wall time, the CPU time of the calling thread, the CPU time of every thread of the JVM
 * (which counts the executor's thread of {@code engineParallel} too) and the bytes the calling thread allocated are
 * printed, and the bytes allocated by the calling thread and by every thread, with the load average; the first rounds
 * are warm-up.
 *
 * <p>Usage: {@code java -cp benchmarks.jar vn.danso.benchmarks.DataValidationCpuTime [rounds] [calls] [method…]};
 * 6 rounds of 4 calls and {@code plainLoops jobTyped jobFromText engine engineParallel} unless given.
 */
public final class DataValidationCpuTime {
  private DataValidationCpuTime() {}

  /**
   * Measures and prints.
   *
   * @param args optionally the number of rounds, the calls per round, and the methods
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    List<String> methods = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      methods.add(args[i]);
    }
    if (methods.isEmpty()) {
      methods.addAll(List.of("plainLoops", "jobTyped", "jobFromText", "engine", "engineParallel"));
    }
    DataValidationBenchmark bench = new DataValidationBenchmark();
    bench.setUp();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    int sink = 0;
    for (int round = 0; round < rounds; round++) {
      for (String method : methods) {
        IntSupplier call = call(bench, method);
        long wall0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long all0 = allThreadsCpu(threads);
        long allBytes0 = allThreadsAllocated(threads);
        long bytes0 = threads.getThreadAllocatedBytes(self);
        for (int i = 0; i < calls; i++) {
          sink += call.getAsInt();
        }
        long bytes = threads.getThreadAllocatedBytes(self) - bytes0;
        long allBytes = allThreadsAllocated(threads) - allBytes0;
        long all = allThreadsCpu(threads) - all0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        System.out.printf(Locale.ROOT, "round %d %-15s wall %8.2f ms  cpu(thread) %8.2f ms  cpu(all) %8.2f ms  "
                + "alloc(thread) %,11d B  alloc(all) %,11d B  load %.1f%n", round, method, wall / 1e6 / calls,
            cpu / 1e6 / calls, all / 1e6 / calls, bytes / calls, allBytes / calls,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      }
    }
    bench.tearDown();
    System.out.println(sink == 42 ? "" : "done");
  }

  private static long allThreadsCpu(com.sun.management.ThreadMXBean threads) {
    long sum = 0;
    for (long cpu : threads.getThreadCpuTime(threads.getAllThreadIds())) {
      sum += Math.max(0, cpu);
    }
    return sum;
  }

  private static long allThreadsAllocated(com.sun.management.ThreadMXBean threads) {
    long sum = 0;
    for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      sum += Math.max(0, bytes);
    }
    return sum;
  }

  private static IntSupplier call(DataValidationBenchmark bench, String method) {
    switch (method) {
      case "plainLoops":
        return () -> bench.plainLoops().length;
      case "jobTyped":
        return () -> bench.jobTyped().hashCode();
      case "jobFromText":
        return () -> bench.jobFromText().hashCode();
      case "engine":
        return bench::engine;
      case "engineParallel":
        return bench::engineParallel;
      case "engineCleanData":
        return bench::engineCleanData;
      case "handWritten":
        return bench::handWritten;
      default:
        throw new IllegalArgumentException("unknown method " + method + ": give a benchmark method's name");
    }
  }
}
