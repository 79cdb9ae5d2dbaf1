package vn.danso.admin;

import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;

/**
 * A unit that an event brings into being (đơn vị mới): its code, name, type and parent code. The name may be written
 * with or without its type prefix ("Xã An Minh" or "An Minh").
 *
 * <pre>{@code
 * NewUnit anGiang = NewUnit.of("91", "Tỉnh An Giang", UnitType.TINH, null);
 * NewUnit anMinh = NewUnit.of("31018", "Xã An Minh", UnitType.XA, "91");
 * }</pre>
 */
@Value.Immutable
@DansoStyle
public abstract class NewUnit {
  NewUnit() {}

  /**
   * Returns the new unit's code.
   *
   * @return the code
   */
  public abstract UnitCode code();

  /**
   * Returns the name as the source writes it.
   *
   * @return the name, with or without the type prefix
   */
  public abstract String name();

  /**
   * Returns the new unit's type.
   *
   * @return the type
   */
  public abstract UnitType type();

  /**
   * Returns the code of the parent unit on the effective date; empty for a province, whose parent is the nation.
   *
   * @return the parent code, or empty
   */
  public abstract Optional<UnitCode> parent();

  /**
   * Returns a new unit.
   *
   * @param code the code, e.g. {@code "31018"}
   * @param name the name, e.g. {@code "Xã An Minh"}
   * @param type the type
   * @param parent the parent's code, or null for a province
   * @return the new unit
   * @throws IllegalArgumentException if a code is malformed
   */
  public static NewUnit of(String code, String name, UnitType type, String parent) {
    Builder builder = builder().code(UnitCode.of(code)).name(name).type(type);
    if (parent != null) {
      builder.parent(UnitCode.of(parent));
    }
    return builder.build();
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
   * Builds a {@link NewUnit}; code, name and type are required.
   *
   * <p>For example:
   *
   * <pre>{@code
   * NewUnit anGiang = NewUnit.builder()
   *     .code(UnitCode.of("91"))
   *     .name("Tỉnh An Giang")
   *     .type(UnitType.TINH)
   *     .build();                       // a province: no parent
   * }</pre>
   */
  public static final class Builder extends ImmutableNewUnit.Builder {
    Builder() {}
  }
}
