package vn.danso.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.function.Function;

/**
 * The shape of one kind of typed identifier (element codes, indicator codes, rule ids, body kind ids): words of ASCII
 * letters and digits joined by single separators, starting with a letter. One instance per kind holds what the kind
 * allows and how misuse is explained, so every identifier type reads, rejects and explains text the same way.
 *
 * <p>The text is judged in one pass, without regular expressions: work and stack depth are bounded by the text's
 * length, so any input, however long, is judged in linear time and constant stack, where a regular expression with
 * a repeated group may recurse once per word and overflow the stack.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class IdentifierShape {
  private final String what;
  private final boolean upperCase;
  private final String separators;
  private final String extraWordChars;
  private final char requiredSeparator;
  private final String advice;

  private IdentifierShape(String what, boolean upperCase, String separators, String extraWordChars,
      char requiredSeparator, String advice) {
    this.what = what;
    this.upperCase = upperCase;
    this.separators = separators;
    this.extraWordChars = extraWordChars;
    this.requiredSeparator = requiredSeparator;
    this.advice = advice;
  }

  /**
   * Returns the shape of words of lower-case letters ({@code a–z}) and digits.
   *
   * @param what what the identifier is called in messages, e.g. {@code "rule id"}
   * @param separators the characters that join words
   * @param extraWordChars characters that count as part of a word besides letters and digits
   * @param requiredSeparator a separator that must occur at least once, or {@code 0} for none
   * @param advice what to do instead, for the message of misuse, e.g. {@code "use lower-case …"}
   * @return the shape
   */
  public static IdentifierShape lowerCase(String what, String separators, String extraWordChars,
      char requiredSeparator, String advice) {
    return new IdentifierShape(what, false, separators, extraWordChars, requiredSeparator, advice);
  }

  /**
   * Returns the shape of words of upper-case letters ({@code A–Z}) and digits.
   *
   * @param what what the identifier is called in messages, e.g. {@code "indicator code"}
   * @param separators the characters that join words
   * @param advice what to do instead, for the message of misuse
   * @return the shape
   */
  public static IdentifierShape upperCase(String what, String separators, String advice) {
    return new IdentifierShape(what, true, separators, "", (char) 0, advice);
  }

  /**
   * Returns the text if it has this shape; this is the check of an identifier's factory or constructor.
   *
   * @param text the text
   * @return the same text
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text does not have this shape, with a message saying what to use
   */
  public String require(String text) {
    checkNotNull(text, "%s is null", what);
    checkArgument(matches(text), "%s", misuse(text));
    return text;
  }

  /**
   * Makes an identifier from text without throwing.
   *
   * @param <T> the identifier type
   * @param text the text, may be null
   * @param factory makes the identifier from text known to have this shape
   * @return the identifier, or empty if the text is null or does not have this shape
   */
  public <T> Optional<T> tryParse(String text, Function<String, T> factory) {
    return text != null && matches(text) ? Optional.of(factory.apply(text)) : Optional.empty();
  }

  /**
   * Reads a composite identifier (a data key, an element key) without throwing: the result of its strict parser, or
   * empty where that parser rejects the text as misuse.
   *
   * @param <T> the identifier type
   * @param text the text, may be null
   * @param parse the strict parser, throwing {@link IllegalArgumentException} for text that is not an identifier
   * @return the identifier, or empty if the text is null or not an identifier
   */
  public static <T> Optional<T> tryParsing(String text, Function<String, T> parse) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Says why a text is not an identifier of this shape and what to use instead.
   *
   * @param text the rejected text
   * @return e.g. {@code rule id "x" is malformed: use lower-case dotted segments …}
   */
  public String misuse(String text) {
    return what + " \"" + text + "\" is malformed: " + advice;
  }

  /**
   * Whether the text has this shape: it starts with a letter of the shape's case, every word is one or more ASCII
   * letters of that case, digits or the extra word characters, and words are joined by exactly one separator; no
   * separator at either end; the required separator, if any, occurs.
   *
   * @param text the text to judge
   * @return whether the text has this shape
   */
  public boolean matches(CharSequence text) {
    int length = text.length();
    if (length == 0 || !isLetter(text.charAt(0))) {
      return false;
    }
    boolean required = requiredSeparator == 0;
    boolean afterSeparator = false;
    for (int i = 1; i < length; i++) {
      char c = text.charAt(i);
      if (isLetter(c) || (c >= '0' && c <= '9') || extraWordChars.indexOf(c) >= 0) {
        afterSeparator = false;
      } else if (separators.indexOf(c) >= 0 && !afterSeparator) {
        afterSeparator = true;
        required |= c == requiredSeparator;
      } else {
        return false;
      }
    }
    return !afterSeparator && required;
  }

  private boolean isLetter(char c) {
    return upperCase ? c >= 'A' && c <= 'Z' : c >= 'a' && c <= 'z';
  }
}
