package vn.danso.admin;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;

/**
 * A merger (nhập, hợp nhất): several units, each wholly or in part, form one unit from the effective date. The
 * predecessors end the day before; the successor begins, unless the merger {@linkplain #continues() continues} one of
 * them ("nhập xã B vào xã A": A goes on as the same unit, with B's territory).
 *
 * <p>A unit can be a partial predecessor of several mergers of one day; that is how the 2025 mapping divides the
 * old communes among the new ones. Children of a predecessor that went whole into the successor follow it there.
 *
 * <pre>{@code
 * Merger anGiang = Merger.of(LocalDate.of(2025, 7, 1), NewUnit.of("91", "Tỉnh An Giang", UnitType.TINH, null),
 *     MergerPart.whole("89"), MergerPart.whole("91"));
 * }</pre>
 */
@Value.Immutable
@DansoStyle
public abstract class Merger extends ReorganisationEvent {
  Merger() {}

  /**
   * Returns the unit the predecessors form.
   *
   * @return the successor
   */
  public abstract NewUnit successor();

  /**
   * Returns the predecessors with their coverage and shares.
   *
   * @return at least one predecessor, codes distinct
   */
  public abstract ImmutableList<MergerPart> predecessors();

  /**
   * Returns true if the successor is the predecessor with the same code, continuing as the same unit (with the
   * successor's name, type and parent from the effective date), rather than a new unit.
   *
   * @return whether a predecessor continues; false by default
   */
  @Value.Default
  public boolean continues() {
    return false;
  }

  @Override
  public final EventKind kind() {
    return EventKind.MERGER;
  }

  @Override
  String describe() {
    return effectiveDate() + " merger " + successor().code();
  }

  @Value.Check
  void check() {
    checkState(!predecessors().isEmpty(), "merger into %s has no predecessors: add at least one MergerPart",
        successor().code());
    Set<UnitCode> seen = new HashSet<>();
    for (MergerPart part : predecessors()) {
      checkState(seen.add(part.code()), "merger into %s lists predecessor %s twice: give each predecessor once",
          successor().code(), part.code());
    }
    checkState(!continues() || seen.contains(successor().code()),
        "merger into %s continues a predecessor, but none has code %s: list it among the predecessors or do not "
            + "set continues",
        successor().code(), successor().code());
  }

  /**
   * Returns a merger into a new unit.
   *
   * @param effectiveDate the successor's first day
   * @param successor the new unit
   * @param predecessors the predecessors
   * @return the event
   */
  public static Merger of(LocalDate effectiveDate, NewUnit successor, MergerPart... predecessors) {
    return builder().effectiveDate(effectiveDate).successor(successor).addPredecessors(predecessors).build();
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
   * Builds a {@link Merger}; effective date, successor and at least one predecessor are required.
   *
   * <p>For example:
   *
   * <pre>{@code
   * Merger anGiang = Merger.builder()
   *     .effectiveDate(LocalDate.of(2025, 7, 1))
   *     .successor(NewUnit.of("91", "Tỉnh An Giang", UnitType.TINH, null))
   *     .addPredecessors(MergerPart.whole("89"), MergerPart.whole("91"))   // An Giang and Kiên Giang
   *     .basis("Nghị quyết 202/2025/QH15")
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableMerger.Builder {
    Builder() {}
  }
}
