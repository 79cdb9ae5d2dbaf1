package vn.danso.document;

import java.text.Normalizer;
import java.util.Arrays;
import vn.danso.internal.CodeTable;
import vn.danso.internal.Nfc;
import vn.danso.text.VietnameseText;

/**
 * The text a parser reads, cleaned of what real documents add to it, with a map back to the original indices so
 * that errors point at the character the user typed.
 *
 * <p>Cleaning: each letter with its combining marks is composed (Unicode NFC, one letter at a time; the Vietnamese
 * vowels from a precomputed table, anything else by {@link Normalizer}); {@code Ð} (U+00D0), {@code ð} and {@code Ɖ}
 * become {@code Đ}/{@code đ}; zero-width characters, the byte-order mark and soft hyphens are dropped; every kind of
 * whitespace becomes a space; every dash and minus sign becomes {@code -}; fraction, division and full-width slashes
 * become {@code /}; a full-width colon becomes {@code :}. Replacing a character keeps every index where it is, so
 * only text with characters to drop or to compose takes the slower path that builds an index map.
 */
final class ParseInput {
  /**
   * The Vietnamese vowels composed with one or two combining marks, built on first use: only text with combining
   * marks needs them, and building them normalises some 1,700 sequences.
   */
  private static final class ComposedVowels {
    static final long[] KEYS;
    static final char[] COMPOSED;

    /** Vietnamese vowels, plain and with their hat, breve or horn, that combining tone marks compose with. */
    private static final String BASES = "aeiouyAEIOUYăâêôơưĂÂÊÔƠƯ";
    /** Grave, acute, tilde, hook above, dot below, circumflex, breve, horn. */
    private static final char[] MARKS =
        {'\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031B'};

    static {
      long[] packed = new long[BASES.length() * MARKS.length * (MARKS.length + 1)];
      int count = 0;
      for (int b = 0; b < BASES.length(); b++) {
        char base = BASES.charAt(b);
        for (char first : MARKS) {
          for (int m = -1; m < MARKS.length; m++) {
            char second = m < 0 ? 0 : MARKS[m];
            String sequence = second == 0 ? "" + base + first : "" + base + first + second;
            String nfc = Normalizer.normalize(sequence, Normalizer.Form.NFC);
            if (nfc.length() == 1) {
              packed[count++] = key(base, first, second) << 16 | nfc.charAt(0);
            }
          }
        }
      }
      packed = Arrays.copyOf(packed, count);
      Arrays.sort(packed);
      KEYS = new long[count];
      COMPOSED = new char[count];
      for (int i = 0; i < count; i++) {
        KEYS[i] = packed[i] >>> 16;
        COMPOSED[i] = (char) packed[i];
      }
    }

    private ComposedVowels() {}
  }

  final String raw;
  /** The cleaned text; only the first {@link #length} characters are meaningful. */
  final char[] text;
  final int length;
  /** origin[i] is the raw index of text index i, origin[length] is raw.length(); null when the same. */
  private final int[] origin;

  private ParseInput(String raw, char[] text, int length, int[] origin) {
    this.raw = raw;
    this.text = text;
    this.length = length;
    this.origin = origin;
  }

  static ParseInput of(CharSequence input) {
    String raw = input.toString();
    char[] text = raw.toCharArray();
    for (int i = 0; i < text.length; i++) {
      char c = text[i];
      if ((c >= 0x20 && c < 0x7F)
          || (c >= 0xC0 && c <= 0x24F && c != 0xD0 && c != 0xF0 && c != 0x189)
          || (c >= 0x1E00 && c <= 0x1EFF)) {
        continue;
      }
      if (VietnameseText.isInvisible(c) || Character.isSurrogate(c) || isCombining(c)) {
        return clean(raw);
      }
      text[i] = map(c);
    }
    return new ParseInput(raw, text, text.length, null);
  }

  int rawIndex(int textIndex) {
    return origin == null ? textIndex : origin[textIndex];
  }

