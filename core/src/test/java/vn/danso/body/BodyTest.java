package vn.danso.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.UnitCode;

class BodyTest {
  static final Body BLOC = Body.builder()
      .id("party.duk.46")
      .name("Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế")
      .kind(BodyKinds.BLOC_PARTY_COMMITTEE)
      .jurisdiction(Jurisdiction.of(UnitCode.of("46"), "Thừa Thiên Huế").withSeat("Thành phố Huế"))
      .validity(Range.atMost(LocalDate.of(2024, 12, 31)))
      .build();

  @Test
  void theAbbreviationDefaultsToTheKinds() {
    assertThat(BLOC.abbreviation()).contains("ĐUK");
    Body ministry = Body.builder().id("state.byt").name("Bộ Y tế").kind(BodyKinds.MINISTRY)
        .abbreviation("BYT").jurisdiction(Jurisdiction.nation()).build();
    assertThat(ministry.abbreviation()).contains("BYT");
    Body union = Body.builder().id("mass.hpn.46").name("Hội Liên hiệp Phụ nữ tỉnh").kind(BodyKinds.WOMENS_UNION)
        .jurisdiction(Jurisdiction.of(UnitCode.of("46"))).build();
    assertThat(union.abbreviation()).isEmpty();
  }

  @Test
  void systemAndLevelFollowFromKindAndJurisdiction() {
    assertThat(BLOC.system()).isEqualTo(BodySystem.PARTY);
    assertThat(BLOC.level()).isEqualTo(AdministrativeLevel.PROVINCE);
  }

  @Test
  void validityDefaultsToEveryDay() {
    Body government = Body.builder().id("state.cp").name("Chính phủ").kind(BodyKinds.GOVERNMENT)
        .jurisdiction(Jurisdiction.nation()).build();
    assertThat(government.validity()).isEqualTo(Range.all());
    assertThat(BLOC.isValidOn(LocalDate.of(2018, 6, 4))).isTrue();
    assertThat(BLOC.isValidOn(LocalDate.of(2025, 1, 1))).isFalse();
  }

  @Test
  void termOnADay() {
    Body assembly = Body.builder().id("state.qh").name("Quốc hội").kind(BodyKinds.NATIONAL_ASSEMBLY)
        .jurisdiction(Jurisdiction.nation())
        .addTerms(Term.of(14, Range.closedOpen(LocalDate.of(2016, 7, 1), LocalDate.of(2021, 7, 1))))
        .addTerms(Term.of(15, Range.atLeast(LocalDate.of(2021, 7, 1))))
        .build();
    assertThat(assembly.termOn(LocalDate.of(2025, 12, 10)).map(Term::ordinal)).contains(15);
    assertThat(assembly.termOn(LocalDate.of(2015, 1, 1))).isEmpty();
  }

  @Test
  void termsAreLabelledAsDocumentsWriteThem() {
    assertThat(Term.label(12)).isEqualTo("khóa XII");
    assertThat(Term.label(15)).isEqualTo("khóa XV");
    assertThat(Term.label(4)).isEqualTo("khóa IV");
    assertThatThrownBy(() -> Term.label(0)).hasMessageContaining("out of range");
  }

  @Test
  void jurisdictionNamesThePlacesADateLineMayGive() {
    assertThat(BLOC.jurisdiction().placeNames()).containsExactly("Thừa Thiên Huế", "Thành phố Huế");
    assertThat(Jurisdiction.nation().unit()).isEqualTo(UnitCode.of("VN"));
    assertThat(Jurisdiction.nation().seat()).contains("Hà Nội");
    assertThat(Jurisdiction.of(UnitCode.of("01"), "Hà  Nội").name()).contains("Hà Nội");
    assertThatThrownBy(() -> Jurisdiction.of(UnitCode.of("01"), " ")).hasMessageContaining("blank");
  }

  @Test
  void misuseIsRefusedWithAClearMessage() {
    assertThatThrownBy(() -> Body.builder().id(" ").name("x").kind(BodyKinds.GOVERNMENT)
        .jurisdiction(Jurisdiction.nation()).build()).hasMessageContaining("stable id");
    assertThatThrownBy(() -> Body.builder().id("x").name("x").kind(BodyKinds.GOVERNMENT).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("jurisdiction");
  }
}
