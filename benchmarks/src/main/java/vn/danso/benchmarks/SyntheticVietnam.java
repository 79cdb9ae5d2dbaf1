package vn.danso.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.danso.admin.Merger;
import vn.danso.admin.MergerPart;
import vn.danso.admin.NewUnit;
import vn.danso.admin.ReorganisationEvent;
import vn.danso.admin.UnitCode;
import vn.danso.admin.UnitRow;
import vn.danso.admin.UnitType;
import vn.danso.admin.VietnamCatalogue;

/**
 * A synthetic administrative map of the real shape (the 63 built-in provinces, 696 districts, 10,047 communes on
 * 2025-03-01), and a synthetic 2025 rearrangement of its communes: within each old province, every three communes
 * form one new commune of the new province; one group in ten takes one predecessor only in part. Names and codes are
 * made up; sizes and structure are what matter for timing.
 */
final class SyntheticVietnam {
  static final int DISTRICTS = 696;
  static final int COMMUNES = 10_047;
  static final LocalDate JULY_1 = VietnamCatalogue.TWO_TIER_FROM;

  final List<UnitRow> rows = new ArrayList<>();
  final List<ReorganisationEvent> communeEvents = new ArrayList<>();
  /** Commune code → district code → province code, as the rows give them. */
  final Map<String, String> parentOf = new HashMap<>();
  final List<String> communeCodes = new ArrayList<>();
  final List<String> provinceCodes = new ArrayList<>();

  SyntheticVietnam() {
    List<UnitRow> provinces = VietnamCatalogue.provinces();
    provinces.forEach(p -> provinceCodes.add(p.code()));
    Map<String, String> newProvince = new HashMap<>();
    VietnamCatalogue.provinceMergers().forEach(m -> m.predecessors()
        .forEach(p -> newProvince.put(p.code().value(), m.successor().code().value())));
    Map<String, List<String>> communesOfProvince = new HashMap<>();
    for (int d = 0; d < DISTRICTS; d++) {
      String district = String.format("%03d", 100 + d);
      String province = provinceCodes.get(d % provinceCodes.size());
      rows.add(UnitRow.of(district, "Huyện Thử " + d, province));
      parentOf.put(district, province);
    }
    for (int c = 0; c < COMMUNES; c++) {
      String commune = String.format("%05d", 10_000 + c);
      String district = String.format("%03d", 100 + c % DISTRICTS);
      rows.add(UnitRow.of(commune, "Xã Thử " + c, district));
      parentOf.put(commune, district);
      communeCodes.add(commune);
      communesOfProvince.computeIfAbsent(parentOf.get(district), p -> new ArrayList<>()).add(commune);
    }
    int group = 0;
    for (String province : provinceCodes) {
      List<String> communes = communesOfProvince.getOrDefault(province, List.of());
      String successor = newProvince.getOrDefault(province, province);
      for (int i = 0; i < communes.size(); i += 3) {
        List<String> parts = communes.subList(i, Math.min(i + 3, communes.size()));
        Merger.Builder merger = Merger.builder().effectiveDate(JULY_1)
            .successor(NewUnit.builder().code(UnitCode.of(parts.get(0))).name("Xã Mới " + group)
                .type(UnitType.XA).parent(UnitCode.of(successor)).build());
        for (String part : parts) {
          merger.addPredecessors(MergerPart.whole(part));
        }
        communeEvents.add(merger.build());
        group++;
      }
    }
    // One group in ten also takes part of the first commune of the next group, which is then divided between two.
    for (int k = 0; k + 1 < communeEvents.size(); k += 10) {
      Merger merger = (Merger) communeEvents.get(k);
      Merger next = (Merger) communeEvents.get(k + 1);
      if (!merger.successor().parent().equals(next.successor().parent()) || next.predecessors().size() < 2) {
        continue;
      }
      UnitCode shared = next.predecessors().get(1).code();
      communeEvents.set(k, Merger.builder().effectiveDate(JULY_1).successor(merger.successor())
          .addAllPredecessors(merger.predecessors()).addPredecessors(MergerPart.part(shared.value())).build());
      List<MergerPart> rest = new ArrayList<>(next.predecessors());
      rest.set(1, MergerPart.part(shared.value()));
      communeEvents.set(k + 1, Merger.builder().effectiveDate(JULY_1).successor(next.successor())
          .addAllPredecessors(rest).build());
    }
  }
}
