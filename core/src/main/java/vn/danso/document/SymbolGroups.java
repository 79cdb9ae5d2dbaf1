package vn.danso.document;

import vn.danso.body.IssuerAbbreviation;

/**
 * The groups of a number's symbol as {@link NumberParser} reads them: where each abbreviation starts and ends in the
 * cleaned text ({@code KH} and {@code UBND} in {@code 94/KH-UBND}). The parser interprets them by its tables.
 */
final class SymbolGroups {
  final int[] start;
  final int[] end;
  final int count;

  SymbolGroups(int[] start, int[] end, int count) {
    this.start = start;
    this.end = end;
    this.count = count;
  }

  /** An issuer group read: its canonical code, the legislature number split off it, its table entry (or null). */
  static final class Issuer {
    final String code;
    final int term;
    final IssuerAbbreviation entry;

    Issuer(String code, int term, IssuerAbbreviation entry) {
      this.code = code;
      this.term = term;
      this.entry = entry;
    }
  }
}