  String substring(int start, int end) {
    return new String(text, start, end - start);
  }

  private static ParseInput clean(String raw) {
    char[] in = raw.toCharArray();
    int n = in.length;
    char[] out = new char[n + 4];
    int[] origin = new int[n + 5];
    int len = 0;
    int i = 0;
    while (i < n) {
      char c = in[i];
      boolean simple = (c < 0x300 || !(Character.isSurrogate(c) || isCombining(c)))
          && (i + 1 == n || in[i + 1] < 0x300 || !isCombining(Character.codePointAt(in, i + 1)));
      if (simple) {
        if (!VietnameseText.isInvisible(c)) {
          out[len] = map(c);
          origin[len++] = i;
        }
        i++;
        continue;
      }
      int start = i;
      i += Character.charCount(Character.codePointAt(in, i));
      while (i < n && isCombining(Character.codePointAt(in, i))) {
        i += Character.charCount(Character.codePointAt(in, i));
      }
      String composed = compose(in, start, i);
      if (len + composed.length() + 1 >= out.length) {
        out = Arrays.copyOf(out, out.length + composed.length() + n);
        origin = Arrays.copyOf(origin, out.length + 1);
      }
      for (int k = 0; k < composed.length(); k++) {
        char d = composed.charAt(k);
        if (!VietnameseText.isInvisible(d)) {
          out[len] = map(d);
          origin[len++] = start;
        }
      }
    }
    origin[len] = n;
    return new ParseInput(raw, out, len, origin);
  }

  /** Composes one letter and its marks: a Vietnamese vowel from the table, anything else by NFC. */
  private static String compose(char[] in, int start, int end) {
    int marks = end - start - 1;
    if (marks == 1 || marks == 2) {
      long key = key(in[start], in[start + 1], marks == 2 ? in[start + 2] : 0);
      int at = Arrays.binarySearch(ComposedVowels.KEYS, key);
      if (at >= 0) {
        return String.valueOf(ComposedVowels.COMPOSED[at]);
      }
    }
    return Nfc.normalize(new String(in, start, end - start));
  }

  private static long key(char base, char first, char second) {
    return ((long) base << 32) | ((long) first << 16) | second;
  }

  private static char map(char c) {
    if (c > 0x20 && c < 0x7F) {
      return c;
    }
    switch (c) {
      case '\u00D0':
      case '\u0189':
        return '\u0110';
      case '\u00F0':
        return '\u0111';
      case '\u2044':
      case '\u2215':
      case '\uFF0F':
        return '/';
      case '\uFF1A':
        return ':';
      default:
        if (VietnameseText.isDash(c)) {
          return '-';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
    }
  }

  private static boolean isCombining(int cp) {
    if (cp < 0x300 || (cp >= 0x2000 && cp < 0x20D0) || (cp >= 0xFF00 && cp <= 0xFFEF)) {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  // ---------------------------------------------------------------- helpers shared by the scanners

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * True if the character at i is an ampersand inside an abbreviation, between two letters of it and before a capital
   * ("UBDSGĐ&TE", "KH&ĐT"); an HTML entity ("&nbsp;") is not.
   */
  static boolean isAmpersandInCode(char[] s, int i, int n) {
    return s[i] == '&' && i > 0 && i + 1 < n && isCodeLetter(s[i - 1]) && Character.isUpperCase(s[i + 1])
        && isCodeLetter(s[i + 1]);
  }

  /** A letter that may appear in an abbreviation: Latin (with Vietnamese marks), staying Latin when upper-cased. */
  static boolean isCodeLetter(char c) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '\u0110' || c == '\u0111') {
      return true;
    }
    return isLatin(c) && Character.isLetter(c) && isLatinOrAscii(CodeTable.fold(c));
  }

  private static boolean isLatin(char c) {
    return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF);
  }

  private static boolean isLatinOrAscii(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || isLatin(c);
  }
}
