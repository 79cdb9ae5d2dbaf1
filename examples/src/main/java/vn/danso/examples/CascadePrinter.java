package vn.danso.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.Hierarchy;
import vn.danso.plan.Cascade;
import vn.danso.plan.CascadeNode;
import vn.danso.plan.CascadeValidator;
import vn.danso.plan.CoverageReport;
import vn.danso.plan.CoverageStatus;
import vn.danso.plan.CoverageTrack;
import vn.danso.plan.LagReport;
import vn.danso.plan.Plan;
import vn.danso.text.Language;
import vn.danso.text.TextWrap;
import vn.danso.validation.Severity;
import vn.danso.validation.ValidationReport;

/**
 * Prints a cascade for people: the tree of documents with the lag of each link and what each plan holds, the
 * validation report, coverage by level and the lag table. Used by the {@code cascade} command and the tour.
 */
final class CascadePrinter {
  private final Cascade cascade;
  private final Hierarchy hierarchy;
  private final Console console;

  CascadePrinter(Cascade cascade, Hierarchy hierarchy, Console console) {
    this.cascade = cascade;
    this.hierarchy = hierarchy;
    this.console = console;
  }

  /** The tree from each root, depth first; a document reached again through another parent is not repeated. */
  void printTree() {
    PrintStream out = console.out();
    out.println(console.t("Chuỗi văn bản: ", "The cascade: ") + cascade.size() + console.t(" văn bản, độ sâu ",
        " documents, depth ") + cascade.depth());
    Set<CascadeNode> printed = new HashSet<>();
    for (CascadeNode root : cascade.roots()) {
      print(root, null, 0, printed);
    }
  }

  private void print(CascadeNode node, CascadeNode parent, int depth, Set<CascadeNode> printed) {
    Language language = console.language();
    StringBuilder line = new StringBuilder("  ".repeat(depth + 1)).append(node.label(language));
    if (parent != null && parent.date().isPresent() && node.date().isPresent()) {
      line.append("  +").append(ChronoUnit.DAYS.between(parent.date().get(), node.date().get()))
          .append(console.t(" ngày", " days"));
    }
    List<String> notes = new ArrayList<>();
    if (node.kind() != CascadeNode.Kind.DOCUMENT) {
      notes.add(node.kind().label(language));
    }
    boolean again = !printed.add(node);
    if (again) {
      notes.add(console.t("đã nêu ở trên", "shown above"));
    } else {
      node.plan().filter(plan -> plan.form().isIssuedByDecision()).ifPresent(plan -> notes.add(issuedBy(plan)));
      node.plan().ifPresent(plan -> notes.addAll(content(plan)));
    }
    if (!notes.isEmpty()) {
      line.append("  [").append(String.join("; ", notes)).append(']');
    }
    String indent = "  ".repeat(depth + 1);
    console.out().print(TextWrap.wrap(line.substring(indent.length()), 100, indent, indent + "    "));
    if (!again) {
      for (CascadeNode child : cascade.children(node)) {
        print(child, node, depth + 1, printed);
      }
    }
  }

  /** "chương trình kèm theo quyết định", "plan approved by the decision". */
  private String issuedBy(Plan plan) {
    String type = plan.issuedAs().map(t -> t.label(console.language()).toLowerCase(Locale.ROOT))
        .orElse(console.t("văn bản", "document"));
    return plan.form() == Plan.Form.ATTACHED_TO_DECISION
        ? type + console.t(" kèm theo quyết định", " issued with the decision")
        : type + console.t(" do quyết định phê duyệt", " approved by the decision");
  }

  private List<String> content(Plan plan) {
    List<String> parts = new ArrayList<>();
    count(parts, plan.objectives().size(), "mục tiêu", "objective");
    count(parts, plan.targets().size(), "chỉ tiêu", "target");
    count(parts, plan.tasks().size(), "nhiệm vụ", "task");
    count(parts, plan.phases().size(), "giai đoạn", "phase");
    count(parts, plan.reporting().size(), "chế độ báo cáo, sơ kết, tổng kết", "reporting duties");
    return parts;
  }

  private void count(List<String> parts, int n, String vi, String en) {
    if (n > 0) {
      parts.add(en.equals("reporting duties") ? n + " " + console.t(vi, en) : Counts.of(n, vi, en, console));
    }
  }

  /** Validates the cascade against the hierarchy and prints the report. */
  ValidationReport printValidation() {
    ValidationReport report = CascadeValidator.of(hierarchy).validate(cascade);
    console.out().print(report.format(console.language()));
    return report;
  }

  /** Coverage of a level below the root on the date; units without any document are listed in one line. */
  void printCoverage(CascadeNode root, LocalDate date, AdministrativeLevel level) {
    CoverageReport coverage = CoverageReport.of(cascade, root, hierarchy, date, level);
    if (coverage.rows().isEmpty()) {
      console.out().print(TextWrap.wrap(console.t("Không đếm được ở " + level.label(console.language())
              + ": bản đồ hành chính của các bài báo không có đơn vị nào ở cấp này dưới " + root.label(console.language())
              + " ngày " + Dates.format(date, console) + " (các bài báo không nêu kế hoạch nào của cấp xã).",
          "Nothing to count at the " + level.label(console.language()) + ": the seeds' map has no unit at this level "
              + "below " + root.label(console.language()) + " on " + Dates.format(date, console)
              + " (the articles name no commune's plan)."), 100, "", "  "));
      return;
    }
    console.out().print(coverage.format(console.language(), coverage.rows().size() > 12));
  }

  /** The lag table and every lag. */
  void printLags(CascadeNode root, LocalDate date) {
    LagReport lags = LagReport.of(cascade, root, date);
    console.out().print(lags.format(console.language()));
    console.out().print(lags.formatLags(console.language()));
  }

  static Optional<AdministrativeLevel> level(String text) {
    switch (text) {
      case "province":
      case "tinh":
        return Optional.of(AdministrativeLevel.PROVINCE);
      case "district":
      case "huyen":
        return Optional.of(AdministrativeLevel.DISTRICT);
      case "commune":
      case "xa":
        return Optional.of(AdministrativeLevel.COMMUNE);
      default:
        return Optional.empty();
    }
  }
}
