package vn.danso.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LanguageTest {
  @Test
  void readsTagsWithRegionsAndAnyCase() {
    assertThat(Language.fromTag("vi")).isEqualTo(Language.VI);
    assertThat(Language.fromTag("vi-VN")).isEqualTo(Language.VI);
    assertThat(Language.fromTag("EN_us")).isEqualTo(Language.EN);
  }

  @Test
  void rejectsOtherLanguagesSayingWhichAreSupported() {
    assertThatThrownBy(() -> Language.fromTag("fr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"fr\"")
        .hasMessageContaining("\"vi\" and \"en\"");
  }

  @Test
  void localizedTextNeedsBothLanguagesAndComparesInNfc() {
    assertThatThrownBy(() -> LocalizedText.of("xã", " ")).hasMessageContaining("English text is blank");
    assertThat(LocalizedText.of("Hu\u0065\u0302\u0301", "Hue")).isEqualTo(LocalizedText.of("Huế", "Hue"));
    assertThat(LocalizedText.of("xã", "commune").get(Language.EN)).isEqualTo("commune");
  }
}
