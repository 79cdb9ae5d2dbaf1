package vn.danso.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danso.admin.Hierarchy;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.data.DataCheckSet;
import vn.danso.text.Language;
import vn.danso.text.TextTable;
import vn.danso.validation.ValidationReport;

/**
 * The published provincial figures end to end: reads the statistics office's tables of crude rates and of average
 * population, and of total fertility rates and of average population by sex, matches every row to the provinces of
 * the year's last day (or reports it), validates the provinces' figures with a rule set, rebuilds the national rates
 * from the provinces, and restates the rates for the 34 provinces of 01/07/2025 with the assumptions printed: crude
 * rates weighted by the average population, the total fertility rate by the female average population. A table of
 * in-, out- and net-migration rates is read alone and checked by its identity ({@link MigrationFigures}); a table of
 * population growth rates is held against the crude rates and the migration rates of its year ({@link GrowthFigures}).
 */
final class FiguresReport {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

  private final Language language;
  private final PrintStream out;

  private FiguresReport(Language language, PrintStream out) {
    this.language = language;
    this.out = out;
  }

  /**
   * Prints the report of the tables in the files.
   *
   * @param files the tables, in any order and in pairs: one of crude rates (CBR, CDR, NIR) with one of average
   *     population, and one of total fertility rates with one of average population by sex
   * @param year the year to read, or null for the latest year both tables of a pair have
   * @param rules the rules the provinces' figures are checked with
   * @param language the language of the report
   * @param out where to print
   * @return 0 when printed, 2 when the files do not hold a complete pair of tables for a year
   * @throws InputException if a file is missing, a directory, unreadable or not UTF-8
   */
  static int print(List<Path> files, Integer year, DataCheckSet rules, Language language, PrintStream out) {
    return new FiguresReport(language, out).run(files, year, rules);
  }

  private String t(String vi, String en) {
    return language == Language.VI ? vi : en;
  }

  private int run(List<Path> files, Integer year, DataCheckSet rules) {
    PxTable rates = null;
    PxTable population = null;
    PxTable fertility = null;
    PxTable women = null;
    PxTable migration = null;
    PxTable growth = null;
    for (Path file : files) {
      PxTable table;
      try (Reader in = new StringReader(InputFiles.text(file, "bảng số liệu", "table"))) {
        table = PxTable.read(in, file.getFileName().toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);  // a StringReader does not fail
      }
      if (GrowthFigures.isGrowthTable(table)) {
        growth = table;
      } else if (MigrationFigures.isMigrationTable(table)) {
        migration = table;
      } else if (table.column(ProvincialFigures.Rate.CBR.label) >= 0) {
        rates = table;
      } else if (table.title().toLowerCase(Locale.ROOT).contains("total fertility rate")) {
        fertility = table;
      } else if (table.column("Female") >= 0) {
        women = table;
      } else if (table.column("Average population") >= 0) {
        population = table;
      }
    }
    Integer crudeYear = year != null ? year : latestCommonYear(rates, population);
    Integer fertilityYear = year != null ? year : latestFertilityYear(fertility, women);
    boolean crude = rates != null && population != null && crudeYear != null;
    boolean tfr = fertility != null && women != null && fertilityYear != null;
    Integer migrationYear = migration == null ? null : year != null ? year : MigrationFigures.latestYear(migration);
    boolean migrating = migrationYear != null;
    if (growth != null && (!crude || !migrating || !crudeYear.equals(migrationYear))) {
      out.println(t("Bảng tỷ lệ tăng dân số theo tỉnh cần đi cùng cặp bảng tỷ suất thô và bảng tỷ suất di cư của cùng "
          + "một năm.", "The table of population growth rates by province needs the pair of crude rates and the table "
          + "of migration rates of the same year."));
      return 2;
    }
    if ((!crude && !tfr && !migrating) || (rates != null) != (population != null) || (fertility != null) != (women != null)) {
      out.println(t("Cần các bảng theo từng cặp của cùng một năm: tỷ suất sinh thô, chết thô, tăng tự nhiên theo "
          + "tỉnh với dân số trung bình theo tỉnh; tổng tỷ suất sinh theo tỉnh với dân số trung bình theo giới tính.",
          "Give the tables in pairs of one year: crude birth, death and natural increase rates by province with "
              + "average population by province; total fertility rate by province with average population by "
              + "sex."));
      out.println(t("Bảng tỷ suất nhập cư, xuất cư và di cư thuần theo tỉnh có thể đưa riêng.",
          "The table of in-, out- and net-migration rates by province can be given alone."));
      return 2;
    }
    Hierarchy hierarchy = VietnamCatalogue.hierarchy();
    ProvincialFigures crudeFigures = null;
    if (crude) {
      crudeFigures = crude(rates, population, crudeYear, rules, hierarchy);
    }
    if (tfr) {
      if (crude) {
        out.println();
      }
      fertility(fertility, women, fertilityYear, rules, hierarchy);
    }
    if (migrating) {
      if (crude || tfr) {
        out.println();
      }
      MigrationFigures migrationFigures = migration(migration, migrationYear, rules, hierarchy);
      if (growth != null) {
        out.println();
        growth(growth, crudeFigures, migrationFigures, hierarchy);
      }
    }
    return 0;
  }

