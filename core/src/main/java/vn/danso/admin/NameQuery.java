package vn.danso.admin;

import vn.danso.text.VietnameseText;

/**
 * A name as written in a search of units: matched whole, or as a proper name whose type prefix, if it was written,
 * selects the type. Names are compared by their {@linkplain VietnameseText#matchKey matching keys}.
 */
final class NameQuery {
  private final UnitName written;
  private final String properName;
  private final String whole;

  NameQuery(CharSequence name) {
    this.written = UnitName.parse(name);
    this.properName = VietnameseText.matchKey(written.properName());
    this.whole = VietnameseText.matchKey(name);
  }

  /** True if the version's name is the one searched for. */
  boolean matches(UnitVersion version) {
    String key = VietnameseText.matchKey(version.name());
    if (key.equals(whole)) {
      return true;
    }
    return key.equals(properName) && (written.prefix().isEmpty() || written.prefixMatches(version.type()));
  }
}
