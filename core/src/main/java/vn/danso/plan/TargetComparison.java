package vn.danso.plan;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Optional;
import vn.danso.indicator.Polarity;
import vn.danso.indicator.TargetKind;

/**
 * Compares a plan's target with its parent's for the same indicator and year: is the child's weaker, that is, does it
 * accept a value the parent's does not, in the direction the indicator's polarity says matters?
 *
 * <ul>
 *   <li>Two changes of the same kind against a baseline compare by their percentages: reducing child marriages by 40%
 *       is weaker than by 50%, whatever each level's baseline.</li>
 *   <li>Otherwise the targets compare by the values they accept ({@link PlanTarget#acceptedValues()}): for an
 *       indicator where higher is better only the lower ends matter (≈ 80% is not weaker than ≥ 70%), where lower is
 *       better only the upper ends; for a band indicator, a neutral or an unknown one, the child's values must lie
 *       within the parent's (below 112 is weaker than below 109; about 2,0 is outside about 2,1).</li>
 *   <li>A change against a baseline with no baseline value cannot be compared with a bound or a band.</li>
 * </ul>
 */
final class TargetComparison {
  enum Outcome {
    NOT_WEAKER,
    WEAKER,
    INCOMPARABLE
  }

  private TargetComparison() {}

  static Outcome compare(PlanTarget child, PlanTarget parent, Polarity polarity) {
    TargetKind childKind = child.target().kind();
    TargetKind parentKind = parent.target().kind();
    if (childKind.isRelative() && childKind == parentKind) {
      return child.target().value().compareTo(parent.target().value()) < 0 ? Outcome.WEAKER : Outcome.NOT_WEAKER;
    }
    Optional<Range<BigDecimal>> c = child.acceptedValues();
    Optional<Range<BigDecimal>> p = parent.acceptedValues();
    if (c.isEmpty() || p.isEmpty()) {
      return Outcome.INCOMPARABLE;
    }
    boolean weaker;
    switch (polarity) {
      case HIGHER_IS_BETTER:
        weaker = lowerLooser(c.get(), p.get());
        break;
      case LOWER_IS_BETTER:
        weaker = upperLooser(c.get(), p.get());
        break;
      default:
        weaker = !p.get().encloses(c.get());
    }
    return weaker ? Outcome.WEAKER : Outcome.NOT_WEAKER;
  }

  /**
   * True if two targets say the same: same kind, value and year, and the same accepted values (or, without them,
   * the same baseline).
   */
  static boolean sameStatement(PlanTarget a, PlanTarget b) {
    if (a.target().kind() != b.target().kind() || a.year() != b.year()
        || a.target().value().compareTo(b.target().value()) != 0) {
      return false;
    }
    Optional<Range<BigDecimal>> x = a.acceptedValues();
    Optional<Range<BigDecimal>> y = b.acceptedValues();
    return x.isPresent() && y.isPresent() ? x.get().equals(y.get()) : a.baseline().equals(b.baseline());
  }

  /** True if the child's lower end lets through a value the parent's lower end does not. */
  private static boolean lowerLooser(Range<BigDecimal> child, Range<BigDecimal> parent) {
    if (!parent.hasLowerBound()) {
      return false;
    }
    if (!child.hasLowerBound()) {
      return true;
    }
    int c = child.lowerEndpoint().compareTo(parent.lowerEndpoint());
    return c < 0 || (c == 0 && child.lowerBoundType() == BoundType.CLOSED
        && parent.lowerBoundType() == BoundType.OPEN);
  }

  /** True if the child's upper end lets through a value the parent's upper end does not. */
  private static boolean upperLooser(Range<BigDecimal> child, Range<BigDecimal> parent) {
    if (!parent.hasUpperBound()) {
      return false;
    }
    if (!child.hasUpperBound()) {
      return true;
    }
    int c = child.upperEndpoint().compareTo(parent.upperEndpoint());
    return c > 0 || (c == 0 && child.upperBoundType() == BoundType.CLOSED
        && parent.upperBoundType() == BoundType.OPEN);
  }
}
