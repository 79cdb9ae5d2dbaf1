package vn.danso.data;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;
import vn.danso.indicator.Category;
import vn.danso.indicator.Dimension;
import vn.danso.indicator.ElementCode;
import vn.danso.indicator.ElementKey;
import vn.danso.internal.DansoStyle;
import vn.danso.validation.Rule;
import vn.danso.validation.Severity;

/**
 * A total equals the sum of its parts (tổng bằng tổng các thành phần): births = boys + girls, or the population =
 * under-15s + 15–64s + over-65s. The parts are categories of one dimension that together cover it.
 *
 * <p>The check applies to every figure of the element not broken down by that dimension: {@code births} against
 * {@code births[male]} + {@code births[female]}, and likewise {@code births[urban]} against
 * {@code births[male,urban]} + {@code births[female,urban]}. A difference beyond the {@linkplain #tolerance()
 * tolerance} gives {@code data.components.sum-mismatch} with the total, every part and the difference. Missing parts
 * follow the {@linkplain #missingValues() strategy}, by default {@link MissingValueStrategy#SKIP_IF_ANY_MISSING}.
 */
@Value.Immutable
@DansoStyle
public abstract non-sealed class ComponentsSum extends DataCheck {
  ComponentsSum() {}

  /**
   * Returns the element whose totals are checked.
   *
   * @return the element code
   */
  public abstract ElementCode element();

  /**
   * Returns the categories whose figures add up to the total, all of one dimension.
   *
   * @return the parts, two or more
   */
  public abstract ImmutableList<Category> parts();

  /**
   * Returns how far the total may be from the sum of its parts.
   *
   * @return the tolerance, zero unless set
   */
  @Value.Default
  public double tolerance() {
    return 0;
  }

  @Override
  public final ImmutableList<Rule> reports() {
    return ImmutableList.of(DataRules.COMPONENTS_SUM_MISMATCH);
  }

  /**
   * Returns the dimension the parts break the total down by.
   *
   * @return the dimension
   */
  public Dimension dimension() {
    return parts().get(0).dimension();
  }

  /**
   * Returns true if the key is a total this check checks: a part of the element not broken down by the dimension.
   *
   * @param key the key
   * @return whether the check applies
   */
  public boolean appliesTo(DataKey key) {
    return !key.isIndicator() && key.elementKey().element().equals(element())
        && key.elementKey().disaggregation().get(dimension()).isEmpty();
  }

  /**
   * Returns the keys of the parts of a total.
   *
   * @param total a key the check {@linkplain #appliesTo applies to}
   * @return one key per part, in the order of {@link #parts()}
   */
  public ImmutableList<DataKey> partsOf(DataKey total) {
    ElementKey key = total.elementKey();
    ImmutableList.Builder<DataKey> out = ImmutableList.builderWithExpectedSize(parts().size());
    for (Category part : parts()) {
      out.add(DataKey.of(ElementKey.of(key.element(), key.disaggregation().with(part))));
    }
    return out.build();
  }

  private static boolean oneDimension(ImmutableList<Category> parts) {
    for (Category part : parts) {
      if (part.dimension() != parts.get(0).dimension()) {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  void check() {
    checkState(parts().size() >= 2, "components of %s: give two or more parts, not %s", element(), parts().size());
    checkState(oneDimension(parts()),
        "components of %s: the parts %s are of different dimensions; give categories of one dimension",
        element(), parts());
    checkState(ImmutableSet.copyOf(parts()).size() == parts().size(),
        "components of %s: a part is given twice in %s", element(), parts());
    checkState(tolerance() >= 0 && Double.isFinite(tolerance()),
        "components of %s: tolerance %s is not a finite non-negative number", element(), tolerance());
  }

  /**
   * Returns the check that the element's totals equal the sum of the given parts.
   *
   * @param element the element code, e.g. {@code "births"}
   * @param parts the categories, e.g. {@code Sex.MALE, Sex.FEMALE}
   * @return the check
   */
  public static ComponentsSum of(String element, Category... parts) {
    return builder().element(ElementCode.of(element)).addParts(parts).build();
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
   * Builds a {@link ComponentsSum} check; the element and two or more parts are required. Not thread-safe.
   *
   * <p>For example:
   *
   * <pre>{@code
   * ComponentsSum bySex = ComponentsSum.builder()
   *     .element(ElementCode.of("births"))
   *     .addParts(Sex.MALE, Sex.FEMALE)     // births[male] + births[female] = births
   *     .tolerance(0)
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableComponentsSum.Builder {
    Builder() {}
  }
}
