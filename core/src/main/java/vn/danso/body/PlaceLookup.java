package vn.danso.body;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import vn.danso.admin.UnitCode;

/**
 * Knowledge of place names (tra cứu địa danh) that a validator of date lines can be given: does a place name, as a
 * date line writes it, name a unit or a place within that unit on a given day?
 *
 * <p>Without it, the place line of a document is checked against the names its issuer's {@link Jurisdiction}
 * carries. An administrative hierarchy can answer more (a district body dating its plan at a commune within the
 * district; names before and after the 2025 reorganisation): {@link PlaceLookups#fromHierarchy} is that lookup, and
 * any other plugs in as a lambda or method reference:
 *
 * <pre>{@code
 * PlaceLookup lookup = PlaceLookups.fromHierarchy(hierarchy)
 *     .or((place, unit, date) -> myGazetteer.isWithin(place, unit.value()));
 * }</pre>
 *
 * <p>Implementations must be thread-safe and must not throw on unknown names (answer false).
 */
@FunctionalInterface
public interface PlaceLookup {
  /**
   * Returns true if the place name names the unit, or a place within it, on the day.
   *
   * @param placeName the place as the date line writes it, in normal form (e.g. {@code "Thành phố Huế"})
   * @param unit the unit the issuer serves
   * @param date the day of the document
   * @return whether the name fits the unit
   */
  boolean names(String placeName, UnitCode unit, LocalDate date);

  /**
   * Returns the lookup that knows no names: it always answers false.
   *
   * @return the empty lookup
   */
  static PlaceLookup none() {
    return (placeName, unit, date) -> false;
  }

  /**
   * Returns a lookup that answers true when this one or the other does.
   *
   * @param other the other lookup
   * @return the combined lookup
   */
  default PlaceLookup or(PlaceLookup other) {
    checkNotNull(other, "other lookup is null");
    PlaceLookup self = this;
    return (placeName, unit, date) -> self.names(placeName, unit, date) || other.names(placeName, unit, date);
  }
}
