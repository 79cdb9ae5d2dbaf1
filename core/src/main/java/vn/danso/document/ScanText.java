package vn.danso.document;

/**
 * The text a {@link ReferenceScanner} reads: the input cleaned as {@link ParseInput} cleans it (NFC, {@code Ð} for
 * {@code Đ}, every dash a {@code -}, every space a space), and in the lenient mode also with words hyphenated at a
 * line end joined again; with the map back to the indices of the text as given. Small helpers every reader of the
 * scanner shares; each looks at a bounded number of characters.
 */
final class ScanText {
  final ParseInput input;
  final char[] t;
  final int n;
  /** index into input.text of each character of t, or null when t is input.text. */
  private final int[] origin;

  private ScanText(ParseInput input, char[] t, int n, int[] origin) {
    this.input = input;
    this.t = t;
    this.n = n;
    this.origin = origin;
  }

  static ScanText of(CharSequence text, boolean joinHyphenatedWords) {
    ParseInput input = ParseInput.of(text);
    if (!joinHyphenatedWords || !hasHyphenatedWord(input)) {
      return new ScanText(input, input.text, input.length, null);   // nothing to join: no copy, no index map
    }
    char[] in = input.text;
    int length = input.length;
    char[] out = new char[length];
    int[] origin = new int[length + 1];
    int k = 0;
    for (int i = 0; i < length; i++) {
      char c = in[i];
      if (c == '-' && k > 0 && Character.isLetter(out[k - 1])) {
        int j = joinedWordStart(input, i);
        if (j > 0) {
          i = j - 1;
          continue;
        }
      }
      out[k] = c;
      origin[k++] = i;
    }
    origin[k] = length;
    return new ScanText(input, out, k, origin);
  }

  private static boolean hasHyphenatedWord(ParseInput input) {
    for (int i = 1; i < input.length; i++) {
      if (input.text[i] == '-' && Character.isLetter(input.text[i - 1]) && joinedWordStart(input, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the rest of a word hyphenated at a line end starts, for the hyphen at i: spaces with a line break among them
   * in the text as given, then a small letter. Returns -1 when the hyphen is not that.
   */
  private static int joinedWordStart(ParseInput input, int i) {
    char[] in = input.text;
    int length = input.length;
    if (i + 1 >= length || in[i + 1] != ' ') {
      return -1;
    }
    int j = i + 1;
    while (j < length && in[j] == ' ') {
      j++;
    }
    return j < length && Character.isLowerCase(in[j]) && lineBreakIn(input, i + 1, j) ? j : -1;
  }

  private static boolean lineBreakIn(ParseInput input, int from, int to) {
    for (int r = input.rawIndex(from); r < input.rawIndex(to); r++) {
      char c = input.raw.charAt(r);
      if (c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  /** The index in the text as given of index i of t. */
  int raw(int i) {
    return input.rawIndex(origin == null ? i : origin[i]);
  }

  /** The text as given between two indices of t. */
  String rawText(int start, int end) {
    return input.raw.substring(raw(start), raw(end));
  }

  /** The cleaned text between two indices of t, spaces folded to one. */
  String clean(int start, int end) {
    StringBuilder out = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      if (t[i] != ' ' || (out.length() > 0 && out.charAt(out.length() - 1) != ' ')) {
        out.append(t[i]);
      }
    }
    return out.toString().trim();
  }

  boolean lineBreakBefore(int i) {
    int r = raw(i);
    return r > 0 && (input.raw.charAt(r - 1) == '\n' || input.raw.charAt(r - 1) == '\r');
  }

  int skipSpaces(int i) {
    while (i < n && t[i] == ' ') {
      i++;
    }
    return i;
  }

  int skipSpacesBack(int i) {
    while (i > 0 && t[i - 1] == ' ') {
      i--;
    }
    return i;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  boolean isWordChar(int i) {
    return i >= 0 && i < n && isLetterOrDigit(t[i]);
  }

  /** {@link Character#isLetterOrDigit(char)}, answering ASCII, the commonest case, without a table look-up. */
  static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  boolean isWordStart(int i) {
    return !isWordChar(i - 1);
  }

  /** The end of the word starting at i (letters and digits), i when none. */
  int wordEnd(int i) {
    while (i < n && isLetterOrDigit(t[i])) {
      i++;
    }
    return i;
  }

  /** True if t at i starts with the lower-case words, ignoring case, ending at a word boundary. */
  boolean wordsAt(int i, String lower) {
    return wordsEnd(i, lower) >= 0;
  }

  /**
   * Returns the end of the lower-case words at i, ignoring case and taking any run of spaces for a space, at a word
   * boundary; -1 when they are not there.
   */
  int wordsEnd(int i, String lower) {
    int j = i;
    for (int k = 0; k < lower.length(); k++) {
      char c = lower.charAt(k);
      if (j >= n) {
        return -1;
      }
      char d = t[j];
      if (c == ' ') {
        if (d != ' ') {
          return -1;
        }
        j = skipSpaces(j);
        continue;
      }
      if (c != d && c != (d < 0x80 ? (char) (d | 0x20) : Character.toLowerCase(d))) {
        return -1;
      }
      j++;
    }
    return isWordChar(j) ? -1 : j;
  }

  /** True if the one lower-case word ends at index end (exclusive), ignoring case, starting at a word boundary. */
  boolean wordEndsAt(int end, String lower) {
    int start = end - lower.length();
    return start >= 0 && isWordStart(start) && wordsAt(start, lower);
  }

  /** Reads digits at i; returns the value, or -1 when none or more than 9. */
  int digits(int i, int end) {
    if (end == i || end - i > 9) {
      return -1;
    }
    int value = 0;
    for (int k = i; k < end; k++) {
      value = value * 10 + (t[k] - '0');
    }
    return value;
  }

  int digitsEnd(int i) {
    while (i < n && isDigit(t[i])) {
      i++;
    }
    return i;
  }
}
