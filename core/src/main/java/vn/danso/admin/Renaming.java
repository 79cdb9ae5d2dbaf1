package vn.danso.admin;

import java.time.LocalDate;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;

/** The renaming of a unit (đổi tên): same unit, new name from the effective date. */
@Value.Immutable
@DansoStyle
public abstract class Renaming extends ReorganisationEvent {
  Renaming() {}

  /**
   * Returns the code of the unit renamed (the unit with that code on the effective date).
   *
   * @return the code
   */
  public abstract UnitCode code();

  /**
   * Returns the new name, with or without the type prefix.
   *
   * @return the new name
   */
  public abstract String name();

  @Override
  public final EventKind kind() {
    return EventKind.RENAMING;
  }

  @Override
  String describe() {
    return effectiveDate() + " renaming " + code();
  }

  /**
   * Returns the renaming of a unit.
   *
   * @param effectiveDate the first day of the new name
   * @param code the unit's code, e.g. {@code "474"}
   * @param name the new name, e.g. {@code "Quận Thuận Hóa"}
   * @return the event
   * @throws IllegalArgumentException if the code is not a unit code
   */
  public static Renaming of(LocalDate effectiveDate, String code, String name) {
    return builder().effectiveDate(effectiveDate).code(UnitCode.of(code)).name(name).build();
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
   * Builds a {@link Renaming}; effective date, code and name are required.
   *
   * <p>For example:
   *
   * <pre>{@code
   * Renaming renaming = Renaming.builder()                 // codes for illustration
   *     .effectiveDate(LocalDate.of(2024, 1, 1))
   *     .code(UnitCode.of("31018"))
   *     .name("Xã Thứ Mười Một")
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableRenaming.Builder {
    Builder() {}
  }
}
