package vn.danso.admin;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;

/**
 * A unit's change of type (nâng cấp, chuyển loại hình), often with a new name: on 2025-01-01 Tỉnh Thừa Thiên Huế
 * became Thành phố Huế, a centrally governed city (Nghị quyết 175/2024/QH15). The unit stays the same unit.
 */
@Value.Immutable
@DansoStyle
public abstract class TypeChange extends ReorganisationEvent {
  TypeChange() {}

  /**
   * Returns the code of the unit that changes type.
   *
   * @return the code
   */
  public abstract UnitCode code();

  /**
   * Returns the new type, which must be of the unit's level.
   *
   * @return the new type
   */
  public abstract UnitType type();

  /**
   * Returns the new name, if the name changes too.
   *
   * @return the new name, or empty to keep the name
   */
  public abstract Optional<String> name();

  @Override
  public final EventKind kind() {
    return EventKind.TYPE_CHANGE;
  }

  @Override
  String describe() {
    return effectiveDate() + " type change " + code();
  }

  /**
   * Returns a change of type that keeps the name.
   *
   * @param effectiveDate the first day of the new type
   * @param code the unit's code
   * @param type the new type
   * @return the event
   * @throws IllegalArgumentException if the code is not a unit code
   */
  public static TypeChange of(LocalDate effectiveDate, String code, UnitType type) {
    return builder().effectiveDate(effectiveDate).code(UnitCode.of(code)).type(type).build();
  }

  /**
   * Returns a change of type and name.
   *
   * @param effectiveDate the first day of the new type
   * @param code the unit's code
   * @param type the new type
   * @param name the new name, with or without its prefix
   * @return the event
   * @throws IllegalArgumentException if the code is not a unit code
   */
  public static TypeChange of(LocalDate effectiveDate, String code, UnitType type, String name) {
    return builder().effectiveDate(effectiveDate).code(UnitCode.of(code)).type(type).name(name).build();
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
   * Builds a {@link TypeChange}; effective date, code and type are required.
   *
   * <p>For example:
   *
   * <pre>{@code
   * TypeChange hue = TypeChange.builder()
   *     .effectiveDate(LocalDate.of(2025, 1, 1))
   *     .code(UnitCode.of("46"))                                 // Tỉnh Thừa Thiên Huế
   *     .type(UnitType.THANH_PHO_TRUC_THUOC_TRUNG_UONG)
   *     .name("Thành phố Huế")
   *     .basis("Nghị quyết 175/2024/QH15 (30/11/2024)")
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableTypeChange.Builder {
    Builder() {}
  }
}
