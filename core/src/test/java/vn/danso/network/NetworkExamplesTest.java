package vn.danso.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;
import vn.danso.body.Body;
import vn.danso.body.BodyKinds;

/**
 * The examples in the Javadoc of the network builders, each run as written after the lines that give the bodies it
 * names, from the piece of Hải Dương of {@link NetworkValidatorTest} (BuilderExampleCoverageTest checks that the
 * Javadoc and these lines agree).
 */
class NetworkExamplesTest {
  private static final Body PROVINCIAL_COMMITTEE = NetworkValidatorTest.committee("30", "tỉnh Hải Dương");

  @Test
  void theSteeringCommitteeExampleRuns() {
    Body provincialCommittee = PROVINCIAL_COMMITTEE;
    Body soYTe = NetworkValidatorTest.body("so-y-te.30", "Sở Y tế tỉnh Hải Dương", BodyKinds.PROVINCIAL_DEPARTMENT, "30");
    Body hoiPhuNu = NetworkValidatorTest.body("hlhpn.30", "Hội Liên hiệp Phụ nữ tỉnh Hải Dương",
        BodyKinds.WOMENS_UNION, "30");

    SteeringCommittee haiDuong = SteeringCommittee.builder()
        .committee(provincialCommittee)     // a body of kind BodyKinds.POPULATION_STEERING_COMMITTEE
        .addMembers(soYTe, hoiPhuNu)        // in the order the founding decision lists them
        .standingMember(soYTe)              // one of the members
        .build();

    assertThat(haiDuong.unit()).isEqualTo(UnitCode.of("30"));
    assertThat(haiDuong.standingMember()).contains(soYTe);
  }

  @Test
  void theNetworkExampleRuns() {
    SteeringCommittee provincialCommittee = SteeringCommittee.builder().committee(PROVINCIAL_COMMITTEE).build();
    SteeringCommittee wardCommittee = NetworkValidatorTest.committeeOf("10507", "phường Cẩm Thượng");
    Collaborator ctv1 = NetworkValidatorTest.collaborator("ctv-1", "10507-1");
    Collaborator ctv2 = NetworkValidatorTest.collaborator("ctv-2", "10507-2");

    Network haiDuong = Network.builder()
        .scope(UnitCode.of("30"))
        .addCommittees(provincialCommittee, wardCommittee)
        .addCollaborators(ctv1, ctv2)
        .build();

    assertThat(haiDuong.committees()).hasSize(2);
    assertThat(haiDuong.collaborators()).containsExactly(ctv1, ctv2);
  }

  @Test
  void theCollaboratorExampleRuns() {
    Collaborator ctv = Collaborator.builder()
        .id("ctv-10507-01")
        .addVillages(UnitCode.of("10507-01"))
        .duties(Duty.POPULATION, Duty.FAMILY_AND_CHILDREN)
        .service(Range.atLeast(LocalDate.of(2021, 1, 1)))
        .build();

    assertThat(ctv.duties()).contains(Duty.POPULATION, Duty.FAMILY_AND_CHILDREN);
    assertThat(ctv.service().contains(LocalDate.of(2021, 11, 9))).isTrue();
  }
}
