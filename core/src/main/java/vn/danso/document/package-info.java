/**
 * Documents of the Party and the State (văn bản): their numbers and symbols, Vietnamese dates and place lines,
 * and the documents themselves, with the validators that check them.
 *
 * <h2>Numbers</h2>
 * A {@link vn.danso.document.DocumentNumber} is read from text as real documents and data entry write it
 * ({@code "Số: 49 – KH/ÐUK"}) into its parts, in one of three {@linkplain vn.danso.document.NumberFamily families}:
 * Party ({@code 21-NQ/TW}), State administrative ({@code 94/KH-UBND}, letters {@code 7257/BYT-TCDS}) and legal
 * normative ({@code 30/2020/NĐ-CP}, {@code 113/2025/QH15}). What the abbreviations mean is data, in
 * {@link vn.danso.document.NumberingScheme}: a {@linkplain vn.danso.document.TypeAbbreviation type table} per family
 * (the State's from Nghị định 30/2020/NĐ-CP, Phụ lục III; the Party's as seen in use) and the issuer table of
 * {@link vn.danso.body.IssuerAbbreviations}. Mind the traps the tables encode: the Party's {@code QĐ} is both
 * Quyết định and Quy định, the State writes {@code QyĐ} for Quy định, and a law of the National Assembly carries no
 * type at all.
 *
 * <h2>Dates and place lines</h2>
 * {@link vn.danso.document.VietnameseDate} reads "ngày 04 tháng 6 năm 2018", "ngày 25/10/2017" and "25-10-2017"
 * and remembers how they were written; {@link vn.danso.document.PlaceLine} reads "Thành phố Huế, ngày 04 tháng 6
 * năm 2018". The official leading-zero rule is checked by the validator, not by the reader.
 *
 * <h2>Reading text</h2>
 * Every reader has a strict form ({@code parse}, which throws {@link vn.danso.document.DocumentParseException}
 * with the index of the first character it cannot read) and a lenient one ({@code tryParse}, which returns a
 * {@link vn.danso.document.ParseResult} saying why).
 *
 * <h2>Documents and their identity</h2>
 * A {@link vn.danso.document.Document} has its number, type, issuer ({@link vn.danso.body.Body}), place line,
 * subject line, the documents it implements and cites ({@link vn.danso.document.DocumentReference}, possibly
 * incomplete), signature, recipients and sections. A number alone is ambiguous ("21-NQ/TW" names two
 * resolutions); a document's {@link vn.danso.document.DocumentIdentity} adds the issuer and the
 * {@linkplain vn.danso.document.NumberingScope numbering scope} (committee term, legislature or calendar year).
 * {@link vn.danso.document.DocumentValidator} and {@link vn.danso.document.NumberValidator} report defects under
 * the rules of {@link vn.danso.document.DocumentRules}.
 *
 * <h2>References in running text and the national documents</h2>
 * {@link vn.danso.document.ReferenceFinder} finds every document a paragraph cites, with its span, number, type
 * words, date, issuer, term, title and role, and resolves it against a
 * {@link vn.danso.document.DocumentCatalogue}; the national one holds {@link vn.danso.document.NationalDocuments}.
 * What it cannot resolve or read in full is kept and reported under {@link vn.danso.document.ReferenceRules}.
 */
package vn.danso.document;
