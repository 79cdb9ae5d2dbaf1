package vn.danso.examples;

import com.google.common.collect.ImmutableList;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import java.util.stream.Collectors;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.CrosswalkLink;
import vn.danso.admin.Hierarchy;
import vn.danso.admin.HierarchyResult;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitType;
import vn.danso.admin.UnitVersion;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.validation.Finding;
import vn.danso.validation.RuleId;
import vn.danso.validation.Severity;
import vn.danso.validation.ValidationReport;

/**
 * Loads the statistics office's unit list (and optionally the 2025 mapping) into the library's built-in catalogue and
 * prints, for chosen days, the units per level and type, every finding, and a sample crosswalk.
 */
@Command(name = "hierarchy", description = "Load the statistics office's unit list (and the 2025 mapping), count "
    + "the units by day, print every finding and a sample crosswalk. Exits 1 when the files have findings of error "
    + "severity.")
final class HierarchyCommand implements Callable<Integer> {
  private static final int SHOWN_PER_RULE = 10;

  private final Console console;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "UNIT_LIST.json", descriptionKey = "hierarchy.export",
      description = "The statistics office's unit list: JSON (data[].level2s[].level3s[]), or a CSV table of one "
          + "commune a row (Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp) in a file named .csv.")
  Path export;

  @Parameters(index = "1", arity = "0..1", paramLabel = "MAPPING.json", descriptionKey = "hierarchy.mapping",
      description = "The 2025 old-to-new mapping: merges.json or splits.json, or the statistics office's conversion "
          + "table in a file named .csv.")
  Path mapping;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "hierarchy.date",
      description = "A day to count the units on; repeat for several (default: the day before Huế became a city, "
          + "the export date and, with the mapping, 2025-07-01).")
  List<LocalDate> dates = new ArrayList<>();

  @Mixin
  ExportDate exportDate;

  @Option(names = "--crosswalk", paramLabel = "CODE", descriptionKey = "hierarchy.crosswalk",
      description = "The unit whose crosswalk is shown, from the export date to 2025-07-01 with the mapping, or "
          + "else to the last --date (default: ${DEFAULT-VALUE}, huyện An Minh).")
  String crosswalk = "909";

  @Option(names = "--all", descriptionKey = "hierarchy.all",
      description = "Print every finding, not the first " + SHOWN_PER_RULE + " of each rule.")
  boolean all;

  @Mixin
  FailOnWarning gate;

  HierarchyCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    LocalDate listDate = exportDate.of(export, spec, console);
    ValidationReport report = run(listDate, console);
    return gate.status(report);
  }

  /** Loads the files, prints what the command prints, and returns every finding. */
  private ValidationReport run(LocalDate listDate, Console console) {
    PrintStream out = console.out();
    // Without the mapping nothing says what the listed districts and communes became when the district level ended
    // and every commune was rearranged, so the list is taken to hold until the day before.
    boolean endsBeforeReform = mapping == null && listDate.isBefore(VietnamCatalogue.TWO_TIER_FROM);
    LocalDate lastDay = endsBeforeReform ? VietnamCatalogue.TWO_TIER_FROM.minusDays(1) : null;
    GsoExport units = UnitListFile.read(export, listDate, lastDay);
    Mapping2025 events = mapping == null ? null : UnitListFile.readMapping(mapping);
    out.println(console.t("Danh mục ", "Unit list ") + export.getFileName() + console.t(" ngày ", " as of ")
        + Dates.format(listDate, console) + " (" + exportDate.source(console) + "): "
        + Counts.of(units.provinces(), "tỉnh", "province", console) + ", "
        + Counts.of(units.districts(), "huyện", "district", console) + ", "
        + Counts.of(units.communes(), "xã", "commune", console) + console.t(" đọc được", " read"));
    if (endsBeforeReform) {
      out.println(console.t("Không có bảng chuyển đổi: huyện, xã của danh mục được coi là còn hiệu lực đến hết ",
          "No mapping: the list's districts and communes are taken to last until ") + Dates.format(lastDay, console));
    }
    Hierarchy.Builder builder = VietnamCatalogue.builder().addRows(units.rows());
    ValidationReport loaded = units.report();
    if (events != null) {
      out.println(console.t("Bảng chuyển đổi ", "Mapping ") + mapping.getFileName() + ": "
          + Counts.of(events.provinces(), "tỉnh", "province", console) + ", "
          + Counts.of(events.communes(), "đơn vị cấp xã mới", "new commune-level unit", console) + ", "
          + Counts.of(events.events().size(), "sự kiện", "event", console));
      builder.addEvents(events.events());
      loaded = loaded.merge(events.report());
    }
    HierarchyResult result = builder.build();
    List<LocalDate> days = dates.isEmpty() ? defaultDates(listDate) : dates;
    for (LocalDate date : days) {
      printCounts(result.hierarchy().asOf(date), console);
    }
    ValidationReport report = loaded.merge(result.report());
    printFindings(report, all, console);
    LocalDate to = mapping != null ? VietnamCatalogue.TWO_TIER_FROM : days.get(days.size() - 1);
    printCrosswalk(result.hierarchy(), crosswalk, listDate, to, console);
    return report;
  }

  private List<LocalDate> defaultDates(LocalDate listDate) {
    java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
    days.add(VietnamCatalogue.HUE_CITY_FROM.minusDays(1));
    days.add(listDate);
    if (mapping != null) {
      days.add(VietnamCatalogue.TWO_TIER_FROM);
    }
    return new ArrayList<>(days);
  }

  private static void printCounts(HierarchySnapshot view, Console console) {
    PrintStream out = console.out();
    out.println();
    out.println("== " + Dates.format(view.date(), console) + " ==");
    Map<UnitType, Integer> types = view.countsByType();
    view.countsByLevel().forEach((level, count) -> {
      if (level == AdministrativeLevel.NATION) {
        return;
      }
      String byType = types.entrySet().stream().filter(e -> e.getKey().level() == level)
          .map(e -> e.getKey().label(console.language()) + " " + Counts.number(e.getValue(), console.language())).collect(Collectors.joining(", "));
      out.println("  " + level.label(console.language()) + ": " + Counts.number(count, console.language()) + " ("
          + byType + ")");
    });
  }

  private static void printFindings(ValidationReport report, boolean all, Console console) {
    PrintStream out = console.out();
    out.println();
    out.println(console.t("Phát hiện: ", "Findings: ") + Counts.number(report.size(), console.language()) + " ("
        + Counts.of(report.count(Severity.ERROR), "lỗi", "error", console) + ", "
        + Counts.of(report.count(Severity.WARNING), "cảnh báo", "warning", console) + ", "
        + Counts.of(report.count(Severity.INFO), "ghi chú", "note", console) + ")");
    Map<RuleId, List<Finding>> byRule = new LinkedHashMap<>();
    for (Finding finding : report.findings()) {
      byRule.computeIfAbsent(finding.ruleId(), r -> new ArrayList<>()).add(finding);
    }
    byRule.forEach((rule, findings) -> {
      out.println("  " + rule + ": " + Counts.number(findings.size(), console.language()));
      int shown = all ? findings.size() : Math.min(SHOWN_PER_RULE, findings.size());
      for (Finding finding : findings.subList(0, shown)) {
        out.println("    " + finding.severity().label(console.language()) + " " + finding.subject() + ": "
            + finding.message(console.language()));
      }
      if (shown < findings.size()) {
        out.println("    … " + Counts.number(findings.size() - shown, console.language()) + console.t(" nữa (dùng --all để xem hết)",
            " more (use --all to see them all)"));
      }
    });
  }

  private static void printCrosswalk(Hierarchy hierarchy, String code, LocalDate from, LocalDate to,
      Console console) {
    PrintStream out = console.out();
    out.println();
    if (to.equals(from)) {
      out.println(console.t("Bảng chuyển đổi mẫu: không có ngày nào khác ngày của danh mục (" + Dates.format(from, console)
              + ") để chuyển đến; cho bảng chuyển đổi 2025 hoặc một --date khác",
          "Sample crosswalk: no day other than the list's own (" + Dates.format(from, console) + ") to map to; give "
              + "the 2025 mapping or another --date"));
      return;
    }
    HierarchySnapshot source = hierarchy.asOf(from);
    UnitVersion unit = source.unit(code).orElse(null);
    out.println(console.t("Bảng chuyển đổi mẫu ", "Sample crosswalk ") + Dates.format(from, console) + " → "
        + Dates.format(to, console) + ": " + (unit == null ? code : unit.fullName() + " (" + code + ")"));
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

}
