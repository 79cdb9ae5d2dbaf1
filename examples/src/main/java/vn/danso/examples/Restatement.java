package vn.danso.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.Crosswalk;
import vn.danso.admin.CrosswalkLink;
import vn.danso.admin.Hierarchy;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.Reaggregation;
import vn.danso.admin.UnitCode;
import vn.danso.validation.ValidationReport;

/**
 * Provincial rates restated for the provinces of another day, through the hierarchy's crosswalk, as a ratio of sums:
 * each rate becomes a count (rate × average population / 1000), counts and populations are carried to the new
 * provinces, and the new rate is their ratio. Never a mean of rates. A new province one of whose old provinces lacks a
 * figure gets none, and says why.
 */
final class Restatement {
  /** One new province: its code and name, the old provinces it was formed from, its population and rates. */
  record Row(UnitCode code, String name, ImmutableSortedSet<UnitCode> from, OptionalDouble population,
      ImmutableMap<ProvincialFigures.Rate, OptionalDouble> rates) {}

  /** What the restatement assumes, printed with it. */
  static final ImmutableList<String> ASSUMPTIONS_EN = ImmutableList.of(
      "each published rate is events per 1,000 of the province's average population of the year, so events = rate × "
          + "average population / 1000; since rates are rounded, the events carry that rounding",
      "the weights are the statistics office's published average populations of the same year, not census counts",
      "the 2025 mergers joined whole provinces (Nghị quyết 202/2025/QH15), so each old province's events and people "
          + "go whole to one new province",
      "a new province is restated only when every old province it was formed from has both a rate and a population",
      "a rate of a new province is Σ events / Σ population × 1000, never a mean of the old provinces' rates");

  static final ImmutableList<String> ASSUMPTIONS_VI = ImmutableList.of(
      "mỗi tỷ suất công bố là số sự kiện trên 1.000 dân trung bình của tỉnh trong năm, nên số sự kiện = tỷ suất × dân "
          + "số trung bình / 1000; tỷ suất đã làm tròn nên số sự kiện mang sai số làm tròn đó",
      "quyền số là dân số trung bình cùng năm do cơ quan thống kê công bố, không phải số tổng điều tra",
      "các tỉnh sáp nhập năm 2025 là nhập nguyên tỉnh (Nghị quyết 202/2025/QH15), nên sự kiện và dân số của mỗi tỉnh "
          + "cũ chuyển nguyên vào một tỉnh mới",
      "một tỉnh mới chỉ được tính lại khi mọi tỉnh cũ hợp thành đều có cả tỷ suất và dân số",
      "tỷ suất của tỉnh mới là Σ sự kiện / Σ dân số × 1000, không bao giờ là trung bình cộng các tỷ suất cũ");

  private final ImmutableList<Row> rows;
  private final ValidationReport report;

  private Restatement(ImmutableList<Row> rows, ValidationReport report) {
    this.rows = rows;
    this.report = report;
  }

  /** Restates a year's provincial figures for the provinces of another day. */
  static Restatement of(ProvincialFigures figures, Hierarchy hierarchy, LocalDate to) {
    LocalDate from = figures.day();
    Crosswalk walk = hierarchy.crosswalk(from, to);
    HierarchySnapshot target = walk.target();
    Map<UnitCode, Set<UnitCode>> sources = new TreeMap<>();
    for (var unit : walk.source().units(AdministrativeLevel.PROVINCE)) {
      for (CrosswalkLink link : walk.links(unit.code())) {
        sources.computeIfAbsent(link.target().code(), k -> new TreeSet<>()).add(unit.code());
      }
    }
    ValidationReport.Builder report = ValidationReport.builder();
    Reaggregation people = walk.reaggregate(figures.population(), AdministrativeLevel.PROVINCE);
    report.addAll(people.report());
    Map<ProvincialFigures.Rate, Reaggregation> events = new EnumMap<>(ProvincialFigures.Rate.class);
    for (ProvincialFigures.Rate rate : ProvincialFigures.Rate.values()) {
      Map<UnitCode, Double> counts = new HashMap<>();
      figures.rates().forEach((unit, byRate) -> {
        Double persons = figures.population().get(unit);
        if (byRate.containsKey(rate) && persons != null) {
          counts.put(unit, byRate.get(rate).value() * persons / 1000);
        }
      });
      Reaggregation carried = walk.reaggregate(counts, AdministrativeLevel.PROVINCE);
      report.addAll(carried.report());
      events.put(rate, carried);
    }
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (var unit : target.units(AdministrativeLevel.PROVINCE)) {
      Set<UnitCode> parts = sources.getOrDefault(unit.code(), Set.of());
      boolean peopleComplete = !parts.isEmpty() && figures.population().keySet().containsAll(parts);
      OptionalDouble persons = peopleComplete && people.values().containsKey(unit.code())
          ? OptionalDouble.of(people.values().get(unit.code())) : OptionalDouble.empty();
      ImmutableMap.Builder<ProvincialFigures.Rate, OptionalDouble> rates = ImmutableMap.builder();
      for (ProvincialFigures.Rate rate : ProvincialFigures.Rate.values()) {
        Set<UnitCode> withRate = new HashSet<>();
        parts.forEach(p -> figures.rate(p, rate).ifPresent(f -> withRate.add(p)));
        Double count = events.get(rate).values().get(unit.code());
        rates.put(rate, persons.isPresent() && withRate.containsAll(parts) && count != null
            ? OptionalDouble.of(count / persons.getAsDouble() * 1000) : OptionalDouble.empty());
      }
      rows.add(new Row(unit.code(), unit.name(), ImmutableSortedSet.copyOf(parts), persons, rates.build()));
    }
    return new Restatement(rows.build(), report.build());
  }

  /** The new provinces, in the order of the target day's list. */
  ImmutableList<Row> rows() {
    return rows;
  }

  /** What the crosswalk could not carry. */
  ValidationReport report() {
    return report;
  }
}
