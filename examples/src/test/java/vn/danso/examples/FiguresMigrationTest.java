package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitCode;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.data.IdentityChecks;
import vn.danso.validation.ValidationReport;

/** The statistics office's 2024 in-, out- and net-migration rates by province (E02.21-23), every row accounted for. */
class FiguresMigrationTest extends CommandTestSupport {
  private static final String MIGRATION = "samples/nso-2024-migration-rates.csv";
  private static final String GROWTH = "samples/nso-2024-population-growth.csv";
  private static final String RATES = "samples/nso-2024-crude-rates.csv";
  private static final String POPULATION = "samples/nso-2024-average-population.csv";
  private static final HierarchySnapshot END_OF_2024 = VietnamCatalogue.hierarchy().asOf(LocalDate.of(2024, 12, 31));

  private static PxTable table(String file) throws IOException {
    try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      return PxTable.read(in, Path.of(file).getFileName().toString());
    }
  }

  @Test
  void everyRowIsAccountedFor() throws IOException {
    PxTable table = table(MIGRATION);
    assertThat(MigrationFigures.isMigrationTable(table)).isTrue();
    assertThat(MigrationFigures.latestYear(table)).isEqualTo(2024);
    ProvinceRows rows = ProvinceRows.match(table, END_OF_2024);
    assertThat(table.report().isEmpty()).isTrue();
    assertThat(rows.matches()).hasSize(71);
    assertThat(rows.count(ProvinceRows.Kind.COUNTRY)).isEqualTo(1);
    assertThat(rows.count(ProvinceRows.Kind.REGION)).isEqualTo(6);
    assertThat(rows.count(ProvinceRows.Kind.PROVINCE)).isEqualTo(63);
    assertThat(rows.count(ProvinceRows.Kind.FORMER_PROVINCE)).isEqualTo(1);
    assertThat(rows.provinces().keySet()).containsExactlyInAnyOrderElementsOf(
        END_OF_2024.units(AdministrativeLevel.PROVINCE).stream().map(u -> u.code()).toList());

    ValidationReport.Builder loading = ValidationReport.builder();
    MigrationFigures figures = MigrationFigures.of(2024, table, rows, loading);
    assertThat(loading.build().isEmpty()).isTrue();
    assertThat(figures.rates()).hasSize(63).allSatisfy((unit, rates) -> assertThat(rates).hasSize(3));
    assertThat(figures.dataset().size()).isEqualTo(189);
    assertThat(figures.rates().get(UnitCode.of("01")).get(MigrationFigures.Rate.NET))
        .isEqualTo(new ProvincialFigures.Figure(1.44, 2));
  }

  /**
   * By hand, from the published 2024 row of Sơn La (14): 1.49 − 7.32 = −5.83, printed −5.90; every other province's
   * net rate is its in-rate less its out-rate within 0.015 of rounding.
   */
  @Test
  void theIdentityFindsSonLaAndOnlySonLa() throws IOException {
    PxTable table = table(MIGRATION);
    MigrationFigures figures = MigrationFigures.of(2024, table, ProvinceRows.match(table, END_OF_2024),
        ValidationReport.builder());
    ValidationReport report = figures.validate(IdentityChecks.all());
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId().value()).isEqualTo("data.identity.net-migration");
      assertThat(f.subject().toString()).contains("unit[14]");
      assertThat(f.message(vn.danso.text.Language.EN)).contains("-5.83").contains("-5.9");
    });
  }

  @Test
  void aPreliminaryColumnIsNotTheYear() throws IOException {
    PxTable table = PxTable.read(new StringReader("\"In-migration rate, out-migration rate and net-migration rate\"\n\n"
        + "\"Cities, provincies\",\" Immigration rate 2024\",\" Immigration rate Prel. 2025\",\"Emigration rate 2024\","
        + "\"Emigration rate Prel. 2025\",\"Net - emigration rate 2024\",\"Net - emigration rate Prel. 2025\"\n"
        + "\"Son La\",1.49,1.38,7.32,7.11,-5.90,-5.73\n"), "t.csv");
    assertThat(MigrationFigures.latestYear(table)).isEqualTo(2024);
    assertThat(MigrationFigures.column(table, MigrationFigures.Rate.OUT, 2025)).isEqualTo(-1);
    assertThat(MigrationFigures.column(table, MigrationFigures.Rate.OUT, 2024)).isEqualTo(2);
  }

  @Test
  void theCommandTakesTheTableAlone() {
    assertThat(run("--lang", "en", "figures", MIGRATION)).isEqualTo(0);
    assertThat(out())
        .contains("71 rows: 1 country, 6 regions, 63 provinces, 1 former provinces, 0 duplicates, 0 unmatched")
        .contains("\"Ha Tay\" no longer existed on 2024-12-31")
        .contains("Checks of the in-, out- and net-migration rates of 2024 of 63 provinces")
        .contains("data.identity.net-migration — unit[14] › period[2024]");
  }

  /**
   * By hand, from the published 2024 figures: Hà Nội's growth is 1.52% = 15.2‰ against NIR 9.49 + net 1.44 =
   * 10.93‰; Vĩnh Phúc's is 1.15% against 10.60 + 0.95 = 11.55‰, within the rounding of 1.15 (± 0.05‰ after × 10)
   * and of the two rates. Only Vĩnh Phúc (26), Đắk Lắk (66) and Đồng Tháp (87) meet the identity.
   */
  @Test
  void theGrowthRatesAreHeldAgainstNaturalIncreaseAndNetMigration() throws IOException {
    PxTable rates = table(RATES);
    PxTable population = table(POPULATION);
    ValidationReport.Builder loading = ValidationReport.builder();
    ProvincialFigures crude = ProvincialFigures.of(2024, rates, ProvinceRows.match(rates, END_OF_2024), population,
        ProvinceRows.match(population, END_OF_2024), loading);
    PxTable migrationTable = table(MIGRATION);
    MigrationFigures migration = MigrationFigures.of(2024, migrationTable,
        ProvinceRows.match(migrationTable, END_OF_2024), loading);
    PxTable growthTable = table(GROWTH);
    ProvinceRows growthRows = ProvinceRows.match(growthTable, END_OF_2024);
    assertThat(GrowthFigures.isGrowthTable(growthTable)).isTrue();
    assertThat(growthRows.matches()).hasSize(71);
    assertThat(growthRows.count(ProvinceRows.Kind.PROVINCE)).isEqualTo(63);
    ValidationReport.Builder growthLoading = ValidationReport.builder();
    GrowthFigures growth = GrowthFigures.of(2024, growthTable, growthRows, crude, migration, growthLoading);
    assertThat(growthLoading.build().isEmpty()).isTrue();
    assertThat(growth.growth()).hasSize(63);
    assertThat(growth.dataset().size()).isEqualTo(189);

    ValidationReport report = growth.validate();
    assertThat(report.findings()).hasSize(60)
        .allSatisfy(f -> assertThat(f.ruleId().value()).isEqualTo("data.identity.population-growth"));
    assertThat(report.findings().stream().map(f -> f.subject().toString()))
        .noneMatch(s -> s.contains("unit[26]") || s.contains("unit[66]") || s.contains("unit[87]"))
        .anyMatch(s -> s.contains("unit[01]"));
  }

  @Test
  void theCommandHoldsTheGrowthTableAgainstTheOtherTwo() {
    assertThat(run("--lang", "en", "figures", MIGRATION, GROWTH, RATES, POPULATION)).isEqualTo(0);
    assertThat(out())
        .contains("Population growth rates of 2024 of 63 provinces against natural increase + net migration")
        .contains("60 findings (0 errors, 60 warnings, 0 info)")
        .contains("Within the rounding: 3 provinces; apart: 60 provinces.");
    assertThat(run("--lang", "en", "figures", GROWTH, MIGRATION)).isEqualTo(2);
    assertThat(out()).contains("needs the pair of crude rates and the table of migration rates of the same year");
  }
}
