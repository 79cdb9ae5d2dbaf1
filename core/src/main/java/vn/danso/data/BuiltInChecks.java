package vn.danso.data;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.danso.indicator.AgeGroup;
import vn.danso.indicator.CompiledIndicator;
import vn.danso.indicator.DataElement;
import vn.danso.indicator.Dimension;
import vn.danso.indicator.ElementCode;
import vn.danso.indicator.ElementKind;
import vn.danso.indicator.Formula;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.IndicatorDefinition;
import vn.danso.indicator.PeriodType;
import vn.danso.indicator.Residence;
import vn.danso.indicator.Sex;
import vn.danso.indicator.ValueRange;

/** Derives the built-in data rules from an indicator catalogue, grouped by kind so findings read in that order. */
final class BuiltInChecks {
  private BuiltInChecks() {}

  static ImmutableList<DataCheck> derive(IndicatorCatalogue catalogue) {
    Map<ElementCode, DataElement> elements = new LinkedHashMap<>();
    for (DataElement e : catalogue.elements()) {
      elements.putIfAbsent(e.code(), e);
    }
    ImmutableList.Builder<DataCheck> whole = ImmutableList.builder();
    ImmutableList.Builder<DataCheck> ranges = ImmutableList.builder();
    ImmutableList.Builder<DataCheck> sums = ImmutableList.builder();
    ImmutableList.Builder<DataCheck> computed = ImmutableList.builder();
    ImmutableList.Builder<DataCheck> parents = ImmutableList.builder();
    for (DataElement element : elements.values()) {
      KeyPattern every = KeyPattern.everyPartOf(element.code());
      if (element.kind() == ElementKind.COUNT) {
        whole.add(WholeNonNegative.builder().keys(every).build());
        ranges.add(InRange.builder().keys(every).plausible(ValueRange.atMost(DataCheckSet.MAX_COUNT)).build());
        parents.add(ParentEqualsChildrenSum.builder().keys(every).build());
        for (Dimension dimension : element.dimensions()) {
          sums.add(ComponentsSum.builder().element(element.code()).addAllParts(partition(dimension)).build());
        }
      }
    }
    for (CompiledIndicator indicator : catalogue.compiled().values()) {
      IndicatorDefinition definition = indicator.definition();
      KeyPattern keys = KeyPattern.of(definition.code());
      ranges.addAll(indicatorRanges(keys, definition));
      Formula formula = definition.formula();
      if (formula instanceof Formula.ElementTerm) {
        ElementCode code = ((Formula.ElementTerm) formula).key().element();
        DataElement element = elements.get(code);
        if (element != null && element.kind() == ElementKind.ESTIMATE) {
          // A directly collected estimate (life expectancy, height) takes its indicator's ranges.
          ranges.addAll(indicatorRanges(KeyPattern.of(DataKey.of(((Formula.ElementTerm) formula).key())),
              definition));
        }
      }
      computed.add(ComputedMatchesReported.builder().indicator(definition.code()).build());
    }
    return ImmutableList.<DataCheck>builder().addAll(whole.build()).addAll(ranges.build()).addAll(sums.build())
        .addAll(computed.build()).addAll(parents.build()).add(Completeness.ofLeaves()).build();
  }

  /**
   * The plausible range holds for a value of any period; the expected range only for the indicator's periodicity (a
   * month's crude birth rate is about a twelfth of a year's).
   */
  private static List<InRange> indicatorRanges(KeyPattern keys, IndicatorDefinition definition) {
    PeriodType periodicity = definition.periodicity();
    if (definition.expectedRange().isEmpty()) {
      return ImmutableList.of(InRange.builder().keys(keys).plausible(definition.plausibleRange()).build());
    }
    ImmutableSet<PeriodType> others = ImmutableSet.copyOf(
        java.util.EnumSet.complementOf(java.util.EnumSet.of(periodicity)));
    return ImmutableList.of(
        InRange.builder().keys(keys).plausible(definition.plausibleRange()).addAllPeriodTypes(others).build(),
        InRange.builder().keys(keys).plausible(definition.plausibleRange())
            .expected(definition.expectedRange().get()).addPeriodTypes(periodicity).build());
  }

  /** The categories of a dimension that together cover it. */
  private static ImmutableList<? extends vn.danso.indicator.Category> partition(Dimension dimension) {
    // Tests rather than a switch on the enum, which would compile to one more class to load with the built-in rules.
    if (dimension == Dimension.SEX) {
      return ImmutableList.copyOf(Sex.values());
    }
    if (dimension == Dimension.RESIDENCE) {
      return ImmutableList.copyOf(Residence.values());
    }
    if (dimension == Dimension.REGION) {
      return ImmutableList.copyOf(vn.danso.indicator.Region.values());
    }
    return ImmutableList.of(AgeGroup.UNDER_15, AgeGroup.WORKING_AGE, AgeGroup.AGED_65_PLUS);
  }
}
