package vn.danso.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.UnitCode;
import vn.danso.data.ComponentsSum;
import vn.danso.data.DataKey;
import vn.danso.data.Dataset;
import vn.danso.data.ParentEqualsChildrenSum;
import vn.danso.indicator.Period;
import vn.danso.indicator.PeriodType;
import vn.danso.text.Language;
import vn.danso.validation.ValidationReport;

class FormValidatorTest {
  private static final ReportingForm DSH = FormCatalogue.builtIn().form("01-DSH");
  private static final Period Q1_2024 = Period.quarter(2024, 1);
  private static final FormValidator VALIDATOR = FormValidator.builtIn();

  @Test
  void theCatalogueHoldsTheFormsOfTheCircularWithTheirSources() {
    assertThat(FormCatalogue.builtIn().forms().keySet()).containsExactly("01-DSH", "03-DSX");
    assertThat(DSH.filler()).isEqualTo(AdministrativeLevel.DISTRICT);
    assertThat(DSH.periodType()).isEqualTo(PeriodType.QUARTER);
    assertThat(DSH.columns()).isEqualTo(FormColumns.WHOLE_THEN_UNITS_BELOW);
    assertThat(DSH.source().label(Language.VI)).contains("Thông tư 01/2022/TT-BYT").contains("Biểu 01-DSH");
    assertThat(DSH.deadline()).isEqualTo(Deadline.calendarDays(15, DSH.deadline().source()));
    ReportingForm dsx = FormCatalogue.builtIn().form("03-DSX");
    assertThat(dsx.filler()).isEqualTo(AdministrativeLevel.COMMUNE);
    assertThat(dsx.deadline().kind()).isEqualTo(Deadline.Kind.WORKING_DAYS);
    assertThat(dsx.deadline().days()).isEqualTo(5);
    assertThatThrownBy(() -> FormCatalogue.builtIn().form("02-DSX")).hasMessageContaining("[01-DSH, 03-DSX]");
  }

