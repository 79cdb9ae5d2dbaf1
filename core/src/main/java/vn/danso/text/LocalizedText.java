package vn.danso.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;
import vn.danso.internal.Nfc;

/**
 * A short text given in Vietnamese and in English, such as the name of a unit type ("thành phố trực thuộc trung
 * ương" / "centrally governed city") or the meaning of a rule.
 *
 * <p>Both texts are required and are stored in Unicode NFC, so two texts typed differently but meaning the same
 * compare equal.
 */
public final class LocalizedText implements Localized {
  private final String vi;
  private final String en;

  private LocalizedText(String vi, String en) {
    this.vi = vi;
    this.en = en;
  }

  /**
   * Returns a text with the given Vietnamese and English versions.
   *
   * @param vi the Vietnamese text, not blank
   * @param en the English text, not blank
   * @return the text
   * @throws IllegalArgumentException if either text is blank
   */
  public static LocalizedText of(String vi, String en) {
    checkNotNull(vi, "Vietnamese text is null: every text needs a Vietnamese version");
    checkNotNull(en, "English text is null: every text needs an English version");
    checkArgument(!vi.isBlank(), "Vietnamese text is blank (English: \"%s\"): give both versions", en);
    checkArgument(!en.isBlank(), "English text is blank (Vietnamese: \"%s\"): give both versions", vi);
    return new LocalizedText(
        Nfc.normalize(vi), Nfc.normalize(en));
  }

  /**
   * Returns the Vietnamese version.
   *
   * @return the Vietnamese text
   */
  public String vi() {
    return vi;
  }

  /**
   * Returns the English version.
   *
   * @return the English text
   */
  public String en() {
    return en;
  }

  /**
   * Returns the version in the given language.
   *
   * @param language the language
   * @return the text in that language
   */
  public String get(Language language) {
    return checkNotNull(language, "language is null") == Language.VI ? vi : en;
  }

  @Override
  public String label(Language language) {
    return get(language);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedText
        && vi.equals(((LocalizedText) o).vi)
        && en.equals(((LocalizedText) o).en);
  }

  @Override
  public int hashCode() {
    return Objects.hash(vi, en);
  }

  /** Returns {@code "vi / en"}. */
  @Override
  public String toString() {
    return vi + " / " + en;
  }
}
