package vn.danso.admin;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A crosswalk between the units of two days (bảng chuyển đổi đơn vị hành chính): for each unit of the first day, the
 * units of the second day it became (forward in time) or came from (backward), each link whole or partial, with the
 * share when known; and the re-aggregation of counts from one day's units onto the other's.
 *
 * <p>A crosswalk follows the hierarchy's {@linkplain SuccessionLink succession links} day by day. A unit that continues
 * maps to itself. A unit that ended without links (a district when its level ended) maps through its children, which
 * divide it among themselves: Huyện An Minh (909) on 2025-03-01 maps to the five new communes of An Giang that its
 * eleven communes became. Backwards, a link is whole when the later unit has a single predecessor, because then all of
 * it lies in that predecessor.
 *
 * <pre>{@code
 * Crosswalk walk = hierarchy.crosswalk(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 7, 1));
 * walk.links("909");                                    // 5 partial links to 31018, 31024, 31031, 31036, 31042
 * walk.reaggregate(births, AdministrativeLevel.PROVINCE); // 909's births go whole to the new 91
 * }</pre>
 *
 * <p>Immutable and thread-safe; links are computed on demand.
 */
public final class Crosswalk {
  private static final double EPSILON = 1e-9;

  private final Hierarchy hierarchy;
  private final LocalDate from;
  private final LocalDate to;
  private final HierarchySnapshot source;
  private final HierarchySnapshot target;
  private final ImmutableSortedSet<LocalDate> days;

  Crosswalk(Hierarchy hierarchy, LocalDate from, LocalDate to) {
    this.hierarchy = hierarchy;
    this.from = from;
    this.to = to;
    this.source = hierarchy.asOf(from);
    this.target = hierarchy.asOf(to);
    boolean forward = !to.isBefore(from);
    this.days = forward
        ? hierarchy.changeDates().subSet(from, false, to, true)
        : hierarchy.changeDates().subSet(to, false, from, true).descendingSet();
  }

  /**
   * Returns the day whose units are the sources.
   *
   * @return the first day
   */
  public LocalDate from() {
    return from;
  }

  /**
   * Returns the day whose units are the targets.
   *
   * @return the second day
   */
  public LocalDate to() {
    return to;
  }

  /**
   * Returns the as-of view of the first day.
   *
   * @return the sources' view
   */
  public HierarchySnapshot source() {
    return source;
  }

  /**
   * Returns the as-of view of the second day.
   *
   * @return the targets' view
   */
  public HierarchySnapshot target() {
    return target;
  }

  /**
   * Returns the crosswalk in the other direction.
   *
   * @return the crosswalk from the second day to the first
   */
  public Crosswalk reverse() {
    return new Crosswalk(hierarchy, to, from);
  }

  /**
   * Returns where the unit with the code on the first day lies on the second day.
   *
   * @param code the code of a unit on the first day
   * @return the links, by target code; empty if no unit had the code or it has no counterpart
   */
  public ImmutableList<CrosswalkLink> links(String code) {
    return source.unit(checkNotNull(code, "code is null")).map(this::links).orElse(ImmutableList.of());
  }

  /**
   * Returns where the unit with the code on the first day lies on the second day.
   *
   * @param code the code of a unit on the first day
   * @return the links, by target code
   */
  public ImmutableList<CrosswalkLink> links(UnitCode code) {
    return links(checkNotNull(code, "code is null").value());
  }

  /** A part of the source unit on its way through the days. */
  private static final class Piece {
    final UnitId unit;
    final Coverage coverage;
    /** Share of the source in this piece, NaN if unknown. */
    final double share;

    Piece(UnitId unit, Coverage coverage, double share) {
      this.unit = unit;
      this.coverage = coverage;
      this.share = share;
    }
  }

  private ImmutableList<CrosswalkLink> links(UnitVersion start) {
    boolean forward = !to.isBefore(from);
    List<Piece> pieces = new ArrayList<>(List.of(new Piece(start.unit(), Coverage.FULL, 1.0)));
    for (LocalDate day : days) {
      List<Piece> next = new ArrayList<>();
      Deque<Piece> work = new ArrayDeque<>(pieces);
      while (!work.isEmpty()) {
        Piece piece = work.pop();
        if (forward) {
          stepForward(piece, day, next, work);
        } else {
          stepBackward(piece, day, next, work);
        }
      }
      pieces = combine(next);
    }
    ImmutableList.Builder<CrosswalkLink> links = ImmutableList.builder();
    pieces.sort(Comparator.comparing(p -> p.unit));
    for (Piece piece : pieces) {
      UnitVersion version = hierarchy.unit(piece.unit).flatMap(u -> u.versionOn(to)).orElse(null);
      if (version != null) {
        OptionalDouble share = Double.isNaN(piece.share) ? OptionalDouble.empty() : OptionalDouble.of(piece.share);
        links.add(new CrosswalkLink(start, version, piece.coverage, share));
      }
    }
    return links.build();
  }

