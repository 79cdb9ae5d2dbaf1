package vn.danso.document;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.danso.body.IssuerAbbreviation;
import vn.danso.internal.CodeTable;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * The hand-written scanner behind {@link ReferenceFinder}: one pass over the text, left to right, that stops at the
 * start of each word and each run of digits, and from there looks at a bounded stretch only (type words, a number,
 * what follows it). No regular expression, no backtracking, no recursion. Not thread-safe; used once.
 */
final class ReferenceScanner {
  /** The most words a title named without a number runs to. */
  private static final int NAME_WORDS = 30;

  private final ScanText s;
  private final NumberingScheme rules;
  private final DocumentCatalogue catalogue;
  private final ReferenceTail tail;
  private final SymbolExtent extent;
  private final ReferenceResolver resolver;
  /** The repairs of the lenient mode; null in the strict mode. */
  private final LenientRepair repair;
  private final List<ReferenceMatch> matches = new ArrayList<>();
  private final ValidationReport.Builder report = ValidationReport.builder();

  ReferenceScanner(ScanText s, NumberingScheme rules, DocumentCatalogue catalogue, boolean lenient) {
    this.s = s;
    this.rules = rules;
    this.catalogue = catalogue;
    this.tail = new ReferenceTail(s, catalogue);
    this.extent = new SymbolExtent(s, rules);
    this.resolver = new ReferenceResolver(catalogue, report);
    this.repair = lenient ? new LenientRepair(rules) : null;
  }

  ReferenceScan scan() {
    char[] t = s.t;
    int i = 0;
    while (i < s.n) {
      char c = t[i];
      if (c >= '0' && c <= '9') {
        int next = s.isWordStart(i) && !extent.gluedToWord(i) ? atNumber(i, i, -1, false, null) : -1;
        i = next > i ? next : s.digitsEnd(i);
      } else if (c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
        int next = s.isWordStart(i) ? atWord(i) : -1;
        i = next > i ? next : s.wordEnd(i);
      } else {
        i++;
      }
    }
    return new ReferenceScan(ImmutableList.copyOf(matches), report.build());
  }

  /** At a word: type words and a number, "Số:" and a number, or a document named without a number. */
  private int atWord(int i) {
    int w = TypeWords.at(s, i);
    if (w < 0) {
      int so = extent.soEnd(i);
      if (so > 0 && so < s.n && ScanText.isDigit(s.t[so])) {
        return atNumber(i, so, -1, true, null);
      }
      return Character.isUpperCase(s.t[i]) ? named(i, -1) : -1;
    }
    int typeEnd = TypeWords.end(s, i, w);
    int so = extent.soEnd(s.skipSpaces(typeEnd));
    int j = so > 0 ? so : s.skipSpaces(typeEnd);
    if (j < s.n && ScanText.isDigit(s.t[j]) && j > typeEnd) {
      int end = atNumber(i, j, w, so > 0 || TypeWords.citedWithoutSo(w), null);
      if (end > 0) {
        return end;
      }
    }
    int afterIssuer = numberAfterIssuer(i, typeEnd, w);
    if (afterIssuer > 0) {
      return afterIssuer;
    }
    return Character.isUpperCase(s.t[i]) ? named(i, w) : -1;
  }

  /**
   * Type words, their issuer, then "số" and the number: "Nghị quyết của Bộ Chính trị Trung ương Đảng số 22-NQ/TW".
   * Reads the number with the type words and that issuer; returns -1 when the words after the type are not that.
   */
  private int numberAfterIssuer(int start, int typeEnd, int typeIndex) {
    int k = s.skipSpaces(typeEnd);
    if (!s.wordsAt(k, "của")) {
      return -1;
    }
    ReferenceTail.PartsBuilder before = new ReferenceTail.PartsBuilder();
    int issuerEnd = tail.issuer(s.skipSpaces(k + 3), before);
    int so = issuerEnd > 0 ? extent.soEnd(s.skipSpaces(issuerEnd)) : -1;
    if (so < 0 || so >= s.n || !ScanText.isDigit(s.t[so])) {
      return -1;
    }
    return atNumber(start, so, typeIndex, true, before.issuer);
  }

