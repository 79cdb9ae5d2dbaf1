package vn.danso.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A noun written after a count (danh từ đi sau số đếm): "1 finding", "2 findings", "10,599 communes" in English,
 * "10.599 xã" in Vietnamese, where a noun does not change with the number. The count's digits are grouped in threes
 * as each language writes them (a dot in Vietnamese, a comma in English), since a count is never a year or a code.
 *
 * <pre>{@code
 * CountedNoun unit = CountedNoun.of("đơn vị", "unit", "units");
 * unit.format(1, Language.EN);       // "1 unit"
 * unit.format(10599, Language.EN);   // "10,599 units"
 * unit.format(10599, Language.VI);   // "10.599 đơn vị"
 * }</pre>
 *
 * <p>Message templates use the same rule through a placeholder with its noun, {@code {count:unit|units}} (see
 * {@code vn.danso.validation.Rule}). Immutable; compares by value.
 *
 * @param vi the Vietnamese noun, e.g. {@code "đơn vị"}
 * @param singular the English singular, e.g. {@code "unit"}
 * @param plural the English plural, e.g. {@code "units"}
 */
public record CountedNoun(String vi, String singular, String plural) {
  /**
   * Checks the forms.
   *
   * @param vi the Vietnamese noun
   * @param singular the English singular
   * @param plural the English plural
   * @throws IllegalArgumentException if a form is blank
   */
  public CountedNoun {
    for (String form : new String[] {checkNotNull(vi, "vi is null"), checkNotNull(singular, "singular is null"),
        checkNotNull(plural, "plural is null")}) {
      checkArgument(!form.isBlank(), "a form of a counted noun is blank: give the Vietnamese noun and both English "
          + "forms, e.g. of(\"đơn vị\", \"unit\", \"units\")");
    }
  }

  /**
   * Returns the noun in both languages, with its English singular and plural.
   *
   * @param vi the Vietnamese noun, e.g. {@code "đơn vị"}
   * @param singular the English singular, e.g. {@code "unit"}
   * @param plural the English plural, e.g. {@code "units"}
   * @return the noun
   * @throws IllegalArgumentException if a form is blank
   */
  public static CountedNoun of(String vi, String singular, String plural) {
    return new CountedNoun(vi, singular, plural);
  }

  /**
   * Returns the count with its noun: the English singular for exactly one, the plural for any other count.
   *
   * @param count the count
   * @param language the language
   * @return e.g. {@code "2 findings"}
   */
  public String format(long count, Language language) {
    return groupDigits(count, language) + " " + noun(count, language);
  }

  /**
   * Returns the noun alone in the form the count takes.
   *
   * @param count the count
   * @param language the language
   * @return the Vietnamese noun, or the English singular for one and plural otherwise
   */
  public String noun(long count, Language language) {
    return checkNotNull(language, "language is null") == Language.VI ? vi : count == 1 ? singular : plural;
  }

  /**
   * Returns the English form for a count: {@code english(1, "unit", "units")} is {@code "1 unit"}.
   *
   * @param count the count
   * @param singular the singular
   * @param plural the plural
   * @return the count, its digits grouped, and the noun
   */
  public static String english(long count, String singular, String plural) {
    return groupDigits(count, Language.EN) + " " + (count == 1 ? singular : plural);
  }

  /**
   * Returns a whole number with its digits grouped in threes: {@code 10.599} in Vietnamese, {@code 10,599} in
   * English; a minus sign for a negative number.
   *
   * @param number the number
   * @param language the language
   * @return the grouped digits
   */
  public static String groupDigits(long number, Language language) {
    char separator = checkNotNull(language, "language is null") == Language.VI ? '.' : ',';
    String digits = number == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(number));
    StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
    if (number < 0) {
      out.append('-');
    }
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      out.append(separator).append(digits, i, i + 3);
    }
    return out.toString();
  }
}
