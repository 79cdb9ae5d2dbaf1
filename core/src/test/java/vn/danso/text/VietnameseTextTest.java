package vn.danso.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.testing.Gen;

class VietnameseTextTest {

  @Test
  void normalizeComposesDecomposedAccents() {
    String nfd = Normalizer.normalize("Thừa Thiên Huế", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo("Thừa Thiên Huế");
    assertThat(VietnameseText.normalize(nfd)).isEqualTo("Thừa Thiên Huế");
  }

  @Test
  void normalizeReplacesEthTypedForDStroke() {
    assertThat(VietnameseText.normalize("\u00D0ảng ủy Khối")).isEqualTo("Đảng ủy Khối");
    assertThat(VietnameseText.normalize("\u00F0ồng")).isEqualTo("đồng");
  }

  @Test
  void normalizeFoldsWhitespaceAndRemovesInvisibleCharacters() {
    assertThat(VietnameseText.normalize("  Xã  Hoàng\u00A0Văn\tThụ \u200B")).isEqualTo("Xã Hoàng Văn Thụ");
    assertThat(VietnameseText.normalize("Xã Ngư Thủy ")).isEqualTo("Xã Ngư Thủy");
  }

  @Test
  void normalizeKeepsCaseDashesAndToneStyle() {
    assertThat(VietnameseText.normalize("Bà Rịa–Vũng Tàu")).isEqualTo("Bà Rịa–Vũng Tàu");
    assertThat(VietnameseText.normalize("Hoà Bình")).isEqualTo("Hoà Bình");
  }

  @ParameterizedTest
  @CsvSource({
    "Hoà Bình, Hòa Bình",
    "Thuỷ Nguyên, Thủy Nguyên",
    "khoẻ, khỏe",
    "HOÀ, HÒA",
    "Quý, Quý",
    "quỳnh, quỳnh",
    "Hoàng, Hoàng",
    "hoạ sĩ, họa sĩ",
    "Ngoài, Ngoài",
    "Đông Hoà, Đông Hòa",
    "Xuân Thuỷ., Xuân Thủy.",
  })
  void foldToneMarkStyleMovesOldStyleMarks(String input, String expected) {
    assertThat(VietnameseText.foldToneMarkStyle(input)).isEqualTo(expected);
  }

  @Test
  void matchKeyIdentifiesSpellingsOfTheSameName() {
    assertThat(VietnameseText.matchKey("Bà Rịa - Vũng Tàu")).isEqualTo(VietnameseText.matchKey("Bà Rịa–Vũng Tàu"));
    assertThat(VietnameseText.matchKey("Hoà  Bình")).isEqualTo(VietnameseText.matchKey("hòa bình"));
    assertThat(VietnameseText.matchKey("Hòa Bình")).isNotEqualTo(VietnameseText.matchKey("Hoa Bình"));
  }

  @Test
  void removeDiacriticsGivesPlainLetters() {
    assertThat(VietnameseText.removeDiacritics("Thừa Thiên Huế, Đắk Lắk")).isEqualTo("Thua Thien Hue, Dak Lak");
  }

  @Test
  void foldDashesTurnsEveryDashIntoAHyphen() {
    assertThat(VietnameseText.foldDashes("21\u2013NQ/TW 2021\u20142025 \u22125")).isEqualTo("21-NQ/TW 2021-2025 -5");
  }

  @Test
  void issuesNameEachDefect() {
    assertThat(VietnameseText.issues("Xã  Hoàng Văn Thụ")).containsExactly(TextIssue.REPEATED_SPACE);
    assertThat(VietnameseText.issues("Xã Ngư Thủy ")).containsExactly(TextIssue.LEADING_OR_TRAILING_SPACE);
    assertThat(VietnameseText.issues("\u00D0UK")).containsExactly(TextIssue.ETH_FOR_D);
    assertThat(VietnameseText.issues(Normalizer.normalize("Huế", Normalizer.Form.NFD)))
        .containsExactly(TextIssue.NOT_NFC);
    assertThat(VietnameseText.issues("a\u00A0b\u200B")).containsExactly(
        TextIssue.INVISIBLE_CHARACTER, TextIssue.UNUSUAL_WHITESPACE);
    assertThat(VietnameseText.issues("Phường Phúc Xá")).isEmpty();
  }

  static Stream<Long> seeds() {
    return Gen.seeds(2_000);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void normalizeIsIdempotentAndHasNoIssues(long seed) {
    String text = new Gen(seed).arbitraryText(40);
    String normal = VietnameseText.normalize(text);
    assertThat(VietnameseText.normalize(normal)).as("seed %s, input %s", seed, text).isEqualTo(normal);
    assertThat(VietnameseText.isNormalized(normal)).isTrue();
    assertThat(VietnameseText.issues(normal)).as("seed %s", seed).isEmpty();
    assertThat(VietnameseText.issues(text).isEmpty()).as("seed %s", seed).isEqualTo(text.equals(normal));
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void matchKeyIsStableUnderItsOwnFolding(long seed) {
    String text = new Gen(seed).arbitraryText(40);
    String key = VietnameseText.matchKey(text);
    assertThat(VietnameseText.matchKey(key)).as("seed %s", seed).isEqualTo(key);
    assertThat(VietnameseText.foldToneMarkStyle(VietnameseText.foldToneMarkStyle(text)))
        .isEqualTo(VietnameseText.foldToneMarkStyle(text));
  }
}
