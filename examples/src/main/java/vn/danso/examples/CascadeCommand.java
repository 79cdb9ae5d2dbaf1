package vn.danso.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.Hierarchy;
import vn.danso.plan.Cascade;
import vn.danso.plan.CascadeNode;
import vn.danso.text.TextWrap;

/**
 * The five seeds' plan cascade under 21-NQ/TW: the tree of documents, its validation against the hierarchy, which
 * provinces and districts have issued their plans, and how long each level took.
 */
@Command(name = "cascade", description = "The seeds' cascade under Resolution 21-NQ/TW: the tree of documents, its "
    + "validation, which units have issued their plans by a day, and how long each level took.")
final class CascadeCommand implements Callable<Integer> {
  private final Console console;

  @Spec
  CommandSpec spec;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "cascade.date",
      description = "The day coverage and lags are counted on (default: ${DEFAULT-VALUE}, the seeds' report day).")
  LocalDate date = SeedCascades.REPORT_DATE;

  @Option(names = "--level", paramLabel = "LEVEL", descriptionKey = "cascade.level",
      description = "Only this level's coverage: province, district or commune (default: province and district).")
  String level;

  CascadeCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    List<AdministrativeLevel> levels = List.of(AdministrativeLevel.PROVINCE, AdministrativeLevel.DISTRICT);
    if (level != null) {
      levels = List.of(CascadePrinter.level(level).orElseThrow(() -> new ParameterException(spec.commandLine(),
          console.t("--level: không có cấp \"" + level + "\" (province, district, commune)",
              "--level: there is no level \"" + level + "\" (province, district, commune)"))));
    }
    run(date, levels, console);
    return ExitStatus.VALID;
  }

  /** Prints the cascade, its validation, coverage at the given levels on the day, and the lags. */
  static void run(LocalDate date, List<AdministrativeLevel> levels, Console console) {
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
    if (root.date().isPresent() && date.isBefore(root.date().get())) {
      console.out().println();
      console.out().print(TextWrap.wrap(console.t(root.label(console.language()) + " được ban hành ngày "
              + Dates.format(root.date().get(), console) + "; ngày " + Dates.format(date, console)
              + " nó chưa có, nên chưa văn bản nào thực hiện nó: không có mức độ triển khai hay độ trễ để đếm. Cho "
              + "--date từ " + Dates.format(root.date().get(), console) + " trở đi.",
          root.label(console.language()) + " was issued on " + Dates.format(root.date().get(), console) + "; on "
              + Dates.format(date, console) + " it did not exist yet, so nothing implemented it: there is no coverage "
              + "or lag to count. Give a --date from " + Dates.format(root.date().get(), console) + " on."),
          100, "", ""));
      return;
    }
    for (AdministrativeLevel level : levels) {
      console.out().println();
      printer.printCoverage(root, date, level);
    }
    console.out().println();
    printer.printLags(root, date);
  }
}
