package vn.danso.plan;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.danso.admin.Hierarchy;
import vn.danso.admin.HierarchySnapshot;

/**
 * The hierarchy's as-of views, one per span of days on which the hierarchy does not change, made on first use: the
 * thousands of documents of a cascade, dated on different days, share a handful of views, and so do the cascades a
 * validator checks one after another. Thread-safe.
 */
final class SnapshotCache {
  private final Hierarchy hierarchy;
  /** The days the hierarchy changed on, as epoch days, in order. */
  private final long[] changes;
  private final ConcurrentMap<Long, HierarchySnapshot> views = new ConcurrentHashMap<>();

  SnapshotCache(Hierarchy hierarchy) {
    this.hierarchy = hierarchy;
    ImmutableSortedSet<LocalDate> dates = hierarchy.changeDates();
    this.changes = new long[dates.size()];
    int i = 0;
    for (LocalDate date : dates) {
      changes[i++] = date.toEpochDay();
    }
  }

  /** The view of the day (a view of another day of the same span, which answers the same). */
  HierarchySnapshot at(LocalDate date) {
    return at(date.toEpochDay());
  }

  /** The view of the day, given as an epoch day. */
  HierarchySnapshot at(long epochDay) {
    int i = Arrays.binarySearch(changes, epochDay);
    long from = i >= 0 ? changes[i] : i == -1 ? Long.MIN_VALUE : changes[-i - 2];
    HierarchySnapshot view = views.get(from);
    return view != null ? view : views.computeIfAbsent(from, f -> hierarchy.asOf(LocalDate.ofEpochDay(epochDay)));
  }
}
