package vn.danso.archfixtures.clock;

import java.time.Clock;
import java.time.LocalDate;

public final class ReadsTheClock {
  public LocalDate today() {
    return LocalDate.now();
  }

  public Clock clock() {
    return Clock.systemUTC();
  }

  public long millis() {
    return System.currentTimeMillis();
  }
}
