package vn.danso.examples;

import java.nio.file.Path;
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
import vn.danso.document.NationalDocuments;
import vn.danso.plan.Cascade;
import vn.danso.plan.CascadeNode;
import vn.danso.plan.Plan;
import vn.danso.text.TextWrap;
import vn.danso.validation.Finding;

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

  @Option(names = "--texts", paramLabel = "DIR", descriptionKey = "cascade.texts",
      description = "Build the cascade from a folder of UTF-8 document texts, one .txt file per document (each "
          + "text's heading and references), with the national documents as roots; sample: examples/samples/texts.")
  Path texts;

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
    if (texts != null) {
      runTexts(texts, date, levels, console);
    } else {
      run(date, levels, console);
    }
    return ExitStatus.VALID;
  }

  /**
   * Prints what each text of a folder says of itself, then the cascade they form under the national documents as for
   * the seeds: the tree, its findings, coverage and lags below 21-NQ/TW.
   */
  static void runTexts(Path dir, LocalDate date, List<AdministrativeLevel> levels, Console console) {
    Hierarchy hierarchy = SeedCascades.hierarchy();
    TextCascade read = TextCascade.read(dir, hierarchy);
    Cascade cascade = read.cascade();
    CascadeNode root = cascade.node(NationalDocuments.NQ_21.document()).orElseThrow();
    CascadePrinter printer = new CascadePrinter(cascade, hierarchy, console);
    console.out().println(console.t("danso — chuỗi văn bản triển khai từ " + read.texts().size() + " văn bản trong "
            + dir + ", dưới các văn bản trung ương",
        "danso — the cascade of " + read.texts().size() + " document texts in " + dir + ", under the national "
            + "documents"));
    console.out().println();
    for (Path file : read.unread()) {
      console.out().print(TextWrap.wrap(file.getFileName() + console.t(": không đọc — không phải văn bản UTF-8 "
          + "(hãy lưu dạng UTF-8)", ": not read — not UTF-8 text (save it as UTF-8)"), 100, "  ", "      "));
    }
    for (TextCascade.Text text : read.texts()) {
      Plan plan = text.plan();
      StringBuilder line = new StringBuilder(text.file().getFileName().toString()).append(": ")
          .append(plan.number().map(n -> n.format()).orElse(console.t("(không đọc được số)", "(no number read)")))
          .append(plan.date().map(d -> " " + Dates.format(d, console)).orElse(""))
          .append(plan.issuer().map(b -> " (" + b.name() + ")")
              .orElse(console.t(" (không nhận ra cơ quan ban hành)", " (issuer not recognised)")))
          .append(" — ").append(plan.form().label(console.language()))
          .append(plan.issuedAs().map(t -> ": " + t.label(console.language())).orElse(""))
          .append(console.t(", thực hiện ", ", implements ")).append(plan.implemented().size());
      console.out().print(TextWrap.wrap(line.toString(), 100, "  ", "      "));
      for (Finding finding : text.report().findings()) {
        console.out().print(TextWrap.wrap("[" + finding.severity().label(console.language()) + "] "
            + finding.ruleId() + ": " + finding.message(console.language()), 100, "      ", "        "));
      }
    }
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
