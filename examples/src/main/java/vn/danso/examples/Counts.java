package vn.danso.examples;

import vn.danso.text.CountedNoun;
import vn.danso.text.Language;

/**
 * A count of things written for the reader (số đếm): digits grouped as each language groups them ({@code 10.599 xã},
 * {@code 10,599 communes}) and, in English, the noun in the plural unless there is one. The core's
 * {@link CountedNoun} groups the digits, as in the library's messages.
 */
final class Counts {
  private Counts() {}

  /** The count and its noun in the console's language: {@code of(2, "tỉnh", "province", en)} is "2 provinces". */
  static String of(long count, String vi, String en, Console console) {
    return number(count, console.language()) + " "
        + (console.language() == Language.VI ? vi : count == 1 ? en : plural(en));
  }

  /** The number with its digits grouped: {@code 10.599} in Vietnamese, {@code 10,599} in English. */
  static String number(long count, Language language) {
    return CountedNoun.groupDigits(count, language);
  }

  /** The English plural of a noun or a noun phrase ending in one. */
  static String plural(String noun) {
    if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    return noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") ? noun + "es" : noun + "s";
  }
}
