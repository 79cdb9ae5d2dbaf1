package vn.danso.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.danso.indicator.PeriodParseException;

/** A phase read from text that is not whole years is the documented exception, saying what to write. */
class HostilePlanTextTest {
  @Test
  void aQuarterIsNotAPhase() {
    assertThatThrownBy(() -> Phase.parse("2020q3")).isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(PeriodParseException.class).hasMessageContaining("2020Q3");
    assertThatThrownBy(() -> Phase.parse("2020-13")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Phase.parse("q3")).isInstanceOf(PeriodParseException.class);
    assertThat(Phase.parse("2021 – 2025")).isEqualTo(Phase.parse("2021-2025"));
  }
}
