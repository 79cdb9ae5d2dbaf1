package vn.danso.plan;

import java.util.Objects;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.text.Language;
import vn.danso.text.Localized;

/**
 * The time one level took to implement the level above (độ trễ ban hành): the days from a document to a document
 * implementing it. 74-KH/TU of Hà Nội (27/1/2018) came 94 days after 21-NQ/TW (25/10/2017). Immutable; compares by
 * value.
 */
public final class Lag implements Localized {
  private final CascadeNode parent;
  private final CascadeNode child;
  private final long days;
  private final AdministrativeLevel level;

  Lag(CascadeNode parent, CascadeNode child, long days, AdministrativeLevel level) {
    this.parent = parent;
    this.child = child;
    this.days = days;
    this.level = level;
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
   * Returns the days from the parent's date to the child's; negative when the child is dated first.
   *
   * @return the lag in days
   */
  public long days() {
    return days;
  }

  /**
   * Returns the level of the child's issuer, by which lags are summarised.
   *
   * @return the level
   */
  public AdministrativeLevel level() {
    return level;
  }

  /** Returns e.g. {@code "21-NQ/TW → 74-KH/TU: 94 ngày"}. */
  @Override
  public String label(Language language) {
    String p = parent.number().map(n -> n.format()).orElseGet(() -> parent.label(language));
    String c = child.number().map(n -> n.format()).orElseGet(() -> child.label(language));
    return p + " → " + c + ": " + days + (language == Language.VI ? " ngày" : " days");
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Lag)) {
      return false;
    }
    Lag that = (Lag) o;
    return parent.equals(that.parent) && child.equals(that.child) && days == that.days && level == that.level;
  }

  @Override
  public int hashCode() {
    return Objects.hash(parent, child, days, level);
  }

  /** Returns the English label. */
  @Override
  public String toString() {
    return label(Language.EN);
  }
}
