package vn.danso.admin;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.danso.admin.UnitBuilder.VersionBuilder;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * Turns rows and events into units: takes every row it can (reporting the rest), then plays the events day by day,
 * resolving parent codes on the day they apply. One assembler builds one hierarchy, on one thread.
 */
final class HierarchyAssembler {
  /** What a unit code of any level looks like, for the code-format finding. */
  private static final LocalizedText ANY_CODE_FORMAT = LocalizedText.of(
      "VN, 2, 3 hoặc 5 chữ số, hoặc mã xã-hậu tố", "VN, 2, 3 or 5 digits, or commune-suffix");

  static final UnitCode NATION = UnitCode.of("VN");
  /** What a missing-parent finding says when no parent code was given. */
  static final LocalizedText NO_PARENT = LocalizedText.of("(không ghi)", "(none given)");

  final ValidationReport.Builder report = ValidationReport.builder();
  final List<UnitBuilder> units = new ArrayList<>();
  final Map<UnitCode, CodeUnitsBuilder> byCode = new HashMap<>();
  final List<LinkDraft> links = new ArrayList<>();
  final List<ReorganisationEvent> applied = new ArrayList<>();
  /** Units whose row gives a last day, by the day after it; gathered when there are events to play. */
  private final Map<LocalDate, List<UnitBuilder>> rowEnds = new HashMap<>();
  final UnitBuilder nation;
  /**
   * Units whose first version still has to have its parent code resolved: those of rows with a first day, to be
   * resolved on it, and those of rows since the beginning, resolved at the start.
   */
  private final List<UnitBuilder> pendingRowParents = new ArrayList<>();
  private final List<UnitBuilder> pendingAtStart = new ArrayList<>();
  private final EventPlayer events = new EventPlayer(this);

  /** A succession link while the hierarchy is assembled. */
  static final class LinkDraft {
    final UnitBuilder from;
    final UnitBuilder to;
    final LocalDate date;
    final Coverage coverage;
    final java.util.OptionalDouble shareOfPredecessor;
    final java.util.OptionalDouble shareOfSuccessor;

    LinkDraft(UnitBuilder from, UnitBuilder to, LocalDate date, Coverage coverage,
        java.util.OptionalDouble shareOfPredecessor, java.util.OptionalDouble shareOfSuccessor) {
      this.from = from;
      this.to = to;
      this.date = date;
      this.coverage = coverage;
      this.shareOfPredecessor = shareOfPredecessor;
      this.shareOfSuccessor = shareOfSuccessor;
    }
  }

  HierarchyAssembler(String nationName) {
    nation = new UnitBuilder(NATION, null, null, null, null);
    VersionBuilder version = new VersionBuilder(null, nationName, UnitType.QUOC_GIA, null);
    version.parentResolved = true;
    nation.versions.add(version);
    register(nation);
  }

  // ---------------------------------------------------------------------------------------------------- rows

  void addRow(UnitRow row) {
    String source = row.source().orElse(null);
    Supplier<Subject> subject = () -> UnitBuilder.subject(row.code(), "source", source);
    Optional<UnitCode> parsed = UnitCode.tryParse(row.code());
    if (parsed.isEmpty()) {
      report.add(HierarchyRules.CODE_FORMAT.finding(subject.get())
          .expected(ANY_CODE_FORMAT)
          .actual(row.code()).build());
      return;
    }
    UnitCode code = parsed.get();
    // The first and last days a date can be stand for "always": a range open at that end.
    LocalDate from = row.validFrom().filter(d -> !d.equals(LocalDate.MIN)).orElse(null);
    LocalDate through = row.validThrough().filter(d -> !d.equals(LocalDate.MAX)).orElse(null);
    if (from != null && through != null && from.isAfter(through)) {
      report.add(HierarchyRules.VALIDITY_EMPTY.finding(subject.get()).arg("code", code.value())
          .arg("from", from).arg("through", through).build());
      return;
    }
    LocalDate to = through == null ? null : through.plusDays(1);
    UnitType declared = row.type().orElse(null);
    NameCheck.Named named = NameCheck.read(code, row.name(), declared, subject, report);
    if (named == null) {
      return;
    }
    UnitCode parentCode = parentCodeOf(row, code, subject, from, to);
    CodeUnitsBuilder sameCode = byCode.get(code);
    UnitBuilder existing = sameCode == null ? null : sameCode.firstOverlapping(from, to);
    if (existing != null) {
      VersionBuilder first = existing.versions.get(0);
      boolean same = Objects.equals(existing.start, from) && Objects.equals(existing.statedEnd, to)
          && first.type == named.type && Objects.equals(first.parentCode, parentCode)
          && first.matchKey().equals(vn.danso.text.VietnameseText.matchKey(named.name));
      if (same) {
        report.add(HierarchyRules.DUPLICATE_ROW.finding(subject.get()).arg("code", code.value())
            .actual(row.name()).build());
      } else {
        codeOverlap(subject.get(), code, existing, row.name());
      }
      return;
    }
    UnitBuilder unit = new UnitBuilder(code, from, to, "source", source);
    unit.versions.add(new VersionBuilder(from, named.name, named.type, parentCode));
    register(unit);
    (from == null ? pendingAtStart : pendingRowParents).add(unit);
  }

