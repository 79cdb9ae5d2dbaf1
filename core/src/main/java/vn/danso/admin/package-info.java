/**
 * Vietnam's administrative units over time (đơn vị hành chính): levels, unit types and codes, time-versioned units,
 * the events that reorganise them, the hierarchy with its as-of views and crosswalks, and the built-in catalogue.
 *
 * <h2>Units, codes and identity</h2>
 *
 * <p>A unit sits at an {@link vn.danso.admin.AdministrativeLevel} (nation, province, district until 2025-06-30,
 * commune, and below the commune the villages and residential groups where population collaborators work) and has a
 * {@link vn.danso.admin.UnitType} of that level (tỉnh, quận, phường, thôn…). Its {@link vn.danso.admin.UnitCode} is
 * the statistics office's code, but <em>a code is not an identity</em>: codes are reused (91 meant Kiên Giang until
 * 2025-06-30 and means the new An Giang from 2025-07-01). A unit's identity, {@link vn.danso.admin.UnitId}, is its
 * code and its first day. An {@link vn.danso.admin.AdministrativeUnit} keeps every {@link vn.danso.admin.UnitVersion}
 * (name, type, parent) it has had; nothing is overwritten.
 *
 * <h2>Events</h2>
 *
 * <p>The map changes by {@link vn.danso.admin.ReorganisationEvent}s with an effective date: establishment, renaming,
 * type change (Thừa Thiên Huế became a centrally governed city on 2025-01-01), move, merger, split (links whole or
 * partial, with shares when known), abolition, and the end of a level (districts on 2025-07-01, when communes came
 * directly under their province). Mergers and splits leave {@link vn.danso.admin.SuccessionLink}s between the units
 * that ended and those that took over.
 *
 * <h2>The hierarchy and its views</h2>
 *
 * <p>A {@link vn.danso.admin.Hierarchy} is built from plain {@link vn.danso.admin.UnitRow}s and events; the
 * {@link vn.danso.admin.HierarchyResult} carries it with a report of every defect ({@link
 * vn.danso.admin.HierarchyRules}): bad data never throws. {@link vn.danso.admin.Hierarchy#asOf} gives the
 * {@link vn.danso.admin.HierarchySnapshot} of one day, which answers unit by code, parent, children, ancestors,
 * descendants, path and "is x within y" in constant or linear time without recursion. A
 * {@link vn.danso.admin.Crosswalk} maps the units of one day onto those of another, in either direction, and
 * re-aggregates counts without guessing shares it does not have. Names are compared as real lists write them, through
 * {@link vn.danso.admin.UnitName}.
 *
 * <h2>The built-in catalogue</h2>
 *
 * <p>{@link vn.danso.admin.VietnamCatalogue} knows the 63 provinces before 2025-07-01, the 34 after, which old
 * provinces formed each new one, Huế's upgrade and the end of the district level. Users add their districts,
 * communes, villages and later events to its builder without waiting for a new release of the library.
 */
package vn.danso.admin;
