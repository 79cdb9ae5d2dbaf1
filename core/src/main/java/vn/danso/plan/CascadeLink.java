package vn.danso.plan;

import static com.google.common.base.Preconditions.checkNotNull;

import vn.danso.document.DocumentReference;

/**
 * An edge of a {@link Cascade} (quan hệ "thực hiện"): the child implements the parent, as the child's reference
 * says. The edge value of the cascade's graph. Immutable; compares by value.
 *
 * @param parent the document implemented
 * @param child the implementing document
 * @param reference the reference by which the child names the parent, as the child gives it
 * @param inferred true if the reference was incomplete and the parent is the only plan of the cascade it fits
 */
public record CascadeLink(CascadeNode parent, CascadeNode child, DocumentReference reference, boolean inferred) {
  /**
   * Checks that every part is present.
   *
   * @param parent the document implemented
   * @param child the implementing document
   * @param reference the reference by which the child names the parent
   * @param inferred whether the parent was inferred from an incomplete reference
   * @throws NullPointerException if the parent, child or reference is null
   */
  public CascadeLink {
    checkNotNull(parent, "parent is null");
    checkNotNull(child, "child is null");
    checkNotNull(reference, "reference is null");
  }

  /** Returns {@code "child → parent"}. */
  @Override
  public String toString() {
    return child + " → " + parent;
  }
}
