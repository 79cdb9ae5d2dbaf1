package vn.danso.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.testing.Fuzz;
import vn.danso.testing.FuzzText;

/**
 * Every normalisation is idempotent on any text, stray combining marks, invisible and bidirectional marks included:
 * applying it to its own result changes nothing, and the display form has no issue left.
 */
class VietnameseTextFuzzTest {
  static final List<String> NAMES = List.of("Thừa Thiên Huế", "Bà Rịa - Vũng Tàu", "Hoà Bình", "Khánh Hòa",
      "Thuỷ Nguyên", "Quy Nhơn", "Đắk Lắk", "xã Ea H'leo", "Phường 12", "Thành phố Hồ Chí Minh", "khoẻ",
      "UBND TP Hà Nội", "Ban Chỉ đạo công tác dân số", "\u0301\u200D\u034D", "r;,(c)", "QUẬN BA ĐÌNH", "");

  @Test
  void normalizeIsIdempotentAndLeavesNoIssue() {
    Fuzz.run("VietnameseText.normalize", r -> FuzzText.text(r, NAMES), text -> {
      String normal = VietnameseText.normalize(text);
      assertThat(VietnameseText.normalize(normal)).isEqualTo(normal);
      assertThat(VietnameseText.issues(normal)).isEmpty();
    });
  }

  @Test
  void foldToneMarkStyleIsIdempotent() {
    Fuzz.run("VietnameseText.foldToneMarkStyle", r -> FuzzText.text(r, NAMES), text -> {
      String folded = VietnameseText.foldToneMarkStyle(text);
      assertThat(VietnameseText.foldToneMarkStyle(folded)).isEqualTo(folded);
    });
  }

  @Test
  void matchKeyIsIdempotent() {
    Fuzz.run("VietnameseText.matchKey", r -> FuzzText.text(r, NAMES), text -> {
      String key = VietnameseText.matchKey(text);
      assertThat(VietnameseText.matchKey(key)).isEqualTo(key);
    });
  }

  @Test
  void removeDiacriticsIsIdempotent() {
    Fuzz.run("VietnameseText.removeDiacritics", r -> FuzzText.text(r, NAMES), text -> {
      String plain = VietnameseText.removeDiacritics(text);
      assertThat(VietnameseText.removeDiacritics(plain)).isEqualTo(plain);
    });
  }
}
