package vn.danso.internal;

/**
 * Checks the shape of identifiers (codes, rule ids, kind ids) in one pass over the text, without regular expressions:
 * words of letters and digits joined by single separators. Work and stack depth are bounded by the text's length, so
 * any input, however long, is judged in linear time and constant stack, where a regular expression with a repeated
 * group may recurse once per word and overflow the stack.
 */
public final class CodeSyntax {
  private CodeSyntax() {}

  /**
   * Whether the text is words joined by single separators: it starts with a letter of the given case, every word is
   * one or more ASCII letters of that case, digits or {@code extraWordChars}, and words are joined by exactly one of
   * the {@code separators}; no separator at either end.
   *
   * @param text the text to judge
   * @param upperCase whether letters are upper case ({@code A–Z}) rather than lower case ({@code a–z})
   * @param separators the characters that join words
   * @param extraWordChars characters that count as part of a word besides letters and digits
   * @param requiredSeparator a separator that must occur at least once, or {@code 0} for none
   * @return whether the text has that shape
   */
  public static boolean isJoinedWords(CharSequence text, boolean upperCase, String separators, String extraWordChars,
      char requiredSeparator) {
    int length = text.length();
    if (length == 0 || !isLetter(text.charAt(0), upperCase)) {
      return false;
    }
    boolean required = requiredSeparator == 0;
    boolean afterSeparator = false;
    for (int i = 1; i < length; i++) {
      char c = text.charAt(i);
      if (isLetter(c, upperCase) || (c >= '0' && c <= '9') || extraWordChars.indexOf(c) >= 0) {
        afterSeparator = false;
      } else if (separators.indexOf(c) >= 0 && !afterSeparator) {
        afterSeparator = true;
        required |= c == requiredSeparator;
      } else {
        return false;
      }
    }
    return !afterSeparator && required;
  }

  private static boolean isLetter(char c, boolean upperCase) {
    return upperCase ? c >= 'A' && c <= 'Z' : c >= 'a' && c <= 'z';
  }
}
