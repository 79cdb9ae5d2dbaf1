package vn.danso.admin;

import vn.danso.text.LocalizedText;
import vn.danso.text.VietnameseText;

/**
 * The two placements of the tone mark on a final {@code oa}, {@code oe}, {@code uy}: the old one on the second vowel
 * ("Hoà", "Thuỷ") and the new one on the first ("Hòa", "Thủy"). Both are correct; official lists mix them.
 */
enum ToneMarkStyle {
  /** The mark on the second vowel: "Hoà". */
  OLD(LocalizedText.of("cũ (Hoà)", "old (Hoà)")),
  /** The mark on the first vowel: "Hòa". */
  NEW(LocalizedText.of("mới (Hòa)", "new (Hòa)"));

  private static final String O_MARKED = "òóỏõọÒÓỎÕỌ";
  private static final String U_MARKED = "ùúủũụÙÚỦŨỤ";

  final LocalizedText label;

  ToneMarkStyle(LocalizedText label) {
    this.label = label;
  }

  /** The style a normalised name shows, or null if it has no syllable where the styles differ. */
  static ToneMarkStyle of(String name) {
    if (!VietnameseText.foldToneMarkStyle(name).equals(name)) {
      return OLD;
    }
    for (int i = 1; i < name.length(); i++) {
      boolean syllableEnd = i + 1 == name.length() || !Character.isLetter(name.charAt(i + 1));
      if (!syllableEnd) {
        continue;
      }
      char c = Character.toLowerCase(name.charAt(i));
      char before = name.charAt(i - 1);
      boolean oa = (c == 'a' || c == 'e') && O_MARKED.indexOf(before) >= 0;
      boolean uy = c == 'y' && U_MARKED.indexOf(before) >= 0
          && !(i >= 2 && Character.toLowerCase(name.charAt(i - 2)) == 'q');
      if (oa || uy) {
        return NEW;
      }
    }
    return null;
  }
}
