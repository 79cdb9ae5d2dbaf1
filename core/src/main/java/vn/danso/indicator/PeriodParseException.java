package vn.danso.indicator;

/**
 * Thrown when text is not a period code (mã kỳ báo cáo): carries the text and the index of the character where
 * reading failed, like {@code java.time.format.DateTimeParseException}.
 */
public final class PeriodParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The text that could not be read. */
  private final String input;
  /** The index of the first character that could not be read. */
  private final int errorIndex;

  PeriodParseException(String message, String input, int errorIndex) {
    super(message + " in \"" + input + "\" at index " + errorIndex
        + " (period codes: 2023, 2023Q1, 2023-01, 2021-2025)");
    this.input = input;
    this.errorIndex = errorIndex;
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
   * Returns the index of the first character that could not be read.
   *
   * @return the error index
   */
  public int errorIndex() {
    return errorIndex;
  }
}
