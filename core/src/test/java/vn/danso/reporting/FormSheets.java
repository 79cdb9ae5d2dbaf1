package vn.danso.reporting;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;

/** Consistent 01-DSH sheets of generated communes: every implied rule holds, so each defect injected stands alone. */
final class FormSheets {
  /** Huyện An Minh (909) and its 11 communes on the statistics office's list of 1/3/2025. */
  static final UnitCode AN_MINH = UnitCode.of("909");
  static final ImmutableList<UnitCode> AN_MINH_COMMUNES = ImmutableList.of("31018", "31021", "31024", "31030",
      "31031", "31033", "31036", "31039", "31042", "31045", "31048").stream().map(UnitCode::of)
      .collect(ImmutableList.toImmutableList());

  private FormSheets() {}

  /** The figures of one column, by row key. */
  static Map<String, Long> commune(SplittableRandom random) {
    Map<String, Long> cells = new LinkedHashMap<>();
    long households = random.nextLong(400, 3000);
    cells.put("households", households);
    cells.put("households.family", households - random.nextLong(0, 20));
    long population = households * 36 / 10 + random.nextLong(0, 200);
    cells.put("population.resident", population);
    cells.put("women.married-15-49", population / 5);
    long births = random.nextLong(5, 60);
    long boys = random.nextLong(0, births + 1);
    cells.put("births", births);
    cells.put("births[male]", boys);
    cells.put("births[female]", births - boys);
    long second = random.nextLong(0, births + 1);
    cells.put("births.order-2", second);
    cells.put("births.order-3-plus", random.nextLong(0, births - second + 1));
    cells.put("births.mother-under-20", random.nextLong(0, births / 4 + 1));
    cells.put("deaths", random.nextLong(2, 40));
    long marriages = random.nextLong(0, 40);
    long child = random.nextLong(0, marriages / 5 + 1);
    cells.put("marriages", marriages);
    cells.put("marriages.child", child);
    cells.put("marriages.consanguineous", random.nextLong(0, marriages - child + 1) / 10);
    cells.put("couples.premarital-counselled", random.nextLong(0, marriages + 1));
    cells.put("divorces", random.nextLong(0, 10));
    return cells;
  }

  /** Columns of figures: the district first (the sums), then each commune. */
  static Map<UnitCode, Map<String, Long>> columns(long seed, UnitCode district, List<UnitCode> communes) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<UnitCode, Map<String, Long>> columns = new LinkedHashMap<>();
    Map<String, Long> total = new LinkedHashMap<>();
    columns.put(district, total);
    for (UnitCode commune : communes) {
      Map<String, Long> cells = commune(random);
      columns.put(commune, cells);
      cells.forEach((key, value) -> total.merge(key, value, Long::sum));
    }
    return columns;
  }

  static FormSheet.Builder fill(ReportingForm form, Period period, Map<UnitCode, Map<String, Long>> columns) {
    List<UnitCode> units = List.copyOf(columns.keySet());
    FormSheet.Builder sheet = form.sheet(units.get(0), period, units.subList(1, units.size()));
    columns.forEach((unit, cells) -> cells.forEach((key, value) -> sheet.set(key, unit, value)));
    return sheet;
  }
}
