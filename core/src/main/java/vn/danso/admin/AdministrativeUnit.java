package vn.danso.admin;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An administrative unit with its whole history (đơn vị hành chính): an {@linkplain UnitId identity} (code and first
 * day), the days it existed, and its {@linkplain UnitVersion versions} over those days, oldest first, one after
 * another without gaps.
 *
 * <p>Renaming, changing type and moving to another parent make new versions of the same unit. Merging and splitting
 * end units and begin new ones; the hierarchy keeps the links between them for crosswalks. Nothing is ever
 * overwritten: the unit Tỉnh Kiên Giang (91) still has its versions after the new Tỉnh An Giang (91@2025-07-01) began.
 * Immutable; units compare by identity.
 */
public final class AdministrativeUnit {
  private final UnitId id;
  private final Range<LocalDate> validity;
  private final ImmutableList<UnitVersion> versions;
  /** Position in the hierarchy, for array-based views. */
  final int ordinal;

  AdministrativeUnit(UnitId id, Range<LocalDate> validity, ImmutableList<UnitVersion> versions, int ordinal) {
    this.id = id;
    this.validity = validity;
    this.versions = versions;
    this.ordinal = ordinal;
  }

  /**
   * Returns the unit's identity.
   *
   * @return the id
   */
  public UnitId id() {
    return id;
  }

  /**
   * Returns the unit's code.
   *
   * @return the code
   */
  public UnitCode code() {
    return id.code();
  }

  /**
   * Returns the unit's level.
   *
   * @return the level
   */
  public AdministrativeLevel level() {
    return id.code().level();
  }

  /**
   * Returns the days the unit existed: {@code [first day, first day after)}, either end open.
   *
   * @return the validity
   */
  public Range<LocalDate> validity() {
    return validity;
  }

  /**
   * Returns the last day the unit existed, e.g. 2025-06-30 for Tỉnh Kiên Giang.
   *
   * @return the last day, or empty if the unit still exists
   */
  public Optional<LocalDate> lastDay() {
    return validity.hasUpperBound() ? Optional.of(validity.upperEndpoint().minusDays(1)) : Optional.empty();
  }

  /**
   * Returns true if the unit existed on the given day.
   *
   * @param date the day
   * @return whether the day is in the unit's validity
   */
  public boolean isValidOn(LocalDate date) {
    return validity.contains(checkNotNull(date, "date is null"));
  }

  /**
   * Returns the versions, oldest first; they cover the validity without gaps or overlaps.
   *
   * @return the versions, at least one
   */
  public ImmutableList<UnitVersion> versions() {
    return versions;
  }

  /**
   * Returns the version in force on the given day.
   *
   * @param date the day
   * @return the version, or empty if the unit did not exist that day
   */
  public Optional<UnitVersion> versionOn(LocalDate date) {
    return Optional.ofNullable(versionOrNull(checkNotNull(date, "date is null")));
  }

  UnitVersion versionOrNull(LocalDate date) {
    for (int i = versions.size() - 1; i >= 0; i--) {
      UnitVersion version = versions.get(i);
      if (version.isValidOn(date)) {
        return version;
      }
    }
    return null;
  }

  /**
   * Returns the first version.
   *
   * @return the oldest version
   */
  public UnitVersion first() {
    return versions.get(0);
  }

  /**
   * Returns the last version.
   *
   * @return the newest version
   */
  public UnitVersion last() {
    return versions.get(versions.size() - 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AdministrativeUnit && id.equals(((AdministrativeUnit) o).id)
        && versions.equals(((AdministrativeUnit) o).versions);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** Returns the id, the last full name and the validity. */
  @Override
  public String toString() {
    return id + " " + last().fullName() + " " + validity;
  }
}
