package vn.danso.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import vn.danso.internal.Nfc;

/**
 * Normalisation and matching of Vietnamese text (chuẩn hóa văn bản tiếng Việt) as real documents and data files
 * contain it.
 *
 * <p>Three strengths, each a superset of the one before:
 * <ol>
 *   <li>{@link #normalize(CharSequence)}: the display form. Unicode NFC, {@code Ð}/{@code ð} (U+00D0/U+00F0, the
 *       Icelandic eth often typed for {@code Đ}/{@code đ}) replaced, invisible characters removed, every run of
 *       whitespace folded to one space, trimmed. Case, dashes and tone-mark placement are kept.
 *   <li>{@link #foldToneMarkStyle(CharSequence)}: the old tone-mark placement on {@code oa}, {@code oe}, {@code uy}
 *       at the end of a syllable ("Hoà", "Thuỷ") moved to the new placement ("Hòa", "Thủy"). Both styles are
 *       correct Vietnamese and both occur in official lists; this only makes them comparable.
 *   <li>{@link #matchKey(CharSequence)}: a key for comparing names: normalised, tone-mark style folded, lower case,
 *       every dash (hyphen, en dash, em dash, minus) folded to {@code -} without spaces around it.
 * </ol>
 *
 * <p>{@link #issues(CharSequence)} says which of these defects a text has, so a validator can say precisely what was
 * wrong rather than only that a text is not normal. All methods are pure and thread-safe.
 */
public final class VietnameseText {
  private static final String A_MARKED = "àáảãạÀÁẢÃẠ";
  private static final String E_MARKED = "èéẻẽẹÈÉẺẼẸ";
  private static final String Y_MARKED = "ỳýỷỹỵỲÝỶỸỴ";
  private static final String O_MARKED = "òóỏõọÒÓỎÕỌ";
  private static final String U_MARKED = "ùúủũụÙÚỦŨỤ";

  /** The most combining marks in a row before {@link #normalize} separates them with a grapheme joiner. */
  private static final int MAX_MARKS = 30;
  private static final char GRAPHEME_JOINER = '\u034F';

  private VietnameseText() {}

  /**
   * Returns the display form of a text: NFC, eth replaced by {@code Đ}/{@code đ}, invisible characters removed,
   * whitespace folded to single spaces and trimmed. A run of more than 30 combining marks (never Vietnamese, which
   * needs two at most) gets a combining grapheme joiner (U+034F) after every 30, as Unicode's stream-safe format
   * prescribes, so that any text is normalised in time linear in its length. The result is its own normal form.
   *
   * @param text the text as typed
   * @return the normal form, possibly empty
   */
  public static String normalize(CharSequence text) {
    checkNotNull(text, "text is null");
    String normal = Nfc.normalize(fold(text));
    // Composition can, in rare scripts, lengthen a run of marks or bring folded characters together: repeat until
    // nothing changes, so that the normal form is its own normal form.
    for (int pass = 0; pass < 3 && !(Nfc.isNormalized(normal) && isFolded(normal));
        pass++) {
      normal = Nfc.normalize(fold(normal));
    }
    return normal;
  }

