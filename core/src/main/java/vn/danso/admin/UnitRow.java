package vn.danso.admin;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;

/**
 * One row of a unit list as a source gives it (dòng danh mục đơn vị hành chính): code, name, type, parent code and
 * the days it is valid, all as plain data. The {@linkplain Hierarchy.Builder hierarchy builder} checks every row and
 * reports every defect (a malformed code, an un-normalised name, a type not of the code's level, a missing parent…)
 * as a finding, never as an exception.
 *
 * <p>The name may carry its type prefix ("Phường Phúc Xá"); then the type may be left out and is read from the
 * prefix. Without dates a row is valid from the beginning of the data and until an event ends it. Each row is one
 * unit: a unit's later names, types and parents come from {@linkplain ReorganisationEvent events}.
 *
 * <pre>{@code
 * UnitRow row = UnitRow.builder().code("31018").name("Thị trấn Thứ Mười Một").parent("909")
 *     .source("data[62].level2s[7].level3s[0]").build();
 * }</pre>
 */
@Value.Immutable
@DansoStyle
public abstract class UnitRow {
  UnitRow() {}

  /**
   * Returns the code as the source writes it; checked when the hierarchy is built.
   *
   * @return the code text
   */
  public abstract String code();

  /**
   * Returns the name as the source writes it, with or without its type prefix.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the type, when the source gives it.
   *
   * @return the type, or empty to read it from the name's prefix
   */
  public abstract Optional<UnitType> type();

  /**
   * Returns the parent's code as the source writes it; empty or {@code "VN"} for a province.
   *
   * @return the parent code text, or empty
   */
  public abstract Optional<String> parent();

  /**
   * Returns the first day of the unit, if known.
   *
   * @return the first day, or empty for "since the beginning of the data"
   */
  public abstract Optional<LocalDate> validFrom();

  /**
   * Returns the last day of the unit (inclusive), if the source gives one.
   *
   * @return the last day, or empty for "until an event ends it"
   */
  public abstract Optional<LocalDate> validThrough();

  /**
   * Returns where the row comes from, for findings: a line number, a JSON path.
   *
   * @return the location, or empty
   */
  public abstract Optional<String> source();

  /**
   * Returns a row with a code, a name (and its prefix, from which the type is read) and a parent code.
   *
   * @param code the code, e.g. {@code "31018"}
   * @param name the full name, e.g. {@code "Xã An Minh"}
   * @param parent the parent's code, or null for a province
   * @return the row
   */
  public static UnitRow of(String code, String name, String parent) {
    Builder builder = builder().code(code).name(name);
    if (parent != null) {
      builder.parent(parent);
    }
    return builder.build();
  }

  /**
   * Returns a row with an explicit type.
   *
   * @param code the code
   * @param name the name, with or without its prefix
   * @param type the type
   * @param parent the parent's code, or null for a province
   * @return the row
   */
  public static UnitRow of(String code, String name, UnitType type, String parent) {
    Builder builder = builder().code(code).name(name).type(type);
    if (parent != null) {
      builder.parent(parent);
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

  /** Builds a {@link UnitRow}; code and name are required, everything else optional. */
  public static final class Builder extends ImmutableUnitRow.Builder {
    Builder() {}
  }
}
