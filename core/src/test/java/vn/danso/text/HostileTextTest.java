package vn.danso.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reproducers of the defects the fuzz suite once found in normalisation, kept as plain regression tests. */
class HostileTextTest {
  @Test
  void strayCombiningMarksAndJoinersNormaliseOnceAndForAll() {
    for (String text : new String[] {"\u0301\u200D\u034D", "\u200D\u0301", "a\u200D\u0301", "\u034F\u0301x",
        "Xã\u200E\u0301 Hòa"}) {
      String once = VietnameseText.normalize(text);
      assertThat(VietnameseText.normalize(once)).as(text).isEqualTo(once);
      assertThat(VietnameseText.foldToneMarkStyle(VietnameseText.foldToneMarkStyle(text)))
          .isEqualTo(VietnameseText.foldToneMarkStyle(text));
      assertThat(VietnameseText.matchKey(VietnameseText.matchKey(text))).isEqualTo(VietnameseText.matchKey(text));
      assertThat(VietnameseText.removeDiacritics(VietnameseText.removeDiacritics(text)))
          .isEqualTo(VietnameseText.removeDiacritics(text));
      assertThat(VietnameseText.issues(once)).as(text).isEmpty();
    }
  }
}
