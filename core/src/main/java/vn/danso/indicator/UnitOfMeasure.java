package vn.danso.indicator;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * The unit in which an indicator or data element is expressed (đơn vị tính), with the scale its formula's rates
 * must be multiplied by: a crude birth rate in ‰ is births per population × 1000.
 */
public enum UnitOfMeasure implements Localized {
  /** Per mille (‰, phần nghìn): rates per 1,000 people, such as the crude birth rate. */
  PER_MILLE("‰", "‰", "phần nghìn", "per mille", 1000),
  /** Per cent (%, phần trăm): shares and coverage. */
  PERCENT("%", "%", "phần trăm", "per cent", 100),
  /** Per 100 (trên 100): ratios such as boys per 100 girls born alive. */
  PER_100("/100", "per 100", "trên 100", "per 100", 100),
  /** Children per woman (con/phụ nữ): the total fertility rate. */
  CHILDREN_PER_WOMAN("con/phụ nữ", "children per woman", "con trên một phụ nữ", "children per woman", 1),
  /** Years (năm): life expectancy. */
  YEARS("năm", "years", "năm", "years", 1),
  /** Persons (người): counts of people, including births and deaths. */
  PERSONS("người", "persons", "người", "persons", 1),
  /** Couples (cặp): counts of marriages, as the reporting forms count them. */
  COUPLES("cặp", "couples", "cặp", "couples", 1),
  /** Centimetres (cm): heights. */
  CENTIMETRES("cm", "cm", "xăng-ti-mét", "centimetres", 1),
  /** Households (hộ): counts of households, as the population reporting forms count them. */
  HOUSEHOLDS("hộ", "households", "hộ", "households", 1);

  private final LocalizedText symbol;
  private final LocalizedText name;
  private final int scale;

  UnitOfMeasure(String symbolVi, String symbolEn, String vi, String en, int scale) {
    this.symbol = LocalizedText.of(symbolVi, symbolEn);
    this.name = LocalizedText.of(vi, en);
    this.scale = scale;
  }

  /**
   * Returns the symbol written after a value, such as {@code ‰} or {@code con/phụ nữ}.
   *
   * @param language the language
   * @return the symbol
   */
  public String symbol(Language language) {
    return symbol.get(language);
  }

  /**
   * Returns the multiplier a rate in this unit carries: 1000 for ‰, 100 for % and per 100, 1 otherwise.
   *
   * @return the scale
   */
  public int scale() {
    return scale;
  }

  /**
   * Returns true if values in this unit are written with the symbol directly after the number ({@code 5,19‰},
   * {@code 74,7%}); other units take a space.
   *
   * @return whether the symbol is attached
   */
  public boolean isAttached() {
    return this == PER_MILLE || this == PERCENT;
  }

  /**
   * Writes a number with this unit as documents do: {@code 5,19‰} and {@code 74,7%} with the symbol attached,
   * {@code 2,1 con/phụ nữ} and {@code 168,5 cm} with a space, and a ratio per 100 bare ({@code 111,5}), as the
   * sex ratio at birth is usually written.
   *
   * @param number the number, already written for the language
   * @param language the language
   * @return the number with its unit
   */
  public String withValue(String number, Language language) {
    if (this == PER_100) {
      return number;
    }
    return isAttached() ? number + symbol(language) : number + " " + symbol(language);
  }

  /** Returns the unit's name. */
  @Override
  public String label(Language language) {
    return name.get(language);
  }
}
