package vn.danso.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitCode;
import vn.danso.admin.UnitVersion;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.data.DataValidator;
import vn.danso.data.Dataset;
import vn.danso.data.RuleFile;
import vn.danso.data.UnitTree;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.Period;
import vn.danso.validation.ReportFormat;
import vn.danso.validation.ValidationReport;

/**
 * Checks reported figures from a CSV file ({@link ValuesCsv}) with the built-in rules, and, given the statistics
 * office's unit list ({@link GsoExport}), each unit's figures against the sum of the units below it and who has not
 * reported; with {@code --rules FILE}, also with the rules of a rule file ({@link RulesOption}). Prints the report
 * in Vietnamese or English, or as CSV or JSON for programs ({@code --csv}, {@code --json}).
 */
@Command(name = "validate", description = "Check reported figures from a CSV file with the built-in rules and, given "
    + "the unit list, each unit's figures against the units below it. Exits 1 when there are findings of error "
    + "severity.")
final class ValidateCommand implements Callable<Integer> {
  private final Console console;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "VALUES.csv", descriptionKey = "validate.values",
      description = "The figures: unit,period,key,value[,decimals], one a row (see docs/data-validation.md).")
  Path values;

  @Parameters(index = "1", arity = "0..1", paramLabel = "UNIT_LIST.json", descriptionKey = "validate.hierarchy",
      description = "The statistics office's unit list (JSON, or its CSV table in a file named .csv), to check sums "
          + "against the units below and who has not reported.")
  Path hierarchy;

  @Option(names = "--rules", paramLabel = "RULES.txt", descriptionKey = "validate.rules",
      description = "A rule file in the rule language (UTF-8, see docs/rule-language.md), checked beside the "
          + "built-in rules; each mistake in it is a finding with its line and column.")
  Path rules;

  @Option(names = "--csv", descriptionKey = "validate.csv",
      description = "Print the report as CSV (rule,severity,subject,expected,actual,message).")
  boolean csv;

  @Option(names = "--json", descriptionKey = "validate.json",
      description = "Print the report as JSON (docs/report.schema.json).")
  boolean json;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "validate.date",
      description = "The day the unit codes are read on (default: the last day reported, no later than 2025-06-30).")
  LocalDate date;

  @Mixin
  ExportDate exportDate;

  @Mixin
  FailOnWarning gate;

  ValidateCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    if (csv && json) {
      throw new ParameterException(spec.commandLine(), console.t("Chọn một: --csv hoặc --json",
          "Choose one: --csv or --json"));
    }
    LocalDate listDate = hierarchy == null ? null : exportDate.of(hierarchy, spec, console);
    ValidationReport report = run(listDate);
    return gate.status(report);
  }

  /** Reads the files, validates, prints the report in the chosen format, and returns it. */
  private ValidationReport run(LocalDate listDate) {
    ValuesCsv figures = ValuesCsv.read(values);
    Dataset dataset = figures.dataset();
    ValidationReport report = figures.report();
    List<String> notes = new ArrayList<>();
    notes.add(values.getFileName() + ": " + Counts.of(figures.rows(), "dòng", "row", console) + ", "
        + Counts.number(figures.taken(), console.language()) + console.t(" dòng lấy được; ", " taken; ")
        + Counts.of(dataset.units().size(), "đơn vị", "unit", console) + ", "
        + Counts.of(dataset.periods().size(), "kỳ", "period", console) + ", "
        + Counts.of(dataset.size(), "giá trị", "value", console));
    DataValidator.Builder validator = DataValidator.builder();
    if (rules != null) {
      RuleFile file = RulesOption.read(rules, IndicatorCatalogue.builtIn());
      report = report.merge(file.problems());
      validator.checks(RulesOption.besideBuiltIn(file, IndicatorCatalogue.builtIn()));
      notes.add(rules.getFileName() + ": " + Counts.of(file.checks().size(), "quy tắc", "rule", console));
    }
    if (hierarchy != null) {
      GsoExport export = UnitListFile.read(hierarchy, listDate, VietnamCatalogue.TWO_TIER_FROM.minusDays(1));
      report = report.merge(export.report());
      LocalDate day = date != null ? date : lastDay(dataset);
      HierarchySnapshot snapshot = VietnamCatalogue.builder().addRows(export.rows()).build().hierarchy().asOf(day);
      UnitCode root = commonAncestor(snapshot, dataset);
      validator.units(UnitTree.of(root, snapshot::childCodes));
      notes.add(hierarchy.getFileName() + " (" + Dates.format(listDate, console) + ", "
          + exportDate.source(console) + "): " + console.t("đơn vị hành chính ngày ", "units as of ")
          + Dates.format(day, console) + console.t(", kiểm tra dưới ", ", checked below ") + root);
    }
    report = report.merge(validator.build().validate(dataset));
    if (csv) {
      console.out().print(ReportFormat.csv(console.language()).format(report));
    } else if (json) {
      console.out().print(ReportFormat.json().format(report));
    } else {
      notes.forEach(console.out()::println);
      console.out().println();
      console.out().print(report.format(console.language()));
    }
    return report;
  }

  /**
   * The day the unit codes are read on: the last day of the latest period reported, but no later than the unit
   * list holds (the day before the district level ended, without the 2025 mapping).
   */
  private static LocalDate lastDay(Dataset dataset) {
    LocalDate last = dataset.periods().stream().map(Period::end).max(LocalDate::compareTo)
        .orElse(VietnamCatalogue.TWO_TIER_FROM.minusDays(1));
    LocalDate limit = VietnamCatalogue.TWO_TIER_FROM.minusDays(1);
    return last.isAfter(limit) ? limit : last;
  }

  /** The lowest unit above (or at) every reporting unit the hierarchy knows; the nation when none is known. */
  private static UnitCode commonAncestor(HierarchySnapshot snapshot, Dataset dataset) {
    List<UnitVersion> common = null;
    for (UnitCode unit : dataset.units()) {
      List<UnitVersion> path = snapshot.path(unit.value());
      if (path.isEmpty()) {
        continue;
      }
      if (common == null) {
        common = new ArrayList<>(path);
      } else {
        int n = 0;
        while (n < common.size() && n < path.size() && common.get(n).code().equals(path.get(n).code())) {
          n++;
        }
        common = common.subList(0, n);
      }
    }
    return common == null || common.isEmpty() ? UnitCode.of("VN") : common.get(common.size() - 1).code();
  }
}
