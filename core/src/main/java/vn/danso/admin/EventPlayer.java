package vn.danso.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import vn.danso.admin.HierarchyAssembler.LinkDraft;
import vn.danso.admin.UnitBuilder.VersionBuilder;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Subject;

/**
 * Applies the events of each day to the units being assembled, in the order {@link ReorganisationEvent} documents:
 * endings, then new units and links, then parents of everything that began that day, then renamings, type changes
 * and moves, then the end of levels, and finally re-attaching the children of units that ended.
 */
final class EventPlayer {
  private final HierarchyAssembler assembler;
  private final TreeMap<LocalDate, List<ReorganisationEvent>> byDay = new TreeMap<>();

  EventPlayer(HierarchyAssembler assembler) {
    this.assembler = assembler;
  }

  /** Takes an event to play; one on {@link LocalDate#MIN}, with no day before it for units to end on, is reported. */
  void add(ReorganisationEvent event) {
    if (event.effectiveDate().equals(LocalDate.MIN)) {
      String described = event.describe();
      assembler.report.add(HierarchyRules.EVENT_CONFLICT.finding(Subject.of("event", described))
          .arg("event", event.kind()).arg("date", event.effectiveDate())
          .arg("code", described.substring(described.lastIndexOf(' ') + 1))
          .actual(LocalizedText.of("ngày đầu tiên có thể biểu diễn (LocalDate.MIN) không có ngày trước để đơn vị kết "
              + "thúc; sự kiện không được áp dụng", "the first day a date can hold (LocalDate.MIN) has no day before "
              + "it for units to end on; the event is not applied")).build());
      return;
    }
    byDay.computeIfAbsent(event.effectiveDate(), d -> new ArrayList<>()).add(event);
  }

  /** The events taken, by day. */
  NavigableMap<LocalDate, List<ReorganisationEvent>> byDay() {
    return byDay;
  }

  /** Plays one day: its events, if any, and the rows that begin on it. */
  void playDay(LocalDate date, List<ReorganisationEvent> events, List<UnitBuilder> rowsStarting) {
    PlayedDay d = new PlayedDay(date, events);
    assembler.applied.addAll(d.events);
    for (ReorganisationEvent event : d.events) {
      endings(d, event);
    }
    for (ReorganisationEvent event : d.events) {
      beginnings(d, event);
    }
    LinkChecks.check(d.day, d.links, assembler.report);
    d.toResolve.addAll(rowsStarting);
    for (UnitBuilder unit : d.toResolve) {
      VersionBuilder version = unit.versionOn(date);
      if (version != null && !version.parentResolved) {
        resolveParent(d, unit, version);
      }
    }
    for (ReorganisationEvent event : d.events) {
      changes(d, event);
    }
    for (ReorganisationEvent event : d.events) {
      if (event instanceof LevelAbolition) {
        endLevel(d, (LevelAbolition) event);
      }
    }
    if (!d.endedBy.isEmpty()) {
      reattachChildren(d);
    }
  }

  // ---------------------------------------------------------------------------------------------------- phase 1

  private void endings(PlayedDay d, ReorganisationEvent event) {
    if (event instanceof Merger) {
      Merger merger = (Merger) event;
      List<UnitBuilder> found = new ArrayList<>();
      for (MergerPart part : merger.predecessors()) {
        UnitBuilder unit = existing(d, event, part.code());
        found.add(unit);
        boolean continuing = merger.continues() && part.code().equals(merger.successor().code());
        if (unit != null && !continuing) {
          end(d, unit, event);
        }
      }
      d.predecessors.put(event, found);
    } else if (event instanceof Split) {
      Split split = (Split) event;
      UnitBuilder unit = existing(d, event, split.predecessor());
      d.predecessors.put(event, java.util.Collections.singletonList(unit));
      if (unit != null && !split.continues()) {
        end(d, unit, event);
      }
    } else if (event instanceof Abolition) {
      UnitBuilder unit = existing(d, event, ((Abolition) event).code());
      if (unit != null) {
        end(d, unit, event);
      }
    }
  }

