package vn.danso.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.danso.testing.Gen;

/**
 * Generates a consistent administrative history: provinces, districts and communes as rows, then a random sequence
 * of events (renamings, type changes, moves, mergers, splits with and without shares, abolitions, province mergers,
 * the end of the district level), several of them on the same day. The generator keeps its own model of which units
 * exist so that every event names units that exist on its day.
 */
final class EventTrees {
  final List<UnitRow> rows = new ArrayList<>();
  final List<ReorganisationEvent> events = new ArrayList<>();
  final List<LocalDate> days = new ArrayList<>();

  /** A unit of the model: code, level, parent (null for a province), the first and the day after the last. */
  private static final class Node {
    final String code;
    final AdministrativeLevel level;
    Node parent;
    final LocalDate start;
    LocalDate end;
    /** The last day a renaming, type change or move named this unit, or that a unit moved under it. */
    LocalDate changed;

    Node(String code, AdministrativeLevel level, Node parent, LocalDate start) {
      this.code = code;
      this.level = level;
      this.parent = parent;
      this.start = start;
    }

    boolean liveBefore(LocalDate day) {
      return (start == null || start.isBefore(day)) && end == null;
    }

    /** Whether an event of the day may end this unit: events of one day end units before they change them. */
    boolean mayEnd(LocalDate day) {
      return liveBefore(day) && !day.equals(changed);
    }
  }

  private final Gen gen;
  private final List<Node> nodes = new ArrayList<>();
  private int nextProvince = 10;
  private int nextDistrict = 100;
  private int nextCommune = 10000;
  private int nextName = 0;
  private boolean districtsEnded;

  EventTrees(Gen gen) {
    this.gen = gen;
    int provinces = gen.intBetween(1, 4);
    for (int p = 0; p < provinces; p++) {
      Node province = add(String.valueOf(nextProvince++), AdministrativeLevel.PROVINCE, null, null);
      rows.add(UnitRow.of(province.code, "Tỉnh " + name(), null));
      int districts = gen.intBetween(1, 3);
      for (int d = 0; d < districts; d++) {
        Node district = add(String.valueOf(nextDistrict++), AdministrativeLevel.DISTRICT, province, null);
        rows.add(UnitRow.of(district.code, "Huyện " + name(), province.code));
        int communes = gen.intBetween(1, 5);
        for (int c = 0; c < communes; c++) {
          Node commune = add(String.valueOf(nextCommune++), AdministrativeLevel.COMMUNE, district, null);
          rows.add(UnitRow.of(commune.code, "Xã " + name(), district.code));
        }
      }
    }
    LocalDate day = LocalDate.of(2020, 1, 1);
    int count = gen.intBetween(5, 30);
    for (int i = 0; i < count; i++) {
      if (!gen.chance(0.3)) {
        day = day.plusDays(gen.intBetween(1, 90));
      }
      event(day);
    }
  }

  private String name() {
    return "Số " + (nextName++);
  }

  private Node add(String code, AdministrativeLevel level, Node parent, LocalDate start) {
    Node node = new Node(code, level, parent, start);
    nodes.add(node);
    return node;
  }

  private List<Node> live(AdministrativeLevel level, LocalDate day) {
    List<Node> out = new ArrayList<>();
    for (Node node : nodes) {
      if (node.level == level && node.liveBefore(day)) {
        out.add(node);
      }
    }
    return out;
  }

  /** Where new and moved communes go: a live district, or a live province once districts have ended. */
  private List<Node> communeParents(LocalDate day) {
    List<Node> out = new ArrayList<>();
    for (Node node : nodes) {
      boolean fits = districtsEnded ? node.level == AdministrativeLevel.PROVINCE
          : node.level == AdministrativeLevel.DISTRICT;
      if (fits && node.end == null && (node.start == null || !node.start.isAfter(day))) {
        out.add(node);
      }
    }
    return out;
  }

