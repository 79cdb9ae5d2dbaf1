package vn.danso.admin;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A change to the administrative map with the day it takes effect (sự kiện sắp xếp đơn vị hành chính): an
 * {@link Establishment}, {@link Renaming}, {@link TypeChange}, {@link Move}, {@link Merger}, {@link Split},
 * {@link Abolition} or {@link LevelAbolition}.
 *
 * <p>The effective date is the first day of the new state: units that end, end the day before. Events of one day
 * act together, so that the mergers of 2025-07-01 can name new provinces and new communes in any order. Within a day
 * the hierarchy applies, in this order: endings and new units (mergers, splits, establishments, abolitions); then
 * renamings, type changes and moves; then the end of a level. Children of a unit that ends follow it into its
 * successor when it went whole into exactly one unit.
 *
 * <p>Events are plain values; they are checked against the units when a hierarchy is built, and every defect becomes
 * a finding. Only danso's event types exist; the constructor is not public.
 */
public abstract class ReorganisationEvent {
  ReorganisationEvent() {}

  /**
   * Returns the first day on which the change is in force (ngày có hiệu lực).
   *
   * @return the effective date
   */
  public abstract LocalDate effectiveDate();

  /**
   * Returns the legal basis of the change, such as {@code "Nghị quyết 202/2025/QH15"}.
   *
   * @return the basis, or empty
   */
  public abstract Optional<String> basis();

  /**
   * Returns what kind of change this is.
   *
   * @return the kind
   */
  public abstract EventKind kind();

  /** A short description for finding subjects: {@code "2025-07-01 merger 91"}. */
  abstract String describe();
}