  private void stepForward(Piece piece, LocalDate day, List<Piece> next, Deque<Piece> work) {
    AdministrativeUnit unit = hierarchy.unit(piece.unit).orElseThrow();
    List<SuccessionLink> out = onDay(hierarchy.successors(unit), day);
    if (!out.isEmpty()) {
      for (SuccessionLink link : out) {
        double share = link.shareOfPredecessor().isPresent() ? link.shareOfPredecessor().getAsDouble() : Double.NaN;
        next.add(new Piece(link.successor(), piece.coverage.then(link.coverage()), piece.share * share));
      }
    } else if (unit.isValidOn(day)) {
      next.add(piece);
    } else if (unit.isValidOn(day.minusDays(1))) {
      expand(unit, day.minusDays(1), work);
    }
  }

  private void stepBackward(Piece piece, LocalDate day, List<Piece> next, Deque<Piece> work) {
    AdministrativeUnit unit = hierarchy.unit(piece.unit).orElseThrow();
    List<SuccessionLink> in = onDay(hierarchy.predecessors(unit), day);
    LocalDate before = day.minusDays(1);
    if (!in.isEmpty()) {
      boolean single = in.size() == 1;
      for (SuccessionLink link : in) {
        double share = single ? 1.0
            : link.shareOfSuccessor().isPresent() ? link.shareOfSuccessor().getAsDouble() : Double.NaN;
        Coverage coverage = single ? Coverage.FULL : Coverage.PARTIAL;
        next.add(new Piece(link.predecessor(), piece.coverage.then(coverage), piece.share * share));
      }
    } else if (unit.isValidOn(before)) {
      next.add(piece);
    } else if (unit.isValidOn(day)) {
      expand(unit, day, work);
    }
  }

  /**
   * Replaces a unit that ends (or begins) without links by its children of that day. Each child is a part of it of
   * unknown share: children are not assumed to cover their parent exactly.
   */
  private void expand(AdministrativeUnit unit, LocalDate day, Deque<Piece> work) {
    List<UnitVersion> children = new ArrayList<>();
    for (UnitVersion child : hierarchy.childVersions(unit)) {
      if (child.isValidOn(day)) {
        children.add(child);
      }
    }
    for (UnitVersion child : children) {
      work.push(new Piece(child.unit(), Coverage.PARTIAL, Double.NaN));
    }
  }

  private static List<SuccessionLink> onDay(List<SuccessionLink> links, LocalDate day) {
    List<SuccessionLink> out = new ArrayList<>(links.size());
    for (SuccessionLink link : links) {
      if (link.effectiveDate().equals(day)) {
        out.add(link);
      }
    }
    return out;
  }

  /** Joins pieces that reached the same unit by different ways: their shares add up. */
  private static List<Piece> combine(List<Piece> pieces) {
    Map<UnitId, Piece> byUnit = new LinkedHashMap<>();
    for (Piece piece : pieces) {
      Piece other = byUnit.get(piece.unit);
      if (other == null) {
        byUnit.put(piece.unit, piece);
        continue;
      }
      double share = other.share + piece.share;
      boolean whole = other.coverage == Coverage.FULL || piece.coverage == Coverage.FULL
          || (!Double.isNaN(share) && Math.abs(share - 1) < EPSILON);
      byUnit.put(piece.unit, new Piece(piece.unit, whole ? Coverage.FULL : Coverage.PARTIAL,
          whole ? 1.0 : share));
    }
    return new ArrayList<>(byUnit.values());
  }

  /**
   * Carries additive values (counts) of the first day's units onto the second day's units. A whole link carries the
   * whole value; partial links divide it by their shares; where a partial link has no share the value is not
   * guessed: it is left out and the report says so.
   *
   * @param values values by code of a unit on the first day
   * @return the values by code of a unit on the second day, what was left out, and the findings
   */
  public Reaggregation reaggregate(Map<UnitCode, ? extends Number> values) {
    return new Reaggregation.Maker(this, null).make(values);
  }

  /**
   * Carries additive values onto the second day's units of a level, rolling each target up to its ancestor at that
   * level. A value whose links all end in one unit of the level goes there whole, shares or not: Huyện An Minh's
   * births of 2023 belong to the new Tỉnh An Giang although its communes were divided among new communes.
   *
   * @param values values by code of a unit on the first day
   * @param level the level of the result's units
   * @return the values by code of a unit of that level on the second day, what was left out, and the findings
   */
  public Reaggregation reaggregate(Map<UnitCode, ? extends Number> values, AdministrativeLevel level) {
    return new Reaggregation.Maker(this, checkNotNull(level, "level is null")).make(values);
  }
}
