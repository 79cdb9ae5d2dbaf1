package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;
import vn.danso.validation.ValidationReport;

/** Defects of the bulk path seen from outside, kept as specifications at the public API. */
class BulkRegressionTest {
  @Test
  void indicatorsWithDifferentNumbersOfInputsAreCheckedTogetherInBulkAsInOneReport() {
    // NIR reads three figures, SHARE_UNDER_15 two: the bulk path once passed a buffer sized for the larger formula
    // to the smaller one and threw "3 inputs given, 2 expected".
    Submission report = Submission.builder(UnitCode.of("909"), Period.year(2023))
        .add("births", 1).add("deaths", 1).add("population.average", 1000).add("population.average[0-14]", 141)
        .add("NIR", 5, 1).add("SHARE_UNDER_15", 50, 1).build();
    DataValidator validator = DataValidator.builtIn();

    ValidationReport single = validator.validate(report);
    ValidationReport bulk = validator.validate(Dataset.of(java.util.List.of(report)));

    assertThat(single.findings()).extracting(f -> f.ruleId().value())
        .contains("indicator.value.reported-mismatch");
    assertThat(bulk.findings()).isEqualTo(single.findings());
  }
}
