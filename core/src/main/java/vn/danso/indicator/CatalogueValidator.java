package vn.danso.indicator;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.danso.internal.Decimals;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/** The checks of {@link IndicatorCatalogue#validate()}. */
final class CatalogueValidator {
  private static final LocalizedText VIETNAMESE = LocalizedText.of("tiếng Việt", "Vietnamese");
  private static final LocalizedText ENGLISH = LocalizedText.of("tiếng Anh", "English");
  private static final LocalizedText MIXED = LocalizedText.of("không thống nhất (cộng các đơn vị khác nhau)",
      "inconsistent (adds different units)");

  private CatalogueValidator() {}

  static ValidationReport validate(IndicatorCatalogue catalogue) {
    ValidationReport.Builder report = ValidationReport.builder();
    duplicates(report, catalogue);
    for (DataElement element : catalogue.elements()) {
      names(report, Subject.of("element", element.code().value()), element.code().value(), element.nameVi(),
          element.nameEn());
    }
    for (IndicatorDefinition indicator : catalogue.indicators()) {
      Subject subject = Subject.of("indicator", indicator.code().value());
      names(report, subject, indicator.code().value(), indicator.nameVi(), indicator.nameEn());
      references(report, subject, indicator, catalogue);
      cycle(report, subject, indicator, catalogue);
      scale(report, subject, indicator, catalogue);
      additivity(report, subject, indicator, catalogue);
      indicator.expectedRange().filter(e -> !indicator.plausibleRange().encloses(e)).ifPresent(e ->
          report.add(IndicatorRules.RANGE_EXPECTED_OUTSIDE_PLAUSIBLE.finding(subject)
              .arg("code", indicator.code().value()).expected(indicator.plausibleRange()).actual(e).build()));
    }
    for (Target target : catalogue.targets()) {
      if (catalogue.indicator(target.indicator()).isEmpty()) {
        report.add(IndicatorRules.TARGET_UNKNOWN_INDICATOR.finding(
                Subject.of("indicator", target.indicator().value()).child("target", String.valueOf(target.year())))
            .arg("code", target.indicator().value()).arg("target", target).build());
      }
    }
    return report.build();
  }

  private static void duplicates(ValidationReport.Builder report, IndicatorCatalogue catalogue) {
    Map<String, Integer> elements = new LinkedHashMap<>();
    catalogue.elements().forEach(e -> elements.merge(e.code().value(), 1, Integer::sum));
    elements.forEach((code, n) -> {
      if (n > 1) {
        report.add(IndicatorRules.DUPLICATE_CODE.finding(Subject.of("element", code))
            .arg("code", code).arg("count", n).build());
      }
    });
    Map<String, Integer> indicators = new LinkedHashMap<>();
    catalogue.indicators().forEach(i -> indicators.merge(i.code().value(), 1, Integer::sum));
    indicators.forEach((code, n) -> {
      if (n > 1) {
        report.add(IndicatorRules.DUPLICATE_CODE.finding(Subject.of("indicator", code))
            .arg("code", code).arg("count", n).build());
      }
    });
  }

  private static void names(ValidationReport.Builder report, Subject subject, String code, Optional<String> vi,
      Optional<String> en) {
    if (vi.filter(s -> !s.isBlank()).isEmpty()) {
      report.add(IndicatorRules.NAME_MISSING.finding(subject).arg("code", code).arg("language", VIETNAMESE).build());
    }
    if (en.filter(s -> !s.isBlank()).isEmpty()) {
      report.add(IndicatorRules.NAME_MISSING.finding(subject).arg("code", code).arg("language", ENGLISH).build());
    }
  }

  private static void references(ValidationReport.Builder report, Subject subject, IndicatorDefinition indicator,
      IndicatorCatalogue catalogue) {
    String code = indicator.code().value();
    for (ElementKey key : indicator.formula().elements()) {
      Optional<DataElement> element = catalogue.element(key.element());
      if (element.isEmpty()) {
        report.add(IndicatorRules.FORMULA_UNKNOWN_ELEMENT.finding(subject)
            .arg("code", code).arg("element", key.toString()).build());
        continue;
      }
      for (Dimension dimension : key.disaggregation().dimensions()) {
        if (!element.get().dimensions().contains(dimension)) {
          report.add(IndicatorRules.FORMULA_UNKNOWN_DISAGGREGATION.finding(subject)
              .arg("code", code).arg("element", key.toString()).arg("dimension", dimension).build());
        }
      }
    }
    for (IndicatorCode ref : indicator.formula().indicators()) {
      if (catalogue.indicator(ref).isEmpty()) {
        report.add(IndicatorRules.FORMULA_UNKNOWN_INDICATOR.finding(subject)
            .arg("code", code).arg("indicator", ref.value()).build());
      }
    }
  }

