package vn.danso.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextWrapTest {
  @Test
  void breaksBetweenWordsWithPrefixes() {
    assertThat(TextWrap.wrap("Giữ ổn định mô hình tổ chức bộ máy làm công tác dân số", 24, "  1. ", "     "))
        .isEqualTo("  1. Giữ ổn định mô hình\n     tổ chức bộ máy làm\n     công tác dân số\n");
  }

  @Test
  void keepsShortTextAndOverlongWordsWhole() {
    assertThat(TextWrap.wrap("ngắn", 20, "", "")).isEqualTo("ngắn\n");
    assertThat(TextWrap.wrap("a " + "x".repeat(30) + " b", 10, "", "")).isEqualTo("a\n" + "x".repeat(30) + "\nb\n");
  }

  @Test
  void aWidthWithoutRoomIsMisuse() {
    assertThatThrownBy(() -> TextWrap.wrap("x", 4, "    ", "")).hasMessageContaining("no room");
  }
}