  @Test
  void theImpliedRulesAreTypedRulesOfTheDataEngine() {
    assertThat(DSH.checks().checks()).contains(
        ComponentsSum.of("births", vn.danso.indicator.Sex.MALE, vn.danso.indicator.Sex.FEMALE),
        ParentEqualsChildrenSum.builder().keys(vn.danso.data.KeyPattern.of(DataKey.parse("births"))).build());
    assertThat(DSH.row(DataKey.parse("births.order-3-plus")).orElseThrow().partOf())
        .contains(DataKey.parse("births"));
    assertThat(DSH.row(DataKey.parse("households")).orElseThrow().measure()).isEqualTo(Measure.STOCK);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aConsistentSheetOfGeneratedCommunesHasNoFinding(long seed) {
    FormSheet sheet = FormSheets.fill(DSH, Q1_2024,
        FormSheets.columns(seed, FormSheets.AN_MINH, FormSheets.AN_MINH_COMMUNES)).build();
    ValidationReport report = VALIDATOR.validate(sheet);
    assertThat(report.findings()).as("seed %s: %s", seed, report.format(Language.EN)).isEmpty();
  }

  static LongStream seeds() {
    return LongStream.range(1, 21);
  }

  /** Each defect the form's structure rules out, injected alone into a consistent sheet, and the rule that finds it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("defects")
  void eachImpliedInconsistencyIsFound(String defect, Consumer<Map<UnitCode, Map<String, Long>>> inject,
      String ruleId) {
    for (long seed = 1; seed <= 5; seed++) {
      Map<UnitCode, Map<String, Long>> columns =
          FormSheets.columns(seed, FormSheets.AN_MINH, FormSheets.AN_MINH_COMMUNES);
      inject.accept(columns);
      ValidationReport report = VALIDATOR.validate(FormSheets.fill(DSH, Q1_2024, columns).build());
      assertThat(report.countsByRule().keySet()).as("seed %s, %s: %s", seed, defect, report.format(Language.EN))
          .extracting(id -> id.value()).containsExactly(ruleId);
    }
  }

  static Stream<Arguments> defects() {
    UnitCode commune = FormSheets.AN_MINH_COMMUNES.get(3);
    UnitCode district = FormSheets.AN_MINH;
    return Stream.of(
        Arguments.of("boys + girls ≠ births in a commune and the district alike",
            (Consumer<Map<UnitCode, Map<String, Long>>>) c -> {
              c.get(commune).merge("births[male]", 2L, Long::sum);
              c.get(district).merge("births[male]", 2L, Long::sum);
            }, "data.components.sum-mismatch"),
        Arguments.of("the whole district ≠ the sum of its communes",
            (Consumer<Map<UnitCode, Map<String, Long>>>) c -> c.get(district).merge("deaths", 1L, Long::sum),
            "data.hierarchy.sum-mismatch"),
        Arguments.of("third and later births exceed births",
            exceed(commune, district, "births.order-3-plus", "births", 1), "reporting.form.part-exceeds-whole"),
        Arguments.of("child marriages exceed marriages",
            exceed(commune, district, "marriages.child", "marriages", 3), "reporting.form.part-exceeds-whole"),
        Arguments.of("a row left empty in a commune",
            (Consumer<Map<UnitCode, Map<String, Long>>>) c -> {
              long divorces = c.get(commune).remove("divorces");
              c.get(district).merge("divorces", -divorces, Long::sum);
            }, "data.value.missing"),
        Arguments.of("a negative count in a commune and the district alike",
            (Consumer<Map<UnitCode, Map<String, Long>>>) c -> {
              long deaths = c.get(commune).put("deaths", -1L);
              c.get(district).merge("deaths", -1 - deaths, Long::sum);
            }, "data.count.negative"));
  }

  /** Sets a commune's part above its whole by some amount, keeping the district's column the sum of the communes'. */
  private static Consumer<Map<UnitCode, Map<String, Long>>> exceed(UnitCode commune, UnitCode district, String part,
      String whole, long by) {
    return c -> {
      long value = c.get(commune).get(whole) + by;
      long before = c.get(commune).put(part, value);
      c.get(district).merge(part, value - before, Long::sum);
    };
  }

  @Test
  void aCommuneWithoutItsColumnIsNamed() {
    Map<UnitCode, Map<String, Long>> columns = FormSheets.columns(7, FormSheets.AN_MINH, FormSheets.AN_MINH_COMMUNES);
    Map<String, Long> gone = columns.remove(FormSheets.AN_MINH_COMMUNES.get(10));
    gone.forEach((key, value) -> columns.get(FormSheets.AN_MINH).merge(key, -value, Long::sum));
    FormSheet.Builder builder = DSH.sheet(FormSheets.AN_MINH, Q1_2024, FormSheets.AN_MINH_COMMUNES);
    columns.forEach((unit, cells) -> cells.forEach((key, value) -> builder.set(key, unit, value)));
    FormSheet sheet = builder.build();
    assertThat(sheet.columns()).hasSize(12);
    ValidationReport report = VALIDATOR.validate(sheet);
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId().value()).isEqualTo("data.completeness.missing-reports");
      assertThat(f.message(Language.EN)).contains("not reported: 31048");
    });
  }

  @Test
  void afterTheDistrictLevelEndedTheDistrictFormIsNotInForce() {
    FormSheet sheet = FormSheets.fill(DSH, Period.quarter(2025, 3),
        FormSheets.columns(3, FormSheets.AN_MINH, FormSheets.AN_MINH_COMMUNES)).build();
    ValidationReport report = VALIDATOR.validate(sheet);
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId().value()).isEqualTo("reporting.form.not-in-force");
      assertThat(f.message(Language.EN))
          .isEqualTo("Form 01-DSH is in force 2022-03-01 – 2025-06-30; period 2025Q3 ends on 2025-09-30");
    });
    assertThat(DSH.isInForce(Period.quarter(2025, 2))).isTrue();
  }

  @Test
  void aCommuneFormOfOneColumnChecksItsOfWhichRow() {
    ReportingForm dsx = FormCatalogue.builtIn().form("03-DSX");
    UnitCode commune = UnitCode.of("31018");
    FormSheet sheet = dsx.sheet(commune, Period.year(2024), java.util.List.of())
        .set("households", commune, 2140).set("households.family", commune, 2141)
        .set("population.resident", commune, 8012)
        .build();
    ValidationReport report = VALIDATOR.validate(sheet);
    assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.message(Language.EN)).isEqualTo(
        "Form 03-DSX, row 1: households.family = 2141 exceeds households = 2140, of which it is a part"));
  }

  /**
   * Seed 002: Huyện An Minh reported 1,073 births in 2023, 538 boys and 535 girls. Spread over four quarterly 01-DSH
   * reports, the year is their sum; the households at the end of 2023 are those at the end of its fourth quarter.
   */
  @Test
  void theSeedsYearIsTheSumOfItsQuartersForFlowsAndTheLastQuarterForStocks() {
    UnitCode anMinh = FormSheets.AN_MINH;
    Dataset.Builder figures = Dataset.builder();
    long[][] quarters = {{270, 136, 134, 28310}, {259, 131, 128, 28340}, {281, 140, 141, 28395}, {263, 131, 132, 28420}};
    for (int q = 0; q < 4; q++) {
      Period quarter = Period.quarter(2023, q + 1);
      figures.add(anMinh, quarter, DataKey.parse("births"), quarters[q][0])
          .add(anMinh, quarter, DataKey.parse("births[male]"), quarters[q][1])
          .add(anMinh, quarter, DataKey.parse("births[female]"), quarters[q][2])
          .add(anMinh, quarter, DataKey.parse("households"), quarters[q][3]);
    }
    Period year = Period.year(2023);
    figures.add(anMinh, year, DataKey.parse("births"), 1073).add(anMinh, year, DataKey.parse("births[male]"), 538)
        .add(anMinh, year, DataKey.parse("births[female]"), 535);
    assertThat(VALIDATOR.checkPeriods(DSH, figures.add(anMinh, year, DataKey.parse("households"), 28420).build(), year)
        .findings()).isEmpty();

    Dataset summedStocks = Dataset.builder().add(anMinh, year, DataKey.parse("households"), 113465).build();
    Dataset wrong = Dataset.builder().add(anMinh, year, DataKey.parse("households"), 113465)
        .add(anMinh, Period.quarter(2023, 1), DataKey.parse("households"), 28310)
        .add(anMinh, Period.quarter(2023, 2), DataKey.parse("households"), 28340)
        .add(anMinh, Period.quarter(2023, 3), DataKey.parse("households"), 28395)
        .add(anMinh, Period.quarter(2023, 4), DataKey.parse("households"), 28420)
        .add(anMinh, year, DataKey.parse("births"), 1075)
        .add(anMinh, Period.quarter(2023, 1), DataKey.parse("births"), 270)
        .add(anMinh, Period.quarter(2023, 2), DataKey.parse("births"), 259)
        .add(anMinh, Period.quarter(2023, 3), DataKey.parse("births"), 281)
        .add(anMinh, Period.quarter(2023, 4), DataKey.parse("births"), 263)
        .build();
    ValidationReport report = VALIDATOR.checkPeriods(DSH, wrong, year);
    assertThat(report.findings()).extracting(f -> f.message(Language.EN)).containsExactly(
        "Form 01-DSH, row 1: households = 113465 for 2023 differs from 28420 at the end of its last part 2023Q4; a "
            + "stock figure takes its end-of-period value, it is not summed",
        "Form 01-DSH, row 4: births = 1075 for 2023 differs from the sum over its 4 parts = 1073");
    assertThat(VALIDATOR.checkPeriods(DSH, summedStocks, year).findings()).isEmpty();
  }

  @Test
  void misuseFailsFastWithAMessageThatSaysWhatToDo() {
    assertThatThrownBy(() -> DSH.sheet(FormSheets.AN_MINH, Period.year(2024), FormSheets.AN_MINH_COMMUNES))
        .hasMessageContaining("form 01-DSH reports a QUARTER");
    assertThatThrownBy(() -> DSH.sheet(FormSheets.AN_MINH, Q1_2024, FormSheets.AN_MINH_COMMUNES)
        .set("SRB", FormSheets.AN_MINH, 100))
        .hasMessageContaining("form 01-DSH has no row SRB");
    assertThatThrownBy(() -> DSH.sheet(FormSheets.AN_MINH, Q1_2024, FormSheets.AN_MINH_COMMUNES)
        .set("births", UnitCode.of("31051"), 1))
        .hasMessageContaining("has no column 31051");
    assertThatThrownBy(() -> VALIDATOR.checkPeriods(DSH, Dataset.builder().build(), Q1_2024))
        .hasMessageContaining("not longer than");
  }
}
