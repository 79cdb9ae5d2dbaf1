package vn.danso.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.danso.admin.HierarchyAssembler.LinkDraft;

/**
 * The state of one day while {@link EventPlayer} plays it. A long history has as many days as events, so the
 * collections are made small: most days hold one event.
 */
final class PlayedDay {
  final LocalDate day;
  final LocalDate dayBefore;
  final List<ReorganisationEvent> events;
  /** The units each merger or split found to end, by event (the same event given twice is one entry). */
  final Map<ReorganisationEvent, List<UnitBuilder>> predecessors = new IdentityHashMap<>(1);
  final Map<UnitBuilder, ReorganisationEvent> endedBy = new LinkedHashMap<>();
  final List<UnitBuilder> toResolve = new ArrayList<>();
  final List<LinkDraft> links = new ArrayList<>();
  final Set<AdministrativeLevel> levelsEnded = EnumSet.noneOf(AdministrativeLevel.class);

  PlayedDay(LocalDate day, List<ReorganisationEvent> events) {
    this.day = day;
    this.dayBefore = day.minusDays(1);
    this.events = events;
  }
}