  private ProvincialFigures crude(PxTable rates, PxTable population, int chosen, DataCheckSet rules,
      Hierarchy hierarchy) {
    HierarchySnapshot day = hierarchy.asOf(java.time.LocalDate.of(chosen, 12, 31));
    ProvinceRows rateRows = ProvinceRows.match(rates, day);
    ProvinceRows populationRows = ProvinceRows.match(population, day);
    ValidationReport.Builder loading = ValidationReport.builder()
        .addAll(rates.report()).addAll(rateRows.report()).addAll(population.report()).addAll(populationRows.report());
    ProvincialFigures figures = ProvincialFigures.of(chosen, rates, rateRows, population, populationRows, loading);
    tables(rates, rateRows, population, populationRows, day);
    section(t("Các dòng không lấy làm số liệu tỉnh", "Rows not taken as provinces' figures"), loading.build());
    section(t("Kiểm tra số liệu của ", "Checks of the figures of ") + figures.rates().size()
        + t(" tỉnh", " provinces"), figures.validate(rules));
    national(figures);
    Restatement restated = Restatement.of(figures, hierarchy, VietnamCatalogue.TWO_TIER_FROM);
    restatement(figures, restated);
    return figures;
  }

  private void fertility(PxTable fertility, PxTable women, int chosen, DataCheckSet rules, Hierarchy hierarchy) {
    HierarchySnapshot day = hierarchy.asOf(java.time.LocalDate.of(chosen, 12, 31));
    ProvinceRows rateRows = ProvinceRows.match(fertility, day);
    ProvinceRows womenRows = ProvinceRows.match(women, day);
    ValidationReport.Builder loading = ValidationReport.builder()
        .addAll(fertility.report()).addAll(rateRows.report()).addAll(women.report()).addAll(womenRows.report());
    FertilityFigures figures = FertilityFigures.of(chosen, fertility, rateRows, women, womenRows, loading);
    tables(fertility, rateRows, women, womenRows, day);
    section(t("Các dòng không lấy làm số liệu tỉnh", "Rows not taken as provinces' figures"), loading.build());
    section(t("Kiểm tra tổng tỷ suất sinh của ", "Checks of the total fertility rates of ") + figures.rates().size()
        + t(" tỉnh", " provinces"), figures.validate(rules));
    OptionalDouble rebuilt = figures.fromProvinces();
    out.println(t("Cả nước từ các tỉnh (quyền số là dân số nữ trung bình): TFR ",
        "Whole country from the provinces (female average population as weights): TFR ")
        + (rebuilt.isPresent() ? format(rebuilt.getAsDouble(), 2) : "..") + t(" con/phụ nữ", " children per woman"));
    out.println();
    out.println(t("Giả định khi tính lại tổng tỷ suất sinh cho 34 tỉnh:",
        "Assumptions of the restatement of the total fertility rate for the 34 provinces:"));
    (language == Language.VI ? FertilityFigures.ASSUMPTIONS_VI : FertilityFigures.ASSUMPTIONS_EN)
        .forEach(line -> out.println("  - " + line));
    out.println();
    FertilityFigures.Restated restated = figures.restate(hierarchy, VietnamCatalogue.TWO_TIER_FROM);
    if (!restated.report().isEmpty()) {
      section(t("Không chuyển được", "Not carried"), restated.report());
    }
    out.println(t("Tổng tỷ suất sinh năm ", "The total fertility rates of ") + figures.year()
        + t(" tính lại cho 34 tỉnh từ ngày ", " restated for the 34 provinces of ") + VietnamCatalogue.TWO_TIER_FROM
        + ":");
    TextTable.Builder table = TextTable.builder()
        .column(t("mã", "code")).column(t("tỉnh, thành phố", "province"))
        .column(t("từ các tỉnh cũ", "formed from"))
        .rightAlignedColumn(t("dân số nữ TB (nghìn)", "avg female population (thous.)"))
        .rightAlignedColumn(t("TFR con/phụ nữ", "TFR children/woman"));
    for (FertilityFigures.Row row : restated.rows()) {
      table.row(row.code().value(), row.name(), String.join(" + ", row.from().stream().map(c -> c.value()).toList()),
          row.women().isPresent() ? format(row.women().getAsDouble() / 1000, 2) : "..",
          row.tfr().isPresent() ? format(row.tfr().getAsDouble(), 2) : "..");
    }
    out.print(table.build().format(2));
  }

