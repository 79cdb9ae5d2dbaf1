package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportingCommandTest extends CommandTestSupport {
  @Test
  void showsDaysOffDueDatesAFilledFormAndLateReports() {
    assertThat(run("--lang", "en", "reporting")).isEqualTo(0);
    assertThat(out())
        .contains("2026-04-27  Mon      COMPENSATORY         Hùng Kings' Commemoration Day")
        .contains("03-DSX  2024    2025-01-08")
        .contains("Form 01-DSH, row 4: births.order-3-plus = 25 exceeds births = 23, of which it is a part")
        .contains("data.components.sum-mismatch")
        .contains("By 2025-01-20, 31048 has not sent its 2024 report, due 2025-01-08: 8 working days overdue");
  }

  @Test
  void takesNoArguments() {
    assertThat(run("reporting", "x")).isEqualTo(2);
  }
}
