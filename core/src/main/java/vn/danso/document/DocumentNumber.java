package vn.danso.document;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The number and symbol of a document (số và ký hiệu văn bản): {@code 21-NQ/TW}, {@code 94/KH-UBND},
 * {@code 7257/BYT-TCDS}, {@code 30/2020/NĐ-CP}, {@code 113/2025/QH15}, read into its parts.
 *
 * <pre>{@code
 * DocumentNumber n = DocumentNumber.parse("Số: 49 – KH/ÐUK");   // en dash, spaces, Ð for Đ
 * n.family();        // PARTY
 * n.number();        // 49
 * n.typeCode();      // Optional[KH]      n.types() == {PLAN}
 * n.issuerCode();    // ĐUK
 * n.format();        // "49-KH/ĐUK"
 * n.formatForHeader(); // "Số 49-KH/ĐUK"
 * }</pre>
 *
 * <p>Reading is done by {@link NumberingScheme} (its tables decide, for instance, that {@code BYT} in
 * {@code 7257/BYT-TCDS} is an issuer and so the number is a letter); the static methods here use
 * {@link NumberingScheme#standard()}. What a reader accepts and how it canonicalises is described there.
 *
 * <p>A number alone is not an identity: the Party numbers from 01 in each committee term, the State each year,
 * and {@code TU} stands for 63 provincial committees. A {@link Document}'s {@link DocumentIdentity} adds the issuer
 * and the {@linkplain NumberingScope scope}.
 *
 * <p>Immutable and thread-safe. Two numbers are equal when they are written the same in canonical form; the
 * {@linkplain #types() types} are what the rules that read the number say the type code means, and take no part in
 * equality.
 */
public final class DocumentNumber {
  private final NumberFamily family;
  private final int number;
  private final int year;
  private final String typeCode;
  private final String issuerCode;
  private final int term;
  private final ImmutableList<String> qualifiers;
  private final ImmutableSet<DocumentType> types;
  private final NumberForm form;
  /** The letter written after the sequence number ("a" in {@code 36a/NQ-CP}), or null. */
  private final String letter;

  DocumentNumber(NumberFamily family, int number, int year, String typeCode, String issuerCode, int term,
      ImmutableList<String> qualifiers, ImmutableSet<DocumentType> types) {
    this(family, number, year, typeCode, issuerCode, term, qualifiers, types, NumberForm.STANDARD);
  }

  DocumentNumber(NumberFamily family, int number, int year, String typeCode, String issuerCode, int term,
      ImmutableList<String> qualifiers, ImmutableSet<DocumentType> types, NumberForm form) {
    this(family, number, year, typeCode, issuerCode, term, qualifiers, types, form, null);
  }

  private DocumentNumber(NumberFamily family, int number, int year, String typeCode, String issuerCode, int term,
      ImmutableList<String> qualifiers, ImmutableSet<DocumentType> types, NumberForm form, String letter) {
    this.letter = letter;
    this.form = form;
    this.family = family;
    this.number = number;
    this.year = year;
    this.typeCode = typeCode;
    this.issuerCode = issuerCode;
    this.term = term;
    this.qualifiers = qualifiers;
    this.types = types;
  }

  /**
   * Reads a document number with the {@linkplain NumberingScheme#standard() standard rules}.
   *
   * @param text the number as typed, e.g. {@code "Số: 94/KH-UBND"}
   * @return the number
   * @throws DocumentParseException if the text is not a document number; it says where and why
   */
  public static DocumentNumber parse(CharSequence text) {
    return NumberingScheme.standard().parse(text);
  }

  /**
   * Reads a document number with the standard rules, without throwing.
   *
   * @param text the number as typed
   * @return the number, or why and where it could not be read
   */
  public static ParseResult<DocumentNumber> tryParse(CharSequence text) {
    return NumberingScheme.standard().tryParse(text);
  }

  /**
   * Returns the canonical form of a number as typed: {@code "số 21 - nq / tw"} → {@code "21-NQ/TW"}.
   *
   * @param text the number as typed
   * @return the canonical form
   * @throws DocumentParseException if the text is not a document number
   */
  public static String normalize(CharSequence text) {
    return parse(text).format();
  }

  /**
   * Returns the Party number with the given parts, e.g. {@code party(21, "NQ", "TW")}.
   *
   * @param number the sequence number
   * @param typeCode the type abbreviation
   * @param issuerCode the issuer abbreviation
   * @return the number
   * @throws IllegalArgumentException if the parts do not make a readable number
   */
  public static DocumentNumber party(int number, String typeCode, String issuerCode) {
    return NumberingScheme.standard().party(number, typeCode, issuerCode);
  }

  /**
   * Returns the State administrative number with the given parts, e.g. {@code state(94, "KH", "UBND")}.
   *
   * @param number the sequence number
   * @param typeCode the type abbreviation
   * @param issuerCode the issuer abbreviation
   * @return the number
   * @throws IllegalArgumentException if the parts do not make a number that reads back the same
   */
  public static DocumentNumber state(int number, String typeCode, String issuerCode) {
    return NumberingScheme.standard().state(number, typeCode, issuerCode);
  }

  /**
   * Returns the legal normative number with the given parts, e.g. {@code legal(30, 2020, "NĐ", "CP")} or
   * {@code legal(7, 2025, "PL", "UBTVQH15")}.
   *
   * @param number the sequence number
   * @param year the year of issue
   * @param typeCode the type abbreviation
   * @param issuerCode the issuer abbreviation, with the legislature's number where it takes one
   * @return the number
   * @throws IllegalArgumentException if the parts do not make a readable number
   */
  public static DocumentNumber legal(int number, int year, String typeCode, String issuerCode) {
    return NumberingScheme.standard().legal(number, year, typeCode, issuerCode);
  }

  /**
   * Returns the family the number is written in.
   *
   * @return the family
   */
  public NumberFamily family() {
    return family;
  }

  /**
   * Returns the sequence number (số thứ tự); 0 only when typed so, which validators report.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * Returns the year written in the number: in a legal normative number ({@code 2020} in {@code 30/2020/NĐ-CP}), or
   * after a hyphen in a State number of the {@linkplain NumberForm#YEAR_AFTER_HYPHEN older form} ({@code 2018} in
   * {@code 19-2018/NQ-CP}).
   *
   * @return the year, or empty for Party and other State administrative numbers
   */
  public OptionalInt year() {
    return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /**
   * Returns how the number is laid out: {@link NumberForm#STANDARD} for the form of its family, or a form real
   * documents carry that today's rules do not describe ({@code 19-2018/NQ-CP}, {@code 216-CP}), kept as written.
   *
   * @return the form
   */
  public NumberForm form() {
    return form;
  }

  /**
   * Returns the letter written after the sequence number: {@code "a"} in {@code 36a/NQ-CP} (the Government's Nghị
   * quyết 36a of 14/10/2015) and in {@code 2a/2000/NQ-HĐND4}. Such a number names another document than the one
   * without the letter ({@code 36/NQ-CP}); the canonical form writes the letter small.
   *
   * @return the letter, or empty
   */
  public Optional<String> sequenceLetter() {
    return Optional.ofNullable(letter);
  }

  /** Returns this number with a letter after its sequence number. */
  DocumentNumber withSequenceLetter(String sequenceLetter) {
    return new DocumentNumber(family, number, year, typeCode, issuerCode, term, qualifiers, types, form,
        sequenceLetter);
  }

  /**
   * Returns the type abbreviation in its canonical spelling ({@code "CTr"}, {@code "NQ"}); abbreviations the rules
   * do not know are upper-cased.
   *
   * @return the type code, or empty for State letters ({@code 7257/BYT-TCDS}), laws ({@code 113/2025/QH15}),
   *     older Government numbers ({@code 216-CP}) and numbers printed without their type ({@code 1281/-UBND})
   */
  public Optional<String> typeCode() {
    return Optional.ofNullable(typeCode);
  }

  /**
   * Returns the issuer abbreviation in its canonical spelling, without a legislature number ({@code "UBTVQH"} in
   * {@code 07/2025/PL-UBTVQH15}).
   *
   * @return the issuer code
   */
  public String issuerCode() {
    return issuerCode;
  }

  /**
   * Returns the legislature number that follows a term-numbered issuer ({@code 15} in {@code QH15}).
   *
   * @return the term, or empty
   */
  public OptionalInt term() {
    return term == 0 ? OptionalInt.empty() : OptionalInt.of(term);
  }

  /**
   * Returns the groups after the issuer: the drafting unit of a letter ({@code TCDS} in {@code 7257/BYT-TCDS}), the
   * co-issuers of a joint document ({@code BTC} in {@code 55/2011/TTLT-BGDĐT-BTC}).
   *
   * @return the further groups, possibly empty
   */
  public ImmutableList<String> qualifiers() {
    return qualifiers;
  }

  /**
   * Returns the document types the type code stands for in this family, according to the rules that read it: one
   * for most codes; Quyết định and Quy định for the Party's {@code QĐ}; Luật and Nghị quyết for a National Assembly
   * number without a type; Công văn for a State letter.
   *
   * @return the types, or empty when the rules do not know the code
   */
  public ImmutableSet<DocumentType> types() {
    return types;
  }

  /**
   * Returns true if this is a State official letter (công văn), whose symbol has no type abbreviation.
   *
   * @return whether the number is a letter's
   */
  public boolean isLetter() {
    return family == NumberFamily.STATE_ADMINISTRATIVE && typeCode == null
        && (form == NumberForm.STANDARD || form == NumberForm.YEAR_AFTER_HYPHEN);
  }

  /**
   * Returns the numbering scope the number itself states: the legislature for term-numbered legal documents
   * ({@code 113/2025/QH15}: khóa XV), the year for other legal normative documents and for State numbers that write
   * it ({@code 19-2018/NQ-CP}). Party and other State administrative numbers do not state theirs; it comes from the
   * document's term or date (see {@link Document#scope()}).
   *
   * @return the scope, or empty
   */
  public Optional<NumberingScope> scope() {
    if (form == NumberForm.YEAR_AFTER_HYPHEN) {
      return Optional.of(NumberingScope.year(year));
    }
    if (family != NumberFamily.LEGAL_NORMATIVE) {
      return Optional.empty();
    }
    return Optional.of(term > 0 ? NumberingScope.legislatureTerm(term) : NumberingScope.year(year));
  }

  /**
   * Returns the number in canonical form: ASCII separators without spaces, at least two digits, codes in their
   * canonical spelling: {@code 21-NQ/TW}, {@code 94/KH-UBND}, {@code 07/2025/PL-UBTVQH15}; a number of an
   * {@linkplain #form() form} today's rules do not describe in that form: {@code 19-2018/NQ-CP}, {@code 216-CP},
   * {@code 808-BYT/QĐ}, {@code 1281/-UBND}; a {@linkplain #sequenceLetter() letter} after the sequence number small:
   * {@code 36a/NQ-CP}.
   *
   * @return the canonical form, which reads back to an equal number
   */
  public String format() {
    return NumberWriter.write(family, form, number, letter, year, typeCode, issuerCode, term, qualifiers);
  }

  /**
   * Returns the number as a document's header writes it, after "Số" as its {@linkplain NumberFamily#headerPrefix()
   * family} does: {@code "Số 49-KH/ĐUK"}, {@code "Số: 94/KH-UBND"}.
   *
   * @return the header form
   */
  public String formatForHeader() {
    return family.headerPrefix() + format();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DocumentNumber)) {
      return false;
    }
    DocumentNumber that = (DocumentNumber) o;
    return family == that.family && form == that.form && number == that.number && year == that.year
        && term == that.term && Objects.equals(letter, that.letter)
        && Objects.equals(typeCode, that.typeCode) && issuerCode.equals(that.issuerCode)
        && qualifiers.equals(that.qualifiers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(family, form, number, letter, year, typeCode, issuerCode, term, qualifiers);
  }

  /** Returns the canonical form. */
  @Override
  public String toString() {
    return format();
  }
}
