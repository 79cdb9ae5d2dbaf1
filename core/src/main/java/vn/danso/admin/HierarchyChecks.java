package vn.danso.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.danso.admin.UnitBuilder.VersionBuilder;

/**
 * The checks made once every row and event is in: parents at a higher level, children inside their parents'
 * validity, no duplicate names and no cycles on any day. Cycles are looked for in each state of the map once, on the
 * first day it holds; every walk is a loop, never a recursion, so a chain of any depth is checked.
 */
final class HierarchyChecks {
  private final HierarchyAssembler assembler;
  private final List<UnitBuilder> units;

  HierarchyChecks(HierarchyAssembler assembler) {
    this.assembler = assembler;
    this.units = assembler.units;
  }

  void run() {
    for (int i = 0; i < units.size(); i++) {
      units.get(i).ordinal = i;
    }
    checkParents();
    checkDuplicateNames();
    checkToneMarkStyles();
    checkAllCycles();
  }

  /**
   * Looks for cycles on every day the map changes. A cycle that appears on a day holds a parent link new that day:
   * a unit or version starting, or a parent starting to exist. So each day only walks up from the units whose link
   * is new, and a long history costs O(n log n) rather than a walk over every unit on every day.
   */
  private void checkAllCycles() {
    TreeMap<LocalDate, List<Integer>> changed = changedLinks();
    Set<String> reported = new HashSet<>();
    int[] mark = new int[units.size()];
    int[] walk = {0};
    List<Integer> everyUnit = new ArrayList<>(units.size());
    for (int i = 0; i < units.size(); i++) {
      everyUnit.add(i);
    }
    LocalDate first = changed.isEmpty() ? null : changed.firstKey();
    checkCycles(null, first, everyUnit, mark, walk, reported);
    for (Map.Entry<LocalDate, List<Integer>> day : changed.entrySet()) {
      checkCycles(day.getKey(), changed.higherKey(day.getKey()), day.getValue(), mark, walk, reported);
    }
  }

  /**
   * By day, the units whose link to their parent may be new that day: those with a version starting, then the
   * children of the parents starting (each child once per parent in a row of its versions).
   */
  private TreeMap<LocalDate, List<Integer>> changedLinks() {
    TreeMap<LocalDate, List<Integer>> changed = new TreeMap<>();
    for (UnitBuilder unit : units) {
      for (VersionBuilder version : unit.versions) {
        if (version.from != null) {
          changed.computeIfAbsent(version.from, d -> new ArrayList<>()).add(unit.ordinal);
        }
      }
      if (unit.start != null) {
        changed.computeIfAbsent(unit.start, d -> new ArrayList<>()).add(unit.ordinal);
      }
      if (unit.end != null) {
        changed.computeIfAbsent(unit.end, d -> new ArrayList<>());
      }
    }
    for (UnitBuilder unit : units) {
      UnitBuilder previous = null;
      for (VersionBuilder version : unit.versions) {
        UnitBuilder parent = version.parent;
        if (parent != null && parent != previous && parent.start != null) {
          changed.computeIfAbsent(parent.start, d -> new ArrayList<>()).add(unit.ordinal);
        }
        previous = parent;
      }
    }
    return changed;
  }

  /** Names written in the less used tone-mark placement of the hierarchy, when it uses both; each name once. */
  private void checkToneMarkStyles() {
    Map<String, UnitBuilder> old = new LinkedHashMap<>();
    Map<String, UnitBuilder> recent = new LinkedHashMap<>();
    for (UnitBuilder unit : units) {
      for (VersionBuilder version : unit.versions) {
        ToneMarkStyle style = ToneMarkStyle.of(version.name);
        if (style != null) {
          String name = UnitName.format(version.type, version.name);
          (style == ToneMarkStyle.OLD ? old : recent).putIfAbsent(unit.ordinal + " " + name, unit);
        }
      }
    }
    if (old.isEmpty() || recent.isEmpty()) {
      return;
    }
    boolean oldIsMinority = old.size() <= recent.size();
    Map<String, UnitBuilder> minority = oldIsMinority ? old : recent;
    ToneMarkStyle style = oldIsMinority ? ToneMarkStyle.OLD : ToneMarkStyle.NEW;
    ToneMarkStyle other = oldIsMinority ? ToneMarkStyle.NEW : ToneMarkStyle.OLD;
    int count = oldIsMinority ? recent.size() : old.size();
    minority.forEach((key, unit) -> assembler.report.add(HierarchyRules.NAME_TONE_MARK_STYLE.finding(unit.subject())
        .arg("code", unit.id().toString()).arg("style", style.label).arg("other", other.label).arg("count", count)
        .actual(key.substring(key.indexOf(' ') + 1)).build()));
  }

