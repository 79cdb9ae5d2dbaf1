package vn.danso.plan;

import java.util.Objects;
import vn.danso.document.DocumentReference;

/**
 * An edge of a {@link Cascade} (quan hệ "thực hiện"): the child implements the parent, as the child's reference
 * says. The edge value of the cascade's graph. Immutable; compares by value.
 */
public final class CascadeLink {
  private final CascadeNode parent;
  private final CascadeNode child;
  private final DocumentReference reference;
  private final boolean inferred;

  CascadeLink(CascadeNode parent, CascadeNode child, DocumentReference reference, boolean inferred) {
    this.parent = parent;
    this.child = child;
    this.reference = reference;
    this.inferred = inferred;
  }

  /**
   * Returns the document implemented.
   *
   * @return the parent
   */
  public CascadeNode parent() {
    return parent;
  }

  /**
   * Returns the implementing document.
   *
   * @return the child
   */
  public CascadeNode child() {
    return child;
  }

  /**
   * Returns the reference by which the child names the parent.
   *
   * @return the reference as the child gives it
   */
  public DocumentReference reference() {
    return reference;
  }

  /**
   * Returns true if the reference was incomplete and the parent is the only plan of the cascade it fits.
   *
   * @return whether the link was inferred
   */
  public boolean isInferred() {
    return inferred;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CascadeLink)) {
      return false;
    }
    CascadeLink that = (CascadeLink) o;
    return parent.equals(that.parent) && child.equals(that.child) && reference.equals(that.reference)
        && inferred == that.inferred;
  }

  @Override
  public int hashCode() {
    return Objects.hash(parent, child, reference, inferred);
  }

  /** Returns {@code "child → parent"}. */
  @Override
  public String toString() {
    return child + " → " + parent;
  }
}
