package vn.danso.document;

import java.util.Set;
import vn.danso.body.IssuerAbbreviation;
import vn.danso.internal.CodeTable;

/**
 * Where a cited number starts and ends in running text, for {@link ReferenceScanner}: "Số:" before it, digits glued
 * after a word that start none, and the groups after the sequence number, with the accidents real pages show (a letter
 * after the sequence number, a Party symbol after a space, a doubled separator, a drafting unit after a dot, a word
 * written tight after the issuer, a space inside an issuer abbreviation). It only measures; reading the number is
 * {@link NumberingScheme}'s. Looks at a bounded stretch from
 * the index it is given; no regular expression, no backtracking. Not thread-safe; one per scan.
 */
final class SymbolExtent {
  /** Words that follow a cited number and are found written tight after its last abbreviation. */
  private static final Set<String> GLUED_WORDS = Set.of("ngày", "năm", "tháng", "của", "về", "và", "ban");
  private final ScanText s;
  private final NumberingScheme rules;

  SymbolExtent(ScanText s, NumberingScheme rules) {
    this.s = s;
    this.rules = rules;
  }

  /**
   * A measured symbol: where it ends and, when the text must be read otherwise than as printed, the text to read (a
   * Party symbol after a space, "298 KH/TWĐTN" read as "298-KH/TWĐTN"; a space inside an issuer taken out).
   */
  static final class Symbol {
    final int end;
    /** The text to read instead of the printed one, or null. */
    final String candidate;
    /** Whether the candidate joins a space inside an issuer abbreviation (the lenient mode's repair). */
    final boolean spaceJoined;

    Symbol(int end, String candidate, boolean spaceJoined) {
      this.end = end;
      this.candidate = candidate;
      this.spaceJoined = spaceJoined;
    }
  }

  /**
   * Measures the symbol after the digits from j to digitsEnd: the groups, a letter after the sequence number, and, in
   * the lenient mode, an abbreviation written tight after the digits ("20NQ/TW") and a space inside an issuer; a Party
   * symbol after a space in both modes. Its end is digitsEnd when there is no symbol; null when a letter follows the
   * digits but no symbol does ("1a/ Tăng cường"), where there is no number at all.
   */
  Symbol measure(int j, int digitsEnd, boolean lenient) {
    int letterEnd = sequenceLetterEnd(digitsEnd);   // "36a/NQ-CP"
    int symbolEnd = symbolEnd(letterEnd);
    if (letterEnd > digitsEnd && symbolEnd == letterEnd) {
      return null;
    }
    if (lenient && symbolEnd == digitsEnd && digitsEnd < s.n && ParseInput.isCodeLetter(s.t[digitsEnd])) {
      int glued = codeEnd(digitsEnd);
      int end = symbolEnd(glued);
      symbolEnd = end > glued && s.t[s.skipSpaces(glued)] == '/' ? end : digitsEnd;
    }
    if (symbolEnd == digitsEnd) {
      int spacedEnd = spacedPartySymbolEnd(digitsEnd);
      if (spacedEnd > 0) {
        int typeStart = s.skipSpaces(digitsEnd);
        return new Symbol(spacedEnd, new String(s.t, j, digitsEnd - j) + "-"
            + new String(s.t, typeStart, spacedEnd - typeStart), false);
      }
    }
    if (lenient && symbolEnd > digitsEnd) {
      int next = s.skipSpaces(symbolEnd);
      int joinedEnd = spaceInIssuerEnd(symbolEnd);
      if (joinedEnd > 0) {
        return new Symbol(joinedEnd,
            new String(s.t, j, symbolEnd - j) + new String(s.t, next, joinedEnd - next), true);
      }
    }
    return new Symbol(symbolEnd, null, false);
  }

  /**
   * The end of one ASCII letter written tight after the sequence number ending at i and before its separator
   * ("36a/NQ-CP", "3e/2000/NQ-HĐND4"), where a group follows the separator; i when there is none.
   */
  int sequenceLetterEnd(int i) {
    if (i + 2 >= s.n || (s.t[i] | 0x20) < 'a' || (s.t[i] | 0x20) > 'z' || s.t[i] >= 0x80
        || (s.t[i + 1] != '/' && s.t[i + 1] != '-')) {
      return i;
    }
    char next = s.t[i + 2];
    return ScanText.isDigit(next) || ParseInput.isCodeLetter(next) || next == ' ' ? i + 1 : i;
  }

