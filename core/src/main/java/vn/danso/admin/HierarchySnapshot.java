package vn.danso.admin;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.Maps;
import com.google.common.graph.ImmutableGraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrative map as it was on one day (hệ thống đơn vị hành chính tại một thời điểm): every unit that existed
 * that day, with the {@linkplain UnitVersion version} then in force, arranged as a tree under the nation.
 *
 * <p>This is what other parts of a system ask: "which unit had code 91 on 2025-07-01?" ({@link #unit}), "what was its
 * name and type?" ({@link #name}, {@link #type}), "is Xã An Minh within Tỉnh An Giang?" ({@link #isWithin}), "which
 * communes does this province have?" ({@link #children}, {@link #childCodes}, {@link #descendants}).
 *
 * <pre>{@code
 * HierarchySnapshot july = hierarchy.asOf(LocalDate.of(2025, 7, 1));
 * july.isWithin("31018", "91");          // true: Xã An Minh lies in Tỉnh An Giang
 * july.childCodes("91");                 // the communes of An Giang, by code
 * july.path("31018");                    // Việt Nam › Tỉnh An Giang › Xã An Minh
 * }</pre>
 *
 * <p>Lookups by code take constant time; {@link #isWithin} compares two positions of a depth-first numbering, so it
 * costs the same for a chain a million units deep; {@link #children} and {@link #descendants} return views of
 * lists built once. Nothing here recurses. For anything else a graph library does, {@link #graph()} is the same tree
 * as a Guava {@code ImmutableGraph} ({@code Traverser.forTree(july.graph())}). Immutable and thread-safe.
 */
public final class HierarchySnapshot {
  private final LocalDate date;
  /** Versions in code order. */
  private final ImmutableList<UnitVersion> units;
  private final Map<String, Integer> index;
  private final int[] parent;
  private final TreeIndex tree;
  private final Supplier<ImmutableGraph<UnitVersion>> graph;

  HierarchySnapshot(Hierarchy hierarchy, LocalDate date) {
    this.date = date;
    ImmutableList<AdministrativeUnit> all = hierarchy.units();
    int[] position = new int[all.size()];
    ImmutableList.Builder<UnitVersion> present = ImmutableList.builder();
    int n = 0;
    for (int i = 0; i < all.size(); i++) {
      UnitVersion version = all.get(i).versionOrNull(date);
      position[i] = version == null ? -1 : n++;
      if (version != null) {
        present.add(version);
      }
    }
    this.units = present.build();
    this.index = Maps.newHashMapWithExpectedSize(n);
    this.parent = new int[n];
    for (int i = 0; i < n; i++) {
      UnitVersion version = units.get(i);
      index.put(version.code().value(), i);
      parent[i] = version.parentOrdinal < 0 ? -1 : position[version.parentOrdinal];
    }
    this.tree = new TreeIndex(units, parent);
    this.graph = Suppliers.memoize(tree::graph);
  }

  private int position(String code) {
    Integer i = index.get(checkNotNull(code, "code is null"));
    return i == null ? -1 : i;
  }

  private int position(UnitCode code) {
    return position(checkNotNull(code, "code is null").value());
  }

  private Optional<UnitVersion> at(int i) {
    return i < 0 ? Optional.empty() : Optional.of(units.get(i));
  }

  /**
   * Returns the day of this view.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the unit with the code on this day.
   *
   * @param code the code
   * @return the unit's version in force, or empty if no unit had the code that day
   */
  public Optional<UnitVersion> unit(UnitCode code) {
    return at(position(code));
  }

  /**
   * Returns the unit with the code on this day.
   *
   * @param code the code as text, e.g. {@code "91"}; text that is not a code finds nothing
   * @return the unit's version in force, or empty
   */
  public Optional<UnitVersion> unit(String code) {
    return at(position(code));
  }

  /**
   * Returns true if a unit had the code on this day.
   *
   * @param code the code
   * @return whether the code was in use
   */
  public boolean contains(String code) {
    return position(code) >= 0;
  }

  /**
   * Returns the unit's name on this day, without its type prefix.
   *
   * @param code the code
   * @return the name, or empty if no unit had the code
   */
  public Optional<String> name(String code) {
    return unit(code).map(UnitVersion::name);
  }

  /**
   * Returns the unit's type on this day.
   *
   * @param code the code
   * @return the type, or empty if no unit had the code
   */
  public Optional<UnitType> type(String code) {
    return unit(code).map(UnitVersion::type);
  }

  /**
   * Returns the unit's level (the same every day, since it follows from the code).
   *
   * @param code the code
   * @return the level, or empty if no unit had the code on this day
   */
  public Optional<AdministrativeLevel> level(String code) {
    return unit(code).map(UnitVersion::level);
  }

  /**
   * Returns the unit's parent on this day.
   *
   * @param code the code
   * @return the parent, or empty for the nation or an unknown code
   */
  public Optional<UnitVersion> parent(String code) {
    int i = position(code);
    return i < 0 ? Optional.empty() : at(parent[i]);
  }

  /**
   * Returns the unit's parent on this day.
   *
   * @param code the code
   * @return the parent, or empty for the nation or an unknown code
   */
  public Optional<UnitVersion> parent(UnitCode code) {
    return parent(checkNotNull(code, "code is null").value());
  }

  /**
   * Returns the unit's children on this day, in code order; a view, computed once.
   *
   * @param code the code
   * @return the children, empty for a leaf or an unknown code
   */
  public ImmutableList<UnitVersion> children(String code) {
    int i = position(code);
    return i < 0 ? ImmutableList.of() : tree.children(i);
  }

  /**
   * Returns the unit's children on this day, in code order.
   *
   * @param code the code
   * @return the children
   */
  public ImmutableList<UnitVersion> children(UnitCode code) {
    return children(checkNotNull(code, "code is null").value());
  }

  /**
   * Returns the codes of the unit's children on this day, in code order: what rolling values up the hierarchy needs;
   * a view, computed once.
   *
   * @param code the code
   * @return the children's codes
   */
  public ImmutableList<UnitCode> childCodes(String code) {
    int i = position(code);
    return i < 0 ? ImmutableList.of() : tree.childCodes(i);
  }

  /**
   * Returns the codes of the unit's children on this day.
   *
   * @param code the code
   * @return the children's codes
   */
  public ImmutableList<UnitCode> childCodes(UnitCode code) {
    return childCodes(checkNotNull(code, "code is null").value());
  }

  /**
   * Returns every unit below the unit on this day, depth first (each unit before its children, children in code
   * order); a view, computed once.
   *
   * @param code the code
   * @return the descendants, without the unit itself
   */
  public ImmutableList<UnitVersion> descendants(String code) {
    int i = position(code);
    return i < 0 ? ImmutableList.of() : tree.descendants(i);
  }

  /**
   * Returns the unit's ancestors on this day, nearest first: parent, grandparent, …, the nation.
   *
   * @param code the code
   * @return the ancestors
   */
  public ImmutableList<UnitVersion> ancestors(String code) {
    int i = position(code);
    if (i < 0) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<UnitVersion> list = ImmutableList.builder();
    for (int p = parent[i]; p >= 0; p = parent[p]) {
      list.add(units.get(p));
    }
    return list.build();
  }

  /**
   * Returns the path from the top of the tree to the unit: the nation, its province, …, the unit itself.
   *
   * @param code the code
   * @return the path, empty for an unknown code
   */
  public ImmutableList<UnitVersion> path(String code) {
    int i = position(code);
    if (i < 0) {
      return ImmutableList.of();
    }
    List<UnitVersion> reversed = new ArrayList<>();
    for (int p = i; p >= 0; p = parent[p]) {
      reversed.add(units.get(p));
    }
    return ImmutableList.copyOf(reversed).reverse();
  }

  /**
   * Returns the unit's ancestor, or the unit itself, at a level: the province of a commune.
   *
   * @param code the code
   * @param level the level
   * @return the unit at that level on the path to the top, or empty if there is none
   */
  public Optional<UnitVersion> ancestorAt(String code, AdministrativeLevel level) {
    checkNotNull(level, "level is null");
    for (int p = position(code); p >= 0; p = parent[p]) {
      if (units.get(p).level() == level) {
        return Optional.of(units.get(p));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns true if unit {@code x} lies within unit {@code y} on this day: {@code y} is {@code x} or one of its
   * ancestors (jurisdiction). False if either code names no unit that day. Constant time.
   *
   * @param x the code of the unit that may lie within
   * @param y the code of the unit that may contain it
   * @return whether {@code x} is within {@code y}
   */
  public boolean isWithin(String x, String y) {
    int ix = position(x);
    int iy = position(y);
    return ix >= 0 && iy >= 0 && tree.isWithin(ix, iy);
  }

  /**
   * Returns true if unit {@code x} lies within unit {@code y} on this day.
   *
   * @param x the code of the unit that may lie within
   * @param y the code of the unit that may contain it
   * @return whether {@code x} is within {@code y}
   */
  public boolean isWithin(UnitCode x, UnitCode y) {
    return isWithin(checkNotNull(x, "x is null").value(), checkNotNull(y, "y is null").value());
  }

  /**
   * Returns this day's tree as a Guava graph: directed, an edge from each unit to each unit directly below it, the
   * nation its root; nodes in depth-first order and each unit's successors in code order, so that
   * {@code Traverser.forTree(graph()).depthFirstPreOrder(unit)} walks the unit and then its {@link #descendants}.
   * Built on first use; the queries of this class answer from their own index and do not need it.
   *
   * @return the tree as a graph
   */
  public ImmutableGraph<UnitVersion> graph() {
    return graph.get();
  }

  /**
   * Returns every unit of this day, in code order.
   *
   * @return the units
   */
  public ImmutableList<UnitVersion> units() {
    return units;
  }

  /**
   * Returns the units of a level on this day, in code order.
   *
   * @param level the level
   * @return the units at that level
   */
  public ImmutableList<UnitVersion> units(AdministrativeLevel level) {
    checkNotNull(level, "level is null");
    return units.stream().filter(u -> u.level() == level).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the number of units of each level on this day (levels with none left out).
   *
   * @return the counts, top level first
   */
  public ImmutableMap<AdministrativeLevel, Integer> countsByLevel() {
    Map<AdministrativeLevel, Integer> counts = new EnumMap<>(AdministrativeLevel.class);
    units.forEach(u -> counts.merge(u.level(), 1, Integer::sum));
    return ImmutableMap.copyOf(counts);
  }

  /**
   * Returns the number of units of each type on this day (types with none left out).
   *
   * @return the counts, in the order of {@link UnitType}
   */
  public ImmutableMap<UnitType, Integer> countsByType() {
    Map<UnitType, Integer> counts = new EnumMap<>(UnitType.class);
    units.forEach(u -> counts.merge(u.type(), 1, Integer::sum));
    return ImmutableMap.copyOf(counts);
  }

  /**
   * Returns the units whose name matches, after normalisation and tone-mark style folding. Written with its type
   * prefix, the name also selects the type: {@code findByName("Xã Đông Hoà")} finds Xã Đông Hòa but not Phường Đông
   * Hòa; written without one ({@code "Đông Hòa"}) it finds units of every type with that proper name. Linear in the
   * number of units.
   *
   * @param name the name as written
   * @return the matching units, in code order
   */
  public ImmutableList<UnitVersion> findByName(CharSequence name) {
    NameQuery query = new NameQuery(checkNotNull(name, "name is null"));
    return units.stream().filter(query::matches).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the number of units on this day.
   *
   * @return the count
   */
  public int size() {
    return units.size();
  }

  /** Returns the date and the count of units by level. */
  @Override
  public String toString() {
    return "HierarchySnapshot[" + date + ", " + countsByLevel() + "]";
  }
}
