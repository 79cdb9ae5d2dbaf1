package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.IndicatorCode;
import vn.danso.indicator.Period;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.Severity;

/**
 * The identities of total fertility, net migration and population growth tolerate the rounding of each operand and
 * only that. Rows marked 2024 are the statistics office's published provincial figures (tables E02.12-14, E02.20 and
 * E02.21-23, see {@code examples/samples/nso-2024-SOURCES.md}); the age-specific rates are constructed, since no
 * published provincial row of them was found.
 */
class IdentityChecksTest {
  private static final DataValidator VALIDATOR = DataValidator.builder().checks(IdentityChecks.all()).build();

  private static List<Finding> check(Submission submission) {
    return VALIDATOR.validate(submission).findings();
  }

  @ParameterizedTest(name = "{0} 2024: {1} − {2} = {3}")
  @CsvSource({
      "96 Cà Mau, 1.38, 12.36, -10.97",
      "01 Hà Nội, 5.91, 4.47, 1.44",
      "27 Bắc Ninh, 24.26, 6.13, 18.13",
      "20 Lạng Sơn, 6.42, 8.50, -2.08",
      "02 Hà Giang, 2.68, 7.58, -4.90"})
  void publishedMigrationRatesOf2024MeetTheIdentity(String province, double in, double out, double net) {
    assertThat(check(migration(in, out, net))).isEmpty();
  }

  @Test
  void netMigrationToleratesTheRoundingOfItsThreeOperandsAndNoMore() {
    // 1.38 − 12.36 = −10.98; each of the three figures is ± 0.005, so −10.965 … −10.995 is rounding.
    assertThat(check(migration(1.38, 12.36, -10.99))).isEmpty();
    List<Finding> off = check(migration(1.38, 12.36, -11.00));
    assertThat(off).hasSize(1);
    assertThat(off.get(0).ruleId().value()).isEqualTo("data.identity.net-migration");
    assertThat(off.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(check(migration(1.38, 12.36, -10.96))).hasSize(1);
  }

  @Test
  void thePublishedGrowthRateOf2024IsNotNaturalIncreasePlusNetMigration() {
    // Hà Nội 2024: growth 1.52% (E02.20, the change of the average population), NIR 9.49‰, net migration 1.44‰.
    List<Finding> haNoi = check(growth(1.52, 9.49, 1.44));
    assertThat(haNoi).hasSize(1);
    Finding finding = haNoi.get(0);
    assertThat(finding.ruleId().value()).isEqualTo("data.identity.population-growth");
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.message(Language.EN)).contains("15.2").contains("10.93");
    // Đà Nẵng 2024: 2.47% against 12.02‰ + 11.64‰ = 23.66‰, 1.04‰ apart.
    assertThat(check(growth(2.47, 12.02, 11.64))).hasSize(1);
  }

  @Test
  void growthToleratesTheRoundingOfItsThreeOperandsAndNoMore() {
    // GROWTH_RATE ± 0.005 % is ± 0.05 ‰; NIR and NET_MIGRATION_RATE ± 0.005 ‰ each: 0.06 ‰ in all.
    assertThat(check(growth(1.10, 8.00, 3.05))).isEmpty();
    assertThat(check(growth(1.10, 8.00, 2.95))).isEmpty();
    assertThat(check(growth(1.10, 8.00, 3.07))).hasSize(1);
    assertThat(check(growth(1.10, 8.00, 2.93))).hasSize(1);
  }

  @Test
  void totalFertilityToleratesTheRoundingOfTheTotalAndTheSevenRates() {
    // Constructed rates: 5 × (30 + 110 + 120 + 80 + 35 + 7 + 0) / 1000 = 1.91. Each whole rate is ± 0.5 ‰, so the
    // sum is ± 3.5 ‰ and 5 × Σ / 1000 is ± 0.0175; with the TFR's own ± 0.005, 0.0225 in all.
    assertThat(check(fertility(1.91))).isEmpty();
    assertThat(check(fertility(1.93))).isEmpty();
    assertThat(check(fertility(1.89))).isEmpty();
    List<Finding> off = check(fertility(1.94));
    assertThat(off).hasSize(1);
    assertThat(off.get(0).ruleId().value()).isEqualTo("data.identity.total-fertility");
    assertThat(check(fertility(1.88))).hasSize(1);
  }

  @Test
  void everyKeyOfTheIdentitiesIsInTheBuiltInCatalogue() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    for (String code : List.of("ASFR_15_19", "ASFR_20_24", "ASFR_25_29", "ASFR_30_34", "ASFR_35_39", "ASFR_40_44",
        "ASFR_45_49", "IN_MIGRATION_RATE", "OUT_MIGRATION_RATE", "NET_MIGRATION_RATE", "GROWTH_RATE")) {
      assertThat(catalogue.indicator(IndicatorCode.of(code))).as(code).isPresent();
    }
    RuleFile file = RuleFile.read(RuleFile.format(IdentityChecks.all()), catalogue);
    assertThat(file.problems().findings()).isEmpty();
    assertThat(file.checks()).isEqualTo(IdentityChecks.all());
  }

  private static Submission migration(double in, double out, double net) {
    return Submission.builder(UnitCode.of("96"), Period.year(2024)).add("IN_MIGRATION_RATE", in, 2)
        .add("OUT_MIGRATION_RATE", out, 2).add("NET_MIGRATION_RATE", net, 2).build();
  }

  private static Submission growth(double growth, double nir, double net) {
    return Submission.builder(UnitCode.of("01"), Period.year(2024)).add("GROWTH_RATE", growth, 2)
        .add("NIR", nir, 2).add("NET_MIGRATION_RATE", net, 2).build();
  }

  private static Submission fertility(double tfr) {
    return Submission.builder(UnitCode.of("42"), Period.year(2024)).add("TFR", tfr, 2)
        .add("ASFR_15_19", 30, 0).add("ASFR_20_24", 110, 0).add("ASFR_25_29", 120, 0).add("ASFR_30_34", 80, 0)
        .add("ASFR_35_39", 35, 0).add("ASFR_40_44", 7, 0).add("ASFR_45_49", 0, 0).build();
  }
}
