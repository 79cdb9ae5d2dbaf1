package vn.danso.plan;

import static com.google.common.base.Preconditions.checkNotNull;

import vn.danso.admin.AdministrativeLevel;
import vn.danso.text.Language;
import vn.danso.text.Localized;

/**
 * The time one level took to implement the level above (độ trễ ban hành): the days from a document to a document
 * implementing it. 74-KH/TU of Hà Nội (27/1/2018) came 94 days after 21-NQ/TW (25/10/2017). Immutable; compares by
 * value.
 *
 * @param parent the document implemented
 * @param child the implementing document
 * @param days the days from the parent's date to the child's; negative when the child is dated first
 * @param level the level of the child's issuer, by which lags are summarised
 */
public record Lag(CascadeNode parent, CascadeNode child, long days, AdministrativeLevel level) implements Localized {
  /**
   * Checks that every part is present.
   *
   * @param parent the document implemented
   * @param child the implementing document
   * @param days the days from the parent's date to the child's
   * @param level the level of the child's issuer
   * @throws NullPointerException if the parent, child or level is null
   */
  public Lag {
    checkNotNull(parent, "parent is null");
    checkNotNull(child, "child is null");
    checkNotNull(level, "level is null");
  }

  /** Returns e.g. {@code "21-NQ/TW → 74-KH/TU: 94 ngày"}. */
  @Override
  public String label(Language language) {
    String p = parent.number().map(n -> n.format()).orElseGet(() -> parent.label(language));
    String c = child.number().map(n -> n.format()).orElseGet(() -> child.label(language));
    return p + " → " + c + ": " + days + (language == Language.VI ? " ngày" : " days");
  }

  /** Returns the English label. */
  @Override
  public String toString() {
    return label(Language.EN);
  }
}
