package vn.danso.document;

import static vn.danso.document.ParseInput.isCodeLetter;
import static vn.danso.document.ParseInput.isDigit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import vn.danso.body.BodyKinds;
import vn.danso.body.IssuerAbbreviation;
import vn.danso.internal.CodeTable;

/**
 * Reads one document number: a hand-written scanner over the cleaned input (see {@link ParseInput}), then the
 * interpretation of its groups by the tables of a {@link NumberingScheme}. One instance per parse; not thread-safe.
 */
final class NumberParser {
  private final NumberingScheme rules;
  private final ParseInput input;
  private final char[] s;
  private final int n;


  NumberParser(NumberingScheme rules, ParseInput input) {
    this.rules = rules;
    this.input = input;
    this.s = input.text;
    this.n = input.length;
  }

  /** Reads a number with the rules; see {@link NumberingScheme#parse}. */
  static DocumentNumber parse(NumberingScheme rules, CharSequence text) {
    ParseInput input = ParseInput.of(text);
    try {
      return new NumberParser(rules, input).parse();
    } catch (ParseFailure failure) {
      throw new DocumentParseException(input.raw, failure.rawIndex, failure.problem);
    }
  }

  /** Reads a number with the rules without throwing; see {@link NumberingScheme#tryParse}. */
  static ParseResult<DocumentNumber> tryParse(NumberingScheme rules, CharSequence text) {
    ParseInput input = ParseInput.of(text);
    try {
      return ParseResult.success(input.raw, new NumberParser(rules, input).parse());
    } catch (ParseFailure failure) {
      return ParseResult.failure(input.raw, failure.problem, failure.rawIndex);
    }
  }

  /**
   * Returns the number.
   *
   * @throws ParseFailure at the first character that cannot be read
   */
  DocumentNumber parse() {
    int i = skipSpaces(0);
    if (i == n) {
      throw fail(ParseProblem.EMPTY, 0);
    }
    if (isPrefixAt(i)) {
      i = skipSpaces(i + 2);
      if (i < n && s[i] == ':') {
        i = skipSpaces(i + 1);
      }
    }
    int start = i;
    while (i < n && isDigit(s[i])) {
      i++;
    }
    if (i == start) {
      throw fail(ParseProblem.NUMBER_EXPECTED, start);
    }
    if (i - start > 9) {
      throw fail(ParseProblem.NUMBER_TOO_LONG, start + 9);
    }
    int number = digits(start, i);
    String letter = null;
    if (isSequenceLetter(i)) {
      letter = String.valueOf((char) (s[i] | 0x20));
      i++;
    }
    i = skipSpaces(i);
    DocumentNumber read;
    if (i < n && s[i] == '-') {
      read = party(number, skipSpaces(i + 1));
    } else if (i < n && s[i] == '/') {
      read = slash(number, skipSpaces(i + 1));
    } else {
      throw fail(ParseProblem.SEPARATOR_EXPECTED, i);
    }
    return letter == null ? read : read.withSequenceLetter(letter);
  }

