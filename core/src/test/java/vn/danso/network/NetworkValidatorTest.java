package vn.danso.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.HierarchyResult;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitCode;
import vn.danso.admin.UnitRow;
import vn.danso.admin.UnitType;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.body.Body;
import vn.danso.body.BodyKinds;
import vn.danso.body.Jurisdiction;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.ValidationReport;

/**
 * The network checks on a small piece of Hải Dương before 2025: Thành phố Hải Dương (288) with Phường Cẩm Thượng
 * (10507) and Phường Bình Hàn (10510), codes from the statistics office's list; the residential groups below them
 * are illustrative (the office publishes no codes for them).
 */
class NetworkValidatorTest {
  static final LocalDate DAY = LocalDate.of(2021, 11, 9);

  static HierarchySnapshot map() {
    HierarchyResult result = VietnamCatalogue.builder()
        .addRows(List.of(
            UnitRow.of("288", "Thành phố Hải Dương", UnitType.THANH_PHO_THUOC_TINH, "30"),
            UnitRow.of("10507", "Phường Cẩm Thượng", "288"),
            UnitRow.of("10510", "Phường Bình Hàn", "288"),
            UnitRow.of("10507-1", "Tổ dân phố số 1", "10507"),
            UnitRow.of("10507-2", "Tổ dân phố số 2", "10507"),
            UnitRow.of("10510-1", "Tổ dân phố số 1", "10510"),
            UnitRow.of("10510-2", "Tổ dân phố số 2", "10510")))
        .build();
    assertThat(result.report().atLeast(vn.danso.validation.Severity.WARNING).isEmpty())
        .as("%s", result.report()).isTrue();
    return result.hierarchy().asOf(DAY);
  }

  static Body committee(String code, String name) {
    return Body.builder().id("bcd." + code).name("Ban chỉ đạo công tác dân số " + name)
        .kind(BodyKinds.POPULATION_STEERING_COMMITTEE).jurisdiction(Jurisdiction.of(UnitCode.of(code), name)).build();
  }

  static Body body(String id, String name, vn.danso.body.BodyKind kind, String code) {
    return Body.builder().id(id).name(name).kind(kind).jurisdiction(Jurisdiction.of(UnitCode.of(code))).build();
  }

  static Collaborator collaborator(String id, String... villages) {
    Collaborator.Builder builder = Collaborator.builder().id(id);
    for (String village : villages) {
      builder.addVillages(UnitCode.of(village));
    }
    return builder.build();
  }

  static SteeringCommittee committeeOf(String code, String name, Body... members) {
    return SteeringCommittee.builder().committee(committee(code, name)).addMembers(members).build();
  }

  /** The committees of the complete network: one at every level. */
  static List<SteeringCommittee> committees() {
    Body health = body("so-y-te.30", "Sở Y tế tỉnh Hải Dương", BodyKinds.PROVINCIAL_DEPARTMENT, "30");
    Body women = body("hlhpn.30", "Hội Liên hiệp Phụ nữ tỉnh Hải Dương", BodyKinds.WOMENS_UNION, "30");
    return List.of(
        SteeringCommittee.builder().committee(committee("30", "tỉnh Hải Dương"))
            .addMembers(health, women).standingMember(health).build(),
        committeeOf("288", "thành phố Hải Dương"),
        committeeOf("10507", "phường Cẩm Thượng"),
        committeeOf("10510", "phường Bình Hàn"));
  }

  /** The collaborators of the complete network: one per residential group. */
  static List<Collaborator> collaborators() {
    return List.of(
        Collaborator.builder().id("ctv-1").addVillages(UnitCode.of("10507-1"))
            .duties(Duty.POPULATION, Duty.FAMILY_AND_CHILDREN).build(),
        collaborator("ctv-2", "10507-2"), collaborator("ctv-3", "10510-1"), collaborator("ctv-4", "10510-2"));
  }

