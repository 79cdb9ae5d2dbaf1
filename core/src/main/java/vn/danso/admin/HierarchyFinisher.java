package vn.danso.admin;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.danso.admin.HierarchyAssembler.LinkDraft;
import vn.danso.admin.UnitBuilder.VersionBuilder;

/** Freezes assembled units into an immutable {@link Hierarchy}: units sorted by identity, repeated versions joined. */
final class HierarchyFinisher {
  private HierarchyFinisher() {}

  static Hierarchy finish(HierarchyAssembler assembler) {
    List<UnitBuilder> sorted = new ArrayList<>(assembler.units);
    sorted.sort(HierarchyFinisher::compare);
    // Each identity is made once, and shared by the unit, its children's versions and its links.
    UnitId[] ids = new UnitId[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      sorted.get(i).ordinal = i;
      ids[i] = sorted.get(i).id();
    }
    ImmutableList.Builder<AdministrativeUnit> units = ImmutableList.builderWithExpectedSize(sorted.size());
    for (UnitBuilder unit : sorted) {
      units.add(freeze(unit, ids));
    }
    ImmutableList.Builder<SuccessionLink> links = ImmutableList.builderWithExpectedSize(assembler.links.size());
    List<List<SuccessionLink>> out = new ArrayList<>(Collections.nCopies(sorted.size(), null));
    List<List<SuccessionLink>> in = new ArrayList<>(Collections.nCopies(sorted.size(), null));
    for (LinkDraft draft : assembler.links) {
      SuccessionLink link = new SuccessionLink(ids[draft.from.ordinal], ids[draft.to.ordinal], draft.date,
          draft.coverage, draft.shareOfPredecessor, draft.shareOfSuccessor);
      links.add(link);
      add(out, draft.from.ordinal, link);
      add(in, draft.to.ordinal, link);
    }
    List<ReorganisationEvent> events = new ArrayList<>(assembler.applied);
    events.sort(Comparator.comparing(ReorganisationEvent::effectiveDate));
    return new Hierarchy(units.build(), links.build(), freeze(out), freeze(in), ImmutableList.copyOf(events));
  }

  private static int compare(UnitBuilder a, UnitBuilder b) {
    int byCode = a.code.compareTo(b.code);
    if (byCode != 0) {
      return byCode;
    }
    if (a.start == null || b.start == null) {
      return a.start == null ? (b.start == null ? 0 : -1) : 1;
    }
    return a.start.compareTo(b.start);
  }

  private static void add(List<List<SuccessionLink>> lists, int ordinal, SuccessionLink link) {
    List<SuccessionLink> list = lists.get(ordinal);
    if (list == null) {
      list = new ArrayList<>(2);
      lists.set(ordinal, list);
    }
    list.add(link);
  }

  private static ImmutableList<ImmutableList<SuccessionLink>> freeze(List<List<SuccessionLink>> lists) {
    ImmutableList.Builder<ImmutableList<SuccessionLink>> out = ImmutableList.builderWithExpectedSize(lists.size());
    for (List<SuccessionLink> list : lists) {
      out.add(list == null ? ImmutableList.of() : ImmutableList.copyOf(list));
    }
    return out.build();
  }

  private static AdministrativeUnit freeze(UnitBuilder unit, UnitId[] ids) {
    UnitId id = ids[unit.ordinal];
    List<VersionBuilder> kept = new ArrayList<>();
    List<LocalDate> ends = new ArrayList<>();
    for (int i = 0; i < unit.versions.size(); i++) {
      VersionBuilder version = unit.versions.get(i);
      LocalDate to = unit.endOf(i);
      if (version.from != null && to != null && !version.from.isBefore(to)) {
        continue;
      }
      if (!kept.isEmpty() && sameContent(kept.get(kept.size() - 1), version)) {
        ends.set(ends.size() - 1, to);
        continue;
      }
      kept.add(version);
      ends.add(to);
    }
    ImmutableList.Builder<UnitVersion> versions = ImmutableList.builderWithExpectedSize(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      VersionBuilder version = kept.get(i);
      UnitBuilder parent = version.parent;
      versions.add(new UnitVersion(id, version.from, ends.get(i), version.name, version.type,
          parent == null ? null : ids[parent.ordinal], unit.ordinal, parent == null ? -1 : parent.ordinal));
    }
    return new AdministrativeUnit(id, Periods.of(unit.start, unit.end), versions.build(), unit.ordinal);
  }

  private static boolean sameContent(VersionBuilder a, VersionBuilder b) {
    return a.name.equals(b.name) && a.type == b.type && a.parent == b.parent
        && Objects.equals(a.parentCode, b.parentCode);
  }
}