  /**
   * True when the character at i is one ASCII letter written tight after the sequence number and before its
   * separator (spaces between them allowed): {@code 36a/NQ-CP}, {@code 3e/2000/NQ-HĐND4}.
   */
  private boolean isSequenceLetter(int i) {
    int next = skipSpaces(i + 1);
    return next < n && (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z' && (s[next] == '/' || s[next] == '-');
  }

  private DocumentNumber party(int number, int i) {
    if (i < n && isDigit(s[i])) {
      return yearAfterHyphen(number, i);
    }
    int typeEnd = codeEnd(i);
    if (typeEnd == i) {
      throw fail(ParseProblem.TYPE_EXPECTED, i);
    }
    int j = skipSpaces(typeEnd);
    if (j == n && isOldGovernmentIssuer(i, typeEnd)) {
      return new DocumentNumber(NumberFamily.STATE_ADMINISTRATIVE, number, 0, null,
          rules.tables().issuerTable().get(s, i, typeEnd).code(), 0, ImmutableList.of(), ImmutableSet.of(),
          NumberForm.OLD_WITHOUT_TYPE);
    }
    if (j == n || s[j] != '/') {
      throw fail(ParseProblem.SLASH_EXPECTED, j);
    }
    SymbolGroups g = readGroups(skipSpaces(j + 1), ParseProblem.ISSUER_EXPECTED);
    TypeAbbreviation type = rules.tables().typeTable(NumberFamily.PARTY).get(s, i, typeEnd);
    if (type == null && g.count == 1) {
      DocumentNumber older = issuerBeforeType(number, i, typeEnd, g);
      if (older != null) {
        return older;
      }
    }
    SymbolGroups.Issuer issuer = resolveIssuer(g.start[0], g.end[0]);
    return new DocumentNumber(NumberFamily.PARTY, number, 0, typeCode(type, i, typeEnd), issuer.code, issuer.term,
        qualifiers(g, 1), type == null ? ImmutableSet.of() : type.types());
  }

  /**
   * True when the group is the abbreviation of the Government or of the Prime Minister alone, the issuers whose older
   * numbers are read without a type ({@code 216-CP}, {@code 270-TTg}).
   */
  private boolean isOldGovernmentIssuer(int start, int end) {
    IssuerAbbreviation entry = rules.tables().issuerTable().get(s, start, end);
    return entry != null && (entry.kinds().equals(ImmutableSet.of(BodyKinds.GOVERNMENT))
        || entry.kinds().equals(ImmutableSet.of(BodyKinds.PRIME_MINISTER)));
  }

  /**
   * Reads the older ministry form {@code 808-BYT/QĐ}: the first group an issuer that does not number in the Party's
   * form, the second a type the legal or State table knows. Returns null when the groups are not that.
   */
  private DocumentNumber issuerBeforeType(int number, int issuerStart, int issuerEnd, SymbolGroups g) {
    IssuerAbbreviation issuer = rules.tables().issuerTable().get(s, issuerStart, issuerEnd);
    if (issuer == null || !OtherShapes.numbersOutsideParty(rules, issuer)) {
      return null;
    }
    TypeAbbreviation type = rules.tables().typeTable(NumberFamily.LEGAL_NORMATIVE).get(s, g.start[0], g.end[0]);
    if (type == null || type.code().isEmpty()) {
      type = rules.tables().typeTable(NumberFamily.STATE_ADMINISTRATIVE).get(s, g.start[0], g.end[0]);
    }
    if (type == null || type.code().isEmpty()) {
      return null;
    }
    return new DocumentNumber(NumberFamily.STATE_ADMINISTRATIVE, number, 0, type.code().get(), issuer.code(), 0,
        ImmutableList.of(), type.types(), NumberForm.ISSUER_BEFORE_TYPE);
  }

  /** Reads {@code 19-2018/NQ-CP} from the year: a State symbol after the year, kept in that form. */
  private DocumentNumber yearAfterHyphen(int number, int i) {
    int year = year(i);
    int j = skipSpaces(i + 4);
    if (j == n || s[j] != '/') {
      throw fail(ParseProblem.SLASH_EXPECTED, j);
    }
    SymbolGroups g = readGroups(skipSpaces(j + 1), ParseProblem.SYMBOL_EXPECTED);
    return state(number, year, NumberForm.YEAR_AFTER_HYPHEN, g);
  }

  /** Reads the four digits of a year at i. */
  private int year(int i) {
    int start = i;
    while (i < n && isDigit(s[i])) {
      i++;
    }
    if (i - start != 4 || s[start] == '0') {
      throw fail(ParseProblem.YEAR_MALFORMED, start);
    }
    return digits(start, i);
  }

  private DocumentNumber slash(int number, int i) {
    if (i < n && isDigit(s[i])) {
      int year = year(i);
      i = skipSpaces(i + 4);
      if (i == n || s[i] != '/') {
        throw fail(ParseProblem.SLASH_EXPECTED, i);
      }
      return legal(number, year, readGroups(skipSpaces(i + 1), ParseProblem.SYMBOL_EXPECTED));
    }
    if (i < n && s[i] == '-') {
      return typeMissing(number, i);
    }
    return state(number, 0, NumberForm.STANDARD, readGroups(i, ParseProblem.SYMBOL_EXPECTED));
  }

  /**
   * Reads {@code 1281/-UBND} from the hyphen at i: a State number whose type abbreviation was lost, where the group
   * after the hyphen is an issuer the table knows and no State type. Anything else fails as a missing symbol.
   */
  private DocumentNumber typeMissing(int number, int i) {
    int groupStart = skipSpaces(i + 1);
    int groupEnd = codeEnd(groupStart);
    if (groupEnd == groupStart
        || rules.tables().typeTable(NumberFamily.STATE_ADMINISTRATIVE).get(s, groupStart, groupEnd) != null
        || resolveIssuer(groupStart, groupEnd).entry == null) {
      throw fail(ParseProblem.SYMBOL_EXPECTED, i);
    }
    SymbolGroups g = readGroups(groupStart, ParseProblem.SYMBOL_EXPECTED);
    SymbolGroups.Issuer issuer = resolveIssuer(g.start[0], g.end[0]);
    return new DocumentNumber(NumberFamily.STATE_ADMINISTRATIVE, number, 0, null, issuer.code, issuer.term,
        qualifiers(g, 1), ImmutableSet.of(), NumberForm.TYPE_MISSING);
  }

  private DocumentNumber state(int number, int year, NumberForm form, SymbolGroups g) {
    CodeTable<TypeAbbreviation> table = rules.tables().typeTable(NumberFamily.STATE_ADMINISTRATIVE);
    TypeAbbreviation type = table.get(s, g.start[0], g.end[0]);
    SymbolGroups.Issuer first = type == null ? resolveIssuer(g.start[0], g.end[0]) : null;
    boolean typed;
    if (type != null) {
      typed = true;
    } else if (first.entry != null) {
      typed = false;
    } else {
      typed = g.count >= 2 && resolveIssuer(g.start[1], g.end[1]).entry != null;
    }
    if (!typed) {
      return new DocumentNumber(NumberFamily.STATE_ADMINISTRATIVE, number, year, null, first.code, first.term,
          qualifiers(g, 1), rules.tables().letterTypes(), form);
    }
    if (g.count < 2) {
      throw fail(ParseProblem.ISSUER_EXPECTED, n);
    }
    SymbolGroups.Issuer issuer = resolveIssuer(g.start[1], g.end[1]);
    return new DocumentNumber(NumberFamily.STATE_ADMINISTRATIVE, number, year,
        typeCode(type, g.start[0], g.end[0]), issuer.code, issuer.term, qualifiers(g, 2),
        type == null ? ImmutableSet.of() : type.types(), form);
  }

  private DocumentNumber legal(int number, int year, SymbolGroups g) {
    if (g.count == 1) {
      SymbolGroups.Issuer issuer = resolveIssuer(g.start[0], g.end[0]);
      ImmutableSet<DocumentType> types =
          issuer.entry == null ? ImmutableSet.of() : rules.tables().untypedTypes(issuer.entry);
      return new DocumentNumber(NumberFamily.LEGAL_NORMATIVE, number, year, null, issuer.code, issuer.term,
          ImmutableList.of(), types);
    }
    TypeAbbreviation type = rules.tables().typeTable(NumberFamily.LEGAL_NORMATIVE).get(s, g.start[0], g.end[0]);
    SymbolGroups.Issuer issuer = resolveIssuer(g.start[1], g.end[1]);
    return new DocumentNumber(NumberFamily.LEGAL_NORMATIVE, number, year,
        typeCode(type, g.start[0], g.end[0]), issuer.code, issuer.term, qualifiers(g, 2),
        type == null ? ImmutableSet.of() : type.types());
  }

  /**
   * Reads {@code CODE ( - CODE )*} up to the end of the text; a drafting unit may also be joined by a dot written
   * tight ({@code 227/TTr-SYT.DS}), which the canonical form writes after a hyphen.
   */
  private SymbolGroups readGroups(int i, ParseProblem ifNone) {
    int[] start = new int[4];
    int[] end = new int[4];
    int count = 0;
    int groupEnd = codeEnd(i);
    if (groupEnd == i) {
      throw fail(ifNone, i);
    }
    while (true) {
      if (count == start.length) {
        start = Arrays.copyOf(start, count * 2);
        end = Arrays.copyOf(end, count * 2);
      }
      start[count] = i;
      end[count] = groupEnd;
      count++;
      int j = skipSpaces(groupEnd);
      if (j == n) {
        return new SymbolGroups(start, end, count);
      }
      boolean drafting = s[j] == '.' && j == groupEnd && j + 1 < n && isCodeLetter(s[j + 1]);
      if (s[j] != '-' && !drafting) {
        throw fail(j == groupEnd ? ParseProblem.UNEXPECTED_CHARACTER : ParseProblem.TRAILING_TEXT, j);
      }
      i = drafting ? j + 1 : skipSpaces(j + 1);
      groupEnd = codeEnd(i);
      if (groupEnd == i) {
        throw fail(ParseProblem.GROUP_EXPECTED, i);
      }
    }
  }

  private ImmutableList<String> qualifiers(SymbolGroups g, int from) {
    if (g.count <= from) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<String> out = ImmutableList.builderWithExpectedSize(g.count - from);
    for (int k = from; k < g.count; k++) {
      IssuerAbbreviation known = rules.tables().issuerTable().get(s, g.start[k], g.end[k]);
      out.add(known != null ? known.code() : foldCase(g.start[k], g.end[k]));
    }
    return out.build();
  }

  /** Reads an issuer group; splits a legislature number off a term-numbered code (QH15, UBTVQH15). */
  private SymbolGroups.Issuer resolveIssuer(int start, int end) {
    CodeTable<IssuerAbbreviation> table = rules.tables().issuerTable();
    IssuerAbbreviation entry = table.get(s, start, end);
    if (entry != null) {
      return new SymbolGroups.Issuer(entry.code(), 0, entry);
    }
    int d = end;
    while (d > start && isDigit(s[d - 1])) {
      d--;
    }
    if (d > start && d < end && end - d <= 3) {
      entry = table.get(s, start, d);
      int term = digits(d, end);
      if (entry != null && entry.termNumbered() && term > 0) {
        return new SymbolGroups.Issuer(entry.code(), term, entry);
      }
    }
    return new SymbolGroups.Issuer(foldCase(start, end), 0, null);
  }

  private String typeCode(TypeAbbreviation known, int start, int end) {
    return known != null && known.code().isPresent() ? known.code().get() : foldCase(start, end);
  }

  private boolean isPrefixAt(int i) {
    if (i + 1 >= n) {
      return false;
    }
    char a = s[i];
    char b = s[i + 1];
    boolean so = (a == 's' || a == 'S') && (b == 'ố' || b == 'Ố' || b == 'o' || b == 'O');
    return so && (i + 2 == n || !Character.isLetter(s[i + 2]));
  }

  /** Returns the end of the abbreviation starting at i: a letter, then letters and digits; i when none. */
  private int codeEnd(int i) {
    if (i >= n || !isCodeLetter(s[i])) {
      return i;
    }
    int j = i + 1;
    while (j < n && (isCodeLetter(s[j]) || isDigit(s[j]) || ParseInput.isAmpersandInCode(s, j, n))) {
      j++;
    }
    return j;
  }

  private int skipSpaces(int i) {
    while (i < n && s[i] == ' ') {
      i++;
    }
    return i;
  }

  private int digits(int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      value = value * 10 + (s[i] - '0');
    }
    return value;
  }

  private String foldCase(int start, int end) {
    char[] out = new char[end - start];
    for (int i = start; i < end; i++) {
      out[i - start] = CodeTable.fold(s[i]);
    }
    return new String(out);
  }

  private ParseFailure fail(ParseProblem problem, int textIndex) {
    return new ParseFailure(problem, input.rawIndex(textIndex));
  }
}
