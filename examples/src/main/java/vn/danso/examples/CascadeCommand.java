package vn.danso.examples;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.Hierarchy;
import vn.danso.plan.Cascade;
import vn.danso.plan.CascadeNode;
import vn.danso.text.LocalizedText;

/**
 * The five seeds' plan cascade under 21-NQ/TW: the tree of documents, its validation against the hierarchy, which
 * provinces and districts have issued their plans, and how long each level took.
 */
final class CascadeCommand implements Command {
  @Override
  public String name() {
    return "cascade";
  }

  @Override
  public LocalizedText summary() {
    return LocalizedText.of("chuỗi văn bản thực hiện NQ 21-NQ/TW trong năm bài báo: kiểm tra, mức độ triển khai, "
        + "độ trễ", "the seeds' cascade under NQ 21-NQ/TW: validation, coverage, lag");
  }

  @Override
  public String usage() {
    return "[--date YYYY-MM-DD] [--level province|district|commune]";
  }

  @Override
  public int run(List<String> args, Console console) {
    LocalDate date = SeedCascades.REPORT_DATE;
    List<AdministrativeLevel> levels = new ArrayList<>(
        List.of(AdministrativeLevel.PROVINCE, AdministrativeLevel.DISTRICT));
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if ((arg.equals("--date") || arg.equals("--level")) && i + 1 == args.size()) {
        console.err().println(console.t(arg + " cần một giá trị", arg + " needs a value"));
        return 2;
      }
      if (arg.equals("--date")) {
        try {
          date = LocalDate.parse(args.get(++i));
        } catch (DateTimeParseException e) {
          console.err().println(console.t("Ngày không hợp lệ: ", "Not a date: ") + args.get(i)
              + console.t(" (viết YYYY-MM-DD)", " (write YYYY-MM-DD)"));
          return 2;
        }
      } else if (arg.equals("--level")) {
        Optional<AdministrativeLevel> level = CascadePrinter.level(args.get(++i));
        if (level.isEmpty()) {
          console.err().println(console.t("Cấp không hợp lệ: ", "Not a level: ") + args.get(i)
              + " (province, district, commune)");
          return 2;
        }
        levels = List.of(level.get());
      } else {
        console.err().println(console.t("Tham số không rõ: ", "Unknown argument: ") + arg);
        return 2;
      }
    }
    Cascade cascade = SeedCascades.cascade();
    Hierarchy hierarchy = SeedCascades.hierarchy();
    CascadeNode root = SeedCascades.root(cascade);
    CascadePrinter printer = new CascadePrinter(cascade, hierarchy, console);
    console.out().println(console.t(
        "danso — chuỗi văn bản triển khai Nghị quyết 21-NQ/TW trong năm bài báo gốc",
        "danso — the cascade implementing Resolution 21-NQ/TW in the five seed articles"));
    console.out().println();
    printer.printTree();
    console.out().println();
    printer.printValidation();
    for (AdministrativeLevel level : levels) {
      console.out().println();
      printer.printCoverage(root, date, level);
    }
    console.out().println();
    printer.printLags(root, date);
    return 0;
  }
}
