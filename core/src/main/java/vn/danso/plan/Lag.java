package vn.danso.plan;

import java.util.Objects;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.text.Language;
import vn.danso.text.Localized;

/**
 * The time one level took to implement the level above (độ trễ ban hành): the days from a document to a document
 * implementing it. 74-KH/TU of Hà Nội (27/1/2018) came 94 days after 21-NQ/TW (25/10/2017).
 *
 * <p>When a date is known only to the month or year (a plan cited as "Kế hoạch số 45/KH-UBND tháng 3 năm 2018"), the
 * lag is {@linkplain #isExact() not exact} but bounded: {@link #minDays()} from the latest day the parent may have
 * been issued to the earliest the child may have been, {@link #maxDays()} the other way round. Nothing in between is
 * assumed. Immutable; compares by value.
 */
public final class Lag implements Localized {
  private final CascadeNode parent;
  private final CascadeNode child;
  private final long minDays;
  private final long maxDays;
  private final AdministrativeLevel level;

  Lag(CascadeNode parent, CascadeNode child, long days, AdministrativeLevel level) {
    this(parent, child, days, days, level);
  }

  Lag(CascadeNode parent, CascadeNode child, long minDays, long maxDays, AdministrativeLevel level) {
    this.parent = parent;
    this.child = child;
    this.minDays = minDays;
    this.maxDays = maxDays;
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
   * @throws IllegalStateException if the lag is bounded, not exact: use {@link #minDays()} and {@link #maxDays()}
   */
  public long days() {
    if (minDays != maxDays) {
      throw new IllegalStateException("the lag " + this + " is known only between minDays() and maxDays(): a date is "
          + "known only to the month or year; check isExact() first");
    }
    return minDays;
  }

  /**
   * Returns true if both dates are known to the day, so that {@link #days()} is the lag.
   *
   * @return whether the lag is exact
   */
  public boolean isExact() {
    return minDays == maxDays;
  }

  /**
   * Returns the least the lag can be, given what is known of the dates.
   *
   * @return the days, equal to {@link #days()} for an exact lag
   */
  public long minDays() {
    return minDays;
  }

  /**
   * Returns the most the lag can be, given what is known of the dates.
   *
   * @return the days, equal to {@link #days()} for an exact lag
   */
  public long maxDays() {
    return maxDays;
  }

  /**
   * Returns the level of the child's issuer, by which lags are summarised.
   *
   * @return the level
   */
  public AdministrativeLevel level() {
    return level;
  }

  /** Returns e.g. {@code "21-NQ/TW → 74-KH/TU: 94 ngày"}, or {@code "… : 115–145 ngày"} for a bounded lag. */
  @Override
  public String label(Language language) {
    String p = parent.number().map(n -> n.format()).orElseGet(() -> parent.label(language));
    String c = child.number().map(n -> n.format()).orElseGet(() -> child.label(language));
    String days = minDays == maxDays ? Long.toString(minDays) : minDays + "–" + maxDays;
    return p + " → " + c + ": " + days + (language == Language.VI ? " ngày" : " days");
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Lag)) {
      return false;
    }
    Lag that = (Lag) o;
    return parent.equals(that.parent) && child.equals(that.child) && minDays == that.minDays
        && maxDays == that.maxDays && level == that.level;
  }

  @Override
  public int hashCode() {
    return Objects.hash(parent, child, minDays, maxDays, level);
  }

  /** Returns the English label. */
  @Override
  public String toString() {
    return label(Language.EN);
  }
}
