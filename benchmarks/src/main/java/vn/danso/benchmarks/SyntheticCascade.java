package vn.danso.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.Hierarchy;
import vn.danso.admin.HierarchyResult;
import vn.danso.admin.UnitCode;
import vn.danso.admin.UnitRow;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.body.Body;
import vn.danso.body.BodyKind;
import vn.danso.body.BodyKinds;
import vn.danso.body.Jurisdiction;
import vn.danso.document.Document;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentReference;
import vn.danso.document.DocumentType;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.Period;
import vn.danso.indicator.Target;
import vn.danso.indicator.TargetKind;
import vn.danso.plan.Phase;
import vn.danso.plan.Plan;
import vn.danso.plan.PlanTarget;
import vn.danso.plan.Task;

/**
 * A synthetic nationwide cascade of the given size: a central resolution with the 2030 targets the built-in catalogue
 * attributes to 21-NQ/TW; for every province, district and commune a Party committee's plan implementing the plan of
 * the Party committee above and a People's Committee's plan implementing its own Party committee's. Provinces restate
 * three targets (as strict as the centre's), districts add two phases, People's Committees assign tasks to bodies
 * within their territory. The 63 built-in provinces; districts and communes are made up (names and codes), in the
 * real proportion until the 3-digit district codes run out. Every document is valid: validation finds nothing.
 */
final class SyntheticCascade {
  final Hierarchy hierarchy;
  final List<Plan> plans = new ArrayList<>();
  /** For the baseline: each unit's parent code. */
  final Map<String, String> parentOf = new HashMap<>();

  SyntheticCascade(int documents) {
    int units = (documents - 1) / 2;
    List<UnitRow> rows = new ArrayList<>(VietnamCatalogue.provinces());
    List<String> provinces = rows.stream().map(UnitRow::code).toList();
    int districts = Math.min(999, Math.max(provinces.size(), Math.round(units * 0.07f)));
    int communes = units - provinces.size() - districts;
    List<String> districtCodes = new ArrayList<>();
    for (int d = 0; d < districts; d++) {
      String code = String.format("%03d", d + 1);
      String province = provinces.get(d % provinces.size());
      rows.add(UnitRow.of(code, "Huyện Thử " + d, province));
      districtCodes.add(code);
      parentOf.put(code, province);
    }
    List<String> communeCodes = new ArrayList<>();
    for (int c = 0; c < communes; c++) {
      String code = String.format("%05d", c + 1);
      String district = districtCodes.get(c % districts);
      rows.add(UnitRow.of(code, "Xã Thử " + c, district));
      communeCodes.add(code);
      parentOf.put(code, district);
    }
    provinces.forEach(p -> parentOf.put(p, "VN"));
    HierarchyResult built = Hierarchy.builder().addRows(rows).build();
    if (!built.report().isEmpty()) {
      throw new IllegalStateException("synthetic hierarchy is not clean: " + built.report().size() + " findings");
    }
    this.hierarchy = built.hierarchy();

    Body centre = Body.builder().id("party.tw").name("Ban Chấp hành Trung ương Đảng")
        .kind(BodyKinds.PARTY_CENTRAL_COMMITTEE).jurisdiction(Jurisdiction.nation()).build();
    Document resolution = Document.builder().number(DocumentNumber.parse("21-NQ/TW"))
        .type(DocumentType.RESOLUTION).issuer(centre).date(LocalDate.of(2017, 10, 25)).committeeTerm(12).build();
    List<Target> nq21 = IndicatorCatalogue.builtIn().targets().stream()
        .filter(t -> t.sources().stream().anyMatch(s -> s.document().equals("Nghị quyết 21-NQ/TW")))
        .toList();
    plans.add(Plan.builder().document(resolution).addAllTargets(nq21.stream().map(PlanTarget::of).toList())
        .build());
    List<PlanTarget> restated = nq21.stream()
        .filter(t -> t.kind() != TargetKind.REDUCE_BY && t.kind() != TargetKind.INCREASE_BY)
        .limit(3).map(PlanTarget::of).toList();

    Map<String, Document> partyPlanOf = new HashMap<>();
    LocalDate start = LocalDate.of(2018, 1, 10);
    int n = 0;
    for (String province : provinces) {
      add(province, AdministrativeLevel.PROVINCE, resolution, start.plusDays(n++ % 90), partyPlanOf,
          restated, false);
    }
    for (String district : districtCodes) {
      add(district, AdministrativeLevel.DISTRICT, partyPlanOf.get(parentOf.get(district)),
          start.plusDays(120 + n++ % 90), partyPlanOf, List.of(), true);
    }
    for (String commune : communeCodes) {
      add(commune, AdministrativeLevel.COMMUNE, partyPlanOf.get(parentOf.get(commune)),
          start.plusDays(240 + n++ % 90), partyPlanOf, List.of(), false);
    }
  }

  private void add(String code, AdministrativeLevel level, Document parent, LocalDate date,
      Map<String, Document> partyPlanOf, List<PlanTarget> targets, boolean phases) {
    Jurisdiction where = Jurisdiction.of(UnitCode.of(code), "Nơi " + code);
    BodyKind partyKind = level == AdministrativeLevel.PROVINCE ? BodyKinds.PROVINCIAL_STANDING_BOARD
        : level == AdministrativeLevel.DISTRICT ? BodyKinds.DISTRICT_PARTY_COMMITTEE
        : BodyKinds.COMMUNE_PARTY_COMMITTEE;
    Body party = Body.builder().id("party." + code).name("Cấp ủy " + code).kind(partyKind).jurisdiction(where)
        .build();
    Body state = Body.builder().id("state." + code).name("UBND " + code).kind(BodyKinds.PEOPLES_COMMITTEE)
        .jurisdiction(where).build();
    int sequence = 1 + Integer.parseInt(code) % 97;
    Document partyPlan = Document.builder()
        .number(DocumentNumber.parse(sequence + "-KH/" + party.abbreviation().orElseThrow()))
        .type(DocumentType.PLAN).issuer(party).date(date).addImplemented(parent.reference()).build();
    partyPlanOf.put(code, partyPlan);
    Plan.Builder partyContent = Plan.builder().document(partyPlan).addAllTargets(targets);
    if (phases) {
      partyContent.addPhases(Phase.of(Period.phase(2021, 2025)), Phase.of(Period.phase(2026, 2030)));
    }
    plans.add(partyContent.build());
    Document statePlan = Document.builder().number(DocumentNumber.parse((sequence + 100) + "/KH-UBND"))
        .type(DocumentType.PLAN).issuer(state).date(date.plusDays(20))
        .addImplemented(DocumentReference.to(partyPlan)).build();
    plans.add(Plan.builder().document(statePlan)
        .addTasks(Task.builder().text("Tuyên truyền, quán triệt").lead(state).addPartners(party).build(),
            Task.builder().text("Kiện toàn mạng lưới cộng tác viên").lead(state).build())
        .build());
  }
}
