package vn.danso.document;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The text a parser reads, cleaned of what real documents add to it, with a map back to the original indices so
 * that errors point at the character the user typed.
 *
 * <p>Cleaning: each letter with its combining marks is composed (Unicode NFC, one grapheme at a time); {@code Ð}
 * (U+00D0), {@code ð} and {@code Ɖ} become {@code Đ}/{@code đ}; zero-width characters, the byte-order mark and soft
 * hyphens are dropped; every kind of whitespace becomes a space; every dash and minus sign becomes {@code -};
 * fraction, division and full-width slashes become {@code /}; a full-width colon becomes {@code :}. Text made only of
 * characters that need none of this (ASCII, precomposed Latin and Vietnamese letters) is read as it is.
 */
final class ParseInput {
  final String raw;
  final String text;
  /** origin[i] is the raw index of text index i, origin[text.length()] is raw.length(); null when the same. */
  private final int[] origin;

  private ParseInput(String raw, String text, int[] origin) {
    this.raw = raw;
    this.text = text;
    this.origin = origin;
  }

  static ParseInput of(CharSequence input) {
    String raw = input.toString();
    return isClean(raw) ? new ParseInput(raw, raw, null) : clean(raw);
  }

  int rawIndex(int textIndex) {
    return origin == null ? textIndex : origin[textIndex];
  }

  private static boolean isClean(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 0x20 && c < 0x7F)
          || (c >= 0xC0 && c <= 0x24F && c != 0xD0 && c != 0xF0 && c != 0x189)
          || (c >= 0x1E00 && c <= 0x1EFF);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static ParseInput clean(String raw) {
    int n = raw.length();
    StringBuilder out = new StringBuilder(n);
    int[] origin = new int[n + 1];
    int i = 0;
    while (i < n) {
      int start = i;
      int cp = raw.codePointAt(i);
      i += Character.charCount(cp);
      while (i < n && isCombining(raw.codePointAt(i))) {
        i += Character.charCount(raw.codePointAt(i));
      }
      if (i - start == Character.charCount(cp)) {
        origin = append(out, origin, cp, start);
      } else {
        String composed = Normalizer.normalize(raw.substring(start, i), Normalizer.Form.NFC);
        for (int k = 0; k < composed.length(); ) {
          int c = composed.codePointAt(k);
          k += Character.charCount(c);
          origin = append(out, origin, c, start);
        }
      }
    }
    int length = out.length();
    if (origin.length < length + 1) {
      origin = Arrays.copyOf(origin, length + 1);
    }
    origin[length] = n;
    return new ParseInput(raw, out.toString(), origin);
  }

  private static int[] append(StringBuilder out, int[] origin, int cp, int rawIndex) {
    if (isInvisible(cp)) {
      return origin;
    }
    int mapped = map(cp);
    int before = out.length();
    out.appendCodePoint(mapped);
    if (origin.length < out.length() + 1) {
      origin = Arrays.copyOf(origin, Math.max(origin.length * 2, out.length() + 1));
    }
    for (int k = before; k < out.length(); k++) {
      origin[k] = rawIndex;
    }
    return origin;
  }

  private static int map(int cp) {
    if (cp < 0x10000) {
      char c = (char) cp;
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return ' ';
      }
      switch (c) {
        case '\u00D0':
        case '\u0189':
          return '\u0110';
        case '\u00F0':
          return '\u0111';
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
          return '-';
        case '\u2044':
        case '\u2215':
        case '\uFF0F':
          return '/';
        case '\uFF1A':
          return ':';
        default:
          return c;
      }
    }
    return cp;
  }

  private static boolean isInvisible(int cp) {
    return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD;
  }

  private static boolean isCombining(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  // ---------------------------------------------------------------- helpers shared by the scanners

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A letter that may appear in an abbreviation: Latin (with Vietnamese marks), staying Latin when upper-cased. */
  static boolean isCodeLetter(char c) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      return true;
    }
    return isLatin(c) && Character.isLetter(c) && isLatinOrAscii(Character.toUpperCase(c));
  }

  private static boolean isLatin(char c) {
    return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF);
  }

  private static boolean isLatinOrAscii(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || isLatin(c);
  }
}
