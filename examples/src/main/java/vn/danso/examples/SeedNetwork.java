package vn.danso.examples;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.danso.admin.HierarchyResult;
import vn.danso.admin.UnitCode;
import vn.danso.admin.UnitRow;
import vn.danso.admin.UnitType;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.body.Body;
import vn.danso.body.BodyKind;
import vn.danso.body.BodyKinds;
import vn.danso.body.Jurisdiction;
import vn.danso.network.Collaborator;
import vn.danso.network.Duty;
import vn.danso.network.Network;
import vn.danso.network.SteeringCommittee;

/**
 * Seed 004's network: the Hải Dương plan for the scheme on the organisation, network and inter-sector coordination of
 * population work (phase 2021–2025: keep the organisation stable, complete the inter-sector coordination at every
 * level, deploy collaborators who also do family and children's work).
 *
 * <p>What is real: the province (30), Thành phố Hải Dương (288) and its wards Phường Cẩm Thượng (10507) and Phường
 * Bình Hàn (10510), with the statistics office's codes; the kinds of bodies the plan names. What is illustrative,
 * because no public list gives it: the residential groups (tổ dân phố) of the two wards, the committees' membership
 * and the collaborators — enough to show every check, not a record of Hải Dương.
 */
final class SeedNetwork {
  /** The day the article was updated (09/11/2021), inside the plan's first phase. */
  static final LocalDate DAY = LocalDate.of(2021, 11, 9);

  /** Residential groups per ward in this illustration. */
  private static final int GROUPS = 4;

  private SeedNetwork() {}

  /** The map: the built-in provinces plus the city, its two wards and their (illustrative) residential groups. */
  static HierarchyResult map() {
    List<UnitRow> rows = new ArrayList<>();
    rows.add(UnitRow.of("288", "Thành phố Hải Dương", UnitType.THANH_PHO_THUOC_TINH, "30"));
    rows.add(UnitRow.of("10507", "Phường Cẩm Thượng", "288"));
    rows.add(UnitRow.of("10510", "Phường Bình Hàn", "288"));
    for (String ward : List.of("10507", "10510")) {
      for (int i = 1; i <= GROUPS; i++) {
        rows.add(UnitRow.of(ward + "-" + i, "Tổ dân phố số " + i, ward));
      }
    }
    return VietnamCatalogue.builder().addRows(rows).build();
  }

  /**
   * The network on {@link #DAY}: a steering committee at province, city and ward level, one collaborator per
   * residential group with both duties — except group 4 of Bình Hàn, whose collaborator has not been recruited yet,
   * and a collaborator of Cẩm Thượng who was also given a group of Bình Hàn.
   */
  static Network network() {
    Body health = body("so-y-te.30", "Sở Y tế tỉnh Hải Dương", BodyKinds.PROVINCIAL_DEPARTMENT, "30");
    Body front = body("mttq.30", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hải Dương", BodyKinds.FATHERLAND_FRONT, "30");
    Body women = body("hlhpn.30", "Hội Liên hiệp Phụ nữ tỉnh Hải Dương", BodyKinds.WOMENS_UNION, "30");
    Body youth = body("doan.30", "Tỉnh đoàn Hải Dương", BodyKinds.YOUTH_UNION, "30");
    Body cityHealth = body("ttyt.288", "Trung tâm Y tế thành phố Hải Dương", BodyKinds.DISTRICT_HEALTH_CENTRE, "288");
    Network.Builder network = Network.builder()
        .scope(UnitCode.of("30"))
        .addCommittees(SteeringCommittee.builder()
            .committee(committee("30", "tỉnh Hải Dương"))
            .addMembers(health, front, women, youth).standingMember(health).build())
        .addCommittees(SteeringCommittee.builder()
            .committee(committee("288", "thành phố Hải Dương"))
            .addMembers(cityHealth).standingMember(cityHealth).build())
        .addCommittees(SteeringCommittee.builder().committee(committee("10507", "phường Cẩm Thượng")).build())
        .addCommittees(SteeringCommittee.builder().committee(committee("10510", "phường Bình Hàn")).build());
    for (String ward : List.of("10507", "10510")) {
      for (int i = 1; i <= GROUPS; i++) {
        if (ward.equals("10510") && i == GROUPS) {
          continue;
        }
        Collaborator.Builder collaborator = Collaborator.builder()
            .id("ctv-" + ward + "-" + i)
            .addVillages(UnitCode.of(ward + "-" + i))
            .duties(Duty.POPULATION, Duty.FAMILY_AND_CHILDREN);
        if (ward.equals("10507") && i == GROUPS) {
          collaborator.addVillages(UnitCode.of("10510-3"));
        }
        network.addCollaborators(collaborator.build());
      }
    }
    return network.build();
  }

  /** The bodies the network names, for listing. */
  static ImmutableList<String> illustrativeNote(Console console) {
    return ImmutableList.of(
        console.t("Tổ dân phố, thành viên ban chỉ đạo và cộng tác viên dưới đây là minh họa",
            "Residential groups, committee members and collaborators below are illustrative"),
        console.t("(không có danh sách công khai); tỉnh, thành phố, phường và mã số là thật",
            "(no public list exists); the province, city, wards and their codes are real"),
        console.t("(danh mục của cơ quan thống kê).", "(the statistics office's list)."));
  }

  private static Body committee(String code, String name) {
    return Body.builder().id("bcd." + code).name("Ban chỉ đạo công tác dân số " + name)
        .kind(BodyKinds.POPULATION_STEERING_COMMITTEE).jurisdiction(Jurisdiction.of(UnitCode.of(code), name)).build();
  }

  private static Body body(String id, String name, BodyKind kind, String code) {
    return Body.builder().id(id).name(name).kind(kind).jurisdiction(Jurisdiction.of(UnitCode.of(code))).build();
  }
}
