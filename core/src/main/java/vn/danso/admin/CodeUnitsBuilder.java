package vn.danso.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The units that bear one code over time, while a hierarchy is assembled: found by day in logarithmic time, so that
 * a code with tens of thousands of validity intervals is assembled in O(n log n). Units of one code normally follow
 * each other without overlapping (an overlapping row is reported and not taken); should events make two overlap, the
 * lookups fall back to a scan in the order the units were added.
 */
final class CodeUnitsBuilder {
  private final List<UnitBuilder> inOrder = new ArrayList<>(1);
  /** By first day; a unit since the beginning of the data under {@link LocalDate#MIN}. */
  private final TreeMap<LocalDate, UnitBuilder> byStart = new TreeMap<>();
  private boolean disjoint = true;

  void add(UnitBuilder unit) {
    inOrder.add(unit);
    if (!disjoint) {
      return;
    }
    LocalDate key = key(unit.start);
    Map.Entry<LocalDate, UnitBuilder> before = byStart.floorEntry(key);
    Map.Entry<LocalDate, UnitBuilder> after = byStart.ceilingEntry(key);
    if ((before != null && before.getValue().overlaps(unit.start, unit.end))
        || (after != null && after.getValue().overlaps(unit.start, unit.end))) {
      disjoint = false;
      return;
    }
    byStart.put(key, unit);
  }

  /** Every unit, in the order added. */
  List<UnitBuilder> all() {
    return inOrder;
  }

  /** The unit valid on the day (null day: at the start of the data), or null. */
  UnitBuilder on(LocalDate day) {
    if (!disjoint) {
      for (UnitBuilder unit : inOrder) {
        if (day == null ? unit.isValidAtStart() : unit.isValidOn(day)) {
          return unit;
        }
      }
      return null;
    }
    if (day == null) {
      UnitBuilder first = byStart.get(LocalDate.MIN);
      return first != null && first.isValidAtStart() ? first : null;
    }
    Map.Entry<LocalDate, UnitBuilder> candidate = byStart.floorEntry(day);
    return candidate != null && candidate.getValue().isValidOn(day) ? candidate.getValue() : null;
  }

  /**
   * A unit that overlaps {@code [from, to)}, or null: the earliest one when the units do not overlap each other,
   * else the first added.
   */
  UnitBuilder firstOverlapping(LocalDate from, LocalDate to) {
    if (!disjoint) {
      for (UnitBuilder unit : inOrder) {
        if (unit.overlaps(from, to)) {
          return unit;
        }
      }
      return null;
    }
    Map.Entry<LocalDate, UnitBuilder> before = byStart.floorEntry(key(from));
    if (before != null && before.getValue().overlaps(from, to)) {
      return before.getValue();
    }
    Map.Entry<LocalDate, UnitBuilder> after = byStart.higherEntry(key(from));
    return after != null && after.getValue().overlaps(from, to) ? after.getValue() : null;
  }

  private static LocalDate key(LocalDate start) {
    return start == null ? LocalDate.MIN : start;
  }
}
