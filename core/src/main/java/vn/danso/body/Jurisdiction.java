package vn.danso.body;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.UnitCode;
import vn.danso.text.VietnameseText;

/**
 * The territory a body serves (địa bàn, phạm vi quản lý): the administrative unit by its code, the unit's name as
 * the body writes it, and where the body has its seat (trụ sở) when its date line names that place rather than the
 * unit.
 *
 * <p>The seat matters for the place line: the Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế serves the province (46)
 * and dates its plans at "Thành phố Huế", the provincial capital. Central bodies serve the nation ({@code VN}).
 * Names are kept in {@linkplain VietnameseText#normalize normal form}. Immutable; compares by value.
 */
public final class Jurisdiction {
  private static final Jurisdiction NATION = new Jurisdiction(UnitCode.of("VN"), "Việt Nam", "Hà Nội");

  private final UnitCode unit;
  private final String name;
  private final String seat;

  private Jurisdiction(UnitCode unit, String name, String seat) {
    this.unit = unit;
    this.name = name;
    this.seat = seat;
  }

  /**
   * Returns the jurisdiction of the central bodies: the nation ({@code VN}, "Việt Nam"), seated in Hà Nội.
   *
   * @return the national jurisdiction
   */
  public static Jurisdiction nation() {
    return NATION;
  }

  /**
   * Returns the jurisdiction over the given unit, named as the body writes it.
   *
   * @param unit the unit's code, e.g. {@code UnitCode.of("46")}
   * @param name the unit's name, e.g. {@code "Thừa Thiên Huế"}; not blank
   * @return the jurisdiction, with no separate seat
   */
  public static Jurisdiction of(UnitCode unit, String name) {
    checkNotNull(unit, "unit code is null");
    return new Jurisdiction(unit, checkName(name, "unit name"), null);
  }

  /**
   * Returns the jurisdiction over the given unit when its name is not known; the place line of the body's documents
   * then cannot be checked without a {@link PlaceLookup}.
   *
   * @param unit the unit's code
   * @return the jurisdiction, with no name and no seat
   */
  public static Jurisdiction of(UnitCode unit) {
    return new Jurisdiction(checkNotNull(unit, "unit code is null"), null, null);
  }

  /**
   * Returns this jurisdiction with the place where the body has its seat, as date lines name it.
   *
   * @param seat e.g. {@code "Thành phố Huế"}; not blank
   * @return the jurisdiction with that seat
   * @throws IllegalArgumentException if the seat is blank
   */
  public Jurisdiction withSeat(String seat) {
    return new Jurisdiction(unit, name, checkName(seat, "seat"));
  }

  private static String checkName(String text, String what) {
    checkNotNull(text, "%s is null", what);
    String normal = VietnameseText.normalize(text);
    checkArgument(!normal.isEmpty(), "%s is blank: give the name or leave it out", what);
    return normal;
  }

  /**
   * Returns the code of the unit served.
   *
   * @return the unit code
   */
  public UnitCode unit() {
    return unit;
  }

  /**
   * Returns the level of the unit served, from its code.
   *
   * @return the level
   */
  public AdministrativeLevel level() {
    return unit.level();
  }

  /**
   * Returns the unit's name as the body writes it.
   *
   * @return the name, or empty when not given
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * Returns the place of the body's seat, where it differs from the unit's name.
   *
   * @return the seat, or empty
   */
  public Optional<String> seat() {
    return Optional.ofNullable(seat);
  }

  /**
   * Returns the names a date line of the body may give as its place: the unit's name and the seat.
   *
   * @return the names, possibly empty
   */
  public ImmutableSet<String> placeNames() {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    if (name != null) {
      names.add(name);
    }
    if (seat != null) {
      names.add(seat);
    }
    return names.build();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Jurisdiction)) {
      return false;
    }
    Jurisdiction that = (Jurisdiction) o;
    return unit.equals(that.unit) && Objects.equals(name, that.name) && Objects.equals(seat, that.seat);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, name, seat);
  }

  /** Returns e.g. {@code "46 Thừa Thiên Huế (trụ sở: Thành phố Huế)"}. */
  @Override
  public String toString() {
    return unit + (name == null ? "" : " " + name) + (seat == null ? "" : " (trụ sở: " + seat + ")");
  }
}
