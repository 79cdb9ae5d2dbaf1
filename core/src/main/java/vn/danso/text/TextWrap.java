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
   */
  public static String wrap(CharSequence text, int width, String first, String continuation) {
    checkNotNull(text, "text is null");
    checkNotNull(first, "first prefix is null");
    checkNotNull(continuation, "continuation prefix is null");
    checkArgument(width > Math.max(first.length(), continuation.length()),
        "width %s leaves no room after the prefixes", width);
    StringBuilder out = new StringBuilder();
    String rest = text.toString();
    String prefix = first;
    while (rest.codePointCount(0, rest.length()) > width - prefix.length()) {
      int cut = rest.offsetByCodePoints(0, width - prefix.length());
      int space = rest.lastIndexOf(' ', cut);
      if (space <= 0) {
        space = rest.indexOf(' ', cut);
        if (space < 0) {
          break;
        }
      }
      out.append(prefix).append(rest, 0, space).append('\n');
      rest = rest.substring(space + 1);
      prefix = continuation;
    }
    return out.append(prefix).append(rest).append('\n').toString();
  }
}
