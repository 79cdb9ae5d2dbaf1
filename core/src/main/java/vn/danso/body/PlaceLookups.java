package vn.danso.body;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.danso.admin.Hierarchy;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitCode;
import vn.danso.admin.UnitName;
import vn.danso.admin.UnitVersion;
import vn.danso.text.VietnameseText;

/**
 * Ready-made {@link PlaceLookup}s (tra cứu địa danh): the one that answers from an administrative hierarchy.
 *
 * <pre>{@code
 * DocumentValidator validator = DocumentValidator.standard()
 *     .withPlaceLookup(PlaceLookups.fromHierarchy(hierarchy));
 * }</pre>
 */
public final class PlaceLookups {
  private PlaceLookups() {}

  /**
   * Returns the lookup that answers from a hierarchy: a place name fits a unit on a day when it names, on that day,
   * the unit itself or a unit within it. Names compare as {@link UnitName} compares them (case, spacing, dashes and
   * tone-mark placement folded); a type prefix, when written, must fit the unit's type. So "Thành phố Huế" fits
   * Tỉnh Thừa Thiên Huế (46) in 2018 when the hierarchy holds the district-level city of Huế (474) under it, and
   * fits unit 46 itself from 2025-01-01, when the province became Thành phố Huế.
   *
   * <p>The lookup indexes the units' names once for each span of days on which the hierarchy does not change, on
   * first use; it is thread-safe.
   *
   * @param hierarchy the hierarchy
   * @return the lookup
   */
  public static PlaceLookup fromHierarchy(Hierarchy hierarchy) {
    return new HierarchyPlaces(checkNotNull(hierarchy, "hierarchy is null"));
  }

  /** Place names of a hierarchy, indexed per span of days without change. */
  private static final class HierarchyPlaces implements PlaceLookup {
    private final Hierarchy hierarchy;
    private final ImmutableSortedSet<LocalDate> changes;
    private final ConcurrentMap<LocalDate, Names> bySpan = new ConcurrentHashMap<>();

    HierarchyPlaces(Hierarchy hierarchy) {
      this.hierarchy = hierarchy;
      this.changes = hierarchy.changeDates();
    }

    @Override
    public boolean names(String placeName, UnitCode unit, LocalDate date) {
      if (placeName == null || unit == null || date == null) {
        return false;
      }
      LocalDate from = changes.floor(date);
      Names names = bySpan.computeIfAbsent(from == null ? LocalDate.MIN : from,
          d -> new Names(hierarchy.asOf(date)));
      UnitName written = UnitName.parse(placeName);
      for (UnitVersion candidate : names.get(written.matchKey())) {
        boolean prefixFits = written.prefix().isEmpty() || written.prefixMatches(candidate.type());
        if (prefixFits && names.snapshot.isWithin(candidate.code(), unit)) {
          return true;
        }
      }
      String whole = VietnameseText.matchKey(placeName);
      if (!whole.equals(written.matchKey())) {
        for (UnitVersion candidate : names.get(whole)) {
          if (names.snapshot.isWithin(candidate.code(), unit)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /** The units of one view by the matching key of their proper names. */
  private static final class Names {
    final HierarchySnapshot snapshot;
    private final Map<String, List<UnitVersion>> byKey;

    Names(HierarchySnapshot snapshot) {
      this.snapshot = snapshot;
      Map<String, List<UnitVersion>> map = new HashMap<>();
      for (UnitVersion unit : snapshot.units()) {
        map.computeIfAbsent(VietnameseText.matchKey(unit.name()), k -> new ArrayList<>(1)).add(unit);
      }
      this.byKey = map;
    }

    List<UnitVersion> get(String key) {
      return byKey.getOrDefault(key, ImmutableList.of());
    }
  }
}
