package vn.danso.data;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.Optional;
import vn.danso.indicator.Disaggregation;
import vn.danso.indicator.ElementKey;
import vn.danso.indicator.IndicatorCode;
import vn.danso.internal.IdentifierShape;
import vn.danso.text.Language;
import vn.danso.text.Localized;

/**
 * What a reported figure is (chỉ tiêu báo cáo): a part of a data element, such as {@code births[male]} (live-born
 * boys), or an indicator reported as a figure of its own, such as {@code SRB} (the sex ratio at birth a district
 * writes in its report beside the counts it was computed from).
 *
 * <p>Written as the element key ({@code births}, {@code births[male]}, {@code population.average[female,15-19]}) or
 * the indicator code ({@code SRB}, {@code SHARE_65_PLUS}), or an indicator reported for a part of the population
 * ({@code TFR[urban]}, {@code TFR[rural]}, {@code TFR[mekong-river-delta]}); {@link #parse(String)} tells them apart
 * by case, since element codes are lower case and indicator codes upper case. Keys order elements first (by element key), then
 * indicators (by code): the order in which a report lists findings about one unit and period. Immutable; equal when
 * they name the same element part or the same indicator.
 */
public final class DataKey implements Comparable<DataKey>, Localized {
  private final ElementKey element;
  private final IndicatorCode indicator;
  /** For an indicator, the part it is reported for ({@code urban} in {@code TFR[urban]}); the total otherwise. */
  private final Disaggregation indicatorPart;
  private final int hash;
  private final String text;
  /** The disaggregation's code, kept for ordering without rebuilding it. */
  private final String part;

  private DataKey(ElementKey element, IndicatorCode indicator, Disaggregation indicatorPart) {
    this.element = element;
    this.indicator = indicator;
    this.indicatorPart = indicatorPart;
    this.hash = element != null ? element.hashCode()
        : 31 * (31 * indicator.hashCode() + 7) + indicatorPart.hashCode();
    this.text = element != null ? element.toString()
        : indicatorPart.isTotal() ? indicator.value() : indicator.value() + "[" + indicatorPart.code() + "]";
    this.part = element != null ? element.disaggregation().code() : indicatorPart.code();
  }

  /**
   * Returns the key of a part of a data element.
   *
   * @param element the element key, e.g. {@code births[male]}
   * @return the data key
   */
  public static DataKey of(ElementKey element) {
    return new DataKey(checkNotNull(element, "element key is null"), null, null);
  }

  /**
   * Returns the key of an indicator reported as a figure.
   *
   * @param indicator the indicator code, e.g. {@code SRB}
   * @return the data key
   */
  public static DataKey of(IndicatorCode indicator) {
    return new DataKey(null, checkNotNull(indicator, "indicator code is null"), Disaggregation.total());
  }

  /**
   * Returns the key of an indicator reported for a part of the population: {@code TFR[urban]}, {@code TFR[rural]},
   * {@code CBR[mekong-river-delta]}. Whether the catalogue publishes the indicator by that dimension is checked when
   * figures are validated ({@code data.value.unknown-key}), not here.
   *
   * @param indicator the indicator code
   * @param part the part, e.g. {@code Disaggregation.of(Residence.URBAN)}; the total gives {@link #of(IndicatorCode)}
   * @return the data key
   */
  public static DataKey of(IndicatorCode indicator, Disaggregation part) {
    return new DataKey(null, checkNotNull(indicator, "indicator code is null"),
        checkNotNull(part, "part is null: use Disaggregation.total() for the whole"));
  }

