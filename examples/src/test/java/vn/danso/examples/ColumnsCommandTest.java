package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.danso.data.DataKey;
import vn.danso.data.DataValidator;
import vn.danso.data.Dataset;
import vn.danso.validation.RuleId;
import vn.danso.validation.ValidationReport;

class ColumnsCommandTest extends CommandTestSupport {
  @Test
  void handsTheArraysOverAndReportsTheTwoMistakesPutIn() {
    assertThat(run("--lang", "en", "columns")).isEqualTo(0);
    assertThat(out())
        .contains("as one double[] per key (4 arrays of 132 cells)")
        .contains("data.components.sum-mismatch")
        .contains("31030");
  }

  @Test
  void theDatasetHoldsEveryArrayCellItWasGiven() {
    ColumnsExample.Columns columns = ColumnsExample.columns();
    Dataset dataset = ColumnsExample.dataset(columns);
    int months = ColumnsExample.MONTHS.size();
    for (int u = 0; u < ColumnsExample.COMMUNES.size(); u++) {
      for (int m = 0; m < months; m++) {
        int cell = u * months + m;
        assertThat(dataset.get(ColumnsExample.COMMUNES.get(u), ColumnsExample.MONTHS.get(m),
            DataKey.parse("births"))).hasValue(columns.births()[cell]);
        assertThat(dataset.get(ColumnsExample.COMMUNES.get(u), ColumnsExample.MONTHS.get(m),
            DataKey.parse("deaths")).isPresent()).isEqualTo(columns.deathsReported().get(cell));
      }
    }
  }

  @Test
  void theBuiltInChecksFindTheMismatchInTheCommuneAndMonthItWasPutIn() {
    ValidationReport report = DataValidator.builtIn()
        .validate(ColumnsExample.dataset(ColumnsExample.columns()))
        .withRule(RuleId.of("data.components.sum-mismatch"));
    assertThat(report.findings()).hasSize(1);
    assertThat(report.findings().get(0).subject().toString())
        .contains(ColumnsExample.COMMUNES.get(ColumnsExample.MISMATCH_COMMUNE).toString())
        .contains(ColumnsExample.MONTHS.get(ColumnsExample.MISMATCH_MONTH).toString());
  }

  @Test
  void takesNoArguments() {
    assertThat(run("columns", "x")).isEqualTo(2);
  }
}
