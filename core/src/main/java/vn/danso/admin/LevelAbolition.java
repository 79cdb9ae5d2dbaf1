package vn.danso.admin;

import static com.google.common.base.Preconditions.checkState;

import java.time.LocalDate;
import java.util.Locale;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;

/**
 * The end of a whole administrative level (kết thúc tổ chức cấp hành chính): every unit of the level ends the day
 * before the effective date, and the units below it re-attach to the unit above it, or to that unit's successor if it
 * merged whole into another on the same day. On 2025-07-01 the district level ended and the communes came directly
 * under their province (Nghị quyết 60-NQ/TW, 12/4/2025; Luật Tổ chức chính quyền địa phương 72/2025/QH15, Điều 1:
 * two levels of local government).
 */
@Value.Immutable
@DansoStyle
public abstract class LevelAbolition extends ReorganisationEvent {
  LevelAbolition() {}

  /**
   * Returns the level that ends.
   *
   * @return the level, below the province
   */
  public abstract AdministrativeLevel level();

  @Override
  public final EventKind kind() {
    return EventKind.LEVEL_ABOLITION;
  }

  @Override
  String describe() {
    return effectiveDate() + " end of level " + level().name().toLowerCase(Locale.ROOT);
  }

  @Value.Check
  void check() {
    checkState(
        AdministrativeLevel.PROVINCE.isAbove(level()),
        "the %s level cannot be abolished: only levels below the province can end",
        level().name().toLowerCase(Locale.ROOT));
  }

  /**
   * Returns the end of a level.
   *
   * @param effectiveDate the first day without the level
   * @param level the level, e.g. {@link AdministrativeLevel#DISTRICT}
   * @return the event
   * @throws IllegalStateException if the level is the province level or above: only levels below it can end
   */
  public static LevelAbolition of(LocalDate effectiveDate, AdministrativeLevel level) {
    return builder().effectiveDate(effectiveDate).level(level).build();
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
   * Builds a {@link LevelAbolition}; effective date and level are required.
   *
   * <p>For example:
   *
   * <pre>{@code
   * LevelAbolition noDistricts = LevelAbolition.builder()
   *     .effectiveDate(LocalDate.of(2025, 7, 1))
   *     .level(AdministrativeLevel.DISTRICT)
   *     .basis("Luật Tổ chức chính quyền địa phương 72/2025/QH15, Điều 1")
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableLevelAbolition.Builder {
    Builder() {}
  }
}
