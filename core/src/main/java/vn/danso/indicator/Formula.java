package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * How an indicator is computed (công thức tính): an expression over {@linkplain ElementKey data element values} and
 * other indicators, built from sums, differences, rates with their multiplier, and constant factors.
 *
 * <pre>{@code
 * // sex ratio at birth: boys per 100 girls born alive
 * Formula srb = Formula.rate(Formula.element("births", Sex.MALE), Formula.element("births", Sex.FEMALE), 100);
 * // total fertility rate: 5 × Σ age-specific fertility rates of the seven 5-year groups
 * Formula tfr = Formula.times(5, Formula.sum(ageSpecificRates));
 * }</pre>
 *
 * <p>A formula is a small immutable tree whose node types are the nested classes; it is a value (equal when
 * structurally equal) and says nothing about how it is evaluated. {@link #compile()} (or
 * {@link IndicatorCatalogue#compile}, which also resolves references to other indicators) turns it into a
 * {@link CompiledFormula} that evaluates over primitive {@code double}s. Trees are at most {@value #MAX_DEPTH} levels
 * deep.
 */
public abstract sealed class Formula
    permits Formula.ElementTerm, Formula.IndicatorTerm, Formula.Sum, Formula.Difference, Formula.Rate,
        Formula.Times {
  /** The deepest a formula tree may be. */
  public static final int MAX_DEPTH = 32;

  /** What makes this node: a tag of its kind, then its fields in order; equal trees have equal parts. */
  private final ImmutableList<Object> parts;
  private final int depth;

  Formula(Object... parts) {
    this.parts = ImmutableList.copyOf(parts);
    this.depth = FormulaWalk.depthOf(parts);
    checkArgument(depth <= MAX_DEPTH, "formula is deeper than %s levels: simplify it", MAX_DEPTH);
  }

  /**
   * Returns the value of a data element's total, or of the part the categories give.
   *
   * @param element the element code, e.g. {@code "births"}
   * @param categories the categories of the part; none for the total
   * @return the formula
   * @throws IllegalArgumentException if the text is not an element code, or two categories share a dimension
   */
  public static ElementTerm element(String element, Category... categories) {
    return new ElementTerm(ElementKey.of(element, categories));
  }

  /**
   * Returns the value of an element key.
   *
   * @param key the key
   * @return the formula
   */
  public static ElementTerm element(ElementKey key) {
    return new ElementTerm(checkNotNull(key, "key is null"));
  }

  /**
   * Returns the value of another indicator of the catalogue.
   *
   * @param code the indicator's code, e.g. {@code "CBR"}
   * @return the formula
   * @throws IllegalArgumentException if the text is not an indicator code
   */
  public static IndicatorTerm indicator(String code) {
    return new IndicatorTerm(IndicatorCode.of(code));
  }

  /**
   * Returns the sum of the terms.
   *
   * @param terms two or more terms
   * @return the formula
   */
  public static Sum sum(Formula... terms) {
    return sum(Arrays.asList(checkNotNull(terms, "terms is null")));
  }

  /**
   * Returns the sum of the terms.
   *
   * @param terms two or more terms
   * @return the formula
   */
  public static Sum sum(Iterable<? extends Formula> terms) {
    ImmutableList<Formula> list = ImmutableList.copyOf(checkNotNull(terms, "terms is null"));
    checkArgument(list.size() >= 2, "a sum needs two or more terms, not %s", list.size());
    return new Sum(list);
  }

  /**
   * Returns the sum of an element's values over the given categories of one dimension, such as the women of the seven
   * reproductive age groups.
   *
   * @param element the element code
   * @param base the categories every term shares, e.g. {@code Disaggregation.of(Sex.FEMALE)}
   * @param categories two or more categories of one dimension not in the base
   * @return the formula
   */
  public static Sum sumOver(String element, Disaggregation base, Iterable<? extends Category> categories) {
    checkNotNull(base, "base is null");
    ImmutableList.Builder<Formula> terms = ImmutableList.builder();
    for (Category category : categories) {
      terms.add(element(ElementKey.of(ElementCode.of(element), base.with(category))));
    }
    return sum(terms.build());
  }

  /**
   * Returns the minuend less the subtrahend, such as births less deaths.
   *
   * @param minuend the formula subtracted from
   * @param subtrahend the formula subtracted
   * @return the formula
   */
  public static Difference difference(Formula minuend, Formula subtrahend) {
    return new Difference(checkNotNull(minuend, "minuend is null"), checkNotNull(subtrahend, "subtrahend is null"));
  }

  /**
   * Returns numerator ÷ denominator × multiplier (tỷ suất, tỷ số, tỷ lệ): the multiplier is the scale of the
   * indicator's unit, 1000 for ‰, 100 for % and per 100, 1 for children per woman.
   *
   * @param numerator the numerator
   * @param denominator the denominator
   * @param multiplier 1 or more
   * @return the formula
   */
  public static Rate rate(Formula numerator, Formula denominator, int multiplier) {
    checkArgument(multiplier >= 1, "multiplier %s is not positive: use 1, 100, 1000…", multiplier);
    return new Rate(checkNotNull(numerator, "numerator is null"), checkNotNull(denominator, "denominator is null"),
        multiplier);
  }

  /**
   * Returns a constant factor times a formula, for factors that are not a unit's scale, such as the width of 5-year
   * age groups in the total fertility rate.
   *
   * @param factor a finite, non-zero factor
   * @param term the formula
   * @return the formula
   */
  public static Times times(double factor, Formula term) {
    checkArgument(Double.isFinite(factor) && factor != 0, "factor %s must be finite and non-zero", factor);
    return new Times(factor, checkNotNull(term, "term is null"));
  }

  /**
   * Returns the depth of the tree: 1 for a single term.
   *
   * @return the depth
   */
  public final int depth() {
    return depth;
  }

  /**
   * Returns the element keys this formula reads directly, in order of first appearance (not those read through
   * other indicators).
   *
   * @return the keys
   */
  public final ImmutableSet<ElementKey> elements() {
    Set<ElementKey> keys = new LinkedHashSet<>();
    FormulaWalk.collect(this, keys, null);
    return ImmutableSet.copyOf(keys);
  }

  /**
   * Returns the indicators this formula reads, in order of first appearance.
   *
   * @return the indicator codes
   */
  public final ImmutableSet<IndicatorCode> indicators() {
    Set<IndicatorCode> codes = new LinkedHashSet<>();
    FormulaWalk.collect(this, null, codes);
    return ImmutableSet.copyOf(codes);
  }

  /**
   * Compiles this formula for evaluation over primitive values.
   *
   * @return the compiled formula
   * @throws IllegalStateException if the formula reads another indicator: compile it with
   *     {@link IndicatorCatalogue#compile}, which resolves indicators
   */
  public final CompiledFormula compile() {
    ImmutableSet<IndicatorCode> refs = indicators();
    if (!refs.isEmpty()) {
      throw new IllegalStateException("formula " + this + " reads the indicators " + refs
          + ": compile it through the IndicatorCatalogue that defines them");
    }
    return new CompiledFormula(this);
  }

  /**
   * Returns whether the object is a formula with the same tree: the same kind of node with equal parts, in order.
   *
   * @param o the object compared
   * @return whether the trees are equal
   */
  @Override
  public final boolean equals(Object o) {
    return o instanceof Formula && parts.equals(((Formula) o).parts);
  }

  @Override
  public final int hashCode() {
    return parts.hashCode();
  }

  /**
   * Returns the formula as text: an element key ({@code births[male]}), an indicator code ({@code CBR}), terms joined
   * by {@code +}, {@code a − b}, {@code a / b × 100} (without {@code × 1}) and {@code 5 × (…)}, with parentheses
   * around compound operands where they are needed.
   */
  @Override
  public final String toString() {
    return FormulaText.print(this);
  }

  /** Returns this formula with each indicator term replaced by its formula in the map. */
  final Formula inline(Map<IndicatorCode, Formula> resolve) {
    return FormulaWalk.inline(this, resolve);
  }

  /** The value of a data element, or of one part of it. */
  public static final class ElementTerm extends Formula {
    private final ElementKey key;

    ElementTerm(ElementKey key) {
      super("element", key);
      this.key = key;
    }

    /**
     * Returns the element key read.
     *
     * @return the key
     */
    public ElementKey key() {
      return key;
    }
  }

  /** The value of another indicator of the same catalogue: a derived indicator. */
  public static final class IndicatorTerm extends Formula {
    private final IndicatorCode code;

    IndicatorTerm(IndicatorCode code) {
      super("indicator", code);
      this.code = code;
    }

    /**
     * Returns the code of the indicator read.
     *
     * @return the code
     */
    public IndicatorCode code() {
      return code;
    }
  }

  /** The sum of two or more terms. */
  public static final class Sum extends Formula {
    private final ImmutableList<Formula> terms;

    Sum(ImmutableList<Formula> terms) {
      super("+", terms);
      this.terms = terms;
    }

    /**
     * Returns the terms, in order.
     *
     * @return the terms
     */
    public ImmutableList<Formula> terms() {
      return terms;
    }
  }

  /** One formula less another. */
  public static final class Difference extends Formula {
    private final Formula minuend;
    private final Formula subtrahend;

    Difference(Formula minuend, Formula subtrahend) {
      super("−", minuend, subtrahend);
      this.minuend = minuend;
      this.subtrahend = subtrahend;
    }

    /**
     * Returns the formula subtracted from.
     *
     * @return the minuend
     */
    public Formula minuend() {
      return minuend;
    }

    /**
     * Returns the formula subtracted.
     *
     * @return the subtrahend
     */
    public Formula subtrahend() {
      return subtrahend;
    }
  }

  /** Numerator ÷ denominator × multiplier: a rate, ratio or share. Undefined when the denominator is zero. */
  public static final class Rate extends Formula {
    private final Formula numerator;
    private final Formula denominator;
    private final int multiplier;

    Rate(Formula numerator, Formula denominator, int multiplier) {
      super("/", numerator, denominator, multiplier);
      this.numerator = numerator;
      this.denominator = denominator;
      this.multiplier = multiplier;
    }

    /**
     * Returns the numerator.
     *
     * @return the numerator
     */
    public Formula numerator() {
      return numerator;
    }

    /**
     * Returns the denominator.
     *
     * @return the denominator
     */
    public Formula denominator() {
      return denominator;
    }

    /**
     * Returns the multiplier: 1000 for ‰, 100 for % and per 100, 1 for a plain ratio.
     *
     * @return the multiplier
     */
    public int multiplier() {
      return multiplier;
    }
  }

  /** A constant factor times a formula. */
  public static final class Times extends Formula {
    private final double factor;
    private final Formula term;

    Times(double factor, Formula term) {
      super("×", factor, term);
      this.factor = factor;
      this.term = term;
    }

    /**
     * Returns the factor.
     *
     * @return the factor
     */
    public double factor() {
      return factor;
    }

    /**
     * Returns the formula multiplied.
     *
     * @return the term
     */
    public Formula term() {
      return term;
    }
  }
}
