package vn.danso.indicator;

import java.util.Optional;
import vn.danso.internal.IdentifierShape;

/**
 * The code of an indicator (mã chỉ tiêu) in a catalogue: upper-case letters and digits in words joined by
 * underscores, such as {@code SRB}, {@code TFR} or {@code SHARE_65_PLUS}.
 *
 * <p>danso's built-in codes are the international acronyms where demographers use one (CBR, CDR, NIR, SRB, TFR, GFR,
 * CPR) and descriptive English words otherwise. They are not the codes of the national statistical indicator system
 * (Luật Thống kê, Phụ lục): that mapping is not verified, so it is left to the user's own catalogue.
 *
 * @param value the code as text, e.g. {@code "SRB"}
 */
public record IndicatorCode(String value) implements Comparable<IndicatorCode> {
  private static final IdentifierShape SHAPE = IdentifierShape.upperCase("indicator code", "_",
      "use upper-case letters and digits, words joined by single underscores, starting with a letter, "
          + "e.g. \"SRB\" or \"SHARE_65_PLUS\"");

  /**
   * Checks the code's text; {@link #of(String)} says the same more briefly.
   *
   * @param value the code as text
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is not upper-case words of letters and digits joined by underscores
   */
  public IndicatorCode {
    SHAPE.require(value);
  }

  /**
   * Returns the code with the given text.
   *
   * @param code e.g. {@code "SRB"}
   * @return the code
   * @throws IllegalArgumentException if the text is not upper-case words of letters and digits joined by underscores
   */
  public static IndicatorCode of(String code) {
    return new IndicatorCode(code);
  }

  /**
   * Reads a code without throwing.
   *
   * @param code the text, may be null
   * @return the code, or empty if the text is not an indicator code
   */
  public static Optional<IndicatorCode> tryParse(String code) {
    return SHAPE.tryParse(code, IndicatorCode::new);
  }

  // Written out rather than generated: a record's generated equals and hashCode are linked on first use through
  // method handles, which costs a cold start several milliseconds; these compute the same results.
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof IndicatorCode && value.equals(((IndicatorCode) other).value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(IndicatorCode other) {
    return value.compareTo(other.value);
  }

  /** Returns the code as text. */
  @Override
  public String toString() {
    return value;
  }
}
