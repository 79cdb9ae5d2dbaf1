package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitCode;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.data.DataCheckSet;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.validation.ValidationReport;

class FiguresCommandTest extends CommandTestSupport {
  private static final String RATES = "samples/nso-2024-crude-rates.csv";
  private static final String POPULATION = "samples/nso-2024-average-population.csv";
  private static final HierarchySnapshot END_OF_2024 = VietnamCatalogue.hierarchy().asOf(
      java.time.LocalDate.of(2024, 12, 31));

  private static PxTable table(String file) throws IOException {
    try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      return PxTable.read(in, Path.of(file).getFileName().toString());
    }
  }

  private static ProvincialFigures figures() throws IOException {
    PxTable rates = table(RATES);
    PxTable population = table(POPULATION);
    return ProvincialFigures.of(2024, rates, ProvinceRows.match(rates, END_OF_2024), population,
        ProvinceRows.match(population, END_OF_2024), ValidationReport.builder());
  }

  @Test
  void everyRowOfThePublishedTableIsAccountedFor() throws IOException {
    PxTable rates = table(RATES);
    ProvinceRows rows = ProvinceRows.match(rates, END_OF_2024);
    assertThat(rates.rows()).hasSize(71);
    assertThat(rates.report().isEmpty()).isTrue();
    assertThat(rows.matches()).hasSize(71);
    assertThat(rows.count(ProvinceRows.Kind.COUNTRY)).isEqualTo(1);
    assertThat(rows.count(ProvinceRows.Kind.REGION)).isEqualTo(6);
    assertThat(rows.count(ProvinceRows.Kind.PROVINCE)).isEqualTo(63);
    assertThat(rows.count(ProvinceRows.Kind.FORMER_PROVINCE)).isEqualTo(1);
    assertThat(rows.provinces().keySet()).containsExactlyInAnyOrderElementsOf(
        END_OF_2024.units(vn.danso.admin.AdministrativeLevel.PROVINCE).stream().map(u -> u.code()).toList());
    assertThat(rows.report().findings()).singleElement().satisfies(f ->
        assertThat(f.message(vn.danso.text.Language.EN)).startsWith("nso-2024-crude-rates.csv:7: \"Ha Tay\" no longer "
            + "existed on 2024-12-31 (merged into Hà Nội on 01/08/2008"));
    assertThat(rows.report().findings().get(0).message(vn.danso.text.Language.VI))
        .contains("(sáp nhập vào Hà Nội từ 01/08/2008").doesNotContain("merged");
    // names as printed: without tone marks, doubled spaces, "city", a hyphen, the new name of Huế
    assertThat(rows.provinces().get(UnitCode.of("19")).name()).isEqualTo("Thai  Nguyen");
    assertThat(rows.provinces().get(UnitCode.of("79")).name()).isEqualTo("Ho Chi Minh city");
    assertThat(rows.provinces().get(UnitCode.of("46")).name()).isEqualTo("Hue");
    assertThat(ProvinceRows.match(table(POPULATION), END_OF_2024).provinces().get(UnitCode.of("46")).name())
        .isEqualTo("Thua Thien-Hue");
  }

  @Test
  void figuresKeepTheDecimalsTheyWerePrintedWith() throws IOException {
    ProvincialFigures figures = figures();
    assertThat(figures.rate(UnitCode.of("01"), ProvincialFigures.Rate.CBR)).contains(
        new ProvincialFigures.Figure(13.62, 2));
    assertThat(figures.population().get(UnitCode.of("37"))).isEqualTo(1_030_340.0);
    assertThat(figures.dataset().size()).isEqualTo(63 * 4);
  }

  @Test
  void thePublishedProvincesPassTheBuiltInRules() throws IOException {
    ValidationReport report = figures().validate(DataCheckSet.builtIn(IndicatorCatalogue.builtIn()));
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void theNationalRatesRebuiltFromTheProvincesAreCloseToThePublishedOnes() throws IOException {
    ProvincialFigures figures = figures();
    assertThat(figures.fromProvinces(ProvincialFigures.Rate.CBR).getAsDouble()).isCloseTo(13.49, within(0.02));
    assertThat(figures.country().get(ProvincialFigures.Rate.CBR).value()).isEqualTo(13.49);
  }

  /**
   * By hand, from the published 2024 figures: Tỉnh Tuyên Quang (08) of 2025 is Hà Giang (CBR 18.18‰, 911.35 thousand)
   * and Tuyên Quang (12.18‰, 820.30 thousand): (18.18 × 911.35 + 12.18 × 820.30) / 1731.65 = 15.3377‰, not the mean
   * of the two rates, 15.18. Thành phố Hồ Chí Minh (79) is Bình Dương (15.25‰, 2870.61), Bà Rịa - Vũng Tàu (10.92‰,
   * 1194.65) and Hồ Chí Minh (12.22‰, 9543.63): 12.7450‰, not 12.7967.
   */
  @Test
  void theRestatementForTwoMergedProvincesIsTheRatioOfSums() throws IOException {
    Restatement restated = Restatement.of(figures(), VietnamCatalogue.hierarchy(), VietnamCatalogue.TWO_TIER_FROM);
    Map<UnitCode, Restatement.Row> rows = restated.rows().stream()
        .collect(Collectors.toMap(Restatement.Row::code, row -> row));
    assertThat(rows).hasSize(34);
    assertThat(restated.report().isEmpty()).isTrue();

    Restatement.Row tuyenQuang = rows.get(UnitCode.of("08"));
    assertThat(tuyenQuang.from()).containsExactly(UnitCode.of("02"), UnitCode.of("08"));
    assertThat(tuyenQuang.population().getAsDouble()).isEqualTo(1_731_650.0, within(1e-6));
    assertThat(tuyenQuang.rates().get(ProvincialFigures.Rate.CBR).getAsDouble())
        .isCloseTo((18.18 * 911.35 + 12.18 * 820.30) / 1731.65, within(1e-9))
        .isCloseTo(15.3377, within(1e-4));
    assertThat(tuyenQuang.rates().get(ProvincialFigures.Rate.CDR).getAsDouble())
        .isCloseTo((6.31 * 911.35 + 7.47 * 820.30) / 1731.65, within(1e-9));

    Restatement.Row hoChiMinh = rows.get(UnitCode.of("79"));
    assertThat(hoChiMinh.from()).containsExactly(UnitCode.of("74"), UnitCode.of("77"), UnitCode.of("79"));
    assertThat(hoChiMinh.rates().get(ProvincialFigures.Rate.CBR).getAsDouble())
        .isCloseTo((15.25 * 2870.61 + 10.92 * 1194.65 + 12.22 * 9543.63) / 13608.89, within(1e-9))
        .isCloseTo(12.7450, within(1e-4));

    Restatement.Row hanoi = rows.get(UnitCode.of("01"));
    assertThat(hanoi.from()).containsExactly(UnitCode.of("01"));
    assertThat(hanoi.rates().get(ProvincialFigures.Rate.CBR).getAsDouble()).isCloseTo(13.62, within(1e-9));
  }

  @Test
  void aProvinceWithoutAFigureIsNotRestatedAndMessyRowsAreReported() throws IOException {
    String text = "\"Crude birth rate by province\"\n\n"
        + "\"Cities, provincies\",\"Crude birth rate 2024\",\"Crude death rate 2024\",\"Natural increase rate 2024\"\n"
        + "\"Ha Giang\",..,6.31,11.87\n"
        + "\"Tuyen  Quang\",12.18,7.47,4.71\n"
        + "\"Atlantis\",1,2,3\n"
        + "\"Ha Noi\",13.62,x,9.49\n"
        + "\"Ha Noi\",13.62,4.13,9.49\n"
        + "\"Bac Ninh\",18.59\n";
    PxTable rates = PxTable.read(new StringReader(text), "messy.csv");
    ProvinceRows rows = ProvinceRows.match(rates, END_OF_2024);
    assertThat(rates.report().findings()).extracting(f -> f.ruleId().value())
        .containsExactly("table.cell-unreadable", "table.row-width");
    assertThat(rows.report().findings()).extracting(f -> f.ruleId().value())
        .containsExactly("table.row-unmatched", "table.row-duplicate");
    ValidationReport.Builder loading = ValidationReport.builder();
    PxTable population = table(POPULATION);
    ProvincialFigures figures = ProvincialFigures.of(2024, rates, rows, population,
        ProvinceRows.match(population, END_OF_2024), loading);
    assertThat(loading.build().findings()).extracting(f -> f.ruleId().value())
        .containsExactly("table.not-available");
    Restatement restated = Restatement.of(figures, VietnamCatalogue.hierarchy(), VietnamCatalogue.TWO_TIER_FROM);
    Restatement.Row tuyenQuang = restated.rows().stream().filter(r -> r.code().equals(UnitCode.of("08")))
        .findFirst().orElseThrow();
    assertThat(tuyenQuang.rates().get(ProvincialFigures.Rate.CBR)).isEmpty();
    assertThat(tuyenQuang.rates().get(ProvincialFigures.Rate.CDR)).isPresent();
  }

  @Test
  void theCommandPrintsTheThirtyFourProvincesAndItsAssumptions() {
    assertThat(run("--lang", "en", "figures", RATES, POPULATION)).isEqualTo(0);
    assertThat(out())
        .contains("71 rows: 1 country, 6 regions, 63 provinces, 1 former provinces, 0 duplicates, 0 unmatched")
        .contains("CBR ‰: 13.49 published, 13.50 from the provinces")
        .contains("never a mean of the old provinces' rates")
        .contains("08    Tuyên Quang  02 + 08                       1731.65  15.34")
        .contains("79    Hồ Chí Minh  74 + 77 + 79                 13608.89  12.75");
    assertThat(out().lines().filter(l -> l.matches("  \\d\\d {4}.*"))).hasSize(34);
  }

  @Test
  void theOnlyRealInconsistencyOfThePublishedTableIsBenTresNaturalIncrease() {
    run("--lang", "en", "figures", RATES, POPULATION);
    // NSO 2024: Bến Tre (83) prints NIR -0.94 beside CBR 9.53 and CDR 7.80; every other province's gap is rounding.
    assertThat(out())
        .contains("Validation report: INVALID — 1 finding (1 error, 0 warnings, 0 info)")
        .contains("[error] data.identity.natural-increase — unit[83] › period[2024]")
        .contains("Expected: 1.73; actual: -0.94");
  }

  @Test
  void withoutBothTablesTheCommandSaysWhatItNeeds() {
    assertThat(run("figures")).isEqualTo(2);
    assertThat(err()).contains("TABLE.csv");
    assertThat(run("--lang", "en", "figures", RATES)).isEqualTo(2);
    assertThat(out()).contains("Give the tables in pairs of one year")
        .contains("The table of in-, out- and net-migration rates by province can be given alone.");
    assertThat(run("--lang", "en", "figures", RATES, "samples/nso-2024-total-fertility.csv")).isEqualTo(2);
    assertThat(out()).contains("Give the tables in pairs of one year");
  }
}