  private MigrationFigures migration(PxTable table, int chosen, DataCheckSet rules, Hierarchy hierarchy) {
    HierarchySnapshot day = hierarchy.asOf(java.time.LocalDate.of(chosen, 12, 31));
    ProvinceRows rows = ProvinceRows.match(table, day);
    ValidationReport.Builder loading = ValidationReport.builder().addAll(table.report()).addAll(rows.report());
    MigrationFigures figures = MigrationFigures.of(chosen, table, rows, loading);
    out.println(t("Bảng số liệu (tỉnh theo danh mục ngày ", "Table (provinces as of ") + day.date() + "):");
    rows(table, rows);
    out.println();
    section(t("Các dòng không lấy làm số liệu tỉnh", "Rows not taken as provinces' figures"), loading.build());
    section(t("Kiểm tra tỷ suất nhập cư, xuất cư và di cư thuần năm ", "Checks of the in-, out- and net-migration "
        + "rates of ") + chosen + t(" của ", " of ") + figures.rates().size() + t(" tỉnh", " provinces")
        + t(" (di cư thuần = nhập cư − xuất cư, trong sai số làm tròn)",
            " (net = in − out, within the rounding)"), figures.validate(rules));
    return figures;
  }

  private void growth(PxTable table, ProvincialFigures crude, MigrationFigures migration, Hierarchy hierarchy) {
    HierarchySnapshot day = hierarchy.asOf(java.time.LocalDate.of(migration.year(), 12, 31));
    ProvinceRows rows = ProvinceRows.match(table, day);
    ValidationReport.Builder loading = ValidationReport.builder().addAll(table.report()).addAll(rows.report());
    GrowthFigures figures = GrowthFigures.of(migration.year(), table, rows, crude, migration, loading);
    out.println(t("Bảng số liệu (tỉnh theo danh mục ngày ", "Table (provinces as of ") + day.date() + "):");
    rows(table, rows);
    out.println();
    section(t("Các dòng không lấy làm số liệu tỉnh", "Rows not taken as provinces' figures"), loading.build());
    ValidationReport report = figures.validate();
    section(t("Tỷ lệ tăng dân số năm ", "Population growth rates of ") + figures.year() + t(" của ", " of ")
        + figures.growth().size() + t(" tỉnh so với tăng tự nhiên + di cư thuần (cảnh báo khi lệch quá sai số làm tròn)",
            " provinces against natural increase + net migration (a warning beyond the rounding)"), report);
    out.println(t("Khớp trong sai số làm tròn: ", "Within the rounding: ")
        + (figures.growth().size() - report.findings().size()) + t(" tỉnh; lệch: ", " provinces; apart: ")
        + report.findings().size() + t(" tỉnh. Tỷ lệ tăng dân số của cơ quan thống kê là mức thay đổi dân số trung "
            + "bình giữa hai năm, nên cũng đổi theo những gì điều tra di cư không đếm.",
            " provinces. The office's growth rate is the change of the average population between two years, so it "
                + "also moves with what the migration survey does not count."));
  }

  private void rows(PxTable table, ProvinceRows rows) {
    out.println("  " + table.file() + ": \"" + table.title() + "\"");
    out.println("    " + table.rows().size() + t(" dòng: ", " rows: ")
        + rows.count(ProvinceRows.Kind.COUNTRY) + t(" cả nước, ", " country, ")
        + rows.count(ProvinceRows.Kind.REGION) + t(" vùng, ", " regions, ")
        + rows.count(ProvinceRows.Kind.PROVINCE) + t(" tỉnh, ", " provinces, ")
        + rows.count(ProvinceRows.Kind.FORMER_PROVINCE) + t(" tỉnh không còn, ", " former provinces, ")
        + rows.count(ProvinceRows.Kind.DUPLICATE) + t(" trùng, ", " duplicates, ")
        + rows.count(ProvinceRows.Kind.UNMATCHED) + t(" không khớp", " unmatched")
        + t("; dòng không đọc được: ", "; rows not read: ") + table.report().size());
  }