  /**
   * Reads a number at j for a reference starting at start (the type words, "Số", or the number itself), with the
   * issuer named between the type words and "số" where there is one; returns the end of the reference, or -1 when
   * there is none.
   *
   * <p>Longer than the house size on purpose: its two steps after measuring the symbol (reading the number, with the
   * separator repair; recording the match and its findings) hand seven values to each other, which split methods would
   * pass as long parameter lists.
   */
  private int atNumber(int start, int j, int typeIndex, boolean sequenceAllowed, String issuerBefore) {
    int digitsEnd = s.digitsEnd(j);
    if (digitsEnd - j > 9) {
      return -1;
    }
    SymbolExtent.Symbol symbol = extent.measure(j, digitsEnd, repair != null);
    if (symbol == null) {
      return -1;
    }
    int symbolEnd = symbol.end;
    String candidate = symbol.candidate;
    boolean spaceJoined = symbol.spaceJoined;
    boolean named = start < j;
    DocumentNumber number = null;
    DocumentNumber beforeRepair = null;
    int sequence = -1;
    ParseResult<DocumentNumber> read = null;
    if (symbolEnd > digitsEnd) {
      boolean repaired = candidate != null && !spaceJoined;
      String text = candidate != null ? candidate : new String(s.t, j, symbolEnd - j);
      read = read(text);
      if (!read.isSuccess()) {
        ParseResult<DocumentNumber> second = SeparatorRepair.read(rules, text, read);
        if (second != null) {
          read = second;
          repaired = true;
        }
      }
      if (read.isSuccess()) {
        number = read.get();
        beforeRepair = repaired ? number : null;
      } else if (!named) {
        return -1;
      }
      spaceJoined &= read.isSuccess();
    } else if (sequenceAllowed && typeIndex >= 0 && !s.isWordChar(digitsEnd)
        && !extent.followedBySlashOrDash(digitsEnd)) {
      sequence = s.digits(j, digitsEnd);
      symbolEnd = digitsEnd;
    } else {
      return -1;
    }
    ReferenceTail.PartsBuilder parts = tail.read(symbolEnd, false);
    int end = parts.end;
    Supplier<Subject> subject = subject(start, end);
    ReferenceMatch.Builder match = ReferenceMatch.builder()
        .start(s.raw(start)).end(s.raw(end)).text(s.rawText(start, end))
        .role(RoleWords.before(s, start));
    if (typeIndex >= 0) {
      Optional.ofNullable(TypeWords.type(typeIndex)).ifPresent(match::type);
      match.typeWords(s.clean(start, TypeWords.end(s, start, typeIndex)));
    }
    if (parts.issuer == null) {
      parts.issuer = issuerBefore;
    }
    addParts(match, parts, subject);
    DocumentType type = typeIndex >= 0 ? TypeWords.type(typeIndex) : null;
    if (number != null) {
      if (beforeRepair != null) {
        report.add(ReferenceRules.SEPARATOR_REPAIRED.finding(subject.get())
            .actual(s.clean(j, symbolEnd)).expected(beforeRepair.format()).build());
      }
      if (spaceJoined) {
        report.add(ReferenceRules.SPACE_IN_ABBREVIATION.finding(subject.get())
            .actual(s.clean(j, symbolEnd)).expected(number.format()).build());
      }
      number = restoreType(stateForm(partyForm(number, subject), subject), type, subject);
      match.number(number);
      resolver.resolveNumber(number, parts, subject).ifPresent(match::resolved);
    } else if (sequence >= 0) {
      match.sequenceOnly(sequence);
      resolver.resolveSequence(sequence, type, parts, subject, s.rawText(start, end)).ifPresent(match::resolved);
    } else {
      report.add(ReferenceRules.NUMBER_UNREADABLE.finding(subject.get())
          .actual(s.rawText(j, symbolEnd)).arg("problem", read.problem().get()).build());
    }
    matches.add(match.build());
    return end;
  }

