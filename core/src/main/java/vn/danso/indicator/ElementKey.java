package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import vn.danso.internal.IdentifierShape;
import vn.danso.text.Language;
import vn.danso.text.Localized;

/**
 * What one figure counts: a data element and a {@linkplain Disaggregation disaggregation} of it, such as
 * {@code births[male]} (live-born boys) or {@code population.average[female,15-19]}; the element alone is its total.
 *
 * <p>It is how formulas name their inputs and how {@link ElementValues} are keyed. Written as the element code
 * followed by the disaggregation code in brackets, which {@link #parse(String)} reads back. Immutable; equal when
 * element and disaggregation are equal.
 */
public final class ElementKey implements Comparable<ElementKey>, Localized {
  private final ElementCode element;
  private final Disaggregation disaggregation;
  private final int hash;

  private ElementKey(ElementCode element, Disaggregation disaggregation) {
    this.element = element;
    this.disaggregation = disaggregation;
    this.hash = 31 * element.hashCode() + disaggregation.hashCode();
  }

  /**
   * Returns the key of a part of an element.
   *
   * @param element the element
   * @param disaggregation the part; {@link Disaggregation#total()} for the whole
   * @return the key
   */
  public static ElementKey of(ElementCode element, Disaggregation disaggregation) {
    return new ElementKey(
        checkNotNull(element, "element is null"), checkNotNull(disaggregation, "disaggregation is null"));
  }

  /**
   * Returns the key of an element's total, or of the part given by the categories.
   *
   * @param element the element code, e.g. {@code "births"}
   * @param categories the categories, at most one per dimension; none for the total
   * @return the key
   * @throws IllegalArgumentException if the text is not an element code, or two categories share a dimension
   */
  public static ElementKey of(String element, Category... categories) {
    return of(ElementCode.of(element), Disaggregation.of(categories));
  }

  /**
   * Reads a key from its text.
   *
   * @param text {@code "births"}, {@code "births[male]"} or {@code "population.average[female,15-19]"}
   * @return the key
   * @throws IllegalArgumentException if the text is not a key
   */
  public static ElementKey parse(String text) {
    checkNotNull(text, "element key is null");
    int open = text.indexOf('[');
    if (open < 0) {
      return of(ElementCode.of(text.strip()), Disaggregation.total());
    }
    checkArgument(
        text.endsWith("]") && text.indexOf(']') == text.length() - 1,
        "\"%s\" is not an element key: write the element code, then the categories in brackets, "
            + "e.g. births[male]",
        text);
    return of(
        ElementCode.of(text.substring(0, open).strip()),
        Disaggregation.parse(text.substring(open + 1, text.length() - 1)));
  }

  /**
   * Reads a key without throwing.
   *
   * @param text the text, may be null
   * @return the key, or empty if the text is not a key
   */
  public static Optional<ElementKey> tryParse(String text) {
    return IdentifierShape.tryParsing(text, ElementKey::parse);
  }

  /**
   * Returns the element.
   *
   * @return the element code
   */
  public ElementCode element() {
    return element;
  }

  /**
   * Returns the part of the element.
   *
   * @return the disaggregation; the total when the key is the whole element
   */
  public Disaggregation disaggregation() {
    return disaggregation;
  }

  /** Returns the text form; labels of elements live in the catalogue. */
  @Override
  public String label(Language language) {
    return toString();
  }

  /** Orders by element code, then by disaggregation code. */
  @Override
  public int compareTo(ElementKey other) {
    int byElement = element.compareTo(other.element);
    return byElement != 0 ? byElement : disaggregation.code().compareTo(other.disaggregation.code());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ElementKey)) {
      return false;
    }
    ElementKey that = (ElementKey) o;
    return hash == that.hash && element.equals(that.element) && disaggregation.equals(that.disaggregation);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** Returns {@code "births"} or {@code "births[male]"}. */
  @Override
  public String toString() {
    return disaggregation.isTotal() ? element.value() : element.value() + "[" + disaggregation.code() + "]";
  }
}
