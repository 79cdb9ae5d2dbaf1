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
 *       <td>the Government, the Council of Ministers, its Chairman and the Prime Minister, 1960s to 1990s</td></tr>
 *   <tr><td>{@link #ISSUER_BEFORE_TYPE}</td><td>{@code 808-BYT/QĐ}, {@code 7004-BYT-TT}: number, issuer, type</td>
 *       <td>ministries from the 1950s</td></tr>
 *   <tr><td>{@link #TYPE_MISSING}</td><td>{@code 1281/-UBND}: the type abbreviation lost before the issuer</td>
 *       <td>a defective print</td></tr>
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
   * An older number of the head of government without a type: {@code 216-CP}, Quyết định 216-CP of 26/12/1961
   * (Hội đồng Chính phủ); {@code 72-HĐBT}, Quyết định 72-HĐBT of 13/3/1990 (Hội đồng Bộ trưởng); {@code 192-CT},
   * Chỉ thị 192-CT of 21/6/1988 (Chủ tịch Hội đồng Bộ trưởng); {@code 270-TTg}, Quyết định 270-TTg of 03/6/1993. The
   * number, a hyphen and the issuer's abbreviation; the document, not the number, says its type. Read only for the
   * abbreviations that stand for the Government or the Prime Minister and the bodies before them.
   */
  OLD_WITHOUT_TYPE,
  /**
   * An older number of a ministry with its issuer before its type: {@code 808-BYT/QĐ}, Quyết định 808-BYT/QĐ of
   * 18/9/1961 of the Ministry of Health; {@code 316-YT/NĐ} (1958); printed {@code 7004-BYT-TT} on a Thông tư of
   * 1956. Read where the first group is an issuer that does not number in the Party's form and the second a type
   * the State or legal table knows; the canonical form writes the slash: {@code 7004-BYT/TT}.
   */
  ISSUER_BEFORE_TYPE,
  /**
   * A State number printed without its type abbreviation: {@code 1281/-UBND} heads Quyết định 1281/QĐ-UBND of Hà
   * Tĩnh (2014). The number and the issuer are read; the type is not guessed. Where the text gives the type (type
   * words before the number, a heading's title line), {@link ReferenceFinder} and {@link DocumentHeading} put its
   * abbreviation back and report it.
   */
  TYPE_MISSING
}
