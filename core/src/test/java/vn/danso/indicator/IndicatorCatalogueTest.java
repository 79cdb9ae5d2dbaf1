package vn.danso.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.ValidationReport;

class IndicatorCatalogueTest {
  private final IndicatorCatalogue builtIn = IndicatorCatalogue.builtIn();

  private static DataElement count(String code) {
    return DataElement.builder().code(code).name("vi " + code, "en " + code).kind(ElementKind.COUNT)
        .unit(UnitOfMeasure.PERSONS).build();
  }

  private static IndicatorDefinition.Builder base(String code, UnitOfMeasure unit, Formula formula) {
    return IndicatorDefinition.builder().code(code).name("vi " + code, "en " + code).unit(unit).formula(formula)
        .formulaStatus(FormulaStatus.PUBLISHED).decimals(1).polarity(Polarity.NEUTRAL).periodicity(PeriodType.YEAR)
        .aggregation(AggregationMethod.RATIO_OF_SUMS).source(Citation.of("test"));
  }

  private static IndicatorDefinition.Builder indicator(String code, UnitOfMeasure unit, Formula formula) {
    return base(code, unit, formula).plausibleRange(ValueRange.atLeast(0));
  }

  private static List<String> ids(ValidationReport report) {
    return report.findings().stream().map(f -> f.ruleId().value()).collect(Collectors.toList());
  }

  @Test
  void theBuiltInCatalogueIsSound() {
    assertThat(builtIn.validate()).isEqualTo(ValidationReport.empty());
    assertThat(builtIn.compiled()).hasSameSizeAs(builtIn.indicators());
  }

  @Test
  void theBuiltInCatalogueHasTheIndicatorsOfTheIssue() {
    assertThat(builtIn.indicators()).extracting(i -> i.code().value()).containsExactly(
        "CBR", "CDR", "NIR", "SRB", "TFR", "GFR", "SEX_RATIO", "CPR", "PRENATAL_SCREENING", "NEWBORN_SCREENING",
        "PREMARITAL_COUNSELLING", "CHILD_MARRIAGES", "CONSANGUINEOUS_MARRIAGES", "ELDERLY_HEALTH_INSURANCE",
        "LIFE_EXPECTANCY", "HEALTHY_LIFE_EXPECTANCY", "SHARE_UNDER_15", "SHARE_65_PLUS", "DEPENDENCY_RATIO",
        "HEIGHT_18_MALE", "HEIGHT_18_FEMALE", "POPULATION", "ASFR_15_19", "ASFR_20_24", "ASFR_25_29", "ASFR_30_34",
        "ASFR_35_39", "ASFR_40_44", "ASFR_45_49", "IN_MIGRATION_RATE", "OUT_MIGRATION_RATE", "NET_MIGRATION_RATE",
        "GROWTH_RATE");
    for (IndicatorDefinition indicator : builtIn.indicators()) {
      assertThat(indicator.nameVi()).as("%s vi", indicator.code()).isPresent();
      assertThat(indicator.nameEn()).as("%s en", indicator.code()).isPresent();
    }
  }

  @Test
  void unverifiedFormulasAreMarkedAsWorkingDefinitions() {
    for (String code : List.of("CPR", "PRENATAL_SCREENING", "NEWBORN_SCREENING", "PREMARITAL_COUNSELLING",
        "ELDERLY_HEALTH_INSURANCE", "SHARE_UNDER_15", "SHARE_65_PLUS", "DEPENDENCY_RATIO")) {
      assertThat(builtIn.indicator(code).orElseThrow().formulaStatus()).as(code)
          .isEqualTo(FormulaStatus.WORKING_DEFINITION);
    }
    for (String code : List.of("CBR", "CDR", "NIR", "SRB", "TFR", "GFR", "SEX_RATIO")) {
      assertThat(builtIn.indicator(code).orElseThrow().formulaStatus()).as(code).isEqualTo(FormulaStatus.PUBLISHED);
    }
  }

