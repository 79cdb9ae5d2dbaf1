package vn.danso.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.danso.internal.Nfc;

/**
 * The fast path of NFC normalisation: text of characters below U+0300 and of U+1E00–U+1EFF, U+2010–U+205F and
 * U+2190–U+22FF is returned as it is, which is right only if every such text is already in NFC. Checked here for
 * every pair of those characters, which covers every text of them, since a character can only change by itself or
 * compose with its neighbour.
 */
class NfcFastPathTest {
  @Test
  void everyPairOfPlainCharactersIsAlreadyInNfc() {
    StringBuilder plain = new StringBuilder();
    for (char c = 0; c < 0x2300; c++) {
      if (c < 0x300 || (c >= 0x1E00 && c < 0x1F00) || (c >= 0x2010 && c < 0x2060) || c >= 0x2190) {
        plain.append(c);
      }
    }
    String all = plain.toString();
    assertThat(Nfc.isPlain(all)).isTrue();
    int notNormal = 0;
    char[] pair = new char[2];
    for (int i = 0; i < all.length(); i++) {
      pair[0] = all.charAt(i);
      for (int j = 0; j < all.length(); j++) {
        pair[1] = all.charAt(j);
        if (!Normalizer.isNormalized(new String(pair), Normalizer.Form.NFC)) {
          notNormal++;
        }
      }
    }
    assertThat(notNormal).isZero();
  }

  @Test
  void textOutsideTheFastPathIsNormalised() {
    String decomposed = "So\u0302\u0301: 49";
    assertThat(Nfc.isPlain(decomposed)).isFalse();
    assertThat(Nfc.isNormalized(decomposed)).isFalse();
    assertThat(Nfc.normalize(decomposed)).isEqualTo("Số: 49");
    assertThat(Nfc.normalize("\u212B")).isEqualTo("\u00C5");
    assertThat(Nfc.isPlain("\u0301")).isFalse();
    assertThat(Nfc.isPlain("\u1F71")).isFalse();
    assertThat(Nfc.isPlain("\u2000")).isFalse();
    assertThat(Nfc.normalize("\u2000")).isEqualTo("\u2002");
    assertThat(Nfc.isPlain("\u2329")).isFalse();
    assertThat(Nfc.isPlain("\uD835\uDC00")).isFalse();
  }

  @Test
  void plainTextIsReturnedUnchanged() {
    assertThat(Nfc.normalize("Tỷ số giới tính khi sinh")).isEqualTo("Tỷ số giới tính khi sinh");
    assertThat(Nfc.isNormalized("Đắk Lắk")).isTrue();
    assertThat(LocalizedText.of("Số", "Number").vi()).isEqualTo("Số");
    assertThat(LocalizedText.of("So\u0302\u0301", "Number").vi()).isEqualTo("Số");
  }
}
