package vn.danso.data;

import static com.google.common.base.Preconditions.checkNotNull;

import vn.danso.indicator.Disaggregation;
import vn.danso.indicator.ElementCode;
import vn.danso.indicator.ElementKey;
import vn.danso.indicator.IndicatorCode;

/**
 * Which figures a data rule applies to (phạm vi áp dụng): exactly one key ({@code births[male]}, {@code SRB}), or
 * every part of a data element ({@code births[*]}: the total, boys, girls, urban, rural and every other breakdown).
 *
 * <p>Written as the key, or as the element code followed by {@code [*]}; {@link #parse(String)} reads both back.
 * Immutable; equal when they match the same keys.
 */
public final class KeyPattern implements Comparable<KeyPattern> {
  private final DataKey key;
  private final boolean everyPart;

  private KeyPattern(DataKey key, boolean everyPart) {
    this.key = key;
    this.everyPart = everyPart;
  }

  /**
   * Returns the pattern matching exactly one key.
   *
   * @param key the key
   * @return the pattern
   */
  public static KeyPattern of(DataKey key) {
    return new KeyPattern(checkNotNull(key, "key is null"), false);
  }

  /**
   * Returns the pattern matching exactly one indicator.
   *
   * @param indicator the indicator code
   * @return the pattern
   */
  public static KeyPattern of(IndicatorCode indicator) {
    return of(DataKey.of(indicator));
  }

  /**
   * Returns the pattern matching every part of a data element, its total included.
   *
   * @param element the element code
   * @return the pattern
   */
  public static KeyPattern everyPartOf(ElementCode element) {
    return new KeyPattern(DataKey.of(ElementKey.of(checkNotNull(element, "element is null"),
        Disaggregation.total())), true);
  }

  /**
   * Reads a pattern: a key, or an element code followed by {@code [*]}.
   *
   * @param text e.g. {@code "births[*]"}, {@code "births[male]"} or {@code "SRB"}
   * @return the pattern
   * @throws IllegalArgumentException if the text is not a pattern
   */
  public static KeyPattern parse(String text) {
    checkNotNull(text, "key pattern is null");
    String s = text.strip();
    if (s.endsWith("[*]")) {
      return everyPartOf(ElementCode.of(s.substring(0, s.length() - 3).strip()));
    }
    return of(DataKey.parse(s));
  }

  /**
   * Returns true if the pattern matches the key.
   *
   * @param candidate the key
   * @return whether the rule applies to it
   */
  public boolean matches(DataKey candidate) {
    if (!everyPart) {
      return key.equals(candidate);
    }
    return !candidate.isIndicator() && candidate.elementKey().element().equals(key.elementKey().element());
  }

  /**
   * Returns true if the pattern matches every part of an element, false if it matches exactly one key.
   *
   * @return whether it matches every part
   */
  public boolean isEveryPart() {
    return everyPart;
  }

  /**
   * Returns the key matched, or the element's total key for a pattern matching every part.
   *
   * @return the key
   */
  public DataKey key() {
    return key;
  }

  /** Orders by key, an element's every-part pattern just after its total. */
  @Override
  public int compareTo(KeyPattern other) {
    int byKey = key.compareTo(other.key);
    return byKey != 0 ? byKey : Boolean.compare(everyPart, other.everyPart);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeyPattern && key.equals(((KeyPattern) o).key) && everyPart == ((KeyPattern) o).everyPart;
  }

  @Override
  public int hashCode() {
    return key.hashCode() * 2 + (everyPart ? 1 : 0);
  }

  /** Returns {@code births[*]}, {@code births[male]} or {@code SRB}. */
  @Override
  public String toString() {
    return everyPart ? key + "[*]" : key.toString();
  }
}
