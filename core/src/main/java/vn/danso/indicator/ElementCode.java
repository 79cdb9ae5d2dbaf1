package vn.danso.indicator;

import java.util.Optional;
import vn.danso.internal.IdentifierShape;

/**
 * The code of a data element (mã phần tử dữ liệu): lower-case words joined by hyphens, in dotted segments from the
 * general to the particular, such as {@code births}, {@code population.average} or {@code marriages.child}.
 *
 * <p>A dotted code says what the element is a part of ({@code marriages.child} are among {@code marriages}); it does
 * not make the elements a hierarchy by itself.
 *
 * @param value the code as text, e.g. {@code "births"}
 */
public record ElementCode(String value) implements Comparable<ElementCode> {
  private static final IdentifierShape SHAPE = IdentifierShape.lowerCase("data element code", "-.", "", (char) 0,
      "use lower-case letters and digits, words joined by single hyphens, segments by dots, starting with a letter, "
          + "e.g. \"births\" or \"women.married-15-49\"");

  /**
   * Checks the code's text; {@link #of(String)} says the same more briefly.
   *
   * @param value the code as text
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is not lower-case words of letters and digits joined by single
   *     hyphens, in dotted segments
   */
  public ElementCode {
    SHAPE.require(value);
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
    return new ElementCode(code);
  }

  /**
   * Reads a code without throwing.
   *
   * @param code the text, may be null
   * @return the code, or empty if the text is not an element code
   */
  public static Optional<ElementCode> tryParse(String code) {
    return SHAPE.tryParse(code, ElementCode::new);
  }

  // Written out rather than generated: a record's generated equals and hashCode are linked on first use through
  // method handles, which costs a cold start several milliseconds; these compute the same results.
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof ElementCode && value.equals(((ElementCode) other).value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(ElementCode other) {
    return value.compareTo(other.value);
  }

  /** Returns the code as text. */
  @Override
  public String toString() {
    return value;
  }
}