  static Network network(String scope, List<SteeringCommittee> committees, List<Collaborator> collaborators) {
    return Network.builder().scope(UnitCode.of(scope)).addAllCommittees(committees)
        .addAllCollaborators(collaborators).build();
  }

  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only copied
  static <T> List<T> plus(List<T> list, T... more) {
    List<T> all = new ArrayList<>(list);
    all.addAll(List.of(more));
    return all;
  }

  /** A complete network: a committee at every level, one collaborator per residential group. */
  static Network complete() {
    return network("30", committees(), collaborators());
  }

  private static ValidationReport validate(Network network) {
    return NetworkValidator.asOf(map()).validate(network);
  }

  @Test
  void aCompleteNetworkHasNoFindings() {
    assertThat(validate(complete()).findings()).isEmpty();
  }

  @Test
  void everyUnitAtACommitteeLevelIsExpectedToHaveOne() {
    Network network = network("30", committees().subList(0, 3), collaborators());
    assertThat(validate(network).findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(NetworkRules.COMMITTEE_MISSING.id());
      assertThat(f.message(Language.EN))
          .isEqualTo("Phường Bình Hàn [10510] has no population steering committee on 2021-11-09");
    });
  }

  @Test
  void aVillageWithoutCollaboratorIsReported() {
    Network network = network("30", committees(), List.of(collaborator("ctv-1", "10507-1"),
        collaborator("ctv-3", "10510-1"), collaborator("ctv-4", "10510-2")));
    Finding finding = validate(network).findings().get(0);
    assertThat(finding.ruleId()).isEqualTo(NetworkRules.VILLAGE_UNCOVERED.id());
    assertThat(finding.message(Language.VI))
        .isEqualTo("Tổ dân phố số 2 [10507-2] (Phường Cẩm Thượng) chưa có cộng tác viên dân số vào ngày 09/11/2021");
    assertThat(validate(network).size()).isEqualTo(1);
  }

  @Test
  void collaboratorsMustCoverVillagesOfOneCommuneWithinTheScope() {
    Network network = network("30", committees(), plus(collaborators(),
        collaborator("ctv-5", "10507-2", "10510-2"), collaborator("ctv-6", "10507"), collaborator("ctv-7", "10507-9")));
    ValidationReport report = validate(network);
    assertThat(report.withRule(NetworkRules.COLLABORATOR_SPANS_COMMUNES.id()).findings()).singleElement()
        .satisfies(f -> assertThat(f.message(Language.EN)).isEqualTo(
            "Collaborator ctv-5 covers villages in 2 communes: Phường Cẩm Thượng [10507], Phường Bình Hàn [10510]"));
    assertThat(report.withRule(NetworkRules.COLLABORATOR_NOT_VILLAGE.id()).findings())
        .extracting(f -> f.message(Language.EN))
        .containsExactly(
            "Collaborator ctv-6 is assigned 10507, which on 2021-11-09 is Phường Cẩm Thượng (commune level)",
            "Collaborator ctv-7 is assigned 10507-9, which on 2021-11-09 is no unit");
    assertThat(report.withRule(NetworkRules.VILLAGE_SHARED.id()).size()).isEqualTo(2);
  }

  @Test
  void collaboratorsNotServingOnTheDayDoNotCount() {
    Network network = network("30", committees(), plus(collaborators(),
        Collaborator.builder().id("ctv-old").addVillages(UnitCode.of("10507-9"))
            .service(Range.closed(LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31))).build()));
    assertThat(validate(network).isEmpty()).isTrue();
  }

  @Test
  void committeesAreCheckedForKindScopeDuplicatesAndMembers() {
    Body hanoiWomen = body("hlhpn.01", "Hội Liên hiệp Phụ nữ thành phố Hà Nội", BodyKinds.WOMENS_UNION, "01");
    Body closed = Body.builder().id("hoi.10507").name("Hội cũ").kind(BodyKinds.FARMERS_UNION)
        .jurisdiction(Jurisdiction.of(UnitCode.of("10507"))).validity(Range.atMost(LocalDate.of(2020, 1, 1))).build();
    Network network = network("30", plus(committees(),
        committeeOf("10507", "phường Cẩm Thượng (lập lại)", hanoiWomen, closed),
        SteeringCommittee.builder()
            .committee(body("ub.01", "UBND thành phố Hà Nội", BodyKinds.PEOPLES_COMMITTEE, "01")).build()),
        collaborators());
    ValidationReport report = validate(network);
    assertThat(report.countsByRule()).containsOnlyKeys(
        NetworkRules.MEMBER_INACTIVE.id(), NetworkRules.MEMBER_OUTSIDE_UNIT.id(), NetworkRules.COMMITTEE_KIND.id(),
        NetworkRules.COMMITTEE_OUTSIDE_SCOPE.id(), NetworkRules.COMMITTEE_DUPLICATE.id());
    assertThat(report.withRule(NetworkRules.MEMBER_OUTSIDE_UNIT.id()).findings()).singleElement()
        .satisfies(f -> {
          assertThat(f.expected()).contains("10507");
          assertThat(f.actual()).contains("01");
        });
  }

  @Test
  void duplicateCollaboratorIdsAndAnUnknownScopeAreReported() {
    Network network = network("99", committees(), plus(collaborators(), collaborator("ctv-1", "10507-1")));
    ValidationReport report = NetworkValidator.asOf(map()).validate(network);
    assertThat(report.count(NetworkRules.SCOPE_UNKNOWN.id())).isEqualTo(1);
    assertThat(report.count(NetworkRules.COLLABORATOR_DUPLICATE_ID.id())).isEqualTo(1);
  }

  @Test
  void misuseFailsFastWithWhatToDo() {
    assertThatThrownBy(() -> Collaborator.builder().id("x").build()).hasMessageContaining("add at least one village");
    assertThatThrownBy(() -> Collaborator.builder().id("x").addVillages(UnitCode.of("10507-1"))
        .duties(Duty.FAMILY_AND_CHILDREN).build()).hasMessageContaining("lack POPULATION");
    Body health = body("so-y-te.30", "Sở Y tế", BodyKinds.PROVINCIAL_DEPARTMENT, "30");
    assertThatThrownBy(() -> SteeringCommittee.builder().committee(committee("30", "tỉnh")).standingMember(health)
        .build()).hasMessageContaining("add it to members");
    assertThatThrownBy(() -> Network.builder().scope(UnitCode.of("30"))
        .committeeLevels(com.google.common.collect.ImmutableSet.of(AdministrativeLevel.VILLAGE)).build()).hasMessageContaining("province, district or commune");
  }

  @Test
  void coverageCountsVillagesCollaboratorsAndCommittees() {
    Network network = network("30", committees(), List.of(
        Collaborator.builder().id("ctv-1").addVillages(UnitCode.of("10507-1"), UnitCode.of("10507-2"))
            .duties(Duty.POPULATION, Duty.FAMILY_AND_CHILDREN).build(),
        collaborator("ctv-3", "10510-1")));
    NetworkCoverage coverage = NetworkCoverage.of(network, map());
    assertThat(coverage.communes()).extracting(Object::toString).containsExactly(
        "Phường Cẩm Thượng [10507]: 2/2 villages covered, 1 collaborators (1 also family and children), committee true",
        "Phường Bình Hàn [10510]: 1/2 villages covered, 1 collaborators (0 also family and children), committee true");
    assertThat(coverage.villageCoverage()).isEqualTo(0.75);
    assertThat(coverage.unitsAt(AdministrativeLevel.DISTRICT)).isEqualTo(1);
    assertThat(coverage.unitsWithCommittee(AdministrativeLevel.COMMUNE)).isEqualTo(2);
    assertThat(coverage.unitsAt(AdministrativeLevel.VILLAGE)).isZero();
  }
}
