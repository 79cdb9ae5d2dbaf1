package vn.danso.admin;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.danso.text.VietnameseText;

/**
 * The name of an administrative unit as a list writes it (tên đơn vị hành chính), split into its type prefix and
 * its proper name: "Phường Phúc Xá" is {@linkplain UnitType#PHUONG phường} + "Phúc Xá", "Thành phố Hà Nội" is
 * "Thành phố" + "Hà Nội".
 *
 * <p>Real lists are untidy, and the split accepts what they contain: the text is {@linkplain VietnameseText#normalize
 * normalised} (NFC, whitespace folded); the prefix is recognised in any case ("Thị Trấn Mường Chà", "Thành Phố Bắc
 * Kạn"), and exactly one prefix is removed, because some proper names begin with a type word: the statistics office
 * writes the ward Phường Đúc of Huế as "Phường Phường Đúc" (19780), whose proper name is "Phường Đúc". A text
 * without a known prefix ("Phúc Xá", "Phường5") is all proper name.
 *
 * <p>Names are compared by {@link #matchKey()}: the proper name's {@linkplain VietnameseText#matchKey matching key},
 * so "Xã  Hoà Bình" and "xã Hòa Bình" match. Immutable and thread-safe.
 */
public final class UnitName {
  /** Every distinct prefix, longest first, with the types it may mean at each level. */
  private static final ImmutableList<Prefix> PREFIXES = prefixes();

  private final String text;
  private final String prefix;
  private final ImmutableSet<UnitType> prefixTypes;
  private final String properName;

  private UnitName(String text, String prefix, ImmutableSet<UnitType> prefixTypes, String properName) {
    this.text = text;
    this.prefix = prefix;
    this.prefixTypes = prefixTypes;
    this.properName = properName;
  }

  private static final class Prefix {
    final String word;
    final Map<AdministrativeLevel, Set<UnitType>> types = new EnumMap<>(AdministrativeLevel.class);

    Prefix(String word) {
      this.word = word;
    }
  }

  private static ImmutableList<Prefix> prefixes() {
    List<Prefix> list = new ArrayList<>();
    for (UnitType type : UnitType.values()) {
      if (type == UnitType.QUOC_GIA) {
        continue;
      }
      Prefix prefix = list.stream().filter(p -> p.word.equals(type.namePrefix())).findFirst().orElse(null);
      if (prefix == null) {
        prefix = new Prefix(type.namePrefix());
        list.add(prefix);
      }
      prefix.types.computeIfAbsent(type.level(), l -> new LinkedHashSet<>()).add(type);
    }
    list.sort(Comparator.comparingInt((Prefix p) -> p.word.length()).reversed());
    return ImmutableList.copyOf(list);
  }

  /**
   * Splits a name, recognising the prefix of any unit type.
   *
   * @param text the name as written, e.g. {@code "Thị Trấn Mường Chà"}
   * @return the split name
   */
  public static UnitName parse(CharSequence text) {
    return parse(text, null);
  }

  /**
   * Splits a name, recognising only the prefixes of types at the given level: at the village level "Bản Phố" is
   * bản + "Phố", at the commune level it is all proper name.
   *
   * @param text the name as written
   * @param level the level of the unit, or null for any level
   * @return the split name
   */
  public static UnitName parse(CharSequence text, AdministrativeLevel level) {
    checkNotNull(text, "name text is null");
    String normal = VietnameseText.normalize(text);
    for (Prefix candidate : PREFIXES) {
      Set<UnitType> types = typesOf(candidate, level);
      if (types.isEmpty() || !startsWithWord(normal, 0, candidate.word)) {
        continue;
      }
      String rest = normal.substring(candidate.word.length() + 1);
      return new UnitName(normal, normal.substring(0, candidate.word.length()), ImmutableSet.copyOf(types), rest);
    }
    return new UnitName(normal, null, ImmutableSet.of(), normal);
  }

