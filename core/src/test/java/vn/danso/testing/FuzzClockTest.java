package vn.danso.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fuzz suite's time bound is CPU time of the calling thread: waiting does not count, working does. */
class FuzzClockTest {
  @Test
  void theBoundCountsWorkNotWaiting() throws InterruptedException {
    assertThat(Fuzz.CpuClock.measuresCpu()).as("thread CPU time readable").isTrue();
    long start = Fuzz.CpuClock.now();
    Thread.sleep(300);
    long slept = Fuzz.CpuClock.now() - start;
    assertThat(slept).as("CPU time while sleeping 300 ms, in ns").isLessThan(150_000_000L);

    start = Fuzz.CpuClock.now();
    long wallStart = System.nanoTime();
    double sink = 0;
    while (System.nanoTime() - wallStart < 50_000_000L) {
      sink += Math.sqrt(sink + 1);
    }
    assertThat(sink).isPositive();
    assertThat(Fuzz.CpuClock.now() - start).as("CPU time of 50 ms of work, in ns").isPositive();
  }
}