  private UnitCode parentCodeOf(UnitRow row, UnitCode code, Supplier<Subject> subject, LocalDate from,
      LocalDate to) {
    String text = row.parent().map(String::strip).orElse("");
    if (code.level() == AdministrativeLevel.NATION) {
      return null;
    }
    if (text.equals(NATION.value())) {
      return NATION;
    }
    if (text.isEmpty()) {
      if (code.level() == AdministrativeLevel.PROVINCE) {
        return NATION;
      }
      report.add(HierarchyRules.MISSING_PARENT.finding(subject.get()).arg("code", code.value())
          .arg("period", Periods.describe(from, to)).actual(NO_PARENT).build());
      return null;
    }
    Optional<UnitCode> parent = UnitCode.tryParse(text);
    if (parent.isEmpty()) {
      report.add(HierarchyRules.MISSING_PARENT.finding(subject.get()).arg("code", code.value())
          .arg("period", Periods.describe(from, to)).actual("\"" + text + "\"").build());
      return null;
    }
    return parent.get();
  }

  void codeOverlap(Subject subject, UnitCode code, UnitBuilder existing, String name) {
    report.add(HierarchyRules.CODE_OVERLAP.finding(subject).arg("code", code.value())
        .arg("existing", existing.id() + " " + UnitName.format(existing.last().type, existing.last().name))
        .arg("period", Periods.describe(existing.start, existing.end)).actual(name).build());
  }

  void register(UnitBuilder unit) {
    units.add(unit);
    byCode.computeIfAbsent(unit.code, c -> new CodeUnitsBuilder()).add(unit);
  }

  // ---------------------------------------------------------------------------------------------------- lookup

  /** The unit with the code valid on the day (null day: at the start of the data), or null. */
  UnitBuilder unitOn(UnitCode code, LocalDate day) {
    CodeUnitsBuilder sameCode = byCode.get(code);
    return sameCode == null ? null : sameCode.on(day);
  }

  /**
   * Resolves a version's parent code: the unit with that code on the version's first day, else the first one that
   * overlaps the version (the validity check reports the mismatch), else none (reported here).
   */
  void resolveParent(UnitBuilder unit, VersionBuilder version, LocalDate to) {
    version.parentResolved = true;
    if (version.parentCode == null) {
      return;
    }
    UnitBuilder parent = unitOn(version.parentCode, version.from);
    if (parent == null && byCode.containsKey(version.parentCode)) {
      parent = byCode.get(version.parentCode).firstOverlapping(version.from, to);
    }
    if (parent == null) {
      report.add(HierarchyRules.MISSING_PARENT.finding(unit.subject()).arg("code", unit.code.value())
          .arg("period", Periods.describe(version.from, to)).actual("\"" + version.parentCode.value() + "\"").build());
    }
    version.parent = parent;
    if (parent != null) {
      childOf(parent, unit);
    }
  }

  /** Records that a version of the child has the parent. */
  void childOf(UnitBuilder parent, UnitBuilder child) {
    parent.addChild(child);
  }

  /** The units whose row ends them the day before the given day. */
  List<UnitBuilder> rowsEndingOn(LocalDate day) {
    return rowEnds.getOrDefault(day, List.of());
  }

  /** The units that have or had a version under the parent, in the order they were placed under it. */
  static Set<UnitBuilder> childrenOf(UnitBuilder parent) {
    return parent.children == null ? Set.of() : parent.children;
  }

  // ---------------------------------------------------------------------------------------------------- events

  void addEvent(ReorganisationEvent event) {
    events.add(event);
  }

  /**
   * Plays the timeline: parents of rows at the start, then each day's events and rows. The days of events and the
   * rows sorted by first day are both in order, so they are merged in one pass.
   */
  void play() {
    for (UnitBuilder unit : pendingAtStart) {
      resolveParent(unit, unit.versions.get(0), unit.end);
    }
    NavigableMap<LocalDate, List<ReorganisationEvent>> byDay = events.byDay();
    if (!byDay.isEmpty()) {
      // Only events end units, so only they need the rows ending on a day. So far every unit is a row's (or the
      // nation, which does not end).
      for (UnitBuilder unit : units) {
        if (unit.statedEnd != null) {
          rowEnds.computeIfAbsent(unit.statedEnd, d -> new ArrayList<>()).add(unit);
        }
      }
    }
    List<UnitBuilder> rows = new ArrayList<>(pendingRowParents);
    rows.sort(Comparator.comparing(unit -> unit.start)); // stable: rows of one day stay in the order given
    Iterator<Map.Entry<LocalDate, List<ReorganisationEvent>>> eventDays = byDay.entrySet().iterator();
    Map.Entry<LocalDate, List<ReorganisationEvent>> eventDay = eventDays.hasNext() ? eventDays.next() : null;
    int row = 0;
    while (eventDay != null || row < rows.size()) {
      LocalDate rowDay = row < rows.size() ? rows.get(row).start : null;
      int order = eventDay == null ? 1 : rowDay == null ? -1 : eventDay.getKey().compareTo(rowDay);
      LocalDate day = order <= 0 ? eventDay.getKey() : rowDay;
      int rowsEnd = row;
      while (order >= 0 && rowsEnd < rows.size() && rows.get(rowsEnd).start.equals(day)) {
        rowsEnd++;
      }
      events.playDay(day, order <= 0 ? eventDay.getValue() : List.of(), rows.subList(row, rowsEnd));
      row = rowsEnd;
      if (order <= 0) {
        eventDay = eventDays.hasNext() ? eventDays.next() : null;
      }
    }
  }

  ImmutableList<ReorganisationEvent> appliedEvents() {
    return ImmutableList.copyOf(applied);
  }
}
