package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import vn.danso.internal.CodeSyntax;

/**
 * The code of an indicator (mã chỉ tiêu) in a catalogue: upper-case letters and digits in words joined by
 * underscores, such as {@code SRB}, {@code TFR} or {@code SHARE_65_PLUS}.
 *
 * <p>danso's built-in codes are the international acronyms where demographers use one (CBR, CDR, NIR, SRB, TFR, GFR,
 * CPR) and descriptive English words otherwise. They are not the codes of the national statistical indicator system
 * (Luật Thống kê, Phụ lục): that mapping is not verified, so it is left to the user's own catalogue.
 */
public final class IndicatorCode implements Comparable<IndicatorCode> {
  private final String value;

  private IndicatorCode(String value) {
    this.value = value;
  }

  /**
   * Returns the code with the given text.
   *
   * @param code e.g. {@code "SRB"}
   * @return the code
   * @throws IllegalArgumentException if the text is not upper-case words of letters and digits joined by underscores
   */
  public static IndicatorCode of(String code) {
    checkNotNull(code, "indicator code is null");
    checkArgument(
        isCode(code),
        "\"%s\" is not an indicator code: use upper-case letters and digits, words joined by single underscores, "
            + "starting with a letter, e.g. \"SRB\" or \"SHARE_65_PLUS\"",
        code);
    return new IndicatorCode(code);
  }

  /**
   * Reads a code without throwing.
   *
   * @param code the text, may be null
   * @return the code, or empty if the text is not an indicator code
   */
  public static Optional<IndicatorCode> tryParse(String code) {
    return code != null && isCode(code) ? Optional.of(new IndicatorCode(code)) : Optional.empty();
  }

  private static boolean isCode(String code) {
    return CodeSyntax.isJoinedWords(code, true, "_", "", (char) 0);
  }

  /**
   * Returns the code as text.
   *
   * @return the code, e.g. {@code "SRB"}
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(IndicatorCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndicatorCode && value.equals(((IndicatorCode) o).value);
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
