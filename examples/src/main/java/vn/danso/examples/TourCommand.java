package vn.danso.examples;

import java.util.List;
import vn.danso.plan.Cascade;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Finding;
import vn.danso.validation.Rule;
import vn.danso.validation.Severity;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;
import vn.danso.validation.Validator;

/**
 * The main example: a tour of what danso checks, on the figures of the five seed articles. It grows as the library
 * does; today it shows the validation kernel with rules an integrator writes for their own data, the seeds' population
 * network, what 2025 changed for each seed's province, and a summary of the seeds' plan cascade under 21-NQ/TW
 * (validation, coverage, lag).
 */
final class TourCommand implements Command {
  /** An integrator's own rule: the components of a count add up to its total. */
  static final Rule BIRTHS_ADD_UP = Rule.builder()
      .id("example.births-add-up")
      .severity(Severity.ERROR)
      .title("Số trẻ sinh ra bằng tổng trai và gái", "Births equal boys plus girls")
      .message("Tổng số trẻ sinh {actual} khác số trai {boys} cộng số gái {girls} = {expected}",
          "Total births {actual} differ from boys {boys} plus girls {girls} = {expected}")
      .build();

  /** An integrator's own rule: a reported ratio matches the one computed from its counts at the reported precision. */
  static final Rule SRB_MATCHES = Rule.builder()
      .id("example.srb-matches-counts")
      .severity(Severity.ERROR)
      .title("Tỷ số giới tính khi sinh khớp với số trai, gái", "Sex ratio at birth matches the counts")
      .message("Tỷ số giới tính khi sinh báo cáo {actual} khác giá trị tính từ {boys} trai / {girls} gái = {expected}",
          "Reported sex ratio at birth {actual} differs from {boys} boys / {girls} girls = {expected}")
      .build();

  /** Figures reported for one place and year, as an article or a form gives them. */
  record BirthFigures(String place, int year, int births, int boys, int girls, double reportedSrb) {}

  static final Validator<BirthFigures> BIRTH_FIGURES = Validator.all(
      f -> f.births() == f.boys() + f.girls()
          ? ValidationReport.empty()
          : ValidationReport.of(BIRTHS_ADD_UP.finding(subject(f))
              .arg("boys", f.boys()).arg("girls", f.girls())
              .expected(f.boys() + f.girls()).actual(f.births()).build()),
      f -> {
        double computed = 100.0 * f.boys() / f.girls();
        // A value reported with one decimal matches when within half a unit of that decimal.
        if (Math.abs(computed - f.reportedSrb()) <= 0.05) {
          return ValidationReport.empty();
        }
        Finding finding = SRB_MATCHES.finding(subject(f))
            .arg("boys", f.boys()).arg("girls", f.girls())
            .expected(Math.round(computed * 10) / 10.0).actual(f.reportedSrb()).build();
        return ValidationReport.of(finding);
      });

  private static Subject subject(BirthFigures f) {
    return Subject.of("unit", f.place()).child("period", String.valueOf(f.year()));
  }

  @Override
  public String name() {
    return "tour";
  }

  @Override
  public LocalizedText summary() {
    return LocalizedText.of("tham quan thư viện trên số liệu của năm bài báo gốc",
        "a tour of the library on the five seed articles' figures");
  }

  @Override
  public int run(List<String> args, Console console) {
    console.out().println(console.t(
        "danso — kiểm tra số liệu dân số: huyện An Minh (Kiên Giang), năm 2023",
        "danso — checking population figures: An Minh district (Kiên Giang), 2023"));
    console.out().println(console.t(
        "Bài báo (Huyện ủy An Minh, 31/01/2024): 1073 trẻ sinh ra, 538 trai, 535 gái; tỷ số giới tính khi sinh 100,6.",
        "Article (An Minh district Party committee, 2024-01-31): 1,073 births, 538 boys, 535 girls; SRB 100.6."));
    console.out().println();
    BirthFigures reported = new BirthFigures("An Minh", 2023, 1073, 538, 535, 100.6);
    console.out().print(BIRTH_FIGURES.validate(reported).format(console.language()));
    console.out().println();
    console.out().println(console.t(
        "Cùng số liệu, nhập nhầm 540 trẻ trai:", "The same figures with 540 boys typed by mistake:"));
    BirthFigures mistyped = new BirthFigures("An Minh", 2023, 1073, 540, 535, 100.6);
    console.out().print(BIRTH_FIGURES.validate(mistyped).format(console.language()));
    console.out().println();
    NetworkCommand.print(console);
    console.out().println();
    ReorganisationSection.print(console);
    console.out().println();
    console.out().println(console.t(
        "Chuỗi văn bản thực hiện Nghị quyết 21-NQ/TW trong các bài báo (chi tiết: lệnh cascade):",
        "The cascade implementing Resolution 21-NQ/TW in the articles (in full: the cascade command):"));
    Cascade cascade = SeedCascades.cascade();
    new CascadePrinter(cascade, SeedCascades.hierarchy(), console)
        .printSummary(SeedCascades.root(cascade), SeedCascades.REPORT_DATE);
    return 0;
  }
}