  private void tables(PxTable rates, ProvinceRows rateRows, PxTable population, ProvinceRows populationRows,
      HierarchySnapshot day) {
    out.println(t("Bảng số liệu (tỉnh theo danh mục ngày ", "Tables (provinces as of ") + day.date() + "):");
    for (Object[] pair : new Object[][] {{rates, rateRows}, {population, populationRows}}) {
      rows((PxTable) pair[0], (ProvinceRows) pair[1]);
    }
    out.println();
  }

  private void section(String title, ValidationReport report) {
    out.println(title + ":");
    out.print(report.isEmpty() ? t("  không có phát hiện nào\n", "  no finding\n") : report.format(language));
    out.println();
  }

  private void national(ProvincialFigures figures) {
    out.println(t("Cả nước: số công bố và số tính lại từ các tỉnh (tỷ số của tổng, quyền số là dân số trung bình):",
        "Whole country: published, and rebuilt from the provinces (ratio of sums, average population as weights):"));
    for (ProvincialFigures.Rate rate : ProvincialFigures.Rate.values()) {
      String published = figures.country().containsKey(rate)
          ? format(figures.country().get(rate).value(), figures.country().get(rate).decimals()) : "..";
      OptionalDouble rebuilt = figures.fromProvinces(rate);
      out.println("  " + rate + " ‰: " + published + t(" công bố, ", " published, ")
          + (rebuilt.isPresent() ? format(rebuilt.getAsDouble(), 2) : "..") + t(" từ các tỉnh", " from the provinces"));
    }
    out.println();
  }

  private void restatement(ProvincialFigures figures, Restatement restated) {
    out.println(t("Giả định khi tính lại cho 34 tỉnh:", "Assumptions of the restatement for the 34 provinces:"));
    (language == Language.VI ? Restatement.ASSUMPTIONS_VI : Restatement.ASSUMPTIONS_EN)
        .forEach(line -> out.println("  - " + line));
    out.println();
    if (!restated.report().isEmpty()) {
      section(t("Không chuyển được", "Not carried"), restated.report());
    }
    out.println(t("Số liệu năm ", "The figures of ") + figures.year()
        + t(" tính lại cho 34 tỉnh từ ngày ", " restated for the 34 provinces of ") + VietnamCatalogue.TWO_TIER_FROM
        + ":");
    TextTable.Builder table = TextTable.builder()
        .column(t("mã", "code")).column(t("tỉnh, thành phố", "province"))
        .column(t("từ các tỉnh cũ", "formed from"))
        .rightAlignedColumn(t("dân số TB (nghìn)", "avg population (thous.)"))
        .rightAlignedColumn("CBR ‰").rightAlignedColumn("CDR ‰").rightAlignedColumn("NIR ‰");
    for (Restatement.Row row : restated.rows()) {
      table.row(row.code().value(), row.name(), String.join(" + ", row.from().stream().map(c -> c.value()).toList()),
          row.population().isPresent() ? format(row.population().getAsDouble() / 1000, 2) : "..",
          cell(row, ProvincialFigures.Rate.CBR), cell(row, ProvincialFigures.Rate.CDR),
          cell(row, ProvincialFigures.Rate.NIR));
    }
    out.print(table.build().format(2));
  }

  private static String cell(Restatement.Row row, ProvincialFigures.Rate rate) {
    OptionalDouble value = row.rates().get(rate);
    return value.isPresent() ? format(value.getAsDouble(), 2) : "..";
  }

  static String format(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  private static Integer latestFertilityYear(PxTable fertility, PxTable women) {
    if (fertility == null || women == null) {
      return null;
    }
    List<Integer> years = new ArrayList<>();
    for (String label : fertility.columns()) {
      Matcher m = YEAR.matcher(label);
      if (m.find() && women.column("Female", m.group(1)) >= 0) {
        years.add(Integer.parseInt(m.group(1)));
      }
    }
    return years.stream().max(Integer::compare).orElse(null);
  }

  private static Integer latestCommonYear(PxTable rates, PxTable population) {
    if (rates == null || population == null) {
      return null;
    }
    List<Integer> years = new ArrayList<>();
    for (String label : rates.columns()) {
      Matcher m = YEAR.matcher(label);
      if (m.find() && label.startsWith(ProvincialFigures.Rate.CBR.label)) {
        int year = Integer.parseInt(m.group(1));
        if (population.column(Integer.toString(year), "Average population") >= 0) {
          years.add(year);
        }
      }
    }
    return years.stream().max(Integer::compare).orElse(null);
  }
}
