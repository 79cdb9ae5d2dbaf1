package vn.danso.body;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.UnitCode;

/**
 * The examples in the Javadoc of the body builders, each run as written (BuilderExampleCoverageTest checks that the
 * Javadoc and these lines agree).
 */
class BodyExamplesTest {
  @Test
  void theBodyExampleRuns() {
    Body bloc = Body.builder()
        .id("party.duk.46")
        .name("Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế")
        .kind(BodyKinds.BLOC_PARTY_COMMITTEE)                 // abbreviation ĐUK by default
        .jurisdiction(Jurisdiction.of(UnitCode.of("46"), "Thừa Thiên Huế").withSeat("Thành phố Huế"))
        .validity(Range.atMost(LocalDate.of(2024, 12, 31)))  // the province became Thành phố Huế on 2025-01-01
        .build();

    assertThat(bloc.abbreviation()).contains("ĐUK");
    assertThat(bloc.validity().contains(LocalDate.of(2025, 1, 1))).isFalse();
  }

  @Test
  void theBodyKindExampleRuns() {
    BodyKind healthCentre = BodyKind.builder()
        .id("sector.district-health-centre")
        .system(BodySystem.POPULATION_SECTOR)
        .name("Trung tâm Y tế huyện", "district health centre")
        .addLevels(AdministrativeLevel.DISTRICT)
        .build();

    assertThat(healthCentre.levels()).containsExactly(AdministrativeLevel.DISTRICT);
  }

  @Test
  void theIssuerAbbreviationExampleRuns() {
    IssuerAbbreviation syt = IssuerAbbreviation.builder()
        .code("SYT")
        .name("Sở Y tế", "provincial Department of Health")
        .addKinds(BodyKinds.PROVINCIAL_DEPARTMENT)
        .certainty(Certainty.USER)
        .source("our province's register of documents")
        .build();

    assertThat(IssuerAbbreviations.standard().with(syt).find("SYT")).contains(syt);
  }
}
