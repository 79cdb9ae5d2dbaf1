package vn.danso.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * A language in which danso renders messages and names (ngôn ngữ hiển thị): Vietnamese, the default, or English.
 *
 * <p>Every message of the library exists in both languages, so an integrator can show findings to commune staff in
 * Vietnamese and to an international partner in English from the same report.
 */
public enum Language {
  /** Vietnamese (tiếng Việt), the default language of every message. */
  VI("vi"),
  /** English. */
  EN("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /**
   * Returns the BCP 47 language tag of this language, {@code "vi"} or {@code "en"}.
   *
   * @return the language tag
   */
  public String tag() {
    return tag;
  }

  /**
   * Returns the {@link Locale} of this language.
   *
   * @return the locale, {@code vi-VN} or {@code en}
   */
  public Locale locale() {
    return this == VI ? Locale.forLanguageTag("vi-VN") : Locale.ENGLISH;
  }

  /**
   * Reads a language from a tag such as {@code "vi"}, {@code "vi-VN"}, {@code "EN"} or {@code "en_US"}.
   *
   * @param tag a language tag; only its primary language subtag is read, case-insensitively
   * @return the language
   * @throws IllegalArgumentException if the tag names a language other than Vietnamese or English
   */
  public static Language fromTag(String tag) {
    checkNotNull(tag, "tag is null: pass \"vi\" or \"en\"");
    String primary = tag.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.tag.equals(primary)) {
        return language;
      }
    }
    checkArgument(false, "unsupported language tag \"%s\": danso speaks \"vi\" and \"en\"", tag);
    throw new AssertionError("unreachable");
  }
}
