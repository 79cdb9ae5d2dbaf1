package vn.danso.document;

/**
 * How a document number is laid out. Today's rules have one form per {@linkplain NumberFamily family}
 * ({@link #STANDARD}); real documents also carry forms those rules do not describe, which the reader keeps as written
 * so that a number is never read as another document's.
 *
 * <table>
 *   <caption>The forms</caption>
 *   <tr><th>form</th><th>written</th><th>seen in</th></tr>
 *   <tr><td>{@link #STANDARD}</td><td>{@code 21-NQ/TW}, {@code 94/KH-UBND}, {@code 30/2020/NĐ-CP}</td>
 *       <td>the family's rule</td></tr>
 *   <tr><td>{@link #YEAR_AFTER_HYPHEN}</td><td>{@code 19-2018/NQ-CP}: number, hyphen, year, slash, symbol</td>
 *       <td>Government resolutions of the 2010s</td></tr>
 *   <tr><td>{@link #OLD_WITHOUT_TYPE}</td><td>{@code 216-CP}, {@code 270-TTg}: number, hyphen, issuer, no type</td>
 *       <td>Government and Prime Minister's decisions from the 1960s to the 1990s</td></tr>
 * </table>
 */
public enum NumberForm {
  /** The form of the number's family: {@code 21-NQ/TW}, {@code 94/KH-UBND}, {@code 30/2020/NĐ-CP}. */
  STANDARD,
  /**
   * A State number with the year after a hyphen: {@code 19-2018/NQ-CP}, the Government's Nghị quyết 19 of 2018
   * (cited so on Lai Châu's portal). Nghị định 30/2020/NĐ-CP has no such form: it writes {@code 19/NQ-CP}.
   * {@link DocumentNumber#year()} holds the year.
   */
  YEAR_AFTER_HYPHEN,
  /**
   * An older number of the Government or the Prime Minister without a type: {@code 216-CP}, Quyết định 216-CP of
   * 26/12/1961; {@code 270-TTg}, Quyết định 270-TTg of 03/6/1993. The number, a hyphen and the issuer's
   * abbreviation; the document, not the number, says its type. Read only for these two abbreviations.
   */
  OLD_WITHOUT_TYPE
}
