package vn.danso.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnitCodeTest {
  @Test
  void levelFollowsFromTheFormOfTheCode() {
    assertThat(UnitCode.of("VN").level()).isEqualTo(AdministrativeLevel.NATION);
    assertThat(UnitCode.of("91").level()).isEqualTo(AdministrativeLevel.PROVINCE);
    assertThat(UnitCode.of("909").level()).isEqualTo(AdministrativeLevel.DISTRICT);
    assertThat(UnitCode.of("31018").level()).isEqualTo(AdministrativeLevel.COMMUNE);
    assertThat(UnitCode.of("31018-01").level()).isEqualTo(AdministrativeLevel.VILLAGE);
  }

  @Test
  void malformedCodesAreRejectedStrictlyOrQuietly() {
    for (String bad : new String[] {"1", "9091", "310180", "", " 91", "9a", "vn", "31018-"}) {
      assertThat(UnitCode.tryParse(bad)).as(bad).isEmpty();
      assertThatThrownBy(() -> UnitCode.of(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a unit code");
    }
    assertThat(UnitCode.tryParse(null)).isEmpty();
  }

  @Test
  void ofWithALevelChecksTheLevel() {
    assertThat(UnitCode.of(AdministrativeLevel.PROVINCE, "46")).isEqualTo(UnitCode.of("46"));
    assertThatThrownBy(() -> UnitCode.of(AdministrativeLevel.PROVINCE, "909"))
        .hasMessageContaining("is a district level code, not a province level code (2 digits)");
  }

  @Test
  void levelsOrderFromTheTop() {
    assertThat(AdministrativeLevel.PROVINCE.isAbove(AdministrativeLevel.COMMUNE)).isTrue();
    assertThat(AdministrativeLevel.COMMUNE.isAbove(AdministrativeLevel.COMMUNE)).isFalse();
    assertThat(UnitCode.of("909").compareTo(UnitCode.of("91"))).isPositive();
  }
}