  @Test
  void formulasReadAsTheStatisticsOfficeWritesThem() {
    assertThat(builtIn.indicator("CBR").orElseThrow().formula()).hasToString("births / population.average × 1000");
    assertThat(builtIn.indicator("SRB").orElseThrow().formula()).hasToString("births[male] / births[female] × 100");
    assertThat(builtIn.indicator("NIR").orElseThrow().formula()).hasToString("CBR − CDR");
    assertThat(builtIn.compile("NIR").formula()).hasToString(
        "(births / population.average × 1000) − (deaths / population.average × 1000)");
    assertThat(builtIn.indicator("TFR").orElseThrow().formula().toString())
        .startsWith("5 × (births[15-19] / population.average[female,15-19] + births[20-24] / ")
        .endsWith(" + births[45-49] / population.average[female,45-49])");
    assertThat(builtIn.indicator("DEPENDENCY_RATIO").orElseThrow().formula()).hasToString(
        "(population.average[0-14] + population.average[65+]) / population.average[15-64] × 100");
  }

  @Test
  void everyBuiltInTargetNamesAnIndicatorAndASource() {
    assertThat(builtIn.targets()).hasSize(16);
    for (Target target : builtIn.targets()) {
      assertThat(builtIn.indicator(target.indicator())).as("%s", target.indicator()).isPresent();
      assertThat(target.year()).isEqualTo(2030);
    }
    assertThat(builtIn.targets().stream().map(t -> t.indicator().value())).doesNotContain("URBAN_SHARE");
  }

  @Test
  void unknownElementsIndicatorsAndDisaggregationsAreReported() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.builder()
        .addElements(count("births"))
        .addIndicators(indicator("X", UnitOfMeasure.PER_100,
            Formula.rate(Formula.element("births", Sex.MALE), Formula.element("girls"), 100)).build())
        .addIndicators(indicator("Y", UnitOfMeasure.PER_100, Formula.indicator("NOPE")).build())
        .build();
    ValidationReport report = catalogue.validate();
    assertThat(ids(report)).containsExactly("indicator.formula.unknown-disaggregation",
        "indicator.formula.unknown-element", "indicator.formula.unknown-indicator");
    assertThat(report.findings().get(0).message(Language.EN))
        .isEqualTo("The formula of X reads births[male], but births[male] is not collected by sex");
    assertThat(report.findings().get(1).message(Language.VI))
        .isEqualTo("Công thức của X dùng phần tử dữ liệu girls không có trong danh mục");
    assertThatThrownBy(() -> catalogue.compile("Y")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unknown indicator NOPE");
    assertThat(catalogue.compile("X").formula().inputs()).hasSize(2);
  }

  @Test
  void cyclesBetweenDerivedIndicatorsAreReportedWithThePath() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.builder()
        .addElements(count("a"))
        .addIndicators(
            indicator("P", UnitOfMeasure.PERSONS, Formula.sum(Formula.indicator("Q"), Formula.element("a"))).build(),
            indicator("Q", UnitOfMeasure.PERSONS, Formula.indicator("R")).build(),
            indicator("R", UnitOfMeasure.PERSONS, Formula.indicator("P")).build(),
            indicator("S", UnitOfMeasure.PERSONS, Formula.indicator("P")).build(),
            indicator("T", UnitOfMeasure.PERSONS, Formula.element("a")).build())
        .build();
    ValidationReport report = catalogue.validate();
    assertThat(ids(report)).containsOnly("indicator.formula.cycle").hasSize(3);
    assertThat(report.findings().get(0).message(Language.EN)).isEqualTo("P depends on itself: P → Q → R → P");
    for (String code : List.of("P", "Q", "R", "S")) {
      assertThatThrownBy(() -> catalogue.compile(code)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("depends on itself");
    }
    assertThat(catalogue.compile("T").value(new double[] {7})).isEqualTo(7);
  }