  /**
   * The end of a Party symbol written after a space instead of a hyphen ("298 KH/TWĐTN"): a type abbreviation the
   * Party table knows, then a slash and an issuer. Returns -1 when the text after the digits is not that.
   */
  private int spacedPartySymbolEnd(int digitsEnd) {
    int k = s.skipSpaces(digitsEnd);
    if (k == digitsEnd || k >= s.n || !ParseInput.isCodeLetter(s.t[k])) {
      return -1;
    }
    int typeEnd = codeEnd(k);
    if (rules.tables().typeTable(NumberFamily.PARTY).get(s.t, k, typeEnd) == null) {
      return -1;
    }
    int slash = s.skipSpaces(typeEnd);
    if (slash >= s.n || s.t[slash] != '/') {
      return -1;
    }
    int end = symbolEnd(typeEnd);
    return end > typeEnd ? end : -1;
  }

  /**
   * In the lenient mode, a space typed inside an issuer abbreviation ("23/2015/TTLT-BGD ĐT-BNV"): the last group
   * before the space is no abbreviation the issuer table knows, and joined with the capitals after the space it is
   * one ("BGDĐT"). Returns the end of the symbol after the joined part (further groups included), or -1.
   */
  private int spaceInIssuerEnd(int symbolEnd) {
    int next = symbolEnd + 1;
    if (next >= s.n || s.t[symbolEnd] != ' ' || !ParseInput.isCodeLetter(s.t[next])) {
      return -1;
    }
    int groupStart = symbolEnd;
    while (groupStart > 0 && ParseInput.isCodeLetter(s.t[groupStart - 1])) {
      groupStart--;
    }
    int nextEnd = codeEnd(next);
    if (groupStart == 0 || (s.t[groupStart - 1] != '-' && s.t[groupStart - 1] != '/')
        || !looksLikeCode(groupStart, symbolEnd) || !looksLikeCode(next, nextEnd)) {
      return -1;
    }
    CodeTable<IssuerAbbreviation> issuers = rules.tables().issuerTable();
    if (issuers.get(s.t, groupStart, symbolEnd) != null || issuers.get(s.t, next, nextEnd) != null) {
      return -1;
    }
    String joined = new String(s.t, groupStart, symbolEnd - groupStart) + new String(s.t, next, nextEnd - next);
    if (issuers.get(joined) == null) {
      return -1;
    }
    return symbolEnd(nextEnd);
  }

  /**
   * The end of the symbol after the digits ending at i: groups after "-" or "/", a four-digit year only after the
   * first "/" or a hyphen written tight ("19-2018/NQ-CP"), and followed by "/"; a group after a spaced separator must look like an abbreviation, so that "… 74-KH/TU - Hà Nội" ends
   * at "TU". Returns i when there is no group.
   */
  int symbolEnd(int i) {
    int last = i;
    boolean any = false;
    int m = s.skipSpaces(i);
    while (m < s.n && (s.t[m] == '-' || s.t[m] == '/' || isDraftingDot(m, last))) {
      int g = s.skipSpaces(m + 1);
      if (g + 1 < s.n && s.t[m] != '.' && (s.t[g] == '-' || s.t[g] == '/') && s.t[g] != s.t[m]) {
        g = s.skipSpaces(g + 1);   // "49/-CT /TW": a doubled separator
      }
      boolean spaced = m > last || g > m + 1;
      int groupEnd;
      if (g < s.n && ScanText.isDigit(s.t[g])) {
        groupEnd = s.digitsEnd(g);
        int after = s.skipSpaces(groupEnd);
        boolean yearAfterHyphen = s.t[m] == '-' && m == last && g == m + 1;   // "19-2018/NQ-CP"
        if (any || (s.t[m] != '/' && !yearAfterHyphen) || groupEnd - g != 4 || after >= s.n || s.t[after] != '/') {
          break;
        }
      } else {
        groupEnd = codeEnd(g);
        if (groupEnd == g || (spaced && !looksLikeCode(g, groupEnd))) {
          break;
        }
        int glued = gluedWordStart(g, groupEnd);
        if (glued > 0) {
          last = glued;   // "13/2008/NĐ-CPngày": the next word written tight after the issuer
          break;
        }
      }
      any = true;
      last = groupEnd;
      m = s.skipSpaces(groupEnd);
    }
    return last;
  }

