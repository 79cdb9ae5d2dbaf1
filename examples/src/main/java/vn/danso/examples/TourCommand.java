package vn.danso.examples;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.UnitCode;
import vn.danso.body.PlaceLookups;
import vn.danso.data.DataValidator;
import vn.danso.data.Submission;
import vn.danso.document.DateStyle;
import vn.danso.document.Document;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentValidator;
import vn.danso.document.NumberValidator;
import vn.danso.document.Recipient;
import vn.danso.document.Section;
import vn.danso.document.VietnameseDate;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.IndicatorDefinition;
import vn.danso.indicator.Period;
import vn.danso.indicator.Target;
import vn.danso.indicator.TargetAssessment;
import vn.danso.network.NetworkValidator;
import vn.danso.plan.Cascade;
import vn.danso.plan.CascadeValidator;
import vn.danso.plan.Phase;
import vn.danso.text.Language;
import vn.danso.text.TextTable;
import vn.danso.text.TextWrap;
import vn.danso.validation.Severity;
import vn.danso.validation.ValidationReport;

/**
 * The main example: the five seed articles end to end. It reads every document number and date they cite, models
 * seed 003's plan 49-KH/ĐUK as a document, builds and checks the cascade from 21-NQ/TW down (seeds 000–003), checks
 * seed 002's 2023 figures as a submission and the national figures against the 2030 targets, shows seed 004's Hải
 * Dương scheme with its phases and its network down to the residential groups, and what 2025 changed for each
 * place; then sums up the findings of every check.
 */
@Command(name = "tour", description = "The five seed articles end to end: documents, the cascade, figures, the network, "
    + "2025. Its reports show invalid inputs on purpose; it exits 0 when it ran through.")
final class TourCommand implements Callable<Integer> {
  /** Huyện An Minh, the district of seed 002. */
  private static final UnitCode AN_MINH = UnitCode.of("909");

  /** The widest line the tour prints where it can break between words. */
  private static final int WIDTH = 100;

  private final Console console;

  TourCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    run(console);
    return ExitStatus.VALID;
  }

  /** Prints the tour. */
  static void run(Console console) {
    PrintStream out = console.out();
    out.println(console.t(
        "danso — công tác dân số và phát triển qua năm bài báo gốc",
        "danso — population-and-development work through the five seed articles"));
    out.print(TextWrap.wrap(console.t(
        "Nghị quyết 21-NQ/TW đặt mục tiêu đến năm 2030; mỗi cấp ủy, mỗi Ủy ban nhân dân ban hành kế hoạch thực hiện "
            + "trên địa bàn của mình; số liệu từ thôn, tổ dân phố được tổng hợp lên và so với mục tiêu.",
        "Resolution 21-NQ/TW sets the 2030 targets; every Party committee and People's Committee issues a plan for "
            + "its own territory; figures from the villages are rolled up and held against the targets."),
        WIDTH, "", ""));
    Map<String, ValidationReport> checks = new LinkedHashMap<>();
    checks.put(console.t("1. Số, ký hiệu và ngày văn bản", "1. Document numbers and dates"), numbers(console));
    checks.put(console.t("2. Kế hoạch 49-KH/ĐUK", "2. Plan 49-KH/ĐUK"), document(console));
    checks.put(console.t("3. Chuỗi thực hiện 21-NQ/TW", "3. The 21-NQ/TW cascade"), cascade(console));
    checks.put(console.t("4. Số liệu An Minh 2023", "4. An Minh's 2023 figures"), figures(console));
    checks.put(console.t("5. Mạng lưới Hải Dương", "5. Hải Dương's network"), network(console));
    heading(console, console.t("6. Năm 2025 thay đổi gì", "6. What 2025 changed"));
    ReorganisationSection.print(console);
    summary(console, checks);
  }

  private static void heading(Console console, String title) {
    console.out().println();
    console.out().println(title);
    console.out().println("=".repeat(title.codePointCount(0, title.length())));
  }

  /** Every number and date the articles cite, read as an integrator's system would receive them. */
  private static ValidationReport numbers(Console console) {
    heading(console, console.t("1. Số, ký hiệu và ngày của các văn bản được nhắc trong bài báo",
        "1. The numbers and dates of the documents the articles cite"));
    Language language = console.language();
    TextTable.Builder table = TextTable.builder().column(console.t("Bài", "Seed"))
        .column(console.t("Như bài viết", "As written"))
        .column(console.t("Hệ thống số", "Family")).column(console.t("Loại", "Type"))
        .column(console.t("Cơ quan", "Issuer")).column(console.t("Ngày", "Date"));
    ValidationReport.Builder report = ValidationReport.builder();
    for (SeedDocuments.Citation citation : SeedDocuments.CITATIONS) {
      DocumentNumber number = DocumentNumber.parse(citation.numberText());
      report.addAll(NumberValidator.standard().validate(number));
      String date = citation.dateText() == null ? "—"
          : language == Language.VI
              ? VietnameseDate.of(VietnameseDate.parse(citation.dateText()).toLocalDate(), DateStyle.SLASH).format()
              : VietnameseDate.parse(citation.dateText()).toLocalDate().toString();
      table.row(citation.seed(), citation.numberText(), number.family().label(language),
          String.join(" / ", number.types().stream().map(t -> t.label(language)).toList()), number.issuerCode(),
          date);
    }
    console.out().print(table.build().format());
    return report.build();
  }

  /** Seed 003's plan: header, sections, signature and recipients, checked with the hierarchy's place names. */
  private static ValidationReport document(Console console) {
    heading(console, console.t("2. Kế hoạch 49-KH/ĐUK của Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế (bài 003)",
        "2. Plan 49-KH/ĐUK of the provincial agencies' bloc Party committee, Thừa Thiên Huế (seed 003)"));
    PrintStream out = console.out();
    Document plan = SeedDocuments.HUE_BLOC_PLAN_49;
    out.println("  " + plan.issuer().name() + " — " + plan.number().formatForHeader());
    plan.placeLine().ifPresent(p -> out.println("  " + p.format()));
    plan.subjectLine().ifPresent(s -> out.print(TextWrap.wrap(plan.type().label(Language.VI).toUpperCase(
        Language.VI.locale()) + " " + s, WIDTH, "  ", "  ")));
    for (Section section : plan.sections()) {
      out.println("    " + section.heading());
    }
    plan.signature().ifPresent(s -> out.println("  " + String.join(" / ", s.lines())));
    out.println("  " + console.t("Nơi nhận:", "Recipients:"));
    for (Recipient recipient : plan.recipients()) {
      out.println("    " + recipient.format());
    }
    ValidationReport report = DocumentValidator.standard()
        .withPlaceLookup(PlaceLookups.fromHierarchy(SeedCascades.hierarchy())).validate(plan);
    out.print(report.format(console.language()));
    return report;
  }

  /** The cascade from 21-NQ/TW down: the tree with lags, its findings, provincial coverage and lag table. */
  private static ValidationReport cascade(Console console) {
    heading(console, console.t("3. Chuỗi văn bản thực hiện Nghị quyết 21-NQ/TW (bài 000–004; đầy đủ: lệnh cascade)",
        "3. The cascade implementing Resolution 21-NQ/TW (seeds 000–004; in full: the cascade command)"));
    Cascade cascade = SeedCascades.cascade();
    CascadePrinter printer = new CascadePrinter(cascade, SeedCascades.hierarchy(), console);
    printer.printTree();
    console.out().println();
    ValidationReport report = CascadeValidator.of(SeedCascades.hierarchy()).validate(cascade);
    console.out().print(report.format(console.language()));
    console.out().println();
    printer.printCoverage(SeedCascades.root(cascade), SeedCascades.REPORT_DATE,
        AdministrativeLevel.PROVINCE);
    console.out().println();
    printer.printLags(SeedCascades.root(cascade), SeedCascades.REPORT_DATE);
    return report;
  }

  /** Seed 002's figures through the data engine, as published and mistyped; national figures against 2030. */
  private static ValidationReport figures(Console console) {
    heading(console, console.t("4. Số liệu năm 2023 của huyện An Minh (bài 002) và số liệu toàn quốc",
        "4. An Minh district's 2023 figures (seed 002) and the national figures"));
    PrintStream out = console.out();
    out.print(TextWrap.wrap(console.t(
        "Bài báo: 1073 trẻ sinh ra, 538 trai, 535 gái; tỷ số giới tính khi sinh 100,6; tăng dân số tự nhiên 5,19‰.",
        "The article: 1,073 births, 538 boys, 535 girls; sex ratio at birth 100.6; natural increase 5.19‰."),
        WIDTH, "", "  "));
    DataValidator validator = DataValidator.builtIn();
    ValidationReport published = validator.validate(anMinh(538));
    out.println(console.t("Số liệu như bài báo:", "The figures as published:"));
    out.print(published.format(console.language()));
    out.println(console.t("Cùng số liệu, nhập nhầm 540 trẻ trai:", "The same figures with 540 boys typed by mistake:"));
    out.print(validator.validate(anMinh(540)).format(console.language()));
    out.println();
    out.println(console.t("Số liệu toàn quốc đã công bố so với mục tiêu năm 2030 (chi tiết: lệnh indicators):",
        "Published national figures against the 2030 targets (in full: the indicators command):"));
    Language language = console.language();
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    TextTable.Builder table = TextTable.builder().column(console.t("Chỉ tiêu", "Indicator"))
        .column(console.t("Năm", "Year")).rightAlignedColumn(console.t("Giá trị", "Value"))
        .column(console.t("Mục tiêu 2030", "2030 target")).column(console.t("Đánh giá", "Status"));
    for (NationalFigures.Figure figure : NationalFigures.ALL) {
      IndicatorDefinition indicator = catalogue.indicator(figure.indicator()).orElseThrow();
      for (Target target : catalogue.targets(figure.indicator())) {
        TargetAssessment assessment = target.assess(figure.baseline(), figure.actual());
        String value = Double.toString(figure.actual().value());
        table.row(indicator.code(), figure.actual().year(), language == Language.VI ? value.replace('.', ',') : value,
            target.label(language, indicator.unit()), assessment.status().label(language));
      }
    }
    out.print(table.build().format(2));
    return published;
  }

  private static Submission anMinh(int boys) {
    return Submission.builder(AN_MINH, Period.year(2023))
        .add("births", 1073).add("births[male]", boys).add("births[female]", 535)
        .add("SRB", 100.6, 1).add("NIR", 5.19, 2)
        .build();
  }

  /** Seed 004: the Hải Dương scheme's phases and its network down to the residential groups. */
  private static ValidationReport network(Console console) {
    heading(console, console.t("5. Đề án mạng lưới làm công tác dân số tỉnh Hải Dương (bài 004)",
        "5. Hải Dương's scheme for the population network (seed 004)"));
    for (Phase phase : SeedCascades.HAI_DUONG_SCHEME_PLAN.phases()) {
      console.out().print(TextWrap.wrap(phase.period() + ": " + phase.description().orElse(""), WIDTH, "  ",
          "             "));
    }
    console.out().println();
    NetworkCommand.print(console);
    return NetworkValidator.asOf(SeedNetwork.map().hierarchy().asOf(SeedNetwork.DAY)).validate(SeedNetwork.network());
  }

  /** One line per check with its findings by severity. */
  private static void summary(Console console, Map<String, ValidationReport> checks) {
    heading(console, console.t("Tổng kết các phép kiểm tra", "What the checks found"));
    TextTable.Builder table = TextTable.builder().column(console.t("Phần", "Section"))
        .rightAlignedColumn(Severity.ERROR.label(console.language()))
        .rightAlignedColumn(Severity.WARNING.label(console.language()))
        .rightAlignedColumn(Severity.INFO.label(console.language()))
        .column(console.t("Kết luận", "Verdict"));
    checks.forEach((section, report) -> table.row(section, report.count(Severity.ERROR),
        report.count(Severity.WARNING), report.count(Severity.INFO),
        report.isValid() ? console.t("hợp lệ", "valid") : console.t("không hợp lệ", "invalid")));
    console.out().print(table.build().format(2));
    console.out().println(console.t(
        "Mọi phát hiện có mã quy tắc cố định: xem docs/rules.md. Các lệnh khác: --help.",
        "Every finding carries a stable rule id: see docs/rules.md. Other commands: --help."));
  }
}
