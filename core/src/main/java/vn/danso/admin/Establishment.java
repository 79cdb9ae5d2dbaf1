package vn.danso.admin;

import java.time.LocalDate;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;

/**
 * The establishment of a unit (thành lập) from nothing the hierarchy records: a new unit begins on the effective date,
 * with no predecessor. To form a unit from existing ones use a {@link Merger} or a {@link Split}.
 */
@Value.Immutable
@DansoStyle
public abstract class Establishment extends ReorganisationEvent {
  Establishment() {}

  /**
   * Returns the unit that begins.
   *
   * @return the new unit
   */
  public abstract NewUnit unit();

  @Override
  public final EventKind kind() {
    return EventKind.ESTABLISHMENT;
  }

  @Override
  String describe() {
    return effectiveDate() + " establishment " + unit().code();
  }

  /**
   * Returns the establishment of a unit on a day.
   *
   * @param effectiveDate the unit's first day
   * @param unit the new unit
   * @return the event
   */
  public static Establishment of(LocalDate effectiveDate, NewUnit unit) {
    return builder().effectiveDate(effectiveDate).unit(unit).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Establishment}; effective date and unit are required, the basis is optional.
   *
   * <p>For example:
   *
   * <pre>{@code
   * Establishment establishment = Establishment.builder()  // codes for illustration
   *     .effectiveDate(LocalDate.of(2024, 1, 1))
   *     .unit(NewUnit.of("31099", "Xã Mới", UnitType.XA, "909"))
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableEstablishment.Builder {
    Builder() {}
  }
}