  @Test
  void aUnitContradictingTheMultiplierIsReported() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.builder()
        .addElements(count("births"), count("population"), count("women"))
        .addIndicators(
            indicator("CBR_PERCENT", UnitOfMeasure.PER_MILLE,
                Formula.rate(Formula.element("births"), Formula.element("population"), 100)).build(),
            // The layout trap of the yearbook's TFR text: × 1000 on a rate in children per woman.
            indicator("TFR_1000", UnitOfMeasure.CHILDREN_PER_WOMAN, Formula.times(5,
                Formula.rate(Formula.element("births"), Formula.element("women"), 1000))).build(),
            indicator("MIXED", UnitOfMeasure.PER_MILLE,
                Formula.sum(Formula.indicator("CBR_PERCENT"), Formula.element("births"))).build(),
            indicator("OK", UnitOfMeasure.CHILDREN_PER_WOMAN, Formula.times(5,
                Formula.rate(Formula.element("births"), Formula.element("women"), 1))).build())
        .build();
    ValidationReport report = catalogue.validate();
    assertThat(ids(report)).containsExactly("indicator.unit-multiplier-mismatch",
        "indicator.unit-multiplier-mismatch", "indicator.unit-multiplier-mismatch");
    assertThat(report.findings().get(0).message(Language.EN)).isEqualTo(
        "CBR_PERCENT is in per mille, so its formula must multiply by 1000, but it gives 100");
    assertThat(report.findings().get(1).message(Language.VI)).isEqualTo(
        "TFR_1000 tính bằng con trên một phụ nữ nên công thức phải nhân 1, nhưng công thức cho hệ số 1000");
    assertThat(report.findings().get(2).actual()).isPresent();
  }

  @Test
  void duplicateCodesAndMissingNamesAreReported() {
    DataElement unnamed = DataElement.builder().code("deaths").nameVi("Số người chết").kind(ElementKind.COUNT)
        .unit(UnitOfMeasure.PERSONS).build();
    IndicatorDefinition blank = IndicatorDefinition.builder().code("A").nameVi(" ").nameEn("A")
        .unit(UnitOfMeasure.PERSONS).formula(Formula.element("deaths")).formulaStatus(FormulaStatus.DIRECT)
        .decimals(0).polarity(Polarity.NEUTRAL).plausibleRange(ValueRange.atLeast(0)).periodicity(PeriodType.YEAR)
        .aggregation(AggregationMethod.SUM).source(Citation.of("test")).build();
    IndicatorCatalogue catalogue = IndicatorCatalogue.builder()
        .addElements(unnamed, count("deaths"))
        .addIndicators(blank, indicator("A", UnitOfMeasure.PERSONS, Formula.element("deaths")).build())
        .build();
    ValidationReport report = catalogue.validate();
    assertThat(ids(report)).containsExactly("indicator.duplicate-code", "indicator.duplicate-code",
        "indicator.name-missing", "indicator.name-missing");
    assertThat(report.findings().get(0).message(Language.EN)).isEqualTo("Code deaths is defined 2 times in the "
        + "catalogue");
    assertThat(report.findings().get(2).message(Language.EN)).isEqualTo("deaths has no English name");
    assertThat(report.findings().get(3).message(Language.VI)).isEqualTo("A không có tên tiếng Việt");
    assertThat(catalogue.indicator("A")).contains(blank);
    assertThat(catalogue.indicator("A").orElseThrow().label(Language.VI)).isEqualTo("A");
  }

  @Test
  void estimatesAggregatedBySummingAndRangesThatDisagreeAreReported() {
    DataElement height = DataElement.builder().code("height").name("Chiều cao", "Height")
        .kind(ElementKind.ESTIMATE).unit(UnitOfMeasure.CENTIMETRES).build();
    IndicatorCatalogue catalogue = IndicatorCatalogue.builder()
        .addElements(height)
        .addIndicators(base("H", UnitOfMeasure.CENTIMETRES, Formula.element("height"))
            .plausibleRange(ValueRange.closed(100, 250)).expectedRange(ValueRange.closed(50, 180)).build())
        .addTargets(Target.builder().indicator("NOPE").kind(TargetKind.AT_LEAST).value("1").year(2030)
            .addSources(Citation.of("test")).build())
        .build();
    List<Finding> findings = catalogue.validate().findings();
    assertThat(findings).extracting(f -> f.ruleId().value()).containsExactly(
        "indicator.aggregation.not-additive", "indicator.range.expected-outside-plausible",
        "indicator.target.unknown-indicator");
    assertThat(findings.get(0).message(Language.EN)).isEqualTo(
        "H aggregates as \"ratio of sums\" but reads height, an estimate that does not add up across units");
    assertThat(findings.get(1).message(Language.VI))
        .isEqualTo("Khoảng thường gặp [50; 180] của H không nằm trong khoảng có thể [100; 250]");
  }

  @Test
  void lookupsAndCompilationMisuseAreExplained() {
    assertThat(builtIn.indicator("not a code")).isEmpty();
    assertThat(builtIn.element("births")).isPresent();
    assertThatThrownBy(() -> builtIn.compile("NOPE")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no indicator NOPE");
    assertThat(IndicatorCatalogue.builder().addAll(builtIn).build().validate()).isEqualTo(ValidationReport.empty());
  }
}