  /**
   * The subject of the findings about the reference between two indices of the text, made only when a finding needs
   * it: most references have none, and a subject is built and checked character by character.
   */
  private Supplier<Subject> subject(int start, int end) {
    return Suppliers.memoize(() -> Subject.of("reference", s.raw(start) + "-" + s.raw(end)));
  }

  /** Reads a number; in the lenient mode, puts back hyphens lost in extraction when that makes it readable. */
  private ParseResult<DocumentNumber> read(String candidate) {
    ParseResult<DocumentNumber> read = rules.tryParse(candidate);
    if (repair == null || (read.isSuccess() && rules.issuers().find(read.get().issuerCode()).isPresent())) {
      return read;
    }
    String repaired = repair.repair(candidate);
    if (repaired == null) {
      return read;
    }
    ParseResult<DocumentNumber> second = rules.tryParse(repaired);
    return second.isSuccess() ? second : read;
  }

  private void addParts(ReferenceMatch.Builder match, ReferenceTail.PartsBuilder parts, Supplier<Subject> subject) {
    if (parts.date != null) {
      match.date(parts.date);
    } else if (parts.badDate != null) {
      report.add(ReferenceRules.DATE_INVALID.finding(subject.get()).actual(parts.badDate.input())
          .arg("problem", parts.badDate.problem().get()).build());
    }
    if (parts.issuer != null) {
      match.issuer(parts.issuer);
    }
    if (parts.term > 0) {
      match.term(parts.term);
    }
    if (parts.title != null) {
      match.title(parts.title);
    }
  }

  /**
   * A number printed without its type ("Quyết định số 1281/-UBND") read with the one State abbreviation its type
   * words stand for, with a warning; as read when there are no type words or they stand for no single abbreviation.
   */
  private DocumentNumber restoreType(DocumentNumber number, DocumentType type, Supplier<Subject> subject) {
    Optional<DocumentNumber> restored = TypeRestore.restore(rules, number, type);
    if (restored.isEmpty()) {
      return number;
    }
    report.add(ReferenceRules.TYPE_RESTORED.finding(subject.get())
        .actual(number.format()).expected(restored.get().format()).build());
    return restored.get();
  }

  /** A State number written in the Party shape ("12-KH/UBND") read as the State number, with a warning. */
  private DocumentNumber stateForm(DocumentNumber number, Supplier<Subject> subject) {
    Optional<DocumentNumber> state = rules.stateFormOf(number);
    if (state.isEmpty()) {
      return number;
    }
    report.add(ReferenceRules.STATE_NUMBER_IN_PARTY_FORM.finding(subject.get())
        .actual(number.format()).expected(state.get().format()).build());
    return state.get();
  }

  /** A Party number written in the State shape ("21/NQ-TW") read as the Party number, with a warning. */
  private DocumentNumber partyForm(DocumentNumber number, Supplier<Subject> subject) {
    Optional<DocumentNumber> party = rules.partyFormOf(number);
    if (party.isEmpty()) {
      return number;
    }
    report.add(ReferenceRules.PARTY_NUMBER_IN_STATE_FORM.finding(subject.get())
        .actual(number.format()).expected(party.get().format()).build());
    return party.get();
  }