  /** The unit with the code the day before the event, or null (reported). */
  private UnitBuilder existing(PlayedDay d, ReorganisationEvent event, UnitCode code) {
    UnitBuilder unit = assembler.unitOn(code, d.dayBefore);
    if (unit == null) {
      unknown(d, event, code, LocalizedText.of("ngày " + vi(d.dayBefore), "on " + d.dayBefore));
    }
    return unit;
  }

  @SuppressWarnings("CollectionIncompatibleType") // builders are keyed by identity: one entry per unit being built
  private void end(PlayedDay d, UnitBuilder unit, ReorganisationEvent event) {
    ReorganisationEvent before = d.endedBy.get(unit);
    if (before != null && (event instanceof Abolition || before instanceof Abolition)) {
      conflict(d, event, unit.code, LocalizedText.of("đơn vị đã kết thúc do sự kiện " + before.describe(),
          "the unit already ends by the event " + before.describe()));
    }
    if (unit.statedEnd != null && unit.statedEnd.isAfter(d.day)) {
      LocalDate last = unit.statedEnd.minusDays(1);
      conflict(d, event, unit.code, LocalizedText.of("dòng dữ liệu ghi đơn vị còn đến hết " + vi(last),
          "the row says the unit lasts until " + last));
    }
    unit.end = d.day;
    d.endedBy.putIfAbsent(unit, event);
  }

  private void beginnings(PlayedDay d, ReorganisationEvent event) {
    if (event instanceof Merger) {
      Merger merger = (Merger) event;
      List<UnitBuilder> found = d.predecessors.get(event);
      UnitBuilder continued = null;
      if (merger.continues()) {
        int index = indexOf(merger, merger.successor().code());
        continued = found.get(index);
      }
      UnitBuilder successor = continued != null
          ? continueAs(d, event, continued, merger.successor()) : create(d, event, merger.successor());
      for (int i = 0; i < found.size(); i++) {
        MergerPart part = merger.predecessors().get(i);
        if (found.get(i) != null && successor != null) {
          link(d, found.get(i), successor, part.coverage(), part.shareOfPredecessor(), part.shareOfSuccessor());
        }
      }
    } else if (event instanceof Split) {
      Split split = (Split) event;
      UnitBuilder predecessor = d.predecessors.get(event).get(0);
      for (SplitPart part : split.successors()) {
        boolean continuing = split.continues() && part.unit().code().equals(split.predecessor());
        UnitBuilder successor = continuing && predecessor != null
            ? continueAs(d, event, predecessor, part.unit()) : create(d, event, part.unit());
        if (predecessor != null && successor != null) {
          link(d, predecessor, successor, part.coverage(), part.shareOfPredecessor(), part.shareOfSuccessor());
        }
      }
    } else if (event instanceof Establishment) {
      create(d, event, ((Establishment) event).unit());
    }
  }

