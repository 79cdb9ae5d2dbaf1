package vn.danso.admin;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * Additive values carried from one day's units onto another's through a {@link Crosswalk} (số liệu chuyển đổi theo
 * đơn vị hành chính mới): the carried values by target code, the values that could not be carried by source code, and
 * the report saying why. Values divided by shares are fractional; round them as your statistics require.
 */
public final class Reaggregation {
  private final ImmutableSortedMap<UnitCode, Double> values;
  private final ImmutableSortedMap<UnitCode, Double> leftOut;
  private final ValidationReport report;

  private Reaggregation(Map<UnitCode, Double> values, Map<UnitCode, Double> leftOut, ValidationReport report) {
    this.values = ImmutableSortedMap.copyOf(values);
    this.leftOut = ImmutableSortedMap.copyOf(leftOut);
    this.report = report;
  }

  /**
   * Returns the carried values by the code of a unit on the crosswalk's second day.
   *
   * @return the values, in code order
   */
  public ImmutableSortedMap<UnitCode, Double> values() {
    return values;
  }

  /**
   * Returns the values that could not be carried, by the code of their unit on the first day: units with no
   * counterpart, unknown codes, partial links without shares.
   *
   * @return the values left out, in code order
   */
  public ImmutableSortedMap<UnitCode, Double> leftOut() {
    return leftOut;
  }

  /**
   * Returns the findings: why each value left out was left out.
   *
   * @return the report
   */
  public ValidationReport report() {
    return report;
  }

  /** Makes a reaggregation; one per call. */
  static final class Maker {
    private static final double EPSILON = 1e-9;

    private final Crosswalk crosswalk;
    private final AdministrativeLevel level;
    private final Map<UnitCode, Double> values = new TreeMap<>();
    private final Map<UnitCode, Double> leftOut = new TreeMap<>();
    private final ValidationReport.Builder report = ValidationReport.builder();

    Maker(Crosswalk crosswalk, AdministrativeLevel level) {
      this.crosswalk = crosswalk;
      this.level = level;
    }

    Reaggregation make(Map<UnitCode, ? extends Number> input) {
      new TreeMap<UnitCode, Number>(input).forEach(this::carry);
      return new Reaggregation(values, leftOut, report.build());
    }

    private void carry(UnitCode code, Number number) {
      double value = number.doubleValue();
      Subject subject = Subject.of("unit", code.value());
      if (crosswalk.source().unit(code).isEmpty()) {
        report.add(HierarchyRules.UNKNOWN_UNIT.finding(subject).arg("code", code.value())
            .arg("from", crosswalk.from()).arg("value", value).build());
        leftOut.merge(code, value, Double::sum);
        return;
      }
      ImmutableList<CrosswalkLink> links = crosswalk.links(code);
      if (links.isEmpty()) {
        report.add(HierarchyRules.NO_COUNTERPART.finding(subject).arg("code", code.value())
            .arg("from", crosswalk.from()).arg("to", crosswalk.to()).arg("value", value).build());
        leftOut.merge(code, value, Double::sum);
        return;
      }
      Map<UnitCode, Double> shares = new LinkedHashMap<>();
      boolean allKnown = true;
      for (CrosswalkLink link : links) {
        UnitCode key = keyOf(link.target());
        double share = link.share().isPresent() ? link.share().getAsDouble() : Double.NaN;
        allKnown &= !Double.isNaN(share);
        shares.merge(key, share, Double::sum);
      }
      if (shares.size() == 1) {
        values.merge(shares.keySet().iterator().next(), value, Double::sum);
        return;
      }
      if (!allKnown) {
        String targets = shares.keySet().stream().map(UnitCode::value).collect(Collectors.joining(", "));
        report.add(HierarchyRules.PARTIAL_WITHOUT_WEIGHT.finding(subject).arg("code", code.value())
            .arg("from", crosswalk.from()).arg("to", crosswalk.to()).arg("value", value).actual(targets).build());
        leftOut.merge(code, value, Double::sum);
        return;
      }
      double total = 0;
      for (Map.Entry<UnitCode, Double> share : shares.entrySet()) {
        values.merge(share.getKey(), value * share.getValue(), Double::sum);
        total += share.getValue();
      }
      if (Math.abs(total - 1) > EPSILON) {
        report.add(HierarchyRules.WEIGHTS_SUM.finding(subject).arg("code", code.value())
            .arg("date", crosswalk.to()).expected("1").actual(total).build());
        if (total < 1) {
          leftOut.merge(code, value * (1 - total), Double::sum);
        }
      }
    }

    /** The code a target counts under: itself, or its ancestor at the level asked for. */
    private UnitCode keyOf(UnitVersion target) {
      if (level == null || !level.isAbove(target.level())) {
        return target.code();
      }
      return crosswalk.target().ancestorAt(target.code().value(), level).map(UnitVersion::code)
          .orElse(target.code());
    }
  }
}