  /** A document named without a number: by a title the catalogue knows, or by its type and issuer. */
  private int named(int i, int typeIndex) {
    int title = catalogue.titleAt(s.t, i, s.n);
    if (title >= 0) {
      int titleEnd = i + catalogue.titleLength(title);
      ReferenceTail.PartsBuilder parts = tail.read(titleEnd, false);
      Supplier<Subject> subject = subject(i, parts.end);
      ReferenceMatch.Builder match = ReferenceMatch.builder()
          .start(s.raw(i)).end(s.raw(parts.end)).text(s.rawText(i, parts.end))
          .role(RoleWords.before(s, i)).resolved(catalogue.titled(title)).title(s.clean(i, titleEnd));
      parts.title = null;
      addParts(match, parts, subject);
      matches.add(match.build());
      return parts.end;
    }
    if (typeIndex < 0 || TypeWords.type(typeIndex) == null) {
      return -1;
    }
    int typeEnd = TypeWords.end(s, i, typeIndex);
    int j = s.skipSpaces(typeEnd);
    boolean byIssuer = s.wordsAt(j, "của");
    if (!byIssuer && (j >= s.n || !Character.isUpperCase(s.t[j]) || sentenceStart(i) || j == typeEnd)) {
      return -1;
    }
    ReferenceTail.PartsBuilder parts = tail.read(typeEnd, false);
    int end;
    if (byIssuer) {
      if (parts.issuer == null) {
        return -1;
      }
      end = parts.end;
    } else {
      end = nameEnd(j);
      parts = tail.read(end, false);
      end = parts.end;
    }
    Supplier<Subject> subject = subject(i, end);
    String text = s.rawText(i, end);
    ReferenceMatch.Builder match = ReferenceMatch.builder()
        .start(s.raw(i)).end(s.raw(end)).text(text).role(RoleWords.before(s, i))
        .type(TypeWords.type(typeIndex)).typeWords(s.clean(i, typeEnd));
    if (!byIssuer) {
      match.title(s.clean(i, nameEnd(j)));
      parts.title = null;
    }
    addParts(match, parts, subject);
    report.add(ReferenceRules.TITLE_UNRESOLVED.finding(subject.get()).actual(s.clean(i, end)).build());
    matches.add(match.build());
    return end;
  }

  /**
   * The end of a name of capitalised words and the words between them, at most {@value #NAME_WORDS} words ("Củng cố và
   * phát triển hệ thống thông tin chuyên ngành Dân số đến năm 2030"): before "của", "ngày", "về", punctuation or the
   * next cited document; a horizon ("năm 2030", "giai đoạn 2021-2025") ends it, and belongs to it.
   */
  private int nameEnd(int j) {
    int end = j;
    int k = j;
    for (int words = 0; words < NAME_WORDS && k < s.n; words++) {
      int wordEnd = s.wordEnd(k);
      if (wordEnd == k || s.wordsAt(k, "của") || s.wordsAt(k, "ngày") || s.wordsAt(k, "về")
          || (k > j && tail.nextReference(k, end))
          || (s.wordsAt(k, "và") && tail.nextReference(s.skipSpaces(k + 2), k))) {
        break;
      }
      int horizon = horizonEnd(k);
      if (horizon > 0) {
        return horizon;
      }
      if (s.wordsAt(k, "năm")) {
        break;
      }
      end = wordEnd;
      int next = s.skipSpaces(wordEnd);
      if (next == wordEnd) {
        break;
      }
      k = next;
    }
    return end;
  }

  /** The end of "năm 2030" or "giai đoạn 2021-2025" (or "2021 - 2025") at k, or -1. */
  private int horizonEnd(int k) {
    int words = Math.max(s.wordsEnd(k, "năm"), s.wordsEnd(k, "giai đoạn"));
    if (words < 0) {
      return -1;
    }
    int year = s.skipSpaces(words);
    int end = s.digitsEnd(year);
    if (end - year != 4) {
      return -1;
    }
    int dash = s.skipSpaces(end);
    if (dash < s.n && (s.t[dash] == '-' || s.t[dash] == '\u2013')) {
      int second = s.skipSpaces(dash + 1);
      int secondEnd = s.digitsEnd(second);
      if (secondEnd - second == 4) {
        return secondEnd;
      }
    }
    return end;
  }

  private boolean sentenceStart(int i) {
    int j = s.skipSpacesBack(i);
    if (j == 0 || s.lineBreakBefore(i)) {
      return true;
    }
    char c = s.t[j - 1];
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '-' || c == '•' || c == '*' || c == '+'
        || c == ')' && j >= 2 && Character.isLetterOrDigit(s.t[j - 2]) && !s.isWordChar(j - 3);
  }
}
