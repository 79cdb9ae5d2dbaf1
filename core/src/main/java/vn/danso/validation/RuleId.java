package vn.danso.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import vn.danso.internal.CodeSyntax;

/**
 * The stable identifier of a validation rule (mã quy tắc), such as {@code hierarchy.cycle} or
 * {@code document.date.leading-zero}.
 *
 * <p>An id is lower case, made of at least two segments separated by dots; a segment is letters and digits, with
 * single hyphens between words. The first segment is the rule's group. Ids are public API: once released, an id is
 * never renamed or reused, so integrators can filter, count and translate findings by id.
 */
public final class RuleId implements Comparable<RuleId> {
  private final String value;

  private RuleId(String value) {
    this.value = value;
  }

  /**
   * Returns the rule id with the given text.
   *
   * @param value the id, for example {@code "hierarchy.cycle"}
   * @return the rule id
   * @throws IllegalArgumentException if the text is not a well-formed id
   */
  public static RuleId of(String value) {
    checkNotNull(value, "rule id is null");
    checkArgument(
        CodeSyntax.isJoinedWords(value, false, "-.", "", '.'),
        "rule id \"%s\" is malformed: use lower-case dotted segments of letters, digits and single hyphens, "
            + "at least two segments, e.g. \"hierarchy.code-format\"",
        value);
    return new RuleId(value);
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

  /**
   * Returns the id as text.
   *
   * @return the id, e.g. {@code "hierarchy.cycle"}
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleId && value.equals(((RuleId) o).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the id as text. */
  @Override
  public String toString() {
    return value;
  }
}
