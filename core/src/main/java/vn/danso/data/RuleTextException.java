package vn.danso.data;

/**
 * Thrown when text is not a rule expression (biểu thức quy tắc): carries the text, the index of the character where
 * reading failed and the reason, and its message shows the text with a caret under that character, like
 * {@code java.time.format.DateTimeParseException}.
 *
 * <pre>
 * births[male] + births[female] === births
 *                                  ^ expected a number, a figure, a function or "(" here
 * </pre>
 */
public final class RuleTextException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The text that could not be read. */
  private final String input;
  /** The index of the character where reading failed. */
  private final int errorIndex;
  /** What was wrong. */
  private final String reason;

  RuleTextException(String reason, String input, int errorIndex) {
    super(reason + " at index " + errorIndex + ":\n" + input + "\n" + " ".repeat(Math.max(0, errorIndex)) + "^");
    this.input = input;
    this.errorIndex = errorIndex;
    this.reason = reason;
  }

  /**
   * Returns the text that could not be read.
   *
   * @return the input
   */
  public String input() {
    return input;
  }

  /**
   * Returns the index of the character where reading failed (the length of the text when it ended too soon).
   *
   * @return the error index
   */
  public int errorIndex() {
    return errorIndex;
  }

  /**
   * Returns what was wrong, without the text and the caret.
   *
   * @return the reason, e.g. {@code "expected ')' to close the '(' at index 4"}
   */
  public String reason() {
    return reason;
  }
}