  private static int indexOf(Merger merger, UnitCode code) {
    for (int i = 0; i < merger.predecessors().size(); i++) {
      if (merger.predecessors().get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  private UnitBuilder create(PlayedDay d, ReorganisationEvent event, NewUnit spec) {
    UnitBuilder taken = assembler.unitOn(spec.code(), d.day);
    if (taken != null) {
      assembler.codeOverlap(UnitBuilder.subject(spec.code().value(), "event", event.describe()), spec.code(), taken,
          spec.name());
      return null;
    }
    UnitBuilder unit = new UnitBuilder(spec.code(), d.day, event);
    NameCheck.Named named = NameCheck.read(spec.code(), spec.name(), spec.type(), unit::subject, assembler.report);
    unit.versions.add(new VersionBuilder(d.day, named.name, named.type, parentCodeOf(d, event, spec)));
    assembler.register(unit);
    d.toResolve.add(unit);
    return unit;
  }

  private UnitBuilder continueAs(PlayedDay d, ReorganisationEvent event, UnitBuilder unit, NewUnit spec) {
    NameCheck.Named named = NameCheck.read(spec.code(), spec.name(), spec.type(), unit::subject, assembler.report);
    VersionBuilder version = unit.versionFrom(d.day);
    version.name = named.name;
    version.type = named.type;
    version.parentCode = parentCodeOf(d, event, spec);
    version.parent = null;
    version.parentResolved = false;
    d.toResolve.add(unit);
    return unit;
  }

  private UnitCode parentCodeOf(PlayedDay d, ReorganisationEvent event, NewUnit spec) {
    if (spec.parent().isPresent()) {
      return spec.parent().get();
    }
    AdministrativeLevel level = spec.code().level();
    if (level == AdministrativeLevel.PROVINCE) {
      return HierarchyAssembler.NATION;
    }
    if (level != AdministrativeLevel.NATION) {
      assembler.report.add(HierarchyRules.MISSING_PARENT.finding(Subject.of("unit", spec.code().value())
              .child("event", event.describe()))
          .arg("code", spec.code().value()).arg("period", Periods.describe(d.day, null)).actual(HierarchyAssembler.NO_PARENT).build());
    }
    return null;
  }

  private void link(PlayedDay d, UnitBuilder from, UnitBuilder to, Coverage coverage, OptionalDouble ofPredecessor,
      OptionalDouble ofSuccessor) {
    LinkDraft link = new LinkDraft(from, to, d.day, coverage, ofPredecessor, ofSuccessor);
    assembler.links.add(link);
    from.addOutgoing(link);
    d.links.add(link);
  }

  /**
   * Resolves the parent code of a unit that begins on the day. A parent that ends on the same day, having gone whole
   * into a successor, is followed into that successor, as its other children are.
   */
  private void resolveParent(PlayedDay d, UnitBuilder unit, VersionBuilder version) {
    if (version.parentCode != null && assembler.unitOn(version.parentCode, d.day) == null) {
      UnitBuilder ended = assembler.unitOn(version.parentCode, d.dayBefore);
      UnitBuilder successor = ended == null ? null : successorOn(ended, d.day);
      if (successor != null) {
        version.parent = successor;
        assembler.childOf(successor, unit);
        version.parentCode = successor.code;
        version.parentResolved = true;
        return;
      }
    }
    assembler.resolveParent(unit, version, unit.end);
  }

  // ---------------------------------------------------------------------------------------------------- phase 3

  private void changes(PlayedDay d, ReorganisationEvent event) {
    UnitCode code;
    if (event instanceof Renaming) {
      code = ((Renaming) event).code();
    } else if (event instanceof TypeChange) {
      code = ((TypeChange) event).code();
    } else if (event instanceof Move) {
      code = ((Move) event).code();
    } else {
      return;
    }
    UnitBuilder unit = assembler.unitOn(code, d.day);
    if (unit == null) {
      unknown(d, event, code, LocalizedText.of("ngày " + vi(d.day), "on " + d.day));
      return;
    }
    if (event instanceof Move) {
      UnitCode parentCode = ((Move) event).parent();
      UnitBuilder parent = assembler.unitOn(parentCode, d.day);
      if (parent == null) {
        unknown(d, event, parentCode, LocalizedText.of("ngày " + vi(d.day), "on " + d.day));
        return;
      }
      VersionBuilder version = unit.versionFrom(d.day);
      version.parentCode = parentCode;
      version.parent = parent;
      version.parentResolved = true;
      assembler.childOf(parent, unit);
      return;
    }
    VersionBuilder version = unit.versionFrom(d.day);
    if (event instanceof TypeChange) {
      TypeChange change = (TypeChange) event;
      NameCheck.checkTypeLevel(code, change.type(), unit::subject, assembler.report);
      version.type = change.type();
      change.name().ifPresent(name -> version.name = rename(unit, name, change.type()));
    } else {
      version.name = rename(unit, ((Renaming) event).name(), version.type);
    }
  }

  private String rename(UnitBuilder unit, String name, UnitType type) {
    return NameCheck.read(unit.code, name, type, unit::subject, assembler.report).name;
  }

  // ---------------------------------------------------------------------------------------------------- phase 4, 5

  private void endLevel(PlayedDay d, LevelAbolition event) {
    d.levelsEnded.add(event.level());
    for (UnitBuilder unit : new ArrayList<>(assembler.units)) {
      if (unit.code.level() != event.level()) {
        continue;
      }
      if (d.day.equals(unit.start)) {
        conflict(d, event, unit.code, LocalizedText.of("đơn vị bắt đầu đúng ngày cấp của nó kết thúc",
            "the unit begins on the day its level ends"));
      } else if (unit.isValidOn(d.dayBefore) && (unit.end == null || unit.end.isAfter(d.day))) {
        end(d, unit, event);
      }
    }
  }

  /**
   * Children of units that ended today follow them into their single whole successor, or up past an ended level.
   * Only the children of the units ended today are visited, so a long history is played in O(n log n).
   */
  private void reattachChildren(PlayedDay d) {
    Set<UnitBuilder> children = new LinkedHashSet<>();
    for (UnitBuilder ended : d.endedBy.keySet()) {
      children.addAll(HierarchyAssembler.childrenOf(ended));
    }
    for (UnitBuilder ended : assembler.rowsEndingOn(d.day)) {
      children.addAll(HierarchyAssembler.childrenOf(ended));
    }
    for (UnitBuilder child : children) {
      VersionBuilder version = child.versionOn(d.day);
      if (version == null || version.parent == null || version.parent.isValidOn(d.day)) {
        continue;
      }
      UnitBuilder parent = version.parent;
      UnitBuilder target;
      if (d.levelsEnded.contains(parent.code.level())) {
        VersionBuilder parentBefore = parent.versionOn(d.dayBefore);
        target = parentBefore == null ? null : successorOn(parentBefore.parent, d.day);
      } else {
        target = successorOn(parent, d.day);
      }
      if (target != null) {
        VersionBuilder next = child.versionFrom(d.day);
        next.parent = target;
        next.parentCode = target.code;
        next.parentResolved = true;
        assembler.childOf(target, child);
      }
    }
  }

  /** The unit itself if it exists on the day, else the unit it went into whole on that day, followed onwards. */
  private static UnitBuilder successorOn(UnitBuilder unit, LocalDate day) {
    for (int guard = 0; unit != null && guard < 64; guard++) {
      if (unit.isValidOn(day)) {
        return unit;
      }
      LinkDraft only = null;
      int count = 0;
      for (LinkDraft link : unit.outgoing == null ? List.<LinkDraft>of() : unit.outgoing) {
        if (link.date.equals(day)) {
          only = link;
          count++;
        }
      }
      if (count != 1 || only.coverage != Coverage.FULL) {
        return null;
      }
      unit = only.to;
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------------- findings

  private void unknown(PlayedDay d, ReorganisationEvent event, UnitCode code, LocalizedText when) {
    assembler.report.add(HierarchyRules.EVENT_UNKNOWN_UNIT.finding(Subject.of("event", event.describe()))
        .arg("event", event.kind()).arg("date", d.day).arg("code", code.value()).arg("when", when).build());
  }

  private void conflict(PlayedDay d, ReorganisationEvent event, UnitCode code, LocalizedText what) {
    assembler.report.add(HierarchyRules.EVENT_CONFLICT.finding(Subject.of("event", event.describe()))
        .arg("event", event.kind()).arg("date", d.day).arg("code", code.value()).actual(what).build());
  }

  private static String vi(LocalDate date) {
    return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }
}