  private void checkParents() {
    for (UnitBuilder unit : units) {
      Set<UnitBuilder> levelReported = null;
      for (int i = 0; i < unit.versions.size(); i++) {
        VersionBuilder version = unit.versions.get(i);
        UnitBuilder parent = version.parent;
        if (parent == null) {
          continue;
        }
        LocalDate to = unit.endOf(i);
        if (!parent.code.level().isAbove(unit.code.level())) {
          if (levelReported == null) {
            levelReported = new HashSet<>();
          }
          if (levelReported.add(parent)) {
            assembler.report.add(HierarchyRules.PARENT_LEVEL.finding(unit.subject()).arg("code", unit.code.value())
                .arg("level", unit.code.level()).arg("parent", parent.id().toString())
                .actual(parent.code.level()).build());
          }
        }
        boolean startsInside = parent.start == null || (version.from != null && !version.from.isBefore(parent.start));
        boolean endsInside = parent.end == null || (to != null && !to.isAfter(parent.end));
        if (!startsInside || !endsInside) {
          assembler.report.add(HierarchyRules.CHILD_OUTSIDE_PARENT.finding(unit.subject())
              .arg("code", unit.id().toString()).arg("parent", parent.id().toString())
              .arg("period", Periods.describe(version.from, to))
              .expected(Periods.describe(parent.start, parent.end)).build());
        }
      }
    }
  }

  /** The parent of a unit's version on the day, by ordinal, if that parent exists on the day; else -1. */
  private static int parentOn(VersionBuilder version, LocalDate day) {
    UnitBuilder parent = version.parent;
    if (parent == null) {
      return -1;
    }
    boolean valid = day == null ? parent.isValidAtStart() : parent.isValidOn(day);
    return valid ? parent.ordinal : -1;
  }

  /**
   * Walks up from each starting unit on the day. {@code mark} holds, for each unit, the number of the walk that last
   * visited it; walks of earlier days have smaller numbers, so a unit visited by an earlier walk of this day ends a
   * walk (the way up from it is already checked), and a unit visited by this walk closes a cycle.
   */
  private void checkCycles(LocalDate day, LocalDate next, List<Integer> starts, int[] mark, int[] walk,
      Set<String> reported) {
    int firstWalkOfDay = walk[0] + 1;
    for (int start : starts) {
      int current = ++walk[0];
      int j = start;
      VersionBuilder version = units.get(j).versionOn(day);
      while (j >= 0 && version != null && mark[j] < firstWalkOfDay) {
        mark[j] = current;
        j = parentOn(version, day);
        version = j >= 0 ? units.get(j).versionOn(day) : null;
      }
      if (j >= 0 && mark[j] == current) {
        cutCycle(j, day, next, reported);
      }
    }
  }

  private void cutCycle(int entry, LocalDate day, LocalDate next, Set<String> reported) {
    List<Integer> members = new ArrayList<>();
    int j = entry;
    do {
      members.add(j);
      j = parentOn(units.get(j).versionOn(day), day);
    } while (j != entry && j >= 0);
    int cut = members.get(0);
    for (int member : members) {
      if (units.get(member).code.compareTo(units.get(cut).code) < 0) {
        cut = member;
      }
    }
    String path = members.stream().map(m -> units.get(m).id().toString()).collect(Collectors.joining(" → "));
    int[] sorted = members.stream().mapToInt(m -> m).sorted().toArray();
    if (reported.add(Arrays.toString(sorted))) {
      UnitBuilder unit = units.get(cut);
      assembler.report.add(HierarchyRules.CYCLE.finding(unit.subject()).arg("code", unit.id().toString())
          .arg("date", Periods.describe(day, next)).actual(path + " → " + units.get(members.get(0)).id()).build());
    }
    units.get(cut).versionOn(day).parent = null;
  }

  /**
   * A cheap key of a name within a parent: parent, type and a {@linkplain #signature signature} of the name that
   * equal names always share. Versions with equal keys are then compared by their full matching keys. The key also
   * carries the version it was made for (unit ordinal and version index), which equality ignores.
   */
  private static final class NameKey {
    final UnitBuilder parent;
    final UnitType type;
    final long signature;
    final int unit;
    final int version;

    NameKey(UnitBuilder parent, UnitType type, long signature, int unit, int version) {
      this.parent = parent;
      this.type = type;
      this.signature = signature;
      this.unit = unit;
      this.version = version;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof NameKey && ((NameKey) o).parent == parent && ((NameKey) o).type == type
          && ((NameKey) o).signature == signature;
    }

    @Override
    public int hashCode() {
      return (System.identityHashCode(parent) * 31 + type.ordinal()) * 31 + Long.hashCode(signature);
    }
  }

