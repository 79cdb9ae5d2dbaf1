package vn.danso.document;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Finds the documents a running text cites (tìm viện dẫn văn bản), as libphonenumber's {@code findNumbers} finds phone
 * numbers: from "Thực hiện Nghị quyết số 21-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về công
 * tác dân số trong tình hình mới và Kế hoạch số 74-KH/TU…" every reference with its span, its number, the type named
 * in words, the date, the issuer and term named in words, the title, and what the text does with it
 * ({@link ReferenceRole}).
 *
 * <pre>{@code
 * ReferenceScan scan = ReferenceFinder.standard().find(paragraph);
 * for (ReferenceMatch m : scan.matches()) {
 *   m.start(); m.end();          // the span in the paragraph
 *   m.number();                  // Optional[21-NQ/TW]
 *   m.resolved();                // the national document, when the catalogue knows it
 * }
 * scan.report();                 // what could not be resolved or read, never dropped
 * }</pre>
 *
 * <p><b>What it reads</b>: a number after type words ("Kế hoạch số", "Quyết định số", "Chương trình hành động số",
 * "Nghị quyết"), after "Số:" or on its own, written as the number reader accepts it (NFD letters, {@code Ð} for
 * {@code Đ}, every dash, spaces around separators: "1679/QĐ- TTg"); a bare sequence number after type words
 * ("Nghị quyết số 21"), resolved when the catalogue has exactly one such document; documents named by a title the
 * {@link DocumentCatalogue} knows ("Chiến lược Dân số Việt Nam đến năm 2030"); documents named by type and issuer only
 * ("Chương trình hành động của Tỉnh ủy") or by a capitalised name, kept unresolved with an info finding. Dates to the
 * day, the month or the year. A Party number in the State shape ("21/NQ-TW") is read as the Party number, a State
 * number in the Party shape ("12-KH/UBND") as the State number, each with a warning. A wrong separator is put right
 * where the tables make it certain ("298 KH/TWĐTN", "107-KH-ĐUK", "49/-CT /TW", "01/QCPH/UBND-UBMTTQ"), with a
 * warning; a word written tight after a number ("13/2008/NĐ-CPngày") ends it; digits written tight after a word and a
 * slash ("3e/2000/…") never start one.
 *
 * <p><b>Roles</b>: "Thực hiện", "Căn cứ", "Ban hành kèm theo", "thay thế", "sửa đổi, bổ sung" and "bãi bỏ" give the
 * references of their clause a {@link ReferenceRole}; words that follow another reference with no comma, "và" or end
 * of sentence between describe that document, not the text ("Kế hoạch số 79-KH/TU … của Tỉnh ủy thực hiện Nghị quyết
 * số 21-NQ/TW": 21-NQ/TW is only cited), and each item of a list written one a line is a clause of its own.
 *
 * <p><b>Lenient mode</b> ({@link #lenient()}), for text extracted from PDF files: words hyphenated at a line end are
 * joined again before reading, and hyphens lost in extraction are put back where the tables make it certain
 * ({@code 20NQ/TW}, {@code 5556/QĐBYT}, {@code 75/2017/NĐCP}). In both modes line breaks and runs of spaces count as one space, so "Số:" on its own
 * line before the number and numbers broken across lines are read.
 *
 * <p><b>Bounded work</b>: one pass, left to right, with a bounded look-around at the start of words and digits; no
 * regular expression, no backtracking, no recursion. Hostile text costs time in proportion to its length.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReferenceFinder {
  private static final ReferenceFinder STANDARD =
      new ReferenceFinder(NumberingScheme.standard(), DocumentCatalogue.national(), false);

  private final NumberingScheme rules;
  private final DocumentCatalogue catalogue;
  private final boolean lenient;

  private ReferenceFinder(NumberingScheme rules, DocumentCatalogue catalogue, boolean lenient) {
    this.rules = rules;
    this.catalogue = catalogue;
    this.lenient = lenient;
  }

  /**
   * Returns the finder of the standard numbering rules and the national catalogue, in the strict mode.
   *
   * @return the finder
   */
  public static ReferenceFinder standard() {
    return STANDARD;
  }

  /**
   * Returns this finder reading numbers with the given rules.
   *
   * @param numberingRules the rules, e.g. the standard ones extended with the issuers of a province
   * @return the finder
   */
  public ReferenceFinder withRules(NumberingScheme numberingRules) {
    return new ReferenceFinder(checkNotNull(numberingRules, "numberingRules is null"), catalogue, lenient);
  }

  /**
   * Returns this finder resolving references against the given catalogue.
   *
   * @param documents the catalogue, e.g. {@code DocumentCatalogue.national().with(ourPlans…)}
   * @return the finder
   */
  public ReferenceFinder withCatalogue(DocumentCatalogue documents) {
    return new ReferenceFinder(rules, checkNotNull(documents, "documents is null"), lenient);
  }

  /**
   * Returns this finder in the lenient mode, for text extracted from PDF files.
   *
   * @return the finder
   */
  public ReferenceFinder lenient() {
    return new ReferenceFinder(rules, catalogue, true);
  }

  /**
   * Returns true if this finder is in the lenient mode.
   *
   * @return whether words hyphenated at line ends are joined
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Finds every reference in the text.
   *
   * @param text the text, in any Unicode form
   * @return the references and the findings about them
   */
  public ReferenceScan find(CharSequence text) {
    checkNotNull(text, "text is null");
    ReferenceScan scan = new ReferenceScanner(ScanText.of(text, lenient), rules, catalogue, lenient).scan();
    return new ReferenceScan(ReferenceRoles.settle(text, scan.matches()), scan.report());
  }
}
