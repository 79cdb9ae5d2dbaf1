package vn.danso.document;

import static com.google.common.base.Preconditions.checkNotNull;

import vn.danso.text.Language;

/**
 * Thrown when a document number, a Vietnamese date or a place line cannot be read: the one exception of this
 * package's parsers, like {@code java.time}'s {@code DateTimeParseException}. It carries the text, the index of the
 * first character that could not be read, and the {@linkplain ParseProblem problem}.
 *
 * <p>The message is in English; {@link #message(Language)} gives it in Vietnamese. To read text without
 * exceptions, use the {@code tryParse} methods, which return a {@link ParseResult}.
 */
public final class DocumentParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The text that could not be read. */
  private final String input;
  /** The index of the first character that could not be read. */
  private final int errorIndex;
  /** Why the text could not be read. */
  private final ParseProblem problem;

  DocumentParseException(String input, int errorIndex, ParseProblem problem) {
    super(describe(input, errorIndex, problem, Language.EN));
    this.input = input;
    this.errorIndex = errorIndex;
    this.problem = problem;
  }

  /**
   * Returns the text that could not be read, exactly as given.
   *
   * @return the input
   */
  public String input() {
    return input;
  }

  /**
   * Returns the index in the input of the first character that could not be read; the input's length when more
   * text was expected at its end.
   *
   * @return the error index
   */
  public int errorIndex() {
    return errorIndex;
  }

  /**
   * Returns why the text could not be read.
   *
   * @return the problem
   */
  public ParseProblem problem() {
    return problem;
  }

  /**
   * Returns the message in the given language.
   *
   * @param language the language
   * @return e.g. {@code Không đọc được "21-NQ/" tại vị trí 6: thiếu chữ viết tắt cơ quan ban hành}
   */
  public String message(Language language) {
    return describe(input, errorIndex, problem, checkNotNull(language, "language is null"));
  }

  static String describe(String input, int index, ParseProblem problem, Language language) {
    String shown = input.length() > 200 ? input.substring(0, 200) + "…" : input;
    return language == Language.VI
        ? "Không đọc được \"" + shown + "\" tại vị trí " + index + ": " + problem.label(Language.VI)
        : "Text \"" + shown + "\" could not be parsed at index " + index + ": " + problem.label(Language.EN);
  }
}
