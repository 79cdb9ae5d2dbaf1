package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;
import vn.danso.testing.Gen;
import vn.danso.validation.Finding;
import vn.danso.validation.ValidationReport;

/**
 * Identities over published indicators tolerate the rounding of every figure, and only that: a table of 63
 * provinces' CBR, CDR and NIR, each rounded to one decimal from exact rates, passes NIR = CBR − CDR; the provinces
 * whose NIR was then changed by 0.2‰ or more are the findings, in both engine paths.
 */
class PrecisionIdentityTest {
  private static double round1(double value) {
    return new BigDecimal(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }

  @Test
  void naturalIncreaseFromRoundedRatesFlagsRealDifferencesAndNotRounding() {
    Gen gen = new Gen(63);
    Dataset.Builder table = Dataset.builder();
    Set<String> changed = new TreeSet<>();
    int roundingGaps = 0;
    for (int p = 1; p <= 63; p++) {
      UnitCode province = UnitCode.of(String.format("%02d", p));
      double cbr = gen.doubleBetween(10, 22);
      double cdr = gen.doubleBetween(4, 9);
      double nir = round1(cbr - cdr);
      if (Math.abs(nir - (round1(cbr) - round1(cdr))) > 0.05) {
        roundingGaps++;
      }
      if (p % 10 == 0) {
        nir += gen.pick(0.2, -0.3, 1.0);
        changed.add(province.value());
      }
      Period year = Period.year(2023);
      table.add(province, year, DataKey.parse("CBR"), round1(cbr), 1)
          .add(province, year, DataKey.parse("CDR"), round1(cdr), 1)
          .add(province, year, DataKey.parse("NIR"), round1(nir), 1);
    }
    Dataset dataset = table.build();
    DataValidator validator = DataValidator.builder().checks(IdentityChecks.all()).build();

    List<Finding> bulk = validator.validate(dataset).findings();
    ValidationReport.Builder single = ValidationReport.builder();
    dataset.submissions().forEach(s -> single.addAll(validator.validate(s)));

    assertThat(roundingGaps).as("the table has rounding gaps to tolerate").isGreaterThan(5);
    assertThat(bulk.stream().map(f -> f.subject().segments().get(0).key()).collect(Collectors.toList()))
        .containsExactlyElementsOf(changed);
    assertThat(bulk).isEqualTo(single.build().findings());
    assertThat(bulk.get(0).ruleId().value()).isEqualTo("data.identity.natural-increase");
  }

  @Test
  void theToleranceIsTheRoundingOfEveryOperandAndNoMore() {
    DataValidator validator = DataValidator.builder().checks(IdentityChecks.all()).build();
    // CBR 15.3 ± 0.05, CDR 5.3 ± 0.05, NIR ± 0.05: NIR may be 10.0 ± 0.15.
    assertThat(validator.validate(report(15.3, 5.3, 10.1)).findings()).isEmpty();
    assertThat(validator.validate(report(15.3, 5.3, 9.9)).findings()).isEmpty();
    assertThat(validator.validate(report(15.3, 5.3, 10.2)).findings()).hasSize(1);
    assertThat(validator.validate(report(15.3, 5.3, 9.8)).findings()).hasSize(1);
  }

  private static Submission report(double cbr, double cdr, double nir) {
    return Submission.builder(UnitCode.of("01"), Period.year(2023)).add("CBR", cbr, 1).add("CDR", cdr, 1)
        .add("NIR", nir, 1).build();
  }
}
