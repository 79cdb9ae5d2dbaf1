package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import vn.danso.internal.CodeSyntax;

/**
 * The code of a data element (mã phần tử dữ liệu): lower-case words joined by hyphens, in dotted segments from the
 * general to the particular, such as {@code births}, {@code population.average} or {@code marriages.child}.
 *
 * <p>A dotted code says what the element is a part of ({@code marriages.child} are among {@code marriages}); it does
 * not make the elements a hierarchy by itself.
 */
public final class ElementCode implements Comparable<ElementCode> {
  private final String value;

  private ElementCode(String value) {
    this.value = value;
  }

  /**
   * Returns the code with the given text.
   *
   * @param code e.g. {@code "population.average"}
   * @return the code
   * @throws IllegalArgumentException if the text is not lower-case words of letters and digits joined by single
   *     hyphens, in dotted segments
   */
  public static ElementCode of(String code) {
    checkNotNull(code, "element code is null");
    checkArgument(
        isCode(code),
        "\"%s\" is not a data element code: use lower-case letters and digits, words joined by single hyphens, "
            + "segments by dots, starting with a letter, e.g. \"births\" or \"women.married-15-49\"",
        code);
    return new ElementCode(code);
  }

  /**
   * Reads a code without throwing.
   *
   * @param code the text, may be null
   * @return the code, or empty if the text is not an element code
   */
  public static Optional<ElementCode> tryParse(String code) {
    return code != null && isCode(code) ? Optional.of(new ElementCode(code)) : Optional.empty();
  }

  private static boolean isCode(String code) {
    return CodeSyntax.isJoinedWords(code, false, "-.", "", (char) 0);
  }

  /**
   * Returns the code as text.
   *
   * @return the code, e.g. {@code "births"}
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(ElementCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ElementCode && value.equals(((ElementCode) o).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the code as text. */
  @Override
  public String toString() {
    return value;
  }
}
