package vn.danso.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import com.google.common.collect.Multisets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;
import vn.danso.data.DataKey;
import vn.danso.data.DataCheckSet;
import vn.danso.data.DataValidator;
import vn.danso.data.KeyPattern;
import vn.danso.data.PeerOutlier;
import vn.danso.data.YearOnYearChange;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.Period;
import vn.danso.validation.Finding;
import vn.danso.validation.ValidationReport;

/**
 * On Spark ({@code local[2]}), the engine run per province gives the single-machine engine's findings, finding for
 * finding, over every province of the nation with generated defects, missing reports, a province that reported
 * nothing, a province that skipped a month, a unit outside the tree and rows that cannot be read.
 */
class SparkValidatorTest {
  private static final long SEED = 16;
  private static final SyntheticNation NATION = new SyntheticNation(63, 1, 3);
  private static final SyntheticFigures FIGURES =
      new SyntheticFigures(NATION, 2023, 2, false, true, SEED, 0.01);
  /** Built-in rules, and the rules that compare periods and units. */
  private static final SerializableSupplier<DataCheckSet> RULES = () -> DataCheckSet.builder()
      .addAll(DataCheckSet.builtIn(IndicatorCatalogue.builtIn()))
      .add(YearOnYearChange.builder().keys(KeyPattern.parse("births[*]")).threshold(0.5).minimumChange(5).build())
      .add(PeerOutlier.of("deaths[*]"))
      .build();

  private static SparkSession spark;
  private static List<Row> figures;
  private static List<Row> findings;