  /**
   * Removes invisible characters, replaces eth, folds whitespace runs to one space, trims, and puts a combining
   * grapheme joiner (U+034F) after every {@value #MAX_MARKS} combining marks in a row, as the stream-safe text format
   * of Unicode (UAX #15) does: normalising a run of thousands of marks otherwise takes time quadratic in its length.
   */
  private static String fold(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    int marks = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
        marks = 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      if (c == GRAPHEME_JOINER || !isMark(c)) {
        marks = 0;
      } else if (++marks > MAX_MARKS) {
        out.append(GRAPHEME_JOINER);
        marks = 1;
      }
      out.append(replaceEth(c));
    }
    return out.toString();
  }

  /** Whether {@link #fold} would leave the text as it is. */
  private static boolean isFolded(String text) {
    int marks = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = isSpace(c);
      if (isInvisible(c) || (space && c != ' ') || replaceEth(c) != c
          || (space && (i == 0 || i == text.length() - 1 || text.charAt(i - 1) == ' '))) {
        return false;
      }
      marks = c == GRAPHEME_JOINER || space || !isMark(c) ? 0 : marks + 1;
      if (marks > MAX_MARKS) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the text with old-style tone marks on a final {@code oa}, {@code oe} or {@code uy} moved to the first
   * vowel ("Hoà" → "Hòa", "khoẻ" → "khỏe", "Thuỷ" → "Thủy"); {@code quy} keeps its mark on {@code y}, where both
   * styles put it. The text is {@linkplain #normalize normalised} first.
   *
   * @param text the text
   * @return the text in new-style tone-mark placement
   */
  public static String foldToneMarkStyle(CharSequence text) {
    char[] chars = normalize(text).toCharArray();
    for (int i = 1; i < chars.length; i++) {
      char c = chars[i];
      boolean syllableEnd = i + 1 == chars.length || !Character.isLetter(chars[i + 1]) && !isMark(chars[i + 1]);
      if (!syllableEnd) {
        continue;
      }
      int tone;
      char plain;
      String firstMarked;
      char first = chars[i - 1];
      if ((tone = A_MARKED.indexOf(c)) >= 0 && isPlain(first, 'o')) {
        plain = tone < 5 ? 'a' : 'A';
        firstMarked = O_MARKED;
      } else if ((tone = E_MARKED.indexOf(c)) >= 0 && isPlain(first, 'o')) {
        plain = tone < 5 ? 'e' : 'E';
        firstMarked = O_MARKED;
      } else if ((tone = Y_MARKED.indexOf(c)) >= 0 && isPlain(first, 'u')
          && !(i >= 2 && (chars[i - 2] == 'q' || chars[i - 2] == 'Q'))) {
        plain = tone < 5 ? 'y' : 'Y';
        firstMarked = U_MARKED;
      } else {
        continue;
      }
      boolean upperFirst = Character.isUpperCase(first);
      chars[i - 1] = firstMarked.charAt(tone % 5 + (upperFirst ? 5 : 0));
      chars[i] = plain;
    }
    return new String(chars);
  }

  /**
   * Returns a key under which two spellings of the same name compare equal: {@linkplain #foldToneMarkStyle
   * normalised and tone-mark folded}, lower case, dashes folded to {@code -} with no spaces around them.
   * "Bà Rịa - Vũng Tàu" and "Bà Rịa–Vũng Tàu", "Hoà Bình" and "Hòa  Bình" each share a key.
   *
   * @param text the text
   * @return the matching key
   */
  public static String matchKey(CharSequence text) {
    String folded = foldToneMarkStyle(text).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (isDash(c)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
          out.setLength(out.length() - 1);
        }
        out.append('-');
        while (i + 1 < folded.length() && folded.charAt(i + 1) == ' ') {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Returns the text without diacritics, {@code đ} as {@code d}: "Thừa Thiên Huế" → "Thua Thien Hue". For matching
   * text typed without accents, as in URLs and old systems; never for display.
   *
   * @param text the text
   * @return the text in plain ASCII letters where the input had Vietnamese letters
   */
  public static String removeDiacritics(CharSequence text) {
    String decomposed = Normalizer.normalize(normalize(text), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (isMark(c)) {
        continue;
      }
      out.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
    }
    // A mark removed from a space leaves a space to fold; recomposing makes the result its own plain form.
    return normalize(out);
  }

  /**
   * Folds every dash-like character (hyphen U+2010, non-breaking hyphen, figure dash, en dash, em dash, horizontal
   * bar, minus sign U+2212, small and full-width hyphen-minus) to the ASCII hyphen-minus {@code -}.
   *
   * @param text the text
   * @return the text with ASCII hyphens
   */
  public static String foldDashes(CharSequence text) {
    checkNotNull(text, "text is null");
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(isDash(c) ? '-' : c);
    }
    return out.toString();
  }

  /**
   * Returns true if the character is a hyphen or dash of any kind, including the ASCII hyphen-minus.
   *
   * @param c a character
   * @return whether it is a dash
   */
  public static boolean isDash(char c) {
    switch (c) {
      case '-':
      case '\u2010':
      case '\u2011':
      case '\u2012':
      case '\u2013':
      case '\u2014':
      case '\u2015':
      case '\u2212':
      case '\uFE58':
      case '\uFE63':
      case '\uFF0D':
        return true;
      default:
        return false;
    }
  }

  /**
   * Returns true if the text equals its {@linkplain #normalize normal form}.
   *
   * @param text the text
   * @return whether the text is normalised
   */
  public static boolean isNormalized(CharSequence text) {
    return normalize(text).contentEquals(text);
  }

  /**
   * Returns every way in which the text differs from its {@linkplain #normalize normal form}; empty exactly when
   * the text is normalised.
   *
   * @param text the text
   * @return the issues found, in declaration order of {@link TextIssue}
   */
  public static Set<TextIssue> issues(CharSequence text) {
    checkNotNull(text, "text is null");
    EnumSet<TextIssue> issues = EnumSet.noneOf(TextIssue.class);
    String s = text.toString();
    if (!Nfc.isNormalized(s)) {
      issues.add(TextIssue.NOT_NFC);
    }
    boolean previousSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u00D0' || c == '\u00F0') {
        issues.add(TextIssue.ETH_FOR_D);
      }
      if (isInvisible(c)) {
        issues.add(TextIssue.INVISIBLE_CHARACTER);
      }
      boolean space = isSpace(c);
      if (space && c != ' ') {
        issues.add(TextIssue.UNUSUAL_WHITESPACE);
      }
      if (space && previousSpace) {
        issues.add(TextIssue.REPEATED_SPACE);
      }
      previousSpace = space;
    }
    if (!s.isEmpty() && (isSpace(s.charAt(0)) || isSpace(s.charAt(s.length() - 1)))) {
      issues.add(TextIssue.LEADING_OR_TRAILING_SPACE);
    }
    return Sets.immutableEnumSet(issues);
  }

  /** Whether the character is a combining mark: one after a vowel makes it more than the vowel it looks like. */
  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isPlain(char c, char lower) {
    return c == lower || c == Character.toUpperCase(lower);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Returns true if the character is invisible in print and never meaningful in a name or number: zero-width space,
   * non-joiner and joiner, word joiner, byte-order mark, soft hyphen, and the bidirectional marks and controls
   * (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069) that copying from web pages leaves behind.
   * {@link #normalize} removes them.
   *
   * @param c a character
   * @return whether it is invisible
   */
  public static boolean isInvisible(char c) {
    switch (c) {
      case '\u200B':
      case '\u200C':
      case '\u200D':
      case '\u2060':
      case '\uFEFF':
      case '\u00AD':
      case '\u200E':
      case '\u200F':
      case '\u061C':
        return true;
      default:
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
  }

  private static char replaceEth(char c) {
    if (c == '\u00D0' || c == '\u0189') {
      return '\u0110';
    }
    return c == '\u00F0' ? '\u0111' : c;
  }
}
