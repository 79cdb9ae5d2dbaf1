package vn.danso.testing;

import java.text.Normalizer;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Hostile text for fuzzing: mutations of real inputs, random Unicode (unpaired surrogates, combining marks, NFD,
 * {@code Ð} typed for {@code Đ}, every kind of dash, no-break and other spaces, zero-width and bidirectional marks),
 * very long strings, and extreme numbers.
 */
public final class FuzzText {
  /** Characters real documents and hostile inputs contain that plain ASCII tests miss. */
  public static final String HOSTILE = "\u00D0\u00F0\u0189\u0110\u0111-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
      + "\uFE58\uFE63\uFF0D\u00A0\u202F\u2007\u2000\u3000\t\n\r \u200B\u200C\u200D\u2060\uFEFF\u00AD\u200E\u200F"
      + "\u061C\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u0300\u0301\u0303\u0309\u0323\u0302\u0306"
      + "\u031B\u034D\u0345\u0000\uD800\uDC00\uDBFF\uFFFD\u00B7.,;:/()[]*+%\u2030_=\"'#\\";

  /** Numbers at and beyond the edges of what parsers accept. */
  public static final List<String> EXTREME_NUMBERS = List.of("1e100000000", "3e947652617", ".1000000000",
      "1e308", "1.7976931348623157e308", "1.8e308", "-1e308", "4.9e-324", "1e-10", "0e999999999",
      "9".repeat(400), "0".repeat(500) + "1", "NaN", "Infinity", "-0", "+.5", "1e", "1e+", "--1", "1.2.3", "1_000",
      "2147483648", "-9223372036854775809", "0x1p3", "١٢٣", "１２３");

  private FuzzText() {}

  /**
   * Returns one hostile text, usually derived from one of the real inputs given.
   *
   * @param r the input's random stream
   * @param real real inputs for the entry point (document numbers, codes, names, dates…)
   * @return the text
   */
  public static String text(SplittableRandom r, List<String> real) {
    int kind = r.nextInt(1000);
    String base = real.get(r.nextInt(real.size()));
    if (kind == 0 && r.nextInt(4) == 0) {
      return longText(r, base);
    }
    if (kind < 100) {
      return base;
    }
    if (kind < 550) {
      return mutate(r, base, 1 + r.nextInt(4));
    }
    if (kind < 700) {
      return variant(r, base);
    }
    if (kind < 850) {
      return mix(r, base, r.nextInt(40));
    }
    if (kind < 900) {
      return EXTREME_NUMBERS.get(r.nextInt(EXTREME_NUMBERS.size()));
    }
    return codePoints(r, r.nextInt(24));
  }

  /** The same text as real documents differ: NFD, eth, odd spaces and dashes, invisible marks. */
  public static String variant(SplittableRandom r, String base) {
    switch (r.nextInt(5)) {
      case 0:
        return Normalizer.normalize(base, Normalizer.Form.NFD);
      case 1:
        return base.replace('\u0110', '\u00D0').replace('\u0111', '\u00F0');
      case 2:
        return "\u00A0 " + base.replace(" ", "  ").replace('-', '\u2013') + "\t";
      case 3:
        return "\u200B\u200E" + base + "\uFEFF";
      default:
        return base.toUpperCase(java.util.Locale.ROOT);
    }
  }

  /** Applies the given number of random edits. */
  public static String mutate(SplittableRandom r, String base, int edits) {
    StringBuilder s = new StringBuilder(base);
    for (int e = 0; e < edits; e++) {
      int at = s.length() == 0 ? 0 : r.nextInt(s.length() + 1);
      switch (r.nextInt(8)) {
        case 0:
          s.insert(at, HOSTILE.charAt(r.nextInt(HOSTILE.length())));
          break;
        case 1:
          s.insert(at, Character.toChars(r.nextInt(Character.MAX_CODE_POINT + 1)));
          break;
        case 2:
          if (at < s.length()) {
            s.deleteCharAt(at);
          }
          break;
        case 3:
          if (at < s.length()) {
            s.setCharAt(at, (char) ('0' + r.nextInt(10)));
          }
          break;
        case 4:
          int to = Math.min(s.length(), at + 1 + r.nextInt(6));
          s.insert(to, s.substring(at, to));
          break;
        case 5:
          if (at < s.length()) {
            s.setCharAt(at, base.isEmpty() ? 'a' : base.charAt(r.nextInt(base.length())));
          }
          break;
        case 6:
          s.setLength(at);
          break;
        default:
          s.insert(at, EXTREME_NUMBERS.get(r.nextInt(EXTREME_NUMBERS.size())));
          break;
      }
    }
    return s.toString();
  }

  /** Random characters drawn from the base text and the hostile set. */
  public static String mix(SplittableRandom r, String base, int length) {
    String alphabet = base + HOSTILE + "0123456789";
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  /** Random code points from the whole of Unicode, unpaired surrogates included. */
  public static String codePoints(SplittableRandom r, int count) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (r.nextBoolean()) {
        s.append((char) r.nextInt(0x10000));
      } else {
        s.appendCodePoint(r.nextInt(Character.MAX_CODE_POINT + 1));
      }
    }
    return s.toString();
  }

  /** A very long text: a piece of the base repeated, or a run of combining marks, up to 100,000 characters. */
  public static String longText(SplittableRandom r, String base) {
    int length = 1_000 + r.nextInt(99_000);
    String piece;
    switch (r.nextInt(4)) {
      case 0:
        piece = "\u0301";
        break;
      case 1:
        piece = "9";
        break;
      case 2:
        piece = base.isEmpty() ? "a" : base.substring(0, 1 + r.nextInt(base.length()));
        break;
      default:
        piece = base.isEmpty() ? "_a" : base.substring(r.nextInt(base.length()));
        piece = piece.isEmpty() ? "." : piece;
        break;
    }
    StringBuilder s = new StringBuilder(length + base.length());
    s.append(base, 0, Math.min(1, base.length()));
    while (s.length() < length) {
      s.append(piece);
    }
    return s.toString();
  }

  /** The text with every character outside printable ASCII written as a Java escape, cut to 300 characters. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder();
    String shown = text.length() > 300 ? text.substring(0, 300) : text;
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '\\') {
        out.append(c);
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    return "\"" + out + "\"" + (text.length() > 300 ? " … (" + text.length() + " characters)" : "");
  }
}
