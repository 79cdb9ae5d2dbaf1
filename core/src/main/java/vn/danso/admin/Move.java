package vn.danso.admin;

import java.time.LocalDate;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;

/**
 * The re-attachment of a unit to another parent (điều chỉnh đơn vị hành chính cấp trên): the same unit, with its
 * own children, sits under a new parent from the effective date.
 */
@Value.Immutable
@DansoStyle
public abstract class Move extends ReorganisationEvent {
  Move() {}

  /**
   * Returns the code of the unit that moves.
   *
   * @return the code
   */
  public abstract UnitCode code();

  /**
   * Returns the code of the new parent, as it is on the effective date.
   *
   * @return the parent's code
   */
  public abstract UnitCode parent();

  @Override
  public final EventKind kind() {
    return EventKind.MOVE;
  }

  @Override
  String describe() {
    return effectiveDate() + " move " + code();
  }

  /**
   * Returns the move of a unit to a new parent.
   *
   * @param effectiveDate the first day under the new parent
   * @param code the unit's code
   * @param parent the new parent's code
   * @return the event
   * @throws IllegalArgumentException if a code is not a unit code
   */
  public static Move of(LocalDate effectiveDate, String code, String parent) {
    return builder().effectiveDate(effectiveDate).code(UnitCode.of(code)).parent(UnitCode.of(parent)).build();
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
   * Builds a {@link Move}; effective date, code and parent are required.
   *
   * <p>For example:
   *
   * <pre>{@code
   * Move move = Move.builder()                             // codes for illustration
   *     .effectiveDate(LocalDate.of(2024, 1, 1))
   *     .code(UnitCode.of("31018"))
   *     .parent(UnitCode.of("910"))   // from now on under unit 910, with its own children
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableMove.Builder {
    Builder() {}
  }
}
