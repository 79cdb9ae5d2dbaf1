package vn.danso.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Line breaking for text printed to a terminal (ngắt dòng): the report formats and the examples break long messages,
 * subject lines and names between words so that lines fit a given width.
 */
public final class TextWrap {
  private TextWrap() {}

  /**
   * Breaks the text between words so that no line is wider than the width (in code points) where that can be
   * helped; a single word wider than a line stays whole. The first line starts with the first prefix, the others
   * with the continuation prefix; every line ends in {@code \n}.
   *
   * @param text the text, on one line
   * @param width the widest line, prefixes included
   * @param first the prefix of the first line, e.g. an indent or a list number
   * @param continuation the prefix of the following lines, e.g. a deeper indent
   * @return the lines
   * @throws IllegalArgumentException if the width leaves no room after the prefixes
   */
  public static String wrap(CharSequence text, int width, String first, String continuation) {
    checkNotNull(text, "text is null");
    checkNotNull(first, "first prefix is null");
    checkNotNull(continuation, "continuation prefix is null");
    checkArgument(width > Math.max(first.length(), continuation.length()),
        "width %s leaves no room after the prefixes", width);
    StringBuilder out = new StringBuilder();
    String s = text.toString();
    int start = 0;
    String prefix = first;
    // Indices into the one string, never copies of the rest: linear in the text, however many lines it makes.
    for (int cut = offsetWithin(s, start, width - prefix.length()); cut >= 0;
        cut = offsetWithin(s, start, width - prefix.length())) {
      int space = cut;
      while (space > start && s.charAt(space) != ' ') {
        space--;
      }
      if (space <= start) {
        space = s.indexOf(' ', cut);
        if (space < 0) {
          break;
        }
      }
      out.append(prefix).append(s, start, space).append('\n');
      start = space + 1;
      prefix = continuation;
    }
    return out.append(prefix).append(s, start, s.length()).append('\n').toString();
  }

  /**
   * The index {@code count} code points after {@code start} if the text goes on beyond it, or -1 if the text from
   * {@code start} has at most {@code count} code points.
   */
  private static int offsetWithin(String s, int start, int count) {
    int i = start;
    for (int k = 0; k < count; k++) {
      if (i >= s.length()) {
        return -1;
      }
      i += Character.charCount(s.codePointAt(i));
    }
    return i < s.length() ? Math.min(i, s.length() - 1) : -1;
  }
}