  /**
   * Reads a key: an indicator code when the text starts with an upper-case letter, else an element key.
   *
   * @param text {@code "births"}, {@code "births[male]"}, {@code "SRB"} or {@code "TFR[urban]"}; spaces around it are
   *     ignored
   * @return the key
   * @throws IllegalArgumentException if the text is neither an element key nor an indicator code
   */
  public static DataKey parse(String text) {
    checkNotNull(text, "data key is null");
    String s = text.strip();
    checkArgument(!s.isEmpty(), "data key is blank: write an element key such as births[male] or an indicator "
        + "code such as SRB");
    char first = s.charAt(0);
    if (first >= 'A' && first <= 'Z') {
      int open = s.indexOf('[');
      if (open < 0) {
        return of(IndicatorCode.of(s));
      }
      checkArgument(s.endsWith("]") && s.indexOf('[', open + 1) < 0 && s.indexOf(']') == s.length() - 1,
          "\"%s\" is not an indicator key: write the code and one bracket of categories, such as TFR[urban]", s);
      return of(IndicatorCode.of(s.substring(0, open)), Disaggregation.parse(s.substring(open + 1, s.length() - 1)));
    }
    return of(ElementKey.parse(s));
  }

  /**
   * Reads a key without throwing.
   *
   * @param text the text, may be null
   * @return the key, or empty if the text is not a key
   */
  public static Optional<DataKey> tryParse(String text) {
    return IdentifierShape.tryParsing(text, DataKey::parse);
  }

  /**
   * Returns true if this key names an indicator, false if it names a part of a data element.
   *
   * @return whether it is an indicator
   */
  public boolean isIndicator() {
    return indicator != null;
  }

  /**
   * Returns the element key.
   *
   * @return the element key
   * @throws IllegalStateException if this key names an indicator
   */
  public ElementKey elementKey() {
    checkState(element != null, "%s is an indicator, not a data element: check isIndicator() first", this);
    return element;
  }

  /**
   * Returns the indicator code.
   *
   * @return the indicator code
   * @throws IllegalStateException if this key names a part of a data element
   */
  public IndicatorCode indicatorCode() {
    checkState(indicator != null, "%s is a data element, not an indicator: check isIndicator() first", this);
    return indicator;
  }

  /**
   * Returns the element key, if this key names a part of a data element.
   *
   * @return the element key, or empty
   */
  public Optional<ElementKey> element() {
    return Optional.ofNullable(element);
  }

  /**
   * Returns the indicator code, if this key names an indicator.
   *
   * @return the indicator code, or empty
   */
  public Optional<IndicatorCode> indicator() {
    return Optional.ofNullable(indicator);
  }

  /**
   * Returns the part of the population an indicator is reported for: {@code urban} in {@code TFR[urban]}, the total
   * for {@code TFR}.
   *
   * @return the part
   * @throws IllegalStateException if this key names a part of a data element (see {@link #elementKey()})
   */
  public Disaggregation indicatorPart() {
    checkState(indicator != null, "%s is a data element, not an indicator: check isIndicator() first", this);
    return indicatorPart;
  }

  /**
   * Returns the kind of subject segment findings about this key use: {@code element} or {@code indicator}.
   *
   * @return the segment kind
   */
  public String subjectKind() {
    return element != null ? "element" : "indicator";
  }

  /** Returns the text form; names of elements and indicators live in the catalogue. */
  @Override
  public String label(Language language) {
    return toString();
  }

  /** Orders element parts first, by element key, then indicators by code. */
  @Override
  public int compareTo(DataKey other) {
    if (element != null) {
      if (other.element == null) {
        return -1;
      }
      // As ElementKey orders: by element code, then by disaggregation code.
      int byElement = element.element().compareTo(other.element.element());
      return byElement != 0 ? byElement : part.compareTo(other.part);
    }
    if (other.element != null) {
      return 1;
    }
    int byIndicator = indicator.compareTo(other.indicator);
    return byIndicator != 0 ? byIndicator : part.compareTo(other.part);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DataKey)) {
      return false;
    }
    DataKey that = (DataKey) o;
    return hash == that.hash
        && (element != null ? element.equals(that.element)
            : indicator.equals(that.indicator) && indicatorPart.equals(that.indicatorPart));
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** Returns {@code births}, {@code births[male]}, {@code SRB} or {@code TFR[urban]}. */
  @Override
  public String toString() {
    return text;
  }
}