  /**
   * The number of letters and digits of a name and a hash of its consonants and digits, lower case. Names with one
   * {@linkplain vn.danso.text.VietnameseText#matchKey matching key} share it: case folding keeps both, spaces and
   * dashes are not counted, and tone marks, whichever their placement, sit on vowels only.
   */
  static long signature(String name) {
    int count = 0;
    int hash = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      char lower;
      if (c < 0x80) {
        // ASCII, most of any name: the same letters, digits and lower case as Character's, without its tables.
        if (c >= 'A' && c <= 'Z') {
          lower = (char) (c + ('a' - 'A'));
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          lower = c;
        } else {
          continue;
        }
      } else if (Character.isLetterOrDigit(c)) {
        lower = Character.toLowerCase(c);
      } else {
        continue;
      }
      count++;
      boolean consonant = lower == 'đ' || (lower >= '0' && lower <= '9') || (lower >= 'b' && lower <= 'z'
          && lower != 'e' && lower != 'i' && lower != 'o' && lower != 'u' && lower != 'y');
      if (consonant) {
        hash = hash * 31 + lower;
      }
    }
    return ((long) count << 32) | (hash & 0xFFFF_FFFFL);
  }

  /**
   * Two units of one type and one name under one parent on a common day. Versions are grouped by parent, type and
   * name once; within a group, a sweep in order of first day compares only versions whose periods overlap, so a
   * long history of one name is checked in O(n log n).
   */
  private void checkDuplicateNames() {
    // The first version of each key stands alone; a group is made only when a second one comes.
    Map<NameKey, NameKey> firsts = new HashMap<>(units.size() * 2);
    Map<NameKey, List<int[]>> groups = new HashMap<>();
    for (UnitBuilder unit : units) {
      for (int i = 0; i < unit.versions.size(); i++) {
        VersionBuilder version = unit.versions.get(i);
        if (version.parent != null) {
          NameKey key = new NameKey(version.parent, version.type, signature(version.name), unit.ordinal, i);
          NameKey first = firsts.putIfAbsent(key, key);
          if (first != null) {
            groups.computeIfAbsent(first, HierarchyChecks::newGroup).add(new int[] {unit.ordinal, i});
          }
        }
      }
    }
    Map<Long, Duplicate> found = new TreeMap<>();
    for (Map.Entry<NameKey, List<int[]>> group : groups.entrySet()) {
      List<int[]> members = group.getValue();
      if (members.size() > 1) {
        sweep(group.getKey().parent, members, found);
      }
    }
    for (Duplicate d : found.values()) {
      VersionBuilder version = d.high.versionOn(d.from) != null ? d.high.versionOn(d.from) : d.high.last();
      assembler.report.add(HierarchyRules.DUPLICATE_NAME.finding(d.high.subject())
          .arg("code", d.high.id().toString()).arg("other", d.low.id().toString())
          .arg("parent", d.parent.id().toString()).arg("date", Periods.describe(d.from, d.to))
          .actual(UnitName.format(version.type, version.name)).build());
    }
  }

  private static List<int[]> newGroup(NameKey first) {
    List<int[]> members = new ArrayList<>(2);
    members.add(new int[] {first.unit, first.version});
    return members;
  }

  /** Compares each version of a group with the versions before it (by first day) that have not ended yet. */
  private void sweep(UnitBuilder parent, List<int[]> members, Map<Long, Duplicate> found) {
    List<int[]> sorted = new ArrayList<>(members);
    sorted.sort(java.util.Comparator.comparing(this::firstDay));
    List<int[]> active = new ArrayList<>();
    for (int[] member : sorted) {
      LocalDate from = firstDay(member);
      active.removeIf(a -> {
        LocalDate end = units.get(a[0]).endOf(a[1]);
        return end != null && !end.isAfter(from);
      });
      for (int[] other : active) {
        duplicate(parent, other, member, found);
      }
      active.add(member);
    }
  }

  private LocalDate firstDay(int[] member) {
    LocalDate from = units.get(member[0]).versions.get(member[1]).from;
    return from == null ? LocalDate.MIN : from;
  }

  /** Two units of one name under one parent, and the first period they share. */
  private static final class Duplicate {
    final UnitBuilder low;
    final UnitBuilder high;
    final UnitBuilder parent;
    final LocalDate from;
    final LocalDate to;

    Duplicate(UnitBuilder low, UnitBuilder high, UnitBuilder parent, LocalDate from, LocalDate to) {
      this.low = low;
      this.high = high;
      this.parent = parent;
      this.from = from;
      this.to = to;
    }
  }

  /** Records two versions as duplicates if they share a day under their parent; the earliest such period wins. */
  private void duplicate(UnitBuilder parent, int[] a, int[] b, Map<Long, Duplicate> found) {
    UnitBuilder first = units.get(a[0]);
    UnitBuilder second = units.get(b[0]);
    if (first == second
        || !first.versions.get(a[1]).matchKey().equals(second.versions.get(b[1]).matchKey())) {
      return;
    }
    LocalDate from = latest(first.versions.get(a[1]).from, second.versions.get(b[1]).from);
    LocalDate to = earliest(first.endOf(a[1]), second.endOf(b[1]));
    from = latest(from, parent.start);
    to = earliest(to, parent.end);
    if (from != null && to != null && !from.isBefore(to)) {
      return;
    }
    UnitBuilder low = first.ordinal < second.ordinal ? first : second;
    UnitBuilder high = low == first ? second : first;
    long pair = ((long) low.ordinal << 32) | high.ordinal;
    Duplicate before = found.get(pair);
    boolean earlier = before == null || (before.from != null && (from == null || from.isBefore(before.from)));
    if (earlier) {
      found.put(pair, new Duplicate(low, high, parent, from, to));
    }
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }
}
