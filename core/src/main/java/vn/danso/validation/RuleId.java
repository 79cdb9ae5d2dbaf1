package vn.danso.validation;

import java.util.Optional;
import vn.danso.internal.IdentifierShape;

/**
 * The stable identifier of a validation rule (mã quy tắc), such as {@code hierarchy.cycle} or
 * {@code document.date.leading-zero}.
 *
 * <p>An id is lower case, made of at least two segments separated by dots; a segment is letters and digits, with
 * single hyphens between words. The first segment is the rule's group. Ids are public API: once released, an id is
 * never renamed or reused, so integrators can filter, count and translate findings by id.
 *
 * @param value the id as text, e.g. {@code "hierarchy.cycle"}
 */
public record RuleId(String value) implements Comparable<RuleId> {
  private static final IdentifierShape SHAPE = IdentifierShape.lowerCase("rule id", "-.", "", '.',
      "use lower-case dotted segments of letters, digits and single hyphens, at least two segments, "
          + "e.g. \"hierarchy.code-format\"");

  /**
   * Checks the id's text; {@link #of(String)} says the same more briefly.
   *
   * @param value the id as text
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is not a well-formed id
   */
  public RuleId {
    SHAPE.require(value);
  }

  /**
   * Returns the rule id with the given text.
   *
   * @param value the id, for example {@code "hierarchy.cycle"}
   * @return the rule id
   * @throws IllegalArgumentException if the text is not a well-formed id
   */
  public static RuleId of(String value) {
    return new RuleId(value);
  }

  /**
   * Reads a rule id without throwing.
   *
   * @param value the text, may be null
   * @return the id, or empty if the text is not a well-formed rule id
   */
  public static Optional<RuleId> tryParse(String value) {
    return SHAPE.tryParse(value, RuleId::new);
  }

  /**
   * Returns the group of this rule: the segment before the first dot ({@code hierarchy} for
   * {@code hierarchy.cycle}).
   *
   * @return the group
   */
  public String group() {
    return value.substring(0, value.indexOf('.'));
  }

  // Written out rather than generated: a record's generated equals and hashCode are linked on first use through
  // method handles, which costs a cold start several milliseconds; these compute the same results.
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof RuleId && value.equals(((RuleId) other).value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id as text. */
  @Override
  public String toString() {
    return value;
  }
}
