package vn.danso.admin;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What an administrative unit was during one period (phiên bản của đơn vị): its name, its type and its parent. A
 * unit has a new version whenever it is renamed, changes type (Tỉnh Thừa Thiên Huế became Thành phố Huế on
 * 2025-01-01) or moves to another parent (communes re-attached to their province on 2025-07-01).
 *
 * <p>The {@link HierarchySnapshot as-of view} of a date answers with the version of each unit valid on that date,
 * so {@code snapshot.unit("46").get().type()} is the type of unit 46 on that date. The parent is an
 * {@linkplain UnitId identity}, not a code, because codes are reused. Immutable; equal when unit, period, name, type
 * and parent are equal.
 */
public final class UnitVersion {
  private final UnitId unit;
  private final LocalDate from;
  private final LocalDate to;
  private final Range<LocalDate> validity;
  private final String name;
  private final UnitType type;
  private final UnitId parent;
  /** Position of the unit in its hierarchy, for array-based views. */
  final int ordinal;
  /** Position of the parent unit in the hierarchy, or -1. */
  final int parentOrdinal;

  UnitVersion(
      UnitId unit, LocalDate from, LocalDate to, String name, UnitType type, UnitId parent, int ordinal,
      int parentOrdinal) {
    this.unit = unit;
    this.from = from;
    this.to = to;
    this.validity = Periods.of(from, to);
    this.name = name;
    this.type = type;
    this.parent = parent;
    this.ordinal = ordinal;
    this.parentOrdinal = parentOrdinal;
  }

  /**
   * Returns the identity of the unit this is a version of.
   *
   * @return the unit's id
   */
  public UnitId unit() {
    return unit;
  }

  /**
   * Returns the unit's code.
   *
   * @return the code
   */
  public UnitCode code() {
    return unit.code();
  }

  /**
   * Returns the unit's level, which follows from its code.
   *
   * @return the level
   */
  public AdministrativeLevel level() {
    return unit.code().level();
  }

  /**
   * Returns the days this version was in force, a half-open range {@code [first day, first day after)} with either
   * end open.
   *
   * @return the validity
   */
  public Range<LocalDate> validity() {
    return validity;
  }

  /**
   * Returns true if this version was in force on the given day.
   *
   * @param date the day
   * @return whether the day is in this version's validity
   */
  public boolean isValidOn(LocalDate date) {
    return Periods.contains(from, to, date);
  }

  /**
   * Returns the proper name, without the type prefix: {@code "Hà Nội"}, {@code "Phúc Xá"}.
   *
   * @return the name, normalised
   */
  public String name() {
    return name;
  }

  /**
   * Returns the full name as official lists write it: {@code "Thành phố Hà Nội"}, {@code "Phường Phúc Xá"}.
   *
   * @return the type prefix and the name
   */
  public String fullName() {
    return UnitName.format(type, name);
  }

  /**
   * Returns the unit's type during this version.
   *
   * @return the type
   */
  public UnitType type() {
    return type;
  }

  /**
   * Returns the parent unit during this version; empty for the nation (and for a unit whose parent could not be
   * found, which the hierarchy's report says).
   *
   * @return the parent's identity, or empty
   */
  public Optional<UnitId> parent() {
    return Optional.ofNullable(parent);
  }

  /**
   * Returns the code of the parent unit during this version.
   *
   * @return the parent's code, or empty
   */
  public Optional<UnitCode> parentCode() {
    return parent == null ? Optional.empty() : Optional.of(parent.code());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof UnitVersion)) {
      return false;
    }
    UnitVersion that = (UnitVersion) o;
    return unit.equals(that.unit) && validity.equals(that.validity) && name.equals(that.name) && type == that.type
        && Objects.equals(parent, that.parent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, validity, name, type, parent);
  }

  /** Returns e.g. {@code 91@2025-07-01 Tỉnh An Giang [2025-07-01..+∞) < VN}. */
  @Override
  public String toString() {
    return unit + " " + fullName() + " " + validity + (parent == null ? "" : " < " + parent);
  }
}
