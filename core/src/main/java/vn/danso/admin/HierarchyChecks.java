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
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.danso.admin.UnitBuilder.VersionBuilder;
import vn.danso.text.LocalizedText;

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
    Set<String> reportedCycles = new HashSet<>();
    List<LocalDate> days = new ArrayList<>();
    days.add(null);
    days.addAll(boundaries());
    for (int i = 0; i < days.size(); i++) {
      LocalDate day = days.get(i);
      LocalDate next = i + 1 < days.size() ? days.get(i + 1) : null;
      LocalizedText period = day == null
          ? (next == null ? Periods.describe(null, null) : Periods.describe(null, next))
          : Periods.describe(day, next);
      checkCycles(day, period, reportedCycles);
    }
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

  private TreeSet<LocalDate> boundaries() {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (UnitBuilder unit : units) {
      if (unit.start != null) {
        days.add(unit.start);
      }
      if (unit.end != null) {
        days.add(unit.end);
      }
      for (VersionBuilder version : unit.versions) {
        if (version.from != null) {
          days.add(version.from);
        }
      }
    }
    return days;
  }

  private void checkParents() {
    for (UnitBuilder unit : units) {
      Set<UnitBuilder> levelReported = new HashSet<>();
      for (int i = 0; i < unit.versions.size(); i++) {
        VersionBuilder version = unit.versions.get(i);
        UnitBuilder parent = version.parent;
        if (parent == null) {
          continue;
        }
        LocalDate to = unit.endOf(i);
        if (!parent.code.level().isAbove(unit.code.level()) && levelReported.add(parent)) {
          assembler.report.add(HierarchyRules.PARENT_LEVEL.finding(unit.subject()).arg("code", unit.code.value())
              .arg("level", unit.code.level()).arg("parent", parent.id().toString())
              .actual(parent.code.level()).build());
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

  private void checkCycles(LocalDate day, LocalizedText period, Set<String> reported) {
    int n = units.size();
    VersionBuilder[] versions = new VersionBuilder[n];
    for (int i = 0; i < n; i++) {
      versions[i] = units.get(i).versionOn(day);
    }
    int[] state = new int[n];
    int walk = 0;
    for (int start = 0; start < n; start++) {
      if (versions[start] == null || state[start] != 0) {
        continue;
      }
      walk++;
      int j = start;
      while (j >= 0 && versions[j] != null && state[j] == 0) {
        state[j] = walk;
        j = parentOn(versions[j], day);
      }
      if (j >= 0 && state[j] == walk) {
        cutCycle(j, versions, day, period, reported);
      }
      for (j = start; j >= 0 && versions[j] != null && state[j] == walk; j = parentOn(versions[j], day)) {
        state[j] = -1;
      }
    }
  }

  private void cutCycle(int entry, VersionBuilder[] versions, LocalDate day, LocalizedText period,
      Set<String> reported) {
    List<Integer> members = new ArrayList<>();
    int j = entry;
    do {
      members.add(j);
      j = parentOn(versions[j], day);
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
          .arg("date", period).actual(path + " → " + units.get(members.get(0)).id()).build());
    }
    versions[cut].parent = null;
  }

  /**
   * A cheap key of a name within a parent: parent, type and a {@linkplain #signature signature} of the name that
   * equal names always share. Versions with equal keys are then compared by their full matching keys.
   */
  private static final class NameKey {
    final UnitBuilder parent;
    final UnitType type;
    final long signature;

    NameKey(UnitBuilder parent, UnitType type, long signature) {
      this.parent = parent;
      this.type = type;
      this.signature = signature;
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
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      count++;
      char lower = Character.toLowerCase(c);
      boolean consonant = lower == 'đ' || (lower >= '0' && lower <= '9')
          || (lower >= 'b' && lower <= 'z' && "eiouy".indexOf(lower) < 0);
      if (consonant) {
        hash = hash * 31 + lower;
      }
    }
    return ((long) count << 32) | (hash & 0xFFFF_FFFFL);
  }

  /**
   * Two units of one type and one name under one parent on a common day. Versions are grouped by parent, type and
   * name once; only the few versions of a group are compared by period.
   */
  private void checkDuplicateNames() {
    Map<NameKey, List<int[]>> groups = new HashMap<>(units.size() * 2);
    for (UnitBuilder unit : units) {
      for (int i = 0; i < unit.versions.size(); i++) {
        VersionBuilder version = unit.versions.get(i);
        if (version.parent != null) {
          groups.computeIfAbsent(new NameKey(version.parent, version.type, signature(version.name)),
              k -> new ArrayList<>(1)).add(new int[] {unit.ordinal, i});
        }
      }
    }
    Map<Long, Duplicate> found = new TreeMap<>();
    for (Map.Entry<NameKey, List<int[]>> group : groups.entrySet()) {
      List<int[]> members = group.getValue();
      for (int a = 0; a < members.size(); a++) {
        for (int b = a + 1; b < members.size(); b++) {
          duplicate(group.getKey().parent, members.get(a), members.get(b), found);
        }
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
