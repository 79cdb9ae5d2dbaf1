package vn.danso.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.text.Language;

class BodyKindsTest {
  @Test
  void everyKindHasAUniqueIdAndAtLeastOneLevel() {
    Set<String> ids = new HashSet<>();
    for (BodyKind kind : BodyKinds.all()) {
      assertThat(ids.add(kind.id())).as("unique id %s", kind.id()).isTrue();
      assertThat(kind.levels()).isNotEmpty();
      assertThat(kind.label(Language.VI)).isNotBlank();
    }
    assertThat(ids).hasSize(BodyKinds.all().size());
  }

  @Test
  void everyUsualAbbreviationIsInTheStandardTableForThatKind() {
    for (BodyKind kind : BodyKinds.all()) {
      kind.abbreviation().ifPresent(code -> {
        assertThat(IssuerAbbreviations.standard().find(code)).as(code).isPresent();
        assertThat(IssuerAbbreviations.standard().find(code).get().kinds()).as(code).contains(kind);
      });
    }
  }

  @Test
  void everySystemHasKinds() {
    for (BodySystem system : BodySystem.values()) {
      assertThat(BodyKinds.all()).as(system.name()).anyMatch(k -> k.system() == system);
    }
  }

  @Test
  void theSeedsIssuersHaveTheirSymbols() {
    assertThat(BodyKinds.PROVINCIAL_STANDING_BOARD.abbreviation()).contains("TU");
    assertThat(BodyKinds.DISTRICT_STANDING_BOARD.abbreviation()).contains("HU");
    assertThat(BodyKinds.BLOC_PARTY_COMMITTEE.abbreviation()).contains("ĐUK");
    assertThat(BodyKinds.PEOPLES_COMMITTEE.abbreviation()).contains("UBND");
    assertThat(BodyKinds.PARTY_AFFAIRS_COMMITTEE.abbreviation()).contains("BCSĐ");
    assertThat(BodyKinds.MINISTRY.abbreviation()).as("each ministry has its own").isEmpty();
  }

  @Test
  void aKindNeedsAWellFormedIdAndALevel() {
    assertThatThrownBy(() -> BodyKind.builder().id("Bad Id").system(BodySystem.STATE).name("x", "x")
        .addLevels(AdministrativeLevel.PROVINCE).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("is malformed");
    assertThatThrownBy(() -> BodyKind.builder().id("state.x").system(BodySystem.STATE).name("x", "x").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no level");
  }
}
