package vn.danso.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.danso.indicator.DataElement;
import vn.danso.indicator.ElementKey;
import vn.danso.indicator.ElementValues;
import vn.danso.indicator.FormulaStatus;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.IndicatorDefinition;
import vn.danso.indicator.IndicatorResult;
import vn.danso.indicator.ReportedValue;
import vn.danso.indicator.Target;
import vn.danso.indicator.TargetAssessment;
import vn.danso.indicator.TargetStatus;
import vn.danso.text.Language;

/**
 * The built-in indicator catalogue: every indicator with its unit, formula and 2030 targets with their source; the
 * published national figures assessed against those targets; and the seed article's sex ratio at birth checked
 * against its counts. With an indicator code, the full definition of that indicator.
 */
@Command(name = "indicators", description = "The indicator catalogue, the 2030 targets and the national figures "
    + "assessed; with a code, that indicator's full definition.")
final class IndicatorsCommand implements Callable<Integer> {
  private final Console console;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "CODE", descriptionKey = "indicators.code",
      description = "An indicator code, such as SRB or TFR: print its full definition.")
  String code;

  IndicatorsCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    if (code != null) {
      Optional<IndicatorDefinition> indicator = catalogue.indicator(code);
      if (indicator.isEmpty()) {
        List<String> codes = catalogue.indicators().stream().map(i -> i.code().value()).toList();
        throw new ParameterException(spec.commandLine(), console.t("Không có chỉ tiêu \"" + code + "\" trong danh mục",
            "The catalogue has no indicator \"" + code + "\"") + Suggestion.of(code, codes, console)
            + console.t(" Mã có sẵn: ", " Codes: ") + String.join(", ", codes));
      }
      printDetail(catalogue, indicator.get(), console);
      return ExitStatus.VALID;
    }
    printCatalogue(catalogue, console);
    printAssessments(catalogue, console);
    printSeedCheck(catalogue, console);
    return ExitStatus.VALID;
  }

  private static void printCatalogue(IndicatorCatalogue catalogue, Console console) {
    PrintStream out = console.out();
    Language lang = console.language();
    out.println(console.t("Danh mục chỉ tiêu có sẵn: ", "Built-in indicator catalogue: ")
        + catalogue.indicators().size() + console.t(" chỉ tiêu, ", " indicators, ")
        + catalogue.elements().size() + console.t(" phần tử dữ liệu", " data elements"));
    out.println(console.t("(*) định nghĩa tạm dùng: công thức chính thức chưa được đối chiếu",
        "(*) working definition: the official formula has not been checked"));
    for (IndicatorDefinition indicator : catalogue.indicators()) {
      out.println();
      String mark = indicator.formulaStatus() == FormulaStatus.WORKING_DEFINITION ? " (*)" : "";
      out.println(indicator.code() + "  " + indicator.label(lang) + "  [" + indicator.unit().symbol(lang) + "]" + mark);
      out.println("    " + console.t("công thức: ", "formula: ") + indicator.formula());
      for (Target target : catalogue.targets(indicator.code())) {
        out.println("    " + console.t("mục tiêu: ", "target: ") + target.label(lang, indicator.unit()));
        for (var source : target.sources()) {
          out.println("        " + console.t("nguồn: ", "source: ") + source);
        }
      }
    }
  }

  private static void printAssessments(IndicatorCatalogue catalogue, Console console) {
    PrintStream out = console.out();
    Language lang = console.language();
    out.println();
    out.println(console.t("Số liệu toàn quốc đã công bố so với mục tiêu năm 2030",
        "Published national figures against the 2030 targets"));
    for (NationalFigures.Figure figure : NationalFigures.ALL) {
      IndicatorDefinition indicator = catalogue.indicator(figure.indicator()).orElseThrow();
      for (Target target : catalogue.targets(figure.indicator())) {
        TargetAssessment a = target.assess(figure.baseline(), figure.actual());
        out.println();
        out.println(indicator.code() + " " + number(figure.actual().value(), 2, lang) + " ("
            + figure.actual().year() + "): " + a.status().label(lang).toUpperCase(lang.locale())
            + console.t(" — mục tiêu ", " — target ") + target.label(lang, indicator.unit()));
        figure.actual().source().ifPresent(s -> out.println("    " + console.t("số liệu: ", "figure: ") + s));
        out.println("    " + console.t("mục tiêu theo: ", "target set by: ") + target.sources().get(0));
        a.gap().ifPresent(g -> out.println("    " + console.t("chênh lệch so với giá trị mục tiêu: ",
            "gap to the target value: ") + indicator.unit().withValue(signed(g, 2, lang), lang)));
        if (a.status() == TargetStatus.ACHIEVED) {
          continue;
        }
        if (figure.actual().year() > figure.baseline().year()) {
          a.trajectory().ifPresent(t -> out.println("    " + console.t("đường thẳng từ năm gốc ",
              "the straight line from the baseline year ") + figure.baseline().year()
              + console.t(" tới mục tiêu cần ", " to the target asks for ") + number(t, 2, lang)
              + console.t(" vào năm ", " in ") + figure.actual().year()));
        }
        a.requiredAnnualChange().ifPresent(c -> out.println("    "
            + console.t("để đạt mục tiêu, mỗi năm cần thay đổi ", "to reach the target, change per year: ")
            + signed(c, 2, lang) + console.t(" đến năm ", " until ") + target.year()));
      }
    }
  }

  private static void printSeedCheck(IndicatorCatalogue catalogue, Console console) {
    PrintStream out = console.out();
    Language lang = console.language();
    out.println();
    out.println(console.t("Bài báo huyện An Minh (31/01/2024), năm 2023: 538 trẻ trai, 535 trẻ gái, "
        + "tỷ số giới tính khi sinh báo cáo 100,6", "An Minh district article (2024-01-31), 2023: 538 boys, "
        + "535 girls, reported sex ratio at birth 100.6"));
    ElementValues counts = ElementValues.builder()
        .put(ElementKey.parse("births[male]"), 538).put(ElementKey.parse("births[female]"), 535).build();
    IndicatorResult srb = catalogue.compile("SRB").evaluate(counts);
    ReportedValue reported = ReportedValue.parse("100,6", Language.VI);
    out.println("    " + console.t("tính từ số trẻ: ", "computed from the counts: ")
        + number(srb.valueOrNaN(), 4, lang) + " → "
        + (srb.matches(reported)
            ? console.t("khớp với 100,6 trong sai số ±0,05 của một chữ số thập phân",
                "matches 100.6 within ±0.05, half a unit of its one decimal")
            : console.t("KHÔNG khớp với 100,6", "does NOT match 100.6")));
  }

  private static void printDetail(IndicatorCatalogue catalogue, IndicatorDefinition indicator, Console console) {
    PrintStream out = console.out();
    Language lang = console.language();
    out.println(indicator.code() + "  " + indicator.label(lang));
    out.println("    " + console.t("tên tiếng Việt / tiếng Anh: ", "Vietnamese / English name: ")
        + indicator.nameVi().orElse("—") + " / " + indicator.nameEn().orElse("—"));
    String symbol = indicator.unit().symbol(lang);
    out.println("    " + console.t("đơn vị: ", "unit: ") + indicator.unit().label(lang)
        + (symbol.equals(indicator.unit().label(lang)) ? "" : " (" + symbol + ")"));
    out.println("    " + console.t("công thức: ", "formula: ") + indicator.formula() + " — "
        + indicator.formulaStatus().label(lang));
    out.println("    " + console.t("đầu vào: ", "inputs: ") + catalogue.compile(indicator.code()).formula().inputs());
    out.println("    " + console.t("số chữ số thập phân: ", "decimals: ") + indicator.decimals());
    out.println("    " + console.t("chiều tốt: ", "polarity: ") + indicator.polarity().label(lang));
    out.println("    " + console.t("khoảng có thể: ", "plausible range: ") + indicator.plausibleRange().label(lang));
    indicator.expectedRange().ifPresent(r ->
        out.println("    " + console.t("khoảng thường gặp: ", "expected range: ") + r.label(lang)));
    out.println("    " + console.t("kỳ: ", "periodicity: ") + indicator.periodicity().label(lang));
    out.println("    " + console.t("tổng hợp lên cấp trên: ", "aggregation: ") + indicator.aggregation().label(lang));
    out.println("    " + console.t("nguồn định nghĩa: ", "source: ") + indicator.source());
    indicator.note().ifPresent(n -> out.println("    " + console.t("ghi chú: ", "note: ") + n.get(lang)));
    catalogue.compile(indicator.code()).formula().inputs().stream().map(ElementKey::element).distinct()
        .forEach(element -> catalogue.element(element).flatMap(DataElement::form).ifPresent(form ->
            out.println("    " + element + console.t(": biểu mẫu ", ": form ") + form)));
    for (Target target : catalogue.targets(indicator.code())) {
      out.println("    " + console.t("mục tiêu: ", "target: ") + target.label(lang, indicator.unit()));
      target.note().ifPresent(n -> out.println("        " + n.get(lang)));
      target.sources().forEach(s -> out.println("        " + console.t("nguồn: ", "source: ") + s));
    }
  }

  private static String number(double value, int decimals, Language lang) {
    String plain = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
    return lang == Language.VI ? plain.replace('.', ',') : plain;
  }

  private static String signed(double value, int decimals, Language lang) {
    String text = number(Math.abs(value), decimals, lang);
    return value > 0 ? "+" + text : value < 0 ? "−" + text : text;
  }
}
