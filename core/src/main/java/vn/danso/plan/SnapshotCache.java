package vn.danso.plan;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.danso.admin.Hierarchy;
import vn.danso.admin.HierarchySnapshot;

/**
 * The hierarchy's as-of views for one validation run: one view per span of days on which the hierarchy does not
 * change, so thousands of documents dated on different days share a handful of views. Not thread-safe; one per run.
 */
final class SnapshotCache {
  private final Hierarchy hierarchy;
  private final ImmutableSortedSet<LocalDate> changes;
  private final Map<LocalDate, HierarchySnapshot> views = new HashMap<>();

  SnapshotCache(Hierarchy hierarchy) {
    this.hierarchy = hierarchy;
    this.changes = hierarchy.changeDates();
  }

  /** The view of the day (a view of another day of the same span, which answers the same). */
  HierarchySnapshot at(LocalDate date) {
    LocalDate from = changes.floor(date);
    if (from == null) {
      from = LocalDate.MIN;
    }
    HierarchySnapshot view = views.get(from);
    if (view == null) {
      view = hierarchy.asOf(date);
      views.put(from, view);
    }
    return view;
  }
}
