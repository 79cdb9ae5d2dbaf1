package vn.danso.admin;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The identity of an administrative unit (định danh đơn vị): its {@linkplain UnitCode code} together with the first
 * day it existed. A code alone is not an identity: code 91 meant Tỉnh Kiên Giang until 2025-06-30 and means the new
 * Tỉnh An Giang from 2025-07-01, two units with the ids {@code 91} and {@code 91@2025-07-01}.
 *
 * <p>A unit whose beginning the data does not record (most units of a list exported on one day) exists "since the
 * beginning": its {@link #since()} is empty. Two units with one code never overlap in time in a valid hierarchy, so
 * the pair identifies one of them. Ids order by code, then by start, earliest first. Immutable.
 */
public final class UnitId implements Comparable<UnitId> {
  private static final Comparator<UnitId> ORDER =
      Comparator.comparing(UnitId::code)
          .thenComparing(id -> id.since, Comparator.nullsFirst(Comparator.naturalOrder()));

  private final UnitCode code;
  private final LocalDate since;

  private UnitId(UnitCode code, LocalDate since) {
    this.code = code;
    this.since = since;
  }

  /**
   * Returns the id of the unit with this code that began on the given day.
   *
   * @param code the code
   * @param since the first day of the unit, or null if its beginning is not recorded
   * @return the id
   */
  public static UnitId of(UnitCode code, LocalDate since) {
    return new UnitId(checkNotNull(code, "code is null"), since);
  }

  /**
   * Returns the id of the unit with this code whose beginning is not recorded.
   *
   * @param code the code
   * @return the id
   */
  public static UnitId of(UnitCode code) {
    return of(code, null);
  }

  /**
   * Returns the unit's code.
   *
   * @return the code
   */
  public UnitCode code() {
    return code;
  }

  /**
   * Returns the first day of the unit.
   *
   * @return the day, or empty if the unit exists since before the data begins
   */
  public Optional<LocalDate> since() {
    return Optional.ofNullable(since);
  }

  @Override
  public int compareTo(UnitId other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitId && code.equals(((UnitId) o).code) && Objects.equals(since, ((UnitId) o).since);
  }

  @Override
  public int hashCode() {
    return code.hashCode() * 31 + Objects.hashCode(since);
  }

  /** Returns {@code code} or {@code code@since}, e.g. {@code 91@2025-07-01}. */
  @Override
  public String toString() {
    return since == null ? code.value() : code.value() + "@" + since;
  }
}
