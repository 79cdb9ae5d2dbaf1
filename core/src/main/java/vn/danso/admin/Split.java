package vn.danso.admin;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;

/**
 * A split (chia, tách): one unit is divided among several from the effective date. The predecessor ends the day
 * before and the successors begin, unless the split {@linkplain #continues() continues} the predecessor ("tách một
 * phần xã A để thành lập xã B": A goes on, smaller, as the same unit).
 *
 * <p>Each successor link is usually {@linkplain Coverage#PARTIAL partial}; give shares to make counts
 * re-aggregable, or the crosswalk will say which new units an old one touches without dividing its counts.
 */
@Value.Immutable
@DansoStyle
public abstract class Split extends ReorganisationEvent {
  Split() {}

  /**
   * Returns the code of the unit divided, as it is the day before the split.
   *
   * @return the predecessor's code
   */
  public abstract UnitCode predecessor();

  /**
   * Returns the successors with their coverage and shares.
   *
   * @return at least one successor, codes distinct
   */
  public abstract ImmutableList<SplitPart> successors();

  /**
   * Returns true if the predecessor continues as the successor with its own code, rather than ending.
   *
   * @return whether the predecessor continues; false by default
   */
  @Value.Default
  public boolean continues() {
    return false;
  }

  @Override
  public final EventKind kind() {
    return EventKind.SPLIT;
  }

  @Override
  String describe() {
    return effectiveDate() + " split " + predecessor();
  }

  @Value.Check
  void check() {
    checkState(!successors().isEmpty(), "split of %s has no successors: add at least one SplitPart", predecessor());
    Set<UnitCode> seen = new HashSet<>();
    for (SplitPart part : successors()) {
      checkState(seen.add(part.unit().code()), "split of %s lists successor %s twice: give each successor once",
          predecessor(), part.unit().code());
    }
    checkState(!continues() || seen.contains(predecessor()),
        "split of %s continues the predecessor, but no successor has its code: add it or do not set continues",
        predecessor());
  }

  /**
   * Returns a split into new units.
   *
   * @param effectiveDate the successors' first day
   * @param predecessor the code of the unit divided
   * @param successors the successors
   * @return the event
   * @throws IllegalArgumentException if the code is not a unit code
   */
  public static Split of(LocalDate effectiveDate, String predecessor, SplitPart... successors) {
    return builder().effectiveDate(effectiveDate).predecessor(UnitCode.of(predecessor)).addSuccessors(successors)
        .build();
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
   * Builds a {@link Split}; effective date, predecessor and at least one successor are required.
   *
   * <p>For example:
   *
   * <pre>{@code
   * Split split = Split.builder()                          // codes for illustration
   *     .effectiveDate(LocalDate.of(2024, 1, 1))
   *     .predecessor(UnitCode.of("31018"))
   *     .addSuccessors(SplitPart.of(NewUnit.of("31018", "Xã A", UnitType.XA, "909"), 0.7))
   *     .addSuccessors(SplitPart.of(NewUnit.of("31099", "Xã B", UnitType.XA, "909"), 0.3))
   *     .continues(true)              // Xã A goes on, smaller, as the same unit
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableSplit.Builder {
    Builder() {}
  }
}