  @BeforeAll
  static void check() {
    spark = SparkSession.builder().master("local[2]").appName("danso-spark-test")
        .config("spark.ui.enabled", false).config("spark.sql.shuffle.partitions", 4)
        .config("spark.driver.host", "127.0.0.1").getOrCreate();
    Dataset<Row> generated = FIGURES.generate(spark, 4);
    String silent = NATION.provinceCode(5);
    String skipsAMonth = NATION.provinceCode(9);
    Dataset<Row> input = generated
        .filter((org.apache.spark.api.java.function.FilterFunction<Row>) row -> !inProvince(row, silent)
            && !(inProvince(row, skipsAMonth) && row.getString(1).equals("2024-03")))
        .union(spark.createDataFrame(odd(), FigureSchema.FIGURES)).persist();
    figures = input.collectAsList();
    findings = SparkValidator.builder().units(NATION.tree()).checks(RULES).build().check(input).findings()
        .collectAsList();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** Whether a row is about a province or a unit below it (codes of the synthetic nation). */
  private static boolean inProvince(Row row, String province) {
    int p = -1;
    for (int i = 0; i < NATION.provinces; i++) {
      if (NATION.provinceCode(i).equals(province)) {
        p = i;
      }
    }
    String unit = row.getString(0);
    if (unit.equals(province)) {
      return true;
    }
    int number = unit.matches("[0-9]+") ? Integer.parseInt(unit) - 1 : -1;
    if (unit.length() == 3) {
      return number / NATION.districtsPerProvince == p;
    }
    return unit.length() == 5 && number / (NATION.districtsPerProvince * NATION.communesPerDistrict) == p;
  }

  /** A unit outside the tree, and rows that cannot be read. */
  private static List<Row> odd() {
    List<Row> rows = new ArrayList<>();
    rows.add(RowFactory.create("99999", "2023-05", "births", 12.0, null));
    rows.add(RowFactory.create("99999", "2023-06", "births", -3.0, null));
    rows.add(RowFactory.create("9x", "2023-05", "births", 12.0, null));
    rows.add(RowFactory.create("00001", "May 2023", "births", 12.0, null));
    rows.add(RowFactory.create("00001", "2023-05", "births[", 12.0, null));
    rows.add(RowFactory.create("00001", "2023-05", "births", null, null));
    rows.add(RowFactory.create(NATION.provinceCode(0), "2023-05", "SRB", 105.2, 12));
    return rows;
  }

  /** The single-machine engine over the same readable rows, as a user wires it. */
  private static ValidationReport singleMachine() {
    vn.danso.data.Dataset.Builder builder = vn.danso.data.Dataset.builder();
    for (Row row : figures) {
      java.util.Optional<UnitCode> unit = UnitCode.tryParse(row.getString(0));
      java.util.Optional<Period> period = Period.tryParse(row.getString(1));
      java.util.Optional<DataKey> key = DataKey.tryParse(row.getString(2));
      boolean decimalsOk = row.isNullAt(4) || (row.getInt(4) >= 0 && row.getInt(4) <= 9);
      if (unit.isPresent() && period.isPresent() && key.isPresent() && !row.isNullAt(3) && decimalsOk) {
        builder.add(unit.get(), period.get(), key.get(), row.getDouble(3), row.isNullAt(4) ? -1 : row.getInt(4));
      }
    }
    return DataValidator.builder().checks(RULES.get()).units(NATION.tree()).build().validate(builder.build());
  }

  private static String text(Row row) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < row.length(); i++) {
      cells.add(String.valueOf(row.get(i)));
    }
    return String.join(" | ", cells);
  }

  @Test
  void givesTheFindingsOfTheSingleMachineEngineFindingForFinding() {
    Multiset<String> single = HashMultiset.create();
    for (Finding finding : singleMachine().findings()) {
      single.add(text(FindingRows.of(finding)));
    }
    Multiset<String> distributed = HashMultiset.create();
    findings.stream().filter(row -> !row.getString(0).equals(SparkRules.FIGURE_UNREADABLE.id().value()))
        .forEach(row -> distributed.add(text(row)));
    assertThat(single.size()).as("the single engine finds something").isGreaterThan(1000);
    assertThat(Multisets.difference(single, distributed)).as("found on one machine only").isEmpty();
    assertThat(Multisets.difference(distributed, single)).as("found on Spark only").isEmpty();
  }

  @Test
  void findsWhatOnlyTheWholeCanShow() {
    Map<String, Long> byRule = findings.stream().collect(Collectors.groupingBy(r -> r.getString(0),
        Collectors.counting()));
    assertThat(byRule).containsKeys("data.completeness.missing-reports", "data.completeness.unknown-unit",
        "data.hierarchy.sum-mismatch", "data.change.year-on-year", "data.outlier.peer", "data.value.duplicate",
        "data.value.not-finite", "data.count.negative", "data.count.not-whole");
    assertThat(findings).anyMatch(r -> r.getString(0).equals("data.completeness.missing-reports")
        && r.getString(2).equals(NATION.districtCode(9 * NATION.districtsPerProvince))
        && r.getString(3).equals("2024-03"));
    assertThat(findings).anyMatch(r -> r.getString(0).equals("data.hierarchy.sum-mismatch")
        && r.getString(2).equals("VN"));
  }

  @Test
  void reportsEveryRowItCannotReadOnce() {
    List<String> unreadable = findings.stream()
        .filter(row -> row.getString(0).equals(SparkRules.FIGURE_UNREADABLE.id().value()))
        .map(row -> row.getString(2) + " " + row.getString(3) + " " + row.getString(4) + ": " + row.getString(8))
        .sorted().collect(Collectors.toList());
    assertThat(unreadable).hasSize(5);
    assertThat(unreadable).anyMatch(s -> s.startsWith("9x 2023-05 births") && s.contains("unit code"));
    assertThat(unreadable).anyMatch(s -> s.startsWith("00001 May 2023 births") && s.contains("period"));
    assertThat(unreadable).anyMatch(s -> s.startsWith("00001 2023-05 births[") && s.contains("key"));
    assertThat(unreadable).anyMatch(s -> s.contains("no value"));
    assertThat(unreadable).anyMatch(s -> s.startsWith(NATION.provinceCode(0) + " 2023-05 SRB")
        && s.contains("decimals 12"));
  }

  @Test
  void countsEachRulesFindings() {
    SparkReport report = SparkValidator.builder().units(NATION.tree()).checks(RULES).build()
        .check(spark.createDataFrame(odd(), FigureSchema.FIGURES), FIGURES.periods());
    List<Row> counts = report.countsByRule().collectAsList();
    assertThat(counts).extracting(r -> r.getString(0) + " " + r.getString(1) + " " + r.getLong(2))
        .contains("spark.figure-unreadable error 5", "data.completeness.unknown-unit warning 1");
    assertThat(counts.stream().mapToLong(r -> r.getLong(2)).sum()).isEqualTo(report.findings().count());
  }

  @Test
  void needsTheUnitsAndTheFigureColumns() {
    assertThatThrownBy(() -> SparkValidator.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("units(tree)");
    Dataset<Row> noValue = spark.createDataFrame(odd(), FigureSchema.FIGURES).drop(FigureSchema.VALUE);
    assertThatThrownBy(() -> SparkValidator.builder().units(NATION.tree()).build().check(noValue))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column \"value\"");
  }
}
