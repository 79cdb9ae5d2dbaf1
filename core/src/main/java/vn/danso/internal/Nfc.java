package vn.danso.internal;

import java.text.Normalizer;

/**
 * Unicode normalisation form C with a fast path: text made only of characters below U+0300 (ASCII, Latin-1 and the
 * Latin extensions, where the base letters of Vietnamese and the letters with one mark live), of the Latin Extended
 * Additional block (U+1E00–U+1EFF, Vietnamese letters with a tone mark), of punctuation from U+2010 to U+205F (dashes,
 * quotation marks, the ellipsis, the per-mille sign) and of arrows and mathematical operators (U+2190–U+22FF) is
 * already in NFC, since none of these characters changes under normalisation or composes with the character before
 * it. Such text, which is almost
 * all text danso reads, is returned as it is without a call to {@link Normalizer}, whose tables would otherwise be
 * loaded on first use.
 *
 * <p>Stateless and thread-safe.
 */
public final class Nfc {
  private Nfc() {}

  /**
   * Returns the text in Unicode normalisation form C.
   *
   * @param text the text
   * @return the same text if it is already in NFC by the fast test, otherwise its NFC form
   */
  public static String normalize(CharSequence text) {
    if (isPlain(text)) {
      return text.toString();
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Whether the text is in Unicode normalisation form C.
   *
   * @param text the text
   * @return the answer of {@link Normalizer#isNormalized}, without loading its tables for plain text
   */
  public static boolean isNormalized(CharSequence text) {
    return isPlain(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC);
  }

  /**
   * Whether every character of the text is below U+0300 or in U+1E00–U+1EFF, U+2010–U+205F or U+2190–U+22FF, so
   * that the text is in NFC.
   *
   * @param text the text
   * @return whether the fast test holds
   */
  public static boolean isPlain(CharSequence text) {
    // One copy into an array, then plain array reads: cheaper than a call per character before the code is compiled.
    char[] chars = text.toString().toCharArray();
    for (char c : chars) {
      if (c >= 0x300 && !(c >= 0x1E00 && c < 0x1F00) && !(c >= 0x2010 && c < 0x2060)
          && !(c >= 0x2190 && c < 0x2300)) {
        return false;
      }
    }
    return true;
  }
}
