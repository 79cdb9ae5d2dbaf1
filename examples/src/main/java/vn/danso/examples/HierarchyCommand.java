package vn.danso.examples;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.CrosswalkLink;
import vn.danso.admin.Hierarchy;
import vn.danso.admin.HierarchyResult;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitType;
import vn.danso.admin.UnitVersion;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Finding;
import vn.danso.validation.RuleId;
import vn.danso.validation.Severity;
import vn.danso.validation.ValidationReport;

/**
 * Loads the statistics office's unit list (and optionally the 2025 mapping) into the library's built-in catalogue and
 * prints, for chosen days, the units per level and type, every finding, and a sample crosswalk.
 */
final class HierarchyCommand implements Command {
  private static final int SHOWN_PER_RULE = 10;

  @Override
  public String name() {
    return "hierarchy";
  }

  @Override
  public LocalizedText summary() {
    return LocalizedText.of(
        "nạp danh mục đơn vị hành chính (và bảng chuyển đổi 2025), đếm đơn vị theo ngày, in phát hiện và bảng chuyển đổi mẫu",
        "load the unit list (and the 2025 mapping), count units by day, print findings and a sample crosswalk");
  }

  @Override
  public String usage() {
    return "GSO_EXPORT.json [MAPPING.json] [--date D]… [--export-date D] [--crosswalk CODE] [--all]";
  }

  /** The command line, parsed. */
  private static final class Options {
    Path export;
    Path mapping;
    final List<LocalDate> dates = new ArrayList<>();
    LocalDate exportDate = LocalDate.of(2025, 3, 1);
    String crosswalk = "909";
    boolean all;
  }