  /** Reports the indicator if a path of references leads back to it, with the shortest such path. */
  private static void cycle(ValidationReport.Builder report, Subject subject, IndicatorDefinition indicator,
      IndicatorCatalogue catalogue) {
    IndicatorCode start = indicator.code();
    Map<IndicatorCode, IndicatorCode> parent = new HashMap<>();
    Deque<IndicatorCode> queue = new ArrayDeque<>();
    queue.add(start);
    while (!queue.isEmpty()) {
      IndicatorCode current = queue.poll();
      Optional<IndicatorDefinition> definition = catalogue.indicator(current);
      if (definition.isEmpty()) {
        continue;
      }
      for (IndicatorCode next : definition.get().formula().indicators()) {
        if (next.equals(start)) {
          List<String> path = new ArrayList<>();
          path.add(start.value());
          for (IndicatorCode c = current; !c.equals(start); c = parent.get(c)) {
            path.add(1, c.value());
          }
          path.add(start.value());
          report.add(IndicatorRules.FORMULA_CYCLE.finding(subject).arg("code", start.value())
              .arg("cycle", String.join(" → ", path)).build());
          return;
        }
        if (!parent.containsKey(next)) {
          parent.put(next, current);
          queue.add(next);
        }
      }
    }
  }

  private static void scale(ValidationReport.Builder report, Subject subject, IndicatorDefinition indicator,
      IndicatorCatalogue catalogue) {
    Optional<Double> scale = scaleOf(indicator.formula(), catalogue);
    if (scale.isEmpty() || scale.get() == indicator.unit().scale()) {
      return;
    }
    Object actual = scale.get().isNaN() ? MIXED : (Object) Decimals.plain(scale.get());
    report.add(IndicatorRules.UNIT_MULTIPLIER_MISMATCH.finding(subject).arg("code", indicator.code().value())
        .arg("unit", indicator.unit()).expected(indicator.unit().scale()).actual(actual).build());
  }

  /**
   * The scale a formula's value carries: an element's or referenced indicator's unit scale, a rate's multiplier times
   * its numerator's scale over its denominator's; constant factors such as the 5 of 5-year age groups do not change
   * it. NaN when a sum mixes scales; empty when unknown (an unknown reference).
   */
  static Optional<Double> scaleOf(Formula formula, IndicatorCatalogue catalogue) {
    if (formula instanceof Formula.ElementTerm) {
      return Optional.of((double) catalogue.element(((Formula.ElementTerm) formula).key().element())
          .map(e -> e.unit().scale()).orElse(1));
    }
    if (formula instanceof Formula.IndicatorTerm) {
      return catalogue.indicator(((Formula.IndicatorTerm) formula).code()).map(i -> (double) i.unit().scale());
    }
    if (formula instanceof Formula.Times) {
      return scaleOf(((Formula.Times) formula).term(), catalogue);
    }
    if (formula instanceof Formula.Rate) {
      Formula.Rate rate = (Formula.Rate) formula;
      Optional<Double> num = scaleOf(rate.numerator(), catalogue);
      Optional<Double> den = scaleOf(rate.denominator(), catalogue);
      if (num.isEmpty() || den.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(rate.multiplier() * num.get() / den.get());
    }
    List<Formula> terms = formula instanceof Formula.Sum ? ((Formula.Sum) formula).terms()
        : ImmutableList.of(((Formula.Difference) formula).minuend(), ((Formula.Difference) formula).subtrahend());
    Double common = null;
    for (Formula term : terms) {
      Optional<Double> s = scaleOf(term, catalogue);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      if (common != null && !common.equals(s.get())) {
        return Optional.of(Double.NaN);
      }
      common = s.get();
    }
    return Optional.ofNullable(common);
  }

  private static void additivity(ValidationReport.Builder report, Subject subject, IndicatorDefinition indicator,
      IndicatorCatalogue catalogue) {
    if (indicator.aggregation() == AggregationMethod.NONE) {
      return;
    }
    CompiledIndicator compiled = catalogue.compiled().get(indicator.code());
    List<ElementKey> inputs = compiled != null ? compiled.formula().inputs()
        : ImmutableList.copyOf(indicator.formula().elements());
    String notAdditive = inputs.stream()
        .filter(k -> catalogue.element(k.element()).map(e -> !e.kind().isAdditive()).orElse(false))
        .map(ElementKey::toString).collect(Collectors.joining(", "));
    if (!notAdditive.isEmpty()) {
      ElementKind kind = ElementKind.ESTIMATE;
      report.add(IndicatorRules.AGGREGATION_NOT_ADDITIVE.finding(subject).arg("code", indicator.code().value())
          .arg("rule", indicator.aggregation()).arg("element", notAdditive).arg("kind", kind).build());
    }
  }
}