  private void event(LocalDate day) {
    List<Node> communes = live(AdministrativeLevel.COMMUNE, day);
    int kind = gen.intBetween(0, 9);
    if (communes.size() < 2 && kind >= 3 && kind <= 6) {
      kind = 0;
    }
    switch (kind) {
      case 0:
        if (!communes.isEmpty()) {
          Node n = gen.pick(communes);
          events.add(Renaming.of(day, n.code, name()));
          n.changed = day;
          days.add(day);
        }
        break;
      case 1:
        if (!communes.isEmpty()) {
          Node n = gen.pick(communes);
          events.add(TypeChange.of(day, n.code, gen.pick(UnitType.PHUONG, UnitType.THI_TRAN, UnitType.XA)));
          n.changed = day;
          days.add(day);
        }
        break;
      case 2:
        List<Node> parents = communeParents(day);
        if (!communes.isEmpty() && !parents.isEmpty()) {
          Node n = gen.pick(communes);
          Node parent = gen.pick(parents);
          events.add(Move.of(day, n.code, parent.code));
          n.parent = parent;
          n.changed = day;
          parent.changed = day;
          days.add(day);
        }
        break;
      case 3:
      case 4:
        merge(day, endable(communes, day));
        break;
      case 5:
      case 6:
        if (!endable(communes, day).isEmpty()) {
          split(day, gen.pick(endable(communes, day)));
        }
        break;
      case 7:
        if (!endable(communes, day).isEmpty()) {
          Node n = gen.pick(endable(communes, day));
          events.add(Abolition.of(day, n.code));
          n.end = day;
          days.add(day);
        }
        break;
      case 8:
        mergeProvinces(day);
        break;
      default:
        if (!districtsEnded && gen.chance(0.5)) {
          endDistricts(day);
        }
        break;
    }
  }

  private static List<Node> endable(List<Node> nodes, LocalDate day) {
    List<Node> out = new ArrayList<>();
    for (Node node : nodes) {
      if (node.mayEnd(day)) {
        out.add(node);
      }
    }
    return out;
  }

  private void merge(LocalDate day, List<Node> communes) {
    if (communes.size() < 2) {
      return;
    }
    Node first = gen.pick(communes);
    Node second = gen.pick(communes);
    if (first == second || first.parent == null || first.parent.end != null) {
      return;
    }
    boolean continues = gen.chance(0.3);
    String code = continues ? first.code : String.valueOf(nextCommune++);
    Merger merger = Merger.builder().effectiveDate(day).continues(continues)
        .successor(NewUnit.of(code, "Xã " + name(), UnitType.XA, first.parent.code))
        .addPredecessors(MergerPart.whole(first.code), MergerPart.whole(second.code)).build();
    events.add(merger);
    days.add(day);
    second.end = day;
    first.changed = day;
    if (!continues) {
      first.end = day;
      add(code, AdministrativeLevel.COMMUNE, first.parent, day);
    }
  }

  private void split(LocalDate day, Node node) {
    if (node.parent == null || node.parent.end != null) {
      return;
    }
    boolean shares = gen.chance(0.5);
    double share = gen.intBetween(1, 9) / 10.0;
    String a = String.valueOf(nextCommune++);
    String b = String.valueOf(nextCommune++);
    SplitPart first = shares ? SplitPart.of(NewUnit.of(a, "Xã " + name(), UnitType.XA, node.parent.code), share)
        : SplitPart.of(NewUnit.of(a, "Xã " + name(), UnitType.XA, node.parent.code));
    SplitPart second = shares
        ? SplitPart.of(NewUnit.of(b, "Xã " + name(), UnitType.XA, node.parent.code), 1 - share)
        : SplitPart.of(NewUnit.of(b, "Xã " + name(), UnitType.XA, node.parent.code));
    events.add(Split.of(day, node.code, first, second));
    days.add(day);
    node.end = day;
    add(a, AdministrativeLevel.COMMUNE, node.parent, day);
    add(b, AdministrativeLevel.COMMUNE, node.parent, day);
  }

  private void mergeProvinces(LocalDate day) {
    List<Node> provinces = endable(live(AdministrativeLevel.PROVINCE, day), day);
    if (provinces.size() < 2) {
      return;
    }
    Node first = provinces.get(0);
    Node second = provinces.get(1);
    String code = String.valueOf(nextProvince++);
    events.add(Merger.of(day, NewUnit.of(code, "Tỉnh " + name(), UnitType.TINH, null),
        MergerPart.whole(first.code), MergerPart.whole(second.code)));
    days.add(day);
    first.end = day;
    second.end = day;
    Node merged = add(code, AdministrativeLevel.PROVINCE, null, day);
    for (Node node : nodes) {
      if ((node.parent == first || node.parent == second) && node.end == null) {
        node.parent = merged;
      }
    }
  }

  private void endDistricts(LocalDate day) {
    events.add(LevelAbolition.of(day, AdministrativeLevel.DISTRICT));
    days.add(day);
    districtsEnded = true;
    for (Node node : nodes) {
      if (node.level == AdministrativeLevel.DISTRICT && node.end == null) {
        node.end = day;
      }
    }
    for (Node node : nodes) {
      if (node.parent != null && node.parent.level == AdministrativeLevel.DISTRICT && node.end == null) {
        node.parent = node.parent.parent;
      }
    }
  }

  HierarchyResult build() {
    return Hierarchy.builder().addRows(rows).addEvents(events).build();
  }
}
