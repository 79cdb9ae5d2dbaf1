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
 *
 * <p>Most codes have one unit, and long histories usually arrive in order: while each unit begins once the one
 * added before it has ended, the units in the order added are the units by first day, and a binary search over them
 * finds a day. Only a unit added out of that order makes an index by first day.
 */
final class CodeUnitsBuilder {
  private final List<UnitBuilder> inOrder = new ArrayList<>(1);
  /** By first day, a unit since the beginning of the data under {@link LocalDate#MIN}; null while in order. */
  private TreeMap<LocalDate, UnitBuilder> byStart;
  private boolean disjoint = true;

  void add(UnitBuilder unit) {
    if (!disjoint) {
      inOrder.add(unit);
      return;
    }
    if (byStart == null) {
      if (inOrder.isEmpty() || follows(unit, inOrder.get(inOrder.size() - 1))) {
        inOrder.add(unit);
        return;
      }
      byStart = new TreeMap<>();
      for (UnitBuilder earlier : inOrder) {
        byStart.put(key(earlier.start), earlier);
      }
    }
    inOrder.add(unit);
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

  /** True if the unit begins once the other has ended (units only ever end earlier, so this stays true). */
  private static boolean follows(UnitBuilder unit, UnitBuilder other) {
    return unit.start != null && other.end != null && !unit.start.isBefore(other.end);
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
      UnitBuilder first = byStart == null ? inOrder.get(0) : byStart.get(LocalDate.MIN);
      return first != null && first.isValidAtStart() ? first : null;
    }
    UnitBuilder candidate = floor(day);
    return candidate != null && candidate.isValidOn(day) ? candidate : null;
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
    UnitBuilder before = floor(key(from));
    if (before != null && before.overlaps(from, to)) {
      return before;
    }
    UnitBuilder after = higher(key(from));
    return after != null && after.overlaps(from, to) ? after : null;
  }

  /** The unit with the latest first day on or before the key, or null. */
  private UnitBuilder floor(LocalDate key) {
    if (byStart != null) {
      Map.Entry<LocalDate, UnitBuilder> entry = byStart.floorEntry(key);
      return entry == null ? null : entry.getValue();
    }
    int index = firstAfter(key) - 1;
    return index < 0 ? null : inOrder.get(index);
  }

  /** The unit with the earliest first day after the key, or null. */
  private UnitBuilder higher(LocalDate key) {
    if (byStart != null) {
      Map.Entry<LocalDate, UnitBuilder> entry = byStart.higherEntry(key);
      return entry == null ? null : entry.getValue();
    }
    int index = firstAfter(key);
    return index < inOrder.size() ? inOrder.get(index) : null;
  }

  /** While in order: the position of the first unit whose first day is after the key. */
  private int firstAfter(LocalDate key) {
    int low = 0;
    int high = inOrder.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (key(inOrder.get(mid).start).isAfter(key)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  private static LocalDate key(LocalDate start) {
    return start == null ? LocalDate.MIN : start;
  }
}
