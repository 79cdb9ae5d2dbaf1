package vn.danso.admin;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.graph.ElementOrder;
import com.google.common.graph.ImmutableNetwork;
import com.google.common.graph.NetworkBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Vietnam's administrative hierarchy over time (hệ thống đơn vị hành chính theo thời gian): every unit with every
 * version, and the links from units that ended to those that took over their territory.
 *
 * <p>Build one from rows and events with {@link #builder()} (or start from the built-in
 * {@link VietnamCatalogue#builder()}); the result carries the hierarchy and a report of every defect found. Ask
 * questions about one day through its {@linkplain #asOf(LocalDate) as-of view}; compare two days through a
 * {@linkplain #crosswalk(LocalDate, LocalDate) crosswalk}.
 *
 * <pre>{@code
 * HierarchyResult built = VietnamCatalogue.builder().addRows(districtsAndCommunes).addEvents(mapping).build();
 * Hierarchy vietnam = built.hierarchy();
 * vietnam.asOf(LocalDate.of(2025, 6, 30)).unit("91").get().name();   // "Kiên Giang"
 * vietnam.asOf(LocalDate.of(2025, 7, 1)).unit("91").get().name();    // "An Giang"
 * }</pre>
 *
 * <p>Immutable and thread-safe; views and crosswalks are computed on demand and can be shared.
 */
public final class Hierarchy {
  private final ImmutableList<AdministrativeUnit> units;
  private final ImmutableList<SuccessionLink> links;
  /** By unit ordinal: the links out of the unit, the links into it, the versions of its children. */
  private final ImmutableList<ImmutableList<SuccessionLink>> outgoing;
  private final ImmutableList<ImmutableList<SuccessionLink>> incoming;
  private final ImmutableList<ImmutableList<UnitVersion>> childVersions;
  private final ImmutableList<ReorganisationEvent> events;
  private final ImmutableSortedSet<LocalDate> changeDates;
  private final Supplier<ImmutableNetwork<UnitId, SuccessionLink>> successionGraph =
      Suppliers.memoize(this::buildSuccessionGraph);

  Hierarchy(ImmutableList<AdministrativeUnit> units, ImmutableList<SuccessionLink> links,
      ImmutableList<ImmutableList<SuccessionLink>> outgoing, ImmutableList<ImmutableList<SuccessionLink>> incoming,
      ImmutableList<ReorganisationEvent> events) {
    this.units = units;
    this.links = links;
    this.outgoing = outgoing;
    this.incoming = incoming;
    this.events = events;
    List<List<UnitVersion>> children = new ArrayList<>(units.size());
    for (int i = 0; i < units.size(); i++) {
      children.add(null);
    }
    // Gathered in any order with repeats, then sorted once: a long history has a date for every event.
    List<LocalDate> dates = new ArrayList<>(units.size() * 2);
    for (AdministrativeUnit unit : units) {
      unit.id().since().ifPresent(dates::add);
      if (unit.validity().hasUpperBound()) {
        dates.add(unit.validity().upperEndpoint());
      }
      for (UnitVersion version : unit.versions()) {
        if (version.parentOrdinal >= 0) {
          List<UnitVersion> list = children.get(version.parentOrdinal);
          if (list == null) {
            list = new ArrayList<>();
            children.set(version.parentOrdinal, list);
          }
          list.add(version);
        }
        if (version.validity().hasLowerBound()) {
          dates.add(version.validity().lowerEndpoint());
        }
      }
    }
    ImmutableList.Builder<ImmutableList<UnitVersion>> frozen = ImmutableList.builderWithExpectedSize(units.size());
    for (List<UnitVersion> list : children) {
      frozen.add(list == null ? ImmutableList.of() : ImmutableList.copyOf(list));
    }
    this.childVersions = frozen.build();
    for (SuccessionLink link : links) {
      dates.add(link.effectiveDate());
    }
    this.changeDates = ImmutableSortedSet.copyOf(dates);
  }

  /**
   * Returns a builder of hierarchies with nothing in it but the nation.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the as-of view of a day: the units that existed on that day, each with the version then in force.
   *
   * @param date the day
   * @return the view
   */
  public HierarchySnapshot asOf(LocalDate date) {
    return new HierarchySnapshot(this, checkNotNull(date, "date is null"));
  }

  /**
   * Returns the crosswalk from the units of one day to those of another, in either direction of time.
   *
   * @param from the day whose units are the sources
   * @param to the day whose units are the targets
   * @return the crosswalk
   */
  public Crosswalk crosswalk(LocalDate from, LocalDate to) {
    return new Crosswalk(this, checkNotNull(from, "from date is null"), checkNotNull(to, "to date is null"));
  }

  /**
   * Returns every unit, by code and then oldest first.
   *
   * @return the units, the nation included
   */
  public ImmutableList<AdministrativeUnit> units() {
    return units;
  }

  /**
   * Returns every unit that has had the code, oldest first: for {@code 91}, Tỉnh Kiên Giang and then the new Tỉnh
   * An Giang.
   *
   * @param code the code
   * @return the units, possibly none
   */
  public ImmutableList<AdministrativeUnit> units(UnitCode code) {
    checkNotNull(code, "code is null");
    int low = 0;
    int high = units.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (units.get(mid).code().compareTo(code) < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    int end = low;
    while (end < units.size() && units.get(end).code().equals(code)) {
      end++;
    }
    return units.subList(low, end);
  }

  /**
   * Returns the unit that had the code on a day.
   *
   * @param code the code
   * @param date the day
   * @return the unit, or empty if no unit had the code that day
   */
  public Optional<AdministrativeUnit> unit(UnitCode code, LocalDate date) {
    checkNotNull(date, "date is null");
    for (AdministrativeUnit unit : units(code)) {
      if (unit.isValidOn(date)) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the unit with the identity.
   *
   * @param id the identity
   * @return the unit, or empty if the hierarchy has none with that identity
   */
  public Optional<AdministrativeUnit> unit(UnitId id) {
    checkNotNull(id, "id is null");
    for (AdministrativeUnit unit : units(id.code())) {
      if (unit.id().equals(id)) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns every succession link, in the order the events made them.
   *
   * @return the links
   */
  public ImmutableList<SuccessionLink> links() {
    return links;
  }

  /**
   * Returns the succession links as a Guava network: a node for every unit the hierarchy holds, by id, in the order
   * of {@link #units()}; an edge for every link, from predecessor to successor, in the order of {@link #links()}. A
   * predecessor that continues links to itself (a self-loop). {@code Traverser.forGraph(successionGraph())} follows a
   * unit's territory forward through every reorganisation. Built on first use.
   *
   * @return the links as a network
   */
  public ImmutableNetwork<UnitId, SuccessionLink> successionGraph() {
    return successionGraph.get();
  }

  private ImmutableNetwork<UnitId, SuccessionLink> buildSuccessionGraph() {
    ImmutableNetwork.Builder<UnitId, SuccessionLink> network = NetworkBuilder.directed().allowsParallelEdges(true)
        .allowsSelfLoops(true).edgeOrder(ElementOrder.insertion()).expectedNodeCount(units.size()).immutable();
    units.forEach(unit -> network.addNode(unit.id()));
    links.forEach(link -> network.addEdge(link.predecessor(), link.successor(), link));
    return network.build();
  }

  /**
   * Returns the links from a unit to the units that took over its territory.
   *
   * @param id the predecessor
   * @return its outgoing links, possibly none
   */
  public ImmutableList<SuccessionLink> successors(UnitId id) {
    return unit(id).map(u -> outgoing.get(u.ordinal)).orElse(ImmutableList.of());
  }

  /**
   * Returns the links into a unit from the units whose territory it took over.
   *
   * @param id the successor
   * @return its incoming links, possibly none
   */
  public ImmutableList<SuccessionLink> predecessors(UnitId id) {
    return unit(id).map(u -> incoming.get(u.ordinal)).orElse(ImmutableList.of());
  }

  /**
   * Returns the events the hierarchy was built with, ordered by effective date (events of one day in the order
   * given). Events whose units were not found are included; the build report says what was not applied.
   *
   * @return the events
   */
  public ImmutableList<ReorganisationEvent> events() {
    return events;
  }

  /**
   * Returns the days on which anything changed: a unit began or ended, or a version began.
   *
   * @return the days, in order
   */
  public ImmutableSortedSet<LocalDate> changeDates() {
    return changeDates;
  }

  /** The versions of all units whose parent is the given unit, in any period. */
  ImmutableList<UnitVersion> childVersions(AdministrativeUnit parent) {
    return childVersions.get(parent.ordinal);
  }

  /** The links out of a unit. */
  ImmutableList<SuccessionLink> successors(AdministrativeUnit unit) {
    return outgoing.get(unit.ordinal);
  }

  /** The links into a unit. */
  ImmutableList<SuccessionLink> predecessors(AdministrativeUnit unit) {
    return incoming.get(unit.ordinal);
  }

  /**
   * Builds a {@link Hierarchy} from plain rows and events. Not thread-safe; {@link #build()} may be called again
   * after adding more.
   *
   * <p>Nothing is rejected with an exception for being wrong data: every defect becomes a finding of the
   * {@link HierarchyResult}'s report ({@link HierarchyRules}), and everything that can be taken is taken. The nation
   * ({@code VN}, "Việt Nam") is always present and is the parent of the provinces.
   */
  public static final class Builder {
    private final List<UnitRow> rows = new ArrayList<>();
    private final List<ReorganisationEvent> events = new ArrayList<>();

    Builder() {}

    /**
     * Adds a row.
     *
     * @param row the row
     * @return this builder
     */
    public Builder addRow(UnitRow row) {
      rows.add(checkNotNull(row, "row is null"));
      return this;
    }

    /**
     * Adds rows, in order.
     *
     * @param rows the rows
     * @return this builder
     */
    public Builder addRows(Iterable<UnitRow> rows) {
      checkNotNull(rows, "rows is null").forEach(this::addRow);
      return this;
    }

    /**
     * Adds an event.
     *
     * @param event the event
     * @return this builder
     */
    public Builder addEvent(ReorganisationEvent event) {
      events.add(checkNotNull(event, "event is null"));
      return this;
    }

    /**
     * Adds events; their order matters only among events of one day.
     *
     * @param events the events
     * @return this builder
     */
    public Builder addEvents(Iterable<? extends ReorganisationEvent> events) {
      checkNotNull(events, "events is null").forEach(this::addEvent);
      return this;
    }

    /**
     * Builds the hierarchy, checking every row and event.
     *
     * @return the hierarchy and the report of every defect found
     */
    public HierarchyResult build() {
      HierarchyAssembler assembler = new HierarchyAssembler("Việt Nam");
      rows.forEach(assembler::addRow);
      events.forEach(assembler::addEvent);
      assembler.play();
      new HierarchyChecks(assembler).run();
      Hierarchy hierarchy = HierarchyFinisher.finish(assembler);
      return new HierarchyResult(hierarchy, assembler.report.build());
    }
  }
}