  @Override
  public int run(List<String> args, Console console) throws IOException {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      console.err().println(e.getMessage());
      console.err().println(console.t("Cách dùng: ", "Usage: ") + "hierarchy " + usage());
      return 2;
    }
    PrintStream out = console.out();
    // Without the mapping nothing says what the listed districts and communes became when the district level ended
    // and every commune was rearranged, so the list is taken to hold until the day before.
    boolean endsBeforeReform = options.mapping == null && options.exportDate.isBefore(VietnamCatalogue.TWO_TIER_FROM);
    LocalDate lastDay = endsBeforeReform ? VietnamCatalogue.TWO_TIER_FROM.minusDays(1) : null;
    GsoExport export;
    try (InputStream in = Files.newInputStream(options.export)) {
      export = GsoExport.read(in, options.exportDate, lastDay);
    }
    out.println(console.t("Danh mục ", "Unit list ") + options.export.getFileName() + ": " + export.provinces()
        + console.t(" tỉnh, ", " provinces, ") + export.districts() + console.t(" huyện, ", " districts, ")
        + export.communes() + console.t(" xã đọc được", " communes read"));
    if (endsBeforeReform) {
      out.println(console.t("Không có bảng chuyển đổi: huyện, xã của danh mục được coi là còn hiệu lực đến hết ",
          "No mapping: the list's districts and communes are taken to last until ") + date(lastDay, console));
    }
    Hierarchy.Builder builder = VietnamCatalogue.builder().addRows(export.rows());
    ValidationReport loaded = export.report();
    if (options.mapping != null) {
      Mapping2025 mapping;
      try (InputStream in = Files.newInputStream(options.mapping)) {
        mapping = Mapping2025.read(in);
      }
      out.println(console.t("Bảng chuyển đổi ", "Mapping ") + options.mapping.getFileName() + ": "
          + mapping.provinces() + console.t(" tỉnh, ", " provinces, ") + mapping.communes()
          + console.t(" đơn vị cấp xã mới, ", " new commune-level units, ") + mapping.events().size()
          + console.t(" sự kiện", " events"));
      builder.addEvents(mapping.events());
      loaded = loaded.merge(mapping.report());
    }
    HierarchyResult result = builder.build();
    List<LocalDate> dates = options.dates.isEmpty() ? defaultDates(options) : options.dates;
    for (LocalDate date : dates) {
      printCounts(result.hierarchy().asOf(date), console);
    }
    printFindings(loaded.merge(result.report()), options.all, console);
    LocalDate to = options.mapping != null ? VietnamCatalogue.TWO_TIER_FROM : dates.get(dates.size() - 1);
    printCrosswalk(result.hierarchy(), options.crosswalk, options.exportDate, to, console);
    return 0;
  }

  private static List<LocalDate> defaultDates(Options options) {
    java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>();
    dates.add(VietnamCatalogue.HUE_CITY_FROM.minusDays(1));
    dates.add(options.exportDate);
    if (options.mapping != null) {
      dates.add(VietnamCatalogue.TWO_TIER_FROM);
    }
    return new ArrayList<>(dates);
  }

  private static Options parse(List<String> args) {
    Options options = new Options();
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--date":
          options.dates.add(LocalDate.parse(Command.optionValue(args, ++i, arg)));
          break;
        case "--export-date":
          options.exportDate = LocalDate.parse(Command.optionValue(args, ++i, arg));
          break;
        case "--crosswalk":
          options.crosswalk = Command.optionValue(args, ++i, arg);
          break;
        case "--all":
          options.all = true;
          break;
        default:
          if (arg.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + arg);
          }
          files.add(Path.of(arg));
      }
    }
    if (files.isEmpty() || files.size() > 2) {
      throw new IllegalArgumentException("give the export file and, optionally, the mapping file");
    }
    options.export = files.get(0);
    options.mapping = files.size() == 2 ? files.get(1) : null;
    return options;
  }

  private static void printCounts(HierarchySnapshot view, Console console) {
    PrintStream out = console.out();
    out.println();
    out.println("== " + date(view.date(), console) + " ==");
    Map<UnitType, Integer> types = view.countsByType();
    view.countsByLevel().forEach((level, count) -> {
      if (level == AdministrativeLevel.NATION) {
        return;
      }
      String byType = types.entrySet().stream().filter(e -> e.getKey().level() == level)
          .map(e -> e.getKey().label(console.language()) + " " + e.getValue()).collect(Collectors.joining(", "));
      out.println("  " + level.label(console.language()) + ": " + count + " (" + byType + ")");
    });
  }

  private static void printFindings(ValidationReport report, boolean all, Console console) {
    PrintStream out = console.out();
    out.println();
    out.println(console.t("Phát hiện: ", "Findings: ") + report.size() + " (" + console.t("lỗi ", "errors ")
        + report.count(Severity.ERROR) + console.t(", cảnh báo ", ", warnings ") + report.count(Severity.WARNING)
        + console.t(", ghi chú ", ", notes ") + report.count(Severity.INFO) + ")");
    Map<RuleId, List<Finding>> byRule = new LinkedHashMap<>();
    for (Finding finding : report.findings()) {
      byRule.computeIfAbsent(finding.ruleId(), r -> new ArrayList<>()).add(finding);
    }
    byRule.forEach((rule, findings) -> {
      out.println("  " + rule + ": " + findings.size());
      int shown = all ? findings.size() : Math.min(SHOWN_PER_RULE, findings.size());
      for (Finding finding : findings.subList(0, shown)) {
        out.println("    " + finding.severity().label(console.language()) + " " + finding.subject() + ": "
            + finding.message(console.language()));
      }
      if (shown < findings.size()) {
        out.println("    … " + (findings.size() - shown) + console.t(" nữa (dùng --all để xem hết)",
            " more (use --all to see them all)"));
      }
    });
  }

  private static void printCrosswalk(Hierarchy hierarchy, String code, LocalDate from, LocalDate to,
      Console console) {
    PrintStream out = console.out();
    out.println();
    HierarchySnapshot source = hierarchy.asOf(from);
    UnitVersion unit = source.unit(code).orElse(null);
    out.println(console.t("Bảng chuyển đổi mẫu ", "Sample crosswalk ") + date(from, console) + " → "
        + date(to, console) + ": " + (unit == null ? code : unit.fullName() + " (" + code + ")"));
    if (unit == null) {
      out.println(console.t("  không có đơn vị mã ", "  no unit has code ") + code);
      return;
    }
    ImmutableList<CrosswalkLink> links = hierarchy.crosswalk(from, to).links(code);
    if (links.isEmpty()) {
      out.println(console.t("  không có đơn vị tương ứng", "  no counterpart"));
      return;
    }
    HierarchySnapshot target = hierarchy.asOf(to);
    Map<String, List<CrosswalkLink>> byProvince = new LinkedHashMap<>();
    for (CrosswalkLink link : links) {
      String province = target.ancestorAt(link.target().code().value(), AdministrativeLevel.PROVINCE)
          .map(p -> p.fullName() + " (" + p.code() + ")").orElse("—");
      byProvince.computeIfAbsent(province, p -> new ArrayList<>()).add(link);
    }
    byProvince.forEach((province, list) -> {
      out.println("  → " + province + ":");
      for (CrosswalkLink link : list) {
        String share = link.share().isPresent() && link.coverage().name().equals("PARTIAL")
            ? " " + Math.round(link.share().getAsDouble() * 100) + " %" : "";
        out.println("      " + link.target().fullName() + " (" + link.target().code() + "), "
            + link.coverage().label(console.language()) + share);
      }
    });
  }

  private static String date(LocalDate date, Console console) {
    return console.t(String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()),
        date.toString());
  }
}