  private static Set<UnitType> typesOf(Prefix prefix, AdministrativeLevel level) {
    if (level != null) {
      return prefix.types.getOrDefault(level, Set.of());
    }
    Set<UnitType> all = new LinkedHashSet<>();
    prefix.types.values().forEach(all::addAll);
    return all;
  }

  /** True if the text has the word (any case) at {@code from}, then a space and at least one more character. */
  private static boolean startsWithWord(String text, int from, String word) {
    int end = from + word.length();
    return text.length() > end + 1
        && text.charAt(end) == ' '
        && text.regionMatches(true, from, word, 0, word.length());
  }

  /**
   * Writes the full name of a unit: the type's prefix and the proper name, {@code format(PHUONG, "Phúc Xá")} →
   * {@code "Phường Phúc Xá"}.
   *
   * @param type the unit's type
   * @param properName the proper name
   * @return the full name
   */
  public static String format(UnitType type, String properName) {
    checkNotNull(type, "type is null");
    checkNotNull(properName, "proper name is null");
    return properName.isEmpty() ? type.namePrefix() : type.namePrefix() + " " + properName;
  }

  /**
   * Returns the matching key of a name written with or without its type prefix: {@code matchKey("Xã  Hoà Bình")}
   * equals {@code matchKey("hòa bình")}.
   *
   * @param text a name
   * @return the key of its proper name
   */
  public static String matchKey(CharSequence text) {
    return parse(text).matchKey();
  }

  /**
   * Returns the whole name, normalised (NFC, whitespace folded), with its prefix as written.
   *
   * @return the normalised text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the type prefix as written, e.g. {@code "Thị Trấn"}.
   *
   * @return the prefix, or empty if the name has none
   */
  public Optional<String> prefix() {
    return Optional.ofNullable(prefix);
  }

  /**
   * Returns the types the prefix may stand for (at the level asked for, if any): {@code "Thành phố"} at the province
   * level is a {@linkplain UnitType#THANH_PHO_TRUC_THUOC_TRUNG_UONG centrally governed city}, at the district level
   * one of two kinds of city.
   *
   * @return the types, empty if there is no prefix
   */
  public ImmutableSet<UnitType> prefixTypes() {
    return prefixTypes;
  }

  /**
   * Returns true if the name has a prefix and that prefix may stand for the given type.
   *
   * @param type a type
   * @return whether the prefix fits the type
   */
  public boolean prefixMatches(UnitType type) {
    return prefixTypes.contains(type);
  }

  /**
   * Returns the proper name, without the type prefix: {@code "Phúc Xá"}, {@code "Phường Đúc"}, {@code "5"}.
   *
   * @return the proper name, normalised
   */
  public String properName() {
    return properName;
  }

  /**
   * Returns true if the prefix is written as official lists write it, with only its first letter in upper case
   * ("Thị trấn", not "Thị Trấn" or "THỊ TRẤN"); also true when there is no prefix.
   *
   * @return whether the prefix is capitalised as it should be
   */
  public boolean isPrefixCapitalisedAsOfficial() {
    return prefix == null || prefixTypes.iterator().next().namePrefix().equals(prefix);
  }

  /**
   * Returns true if the proper name starts again with the same prefix ("Phường Phường Đúc"): legitimate when the
   * place is called so, often a typing slip otherwise.
   *
   * @return whether the prefix is repeated
   */
  public boolean hasRepeatedPrefix() {
    return prefix != null && startsWithWord(properName, 0, prefix);
  }

  /**
   * Returns the key under which two spellings of the proper name compare equal (tone-mark style, case, spacing and
   * dashes folded); the prefix plays no part.
   *
   * @return the matching key
   */
  public String matchKey() {
    return VietnameseText.matchKey(properName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitName && text.equals(((UnitName) o).text)
        && Objects.equals(prefixTypes, ((UnitName) o).prefixTypes);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Returns the normalised text. */
  @Override
  public String toString() {
    return text;
  }
}
