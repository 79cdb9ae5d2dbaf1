package vn.danso.admin;

import java.time.LocalDate;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;

/**
 * The abolition of a unit (giải thể): it ends the day before the effective date, with no successor. Its children
 * must be moved by other events of the same day; any left behind are reported.
 */
@Value.Immutable
@DansoStyle
public abstract class Abolition extends ReorganisationEvent {
  Abolition() {}

  /**
   * Returns the code of the unit abolished (the unit with that code the day before the effective date).
   *
   * @return the code
   */
  public abstract UnitCode code();

  @Override
  public final EventKind kind() {
    return EventKind.ABOLITION;
  }

  @Override
  String describe() {
    return effectiveDate() + " abolition " + code();
  }

  /**
   * Returns the abolition of a unit.
   *
   * @param effectiveDate the first day without the unit
   * @param code the unit's code
   * @return the event
   * @throws IllegalArgumentException if the code is not a unit code
   */
  public static Abolition of(LocalDate effectiveDate, String code) {
    return builder().effectiveDate(effectiveDate).code(UnitCode.of(code)).build();
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
   * Builds an {@link Abolition}; effective date and code are required.
   *
   * <p>For example:
   *
   * <pre>{@code
   * Abolition abolition = Abolition.builder()              // codes for illustration
   *     .effectiveDate(LocalDate.of(2024, 1, 1))
   *     .code(UnitCode.of("31018"))   // its last day is 2023-12-31
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableAbolition.Builder {
    Builder() {}
  }
}
