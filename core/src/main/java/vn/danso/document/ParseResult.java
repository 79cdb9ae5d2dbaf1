package vn.danso.document;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.Objects;
import java.util.Optional;
import vn.danso.text.Language;

/**
 * The answer of a lenient parser (kết quả đọc): either the value read, or why the text could not be read and where.
 * What the {@code tryParse} methods return, so that bad input in bulk data costs no exception.
 *
 * <pre>{@code
 * ParseResult<DocumentNumber> r = DocumentNumber.tryParse(cell);
 * if (r.isSuccess()) {
 *   use(r.get());
 * } else {
 *   report(r.problem().get(), r.errorIndex());   // e.g. ISSUER_EXPECTED at 6
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe when the value is.
 *
 * @param <T> the type of the value read
 */
public final class ParseResult<T> {
  private final String input;
  private final T value;
  private final ParseProblem problem;
  private final int errorIndex;

  private ParseResult(String input, T value, ParseProblem problem, int errorIndex) {
    this.input = input;
    this.value = value;
    this.problem = problem;
    this.errorIndex = errorIndex;
  }

  static <T> ParseResult<T> success(String input, T value) {
    return new ParseResult<>(input, checkNotNull(value), null, -1);
  }

  static <T> ParseResult<T> failure(String input, ParseProblem problem, int errorIndex) {
    return new ParseResult<>(input, null, checkNotNull(problem), errorIndex);
  }

  /**
   * Returns true if the text was read.
   *
   * @return whether there is a value
   */
  public boolean isSuccess() {
    return problem == null;
  }

  /**
   * Returns the value read.
   *
   * @return the value, or empty when the text could not be read
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the value read, or throws the exception the strict parser would have thrown.
   *
   * @return the value
   * @throws DocumentParseException if the text could not be read
   */
  public T get() {
    if (problem != null) {
      throw exception();
    }
    return value;
  }

  /**
   * Returns the text given to the parser.
   *
   * @return the input
   */
  public String input() {
    return input;
  }

  /**
   * Returns why the text could not be read.
   *
   * @return the problem, or empty on success
   */
  public Optional<ParseProblem> problem() {
    return Optional.ofNullable(problem);
  }

  /**
   * Returns the index in the input of the first character that could not be read.
   *
   * @return the index, or -1 on success
   */
  public int errorIndex() {
    return errorIndex;
  }

  /**
   * Returns the failure as the exception the strict parser throws.
   *
   * @return the exception
   * @throws IllegalStateException if the text was read
   */
  public DocumentParseException exception() {
    checkState(problem != null, "the text was read: there is no exception");
    return new DocumentParseException(input, errorIndex, problem);
  }

  /**
   * Returns a message saying why the text could not be read.
   *
   * @param language the language
   * @return the message
   * @throws IllegalStateException if the text was read
   */
  public String message(Language language) {
    checkState(problem != null, "the text was read: there is no error message");
    return DocumentParseException.describe(input, errorIndex, problem, checkNotNull(language, "language is null"));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ParseResult)) {
      return false;
    }
    ParseResult<?> that = (ParseResult<?>) o;
    return input.equals(that.input) && Objects.equals(value, that.value) && problem == that.problem
        && errorIndex == that.errorIndex;
  }

  @Override
  public int hashCode() {
    return Objects.hash(input, value, problem, errorIndex);
  }

  /** Returns the value, or the problem and its index. */
  @Override
  public String toString() {
    return problem == null ? "ParseResult[" + value + "]" : "ParseResult[" + problem + " at " + errorIndex + "]";
  }
}
