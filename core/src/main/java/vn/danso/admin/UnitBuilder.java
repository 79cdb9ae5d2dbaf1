package vn.danso.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.danso.admin.HierarchyAssembler.LinkDraft;
import vn.danso.validation.Subject;

/**
 * A unit while a hierarchy is being assembled: mutable, used by one thread, never seen by users. The assembler
 * creates one per row and per unit an event brings into being, ends them as events require and adds versions.
 */
final class UnitBuilder {
  final UnitCode code;
  /** First day, or null for "since the beginning". */
  final LocalDate start;
  /** First day after the unit, or null while it lasts. */
  LocalDate end;
  /** The first day after the last day a row gave explicitly, or null. */
  final LocalDate statedEnd;
  /** What the subject of a finding about this unit says besides its code: "source" or "event", and its text. */
  private final String originKind;
  private final String origin;
  /** The event that brought the unit into being, described only when a finding needs it; or null. */
  private final ReorganisationEvent originEvent;
  final List<VersionBuilder> versions = new ArrayList<>(1);
  /** The succession links out of the unit, in the order made; null until there is one. */
  List<LinkDraft> outgoing;
  /** Every unit that has or had a version under this one, in the order placed; null until there is one. */
  Set<UnitBuilder> children;
  /** Position in the finished hierarchy. */
  int ordinal = -1;

  UnitBuilder(UnitCode code, LocalDate start, LocalDate end, String originKind, String origin) {
    this.code = code;
    this.start = start;
    this.end = end;
    this.statedEnd = end;
    this.originKind = originKind;
    this.origin = origin;
    this.originEvent = null;
  }

  /** A unit an event brings into being on its first day. */
  UnitBuilder(UnitCode code, LocalDate start, ReorganisationEvent event) {
    this.code = code;
    this.start = start;
    this.end = null;
    this.statedEnd = null;
    this.originKind = "event";
    this.origin = null;
    this.originEvent = event;
  }

  /** The subject of findings about this unit, made only when there is a finding. */
  Subject subject() {
    return subject(code.value(), originKind, originEvent == null ? origin : originEvent.describe());
  }

  /** Records a succession link out of the unit. */
  void addOutgoing(LinkDraft link) {
    if (outgoing == null) {
      outgoing = new ArrayList<>(2);
    }
    outgoing.add(link);
  }

  /** Records that a version of the child has this unit as its parent. */
  void addChild(UnitBuilder child) {
    if (children == null) {
      children = new LinkedHashSet<>();
    }
    children.add(child);
  }

  static Subject subject(String code, String originKind, String origin) {
    Subject subject = Subject.of("unit", code.isBlank() ? "?" : code);
    return origin == null || origin.isBlank() ? subject : subject.child(originKind, origin);
  }

  boolean isValidOn(LocalDate day) {
    return Periods.contains(start, end, day);
  }

  /** True if the unit exists from the beginning of the data. */
  boolean isValidAtStart() {
    return start == null;
  }

  boolean overlaps(LocalDate from, LocalDate to) {
    boolean startsBeforeOtherEnds = to == null || start == null || start.isBefore(to);
    boolean otherStartsBeforeThisEnds = end == null || from == null || from.isBefore(end);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  UnitId id() {
    return UnitId.of(code, start);
  }

  VersionBuilder last() {
    return versions.get(versions.size() - 1);
  }

  /** The version in force on a day (null day: at the start of the data), or null. */
  VersionBuilder versionOn(LocalDate day) {
    if (day == null) {
      return start == null ? versions.get(0) : null;
    }
    if (!isValidOn(day)) {
      return null;
    }
    // Versions are in order of first day (only the first may have none): the last one starting by the day.
    int low = 0;
    int high = versions.size() - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      LocalDate from = versions.get(mid).from;
      if (from == null || !from.isAfter(day)) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found < 0 ? null : versions.get(found);
  }

  /** The version starting on the day, made as a copy of the one before if there is none yet. */
  VersionBuilder versionFrom(LocalDate day) {
    VersionBuilder last = last();
    if (day.equals(last.from)) {
      return last;
    }
    VersionBuilder next = new VersionBuilder(day, last.name, last.type, last.parentCode);
    next.parent = last.parent;
    next.parentResolved = last.parentResolved;
    versions.add(next);
    return next;
  }

  /** The first day after a version: the next version's first day, or the unit's end. */
  LocalDate endOf(int versionIndex) {
    return versionIndex + 1 < versions.size() ? versions.get(versionIndex + 1).from : end;
  }

  @Override
  public String toString() {
    return id() + " " + last().name;
  }

  /** A version of a unit while the hierarchy is assembled. */
  static final class VersionBuilder {
    /** First day, or null for the unit's first version when it exists since the beginning. */
    final LocalDate from;
    String name;
    UnitType type;
    /** The parent code as given, or null; resolved into {@link #parent}. */
    UnitCode parentCode;
    UnitBuilder parent;
    boolean parentResolved;
    /** The matching key of the name, computed once for the duplicate-name check. */
    String matchKey;

    VersionBuilder(LocalDate from, String name, UnitType type, UnitCode parentCode) {
      this.from = from;
      this.name = name;
      this.type = type;
      this.parentCode = parentCode;
    }

    String matchKey() {
      if (matchKey == null) {
        matchKey = vn.danso.text.VietnameseText.matchKey(name);
      }
      return matchKey;
    }
  }
}
