package vn.danso.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.testing.Fuzz;
import vn.danso.testing.FuzzText;

/**
 * Unit names read from any text: no exception, bounded time, and what is read writes back to a name that reads back
 * equal, with the same prefix, proper name and matching key.
 */
class UnitNameFuzzTest {
  private static final List<String> NAMES = List.of("Thị Trấn Mường Chà", "Xã  Hoà Bình", "Phường Phường Đúc",
      "Thành phố Hồ Chí Minh", "Tỉnh Kiên Giang", "Huyện An Minh", "Bản Phố", "Phường 5", "Đặc khu Bạch Long Vĩ",
      "Thành phố Thủ Đức", "XÃ ĐÔNG THẠNH", "Thôn Đông", "Xã", "");

  private static final AdministrativeLevel[] LEVELS = AdministrativeLevel.values();
  private static final List<UnitType> TYPES = java.util.Arrays.stream(UnitType.values())
      .filter(t -> t != UnitType.QUOC_GIA).toList();

  @Test
  void namesAreReadAndReadBack() {
    Fuzz.run("UnitName.parse", r -> FuzzText.text(r, NAMES), text -> {
      UnitName name = UnitName.parse(text);
      assertThat(UnitName.parse(name.text())).isEqualTo(name);
      assertThat(UnitName.parse(name.text()).properName()).isEqualTo(name.properName());
      assertThat(UnitName.matchKey(name.text())).isEqualTo(name.matchKey());
      // One level per input, chosen by the text, keeps the run short; over many inputs every level is seen.
      AdministrativeLevel level = LEVELS[Math.floorMod(text.hashCode(), LEVELS.length)];
      UnitName atLevel = UnitName.parse(text, level);
      assertThat(UnitName.parse(atLevel.text(), level)).isEqualTo(atLevel);
    });
  }

  @Test
  void aNameWrittenFromATypeAndAProperNameReadsBackAsThem() {
    Fuzz.run("UnitName.format", r -> FuzzText.text(r, NAMES), text -> {
      String proper = UnitName.parse(text).properName();
      if (proper.isEmpty()) {
        return;
      }
      UnitType type = TYPES.get(Math.floorMod(text.hashCode(), TYPES.size()));
      UnitName written = UnitName.parse(UnitName.format(type, proper), type.level());
      assertThat(written.prefixMatches(type)).as(type.toString()).isTrue();
      assertThat(written.properName()).as(type.toString()).isEqualTo(proper);
    });
  }
}