  /** A dot written tight between two abbreviations: "SYT.DS", a drafting unit after the issuer. */
  private boolean isDraftingDot(int m, int last) {
    return s.t[m] == '.' && m == last && m > 0 && ParseInput.isCodeLetter(s.t[m - 1]) && m + 1 < s.n
        && ParseInput.isCodeLetter(s.t[m + 1]) && Character.isUpperCase(s.t[m + 1]);
  }

  int codeEnd(int i) {
    if (i >= s.n || !ParseInput.isCodeLetter(s.t[i])) {
      return i;
    }
    int j = i + 1;
    while (j < s.n && (ParseInput.isCodeLetter(s.t[j]) || ScanText.isDigit(s.t[j])
        || ParseInput.isAmpersandInCode(s.t, j, s.n))) {
      j++;
    }
    return j;
  }

  /**
   * Where a lower-case word written tight after an abbreviation starts ("CPngày"): the group is no code the tables
   * spell so, it ends in two or more small letters after a capital, and either the capitals are a known code or the
   * small letters a word that follows numbers. Returns -1 when the group is one abbreviation.
   */
  private int gluedWordStart(int start, int end) {
    for (int k = start + 1; k < end; k++) {
      if (!Character.isLowerCase(s.t[k]) || !Character.isUpperCase(s.t[k - 1])) {
        continue;
      }
      for (int r = k; r < end; r++) {
        if (!Character.isLowerCase(s.t[r])) {
          return -1;
        }
      }
      if (end - k < 2 || looksLikeCode(start, end)) {
        return -1;
      }
      NumberingTables tables = rules.tables();
      boolean knownCode = tables.issuerTable().get(s.t, start, k) != null
          || tables.typeTable(NumberFamily.LEGAL_NORMATIVE).get(s.t, start, k) != null;
      return knownCode || GLUED_WORDS.contains(new String(s.t, k, end - k)) ? k : -1;
    }
    return -1;
  }

  /** All capitals and digits, or an abbreviation the tables spell with small letters ("CTr", "TTg", "QyĐ"). */
  boolean looksLikeCode(int start, int end) {
    boolean lower = false;
    for (int k = start; k < end && !lower; k++) {
      lower = Character.isLowerCase(s.t[k]);
    }
    if (!lower) {
      return true;
    }
    String code = new String(s.t, start, end - start);
    NumberingTables tables = rules.tables();
    IssuerAbbreviation issuer = tables.issuerTable().get(code);
    if (issuer != null && issuer.code().equals(code)) {
      return true;
    }
    for (NumberFamily family : NumberFamily.values()) {
      TypeAbbreviation type = tables.typeTable(family).get(code);
      if (type != null && type.code().map(code::equals).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the digits at i follow a word and a slash or hyphen written tight ("3e/2000", "19-2018"): they are the
   * tail of a token the reader does not know, never the start of a number.
   */
  boolean gluedToWord(int i) {
    return i >= 2 && (s.t[i - 1] == '/' || s.t[i - 1] == '-') && s.isWordChar(i - 2);
  }

  /** The index after "số", "Số:", "so" at i and the spaces after it; -1 when not there. */
  int soEnd(int i) {
    if (i >= s.n || (s.t[i] | 0x20) != 's') {
      return -1;
    }
    int end = s.wordsEnd(i, "số");
    if (end < 0) {
      end = s.wordsEnd(i, "so");
    }
    if (end < 0) {
      return -1;
    }
    int j = s.skipSpaces(end);
    return j < s.n && s.t[j] == ':' ? s.skipSpaces(j + 1) : j;
  }

  /** A slash, hyphen, dot or a comma before a digit after the digits ending at i: no bare sequence number. */
  boolean followedBySlashOrDash(int i) {
    int j = s.skipSpaces(i);
    return j < s.n && (s.t[j] == '/' || s.t[j] == '-' || s.t[j] == '.' || s.t[j] == ',' && j + 1 < s.n
        && ScanText.isDigit(s.t[j + 1]));
  }
}
