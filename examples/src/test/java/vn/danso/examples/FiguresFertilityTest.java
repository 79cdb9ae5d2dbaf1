package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitCode;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.data.DataCheckSet;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.validation.ValidationReport;

/** The statistics office's 2024 total fertility rates by province, checked and restated for the 34 provinces. */
class FiguresFertilityTest extends CommandTestSupport {
  private static final String TFR = "samples/nso-2024-total-fertility.csv";
  private static final String WOMEN = "samples/nso-2024-average-population-by-sex.csv";
  private static final String RATES = "samples/nso-2024-crude-rates.csv";
  private static final String POPULATION = "samples/nso-2024-average-population.csv";
  private static final HierarchySnapshot END_OF_2024 = VietnamCatalogue.hierarchy().asOf(LocalDate.of(2024, 12, 31));

  private static PxTable table(String file) throws IOException {
    try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      return PxTable.read(in, Path.of(file).getFileName().toString());
    }
  }

  private static FertilityFigures figures(ValidationReport.Builder loading) throws IOException {
    PxTable tfr = table(TFR);
    PxTable women = table(WOMEN);
    return FertilityFigures.of(2024, tfr, ProvinceRows.match(tfr, END_OF_2024), women,
        ProvinceRows.match(women, END_OF_2024), loading);
  }

  @Test
  void everyRowOfBothTablesIsAccountedFor() throws IOException {
    ProvinceRows tfr = ProvinceRows.match(table(TFR), END_OF_2024);
    assertThat(tfr.matches()).hasSize(64);
    assertThat(tfr.count(ProvinceRows.Kind.PROVINCE)).isEqualTo(63);
    assertThat(tfr.count(ProvinceRows.Kind.FORMER_PROVINCE)).isEqualTo(1);
    assertThat(tfr.report().findings()).singleElement()
        .satisfies(f -> assertThat(f.ruleId().value()).isEqualTo("table.row-former-province"));
    ProvinceRows women = ProvinceRows.match(table(WOMEN), END_OF_2024);
    assertThat(women.matches()).hasSize(71);
    assertThat(women.count(ProvinceRows.Kind.COUNTRY)).isEqualTo(1);
    assertThat(women.count(ProvinceRows.Kind.REGION)).isEqualTo(6);
    assertThat(women.count(ProvinceRows.Kind.PROVINCE)).isEqualTo(63);
    assertThat(tfr.provinces().keySet()).containsExactlyInAnyOrderElementsOf(
        END_OF_2024.units(AdministrativeLevel.PROVINCE).stream().map(u -> u.code()).toList());

    ValidationReport.Builder loading = ValidationReport.builder();
    FertilityFigures figures = figures(loading);
    assertThat(loading.build().findings()).isEmpty();
    assertThat(figures.rates()).hasSize(63);
    assertThat(figures.women()).hasSize(63);
    // The female populations of the 63 provinces add up to the country's 50,766.91 thousand within rounding.
    assertThat(figures.women().values().stream().mapToDouble(Double::doubleValue).sum() / 1000)
        .isCloseTo(50_766.91, within(0.05));
    assertThat(figures.rates().get(UnitCode.of("79"))).isEqualTo(new ProvincialFigures.Figure(1.4, 1));
  }

  @Test
  void thePublishedRatesPassTheBuiltInRules() throws IOException {
    ValidationReport report = figures(ValidationReport.builder())
        .validate(DataCheckSet.builtIn(IndicatorCatalogue.builtIn()));
    assertThat(report.findings()).isEmpty();
  }

  /**
   * By hand, from the published 2024 figures: Tỉnh Tuyên Quang (08) of 2025 is Hà Giang (TFR 2.7, 449.40 thousand
   * women) and Tuyên Quang (2.2, 407.07 thousand): (2.7 × 449.40 + 2.2 × 407.07) / 856.47 = 2.4624, not the mean of
   * the two rates, 2.45. Thành phố Hồ Chí Minh (79) is Bình Dương (1.6, 1379.56), Bà Rịa - Vũng Tàu (1.5, 598.77) and
   * Hồ Chí Minh (1.4, 4916.98): 9989.223 / 6895.31 = 1.4487, not 1.5.
   */
  @Test
  void theRestatementOfTwoMergedProvincesIsWeightedByWomen() throws IOException {
    FertilityFigures.Restated restated = figures(ValidationReport.builder())
        .restate(VietnamCatalogue.hierarchy(), VietnamCatalogue.TWO_TIER_FROM);
    Map<UnitCode, FertilityFigures.Row> rows = restated.rows().stream()
        .collect(Collectors.toMap(FertilityFigures.Row::code, row -> row));
    assertThat(rows).hasSize(34);
    assertThat(restated.report().isEmpty()).isTrue();
    assertThat(rows.values()).allSatisfy(row -> assertThat(row.tfr()).isPresent());

    FertilityFigures.Row tuyenQuang = rows.get(UnitCode.of("08"));
    assertThat(tuyenQuang.from()).containsExactly(UnitCode.of("02"), UnitCode.of("08"));
    assertThat(tuyenQuang.women().getAsDouble()).isCloseTo(856_470.0, within(1e-6));
    assertThat(tuyenQuang.tfr().getAsDouble())
        .isCloseTo((2.7 * 449.40 + 2.2 * 407.07) / 856.47, within(1e-9))
        .isCloseTo(2.4624, within(1e-4))
        .isNotCloseTo((2.7 + 2.2) / 2, within(0.01));

    FertilityFigures.Row hoChiMinh = rows.get(UnitCode.of("79"));
    assertThat(hoChiMinh.from()).containsExactly(UnitCode.of("74"), UnitCode.of("77"), UnitCode.of("79"));
    assertThat(hoChiMinh.tfr().getAsDouble())
        .isCloseTo((1.6 * 1379.56 + 1.5 * 598.77 + 1.4 * 4916.98) / 6895.31, within(1e-9))
        .isCloseTo(1.4487, within(1e-4));

    assertThat(rows.get(UnitCode.of("01")).tfr().getAsDouble()).isCloseTo(1.9, within(1e-9));
  }

  @Test
  void theCommandTakesSeveralTablesAndPrintsBothRestatements() {
    assertThat(run("--lang", "en", "figures", RATES, POPULATION, TFR, WOMEN)).isEqualTo(0);
    assertThat(out())
        .contains("CBR ‰: 13.49 published, 13.50 from the provinces")
        .contains("64 rows: 0 country, 0 regions, 63 provinces, 1 former provinces, 0 duplicates, 0 unmatched")
        .contains("71 rows: 1 country, 6 regions, 63 provinces, 1 former provinces, 0 duplicates, 0 unmatched")
        .contains("weighted by their women 15–49")
        .contains("08    Tuyên Quang  02 + 08")
        .contains("Whole country from the provinces (female average population as weights): TFR ");
    assertThat(out().lines().filter(l -> l.matches("  \\d\\d {4}.*"))).hasSize(68);
  }

  @Test
  void theFertilityPairAloneIsEnough() {
    assertThat(run("figures", TFR, WOMEN)).isEqualTo(0);
    assertThat(out()).contains("Tổng tỷ suất sinh năm 2024 tính lại cho 34 tỉnh").doesNotContain("CBR ‰");
  }
}
