package vn.danso.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
import vn.danso.text.LocalizedText;
import vn.danso.validation.ReportFormat;
import vn.danso.validation.ValidationReport;

/**
 * Checks reported figures from a CSV file ({@link ValuesCsv}) with the built-in rules, and, given the statistics
 * office's unit list ({@link GsoExport}), each unit's figures against the sum of the units below it and who has not
 * reported; with {@code --rules FILE}, also with the rules of a rule file ({@link RulesOption}). Prints the report
 * in Vietnamese or English, or as CSV for programs ({@code --csv}).
 */
final class ValidateCommand implements Command {
  @Override
  public String name() {
    return "validate";
  }

  @Override
  public LocalizedText summary() {
    return LocalizedText.of("kiểm tra số liệu báo cáo từ tệp CSV (và danh mục đơn vị hành chính)",
        "check reported figures from a CSV file (and the unit list)");
  }

  @Override
  public String usage() {
    return "VALUES.csv [HIERARCHY.json] [--rules RULES.txt] [--csv] [--date D] [--export-date D]";
  }

  /** The command line, parsed. */
  private static final class Options {
    Path values;
    Path hierarchy;
    Path rules;
    boolean csv;
    LocalDate date;
    LocalDate exportDate = LocalDate.of(2025, 3, 1);
  }

  @Override
  public int run(List<String> args, Console console) throws IOException {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      console.err().println(e.getMessage());
      console.err().println(console.t("Cách dùng: ", "Usage: ") + "validate " + usage());
      return 2;
    }
    ValuesCsv csv;
    try (Reader in = Files.newBufferedReader(options.values, StandardCharsets.UTF_8)) {
      csv = ValuesCsv.read(in, options.values.getFileName().toString());
    }
    Dataset dataset = csv.dataset();
    ValidationReport report = csv.report();
    List<String> notes = new ArrayList<>();
    notes.add(options.values.getFileName() + ": " + csv.rows() + console.t(" dòng, ", " rows, ") + csv.taken()
        + console.t(" dòng lấy được; ", " taken; ") + dataset.units().size() + console.t(" đơn vị, ", " units, ")
        + dataset.periods().size() + console.t(" kỳ, ", " periods, ") + dataset.size()
        + console.t(" giá trị", " values"));
    DataValidator.Builder validator = DataValidator.builder();
    if (options.rules != null) {
      RuleFile rules = RulesOption.read(options.rules, IndicatorCatalogue.builtIn());
      report = report.merge(rules.problems());
      validator.rules(RulesOption.besideBuiltIn(rules, IndicatorCatalogue.builtIn()));
      notes.add(options.rules.getFileName() + ": " + rules.rules().size() + console.t(" quy tắc", " rules"));
    }
    if (options.hierarchy != null) {
      GsoExport export;
      try (InputStream in = Files.newInputStream(options.hierarchy)) {
        export = GsoExport.read(in, options.exportDate, VietnamCatalogue.TWO_TIER_FROM.minusDays(1));
      }
      report = report.merge(export.report());
      LocalDate date = options.date != null ? options.date : lastDay(dataset);
      HierarchySnapshot snapshot = VietnamCatalogue.builder().addRows(export.rows()).build().hierarchy().asOf(date);
      UnitCode root = commonAncestor(snapshot, dataset);
      validator.units(UnitTree.of(root, snapshot::childCodes));
      notes.add(options.hierarchy.getFileName() + ": " + console.t("đơn vị hành chính ngày ", "units as of ")
          + date + console.t(", kiểm tra dưới ", ", checked below ") + root);
    }
    report = report.merge(validator.build().validate(dataset));
    if (options.csv) {
      console.out().print(ReportFormat.csv(console.language()).format(report));
      return 0;
    }
    notes.forEach(console.out()::println);
    console.out().println();
    console.out().print(report.format(console.language()));
    return 0;
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

  private static Options parse(List<String> args) {
    Options options = new Options();
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--csv":
          options.csv = true;
          break;
        case "--date":
          options.date = LocalDate.parse(Command.optionValue(args, ++i, arg));
          break;
        case "--rules":
          options.rules = Path.of(Command.optionValue(args, ++i, arg));
          break;
        case "--export-date":
          options.exportDate = LocalDate.parse(Command.optionValue(args, ++i, arg));
          break;
        default:
          if (arg.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + arg);
          }
          files.add(Path.of(arg));
      }
    }
    if (files.isEmpty() || files.size() > 2) {
      throw new IllegalArgumentException("give the values file and, optionally, the unit list (JSON)");
    }
    options.values = files.get(0);
    options.hierarchy = files.size() == 2 ? files.get(1) : null;
    return options;
  }
}
