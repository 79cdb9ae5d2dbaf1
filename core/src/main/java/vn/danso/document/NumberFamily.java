package vn.danso.document;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * A family of document numbers (hệ thống số, ký hiệu văn bản): how a number and symbol are written and over what
 * scope the numbers run.
 *
 * <table>
 *   <caption>The three families</caption>
 *   <tr><th>family</th><th>written</th><th>numbered from 01</th><th>rule</th></tr>
 *   <tr><td>{@link #PARTY}</td><td>{@code 21-NQ/TW}: number, hyphen, type, slash, issuer</td>
 *       <td>per document type within a Party committee's term</td><td>Hướng dẫn 36-HD/VPTW, mục II.1.3.1</td></tr>
 *   <tr><td>{@link #STATE_ADMINISTRATIVE}</td><td>{@code 94/KH-UBND}; letters {@code 7257/BYT-TCDS}</td>
 *       <td>each calendar year</td><td>Nghị định 30/2020/NĐ-CP, Điều 15, Phụ lục I</td></tr>
 *   <tr><td>{@link #LEGAL_NORMATIVE}</td><td>{@code 30/2020/NĐ-CP}; laws {@code 113/2025/QH15}</td>
 *       <td>per type each year; laws, ordinances and resolutions of the National Assembly and its Standing
 *       Committee per legislature</td><td>Luật Ban hành văn bản quy phạm pháp luật 64/2025/QH15, Điều 7 khoản 3
 *       (in force from 01/4/2025; before it, the 2015 law, Điều 10; the format did not change)</td></tr>
 * </table>
 */
public enum NumberFamily implements Localized {
  /** Party documents (văn bản của Đảng): {@code 21-NQ/TW}, written after "Số" without a colon. */
  PARTY("văn bản của Đảng", "Party document", "Số ", "Hướng dẫn 36-HD/VPTW (03/4/2018), mục II.1.3"),
  /** State administrative documents (văn bản hành chính): {@code 94/KH-UBND}, written after "Số:". */
  STATE_ADMINISTRATIVE("văn bản hành chính nhà nước", "State administrative document", "Số: ",
      "Nghị định 30/2020/NĐ-CP, Điều 15 và Phụ lục I"),
  /** Legal normative documents (văn bản quy phạm pháp luật): {@code 30/2020/NĐ-CP}, written after "Số:". */
  LEGAL_NORMATIVE("văn bản quy phạm pháp luật", "legal normative document", "Số: ",
      "Luật Ban hành văn bản quy phạm pháp luật 64/2025/QH15, Điều 7 khoản 3 "
          + "(từ 01/4/2025; trước đó Luật 2015, Điều 10)");

  private final LocalizedText label;
  private final String headerPrefix;
  private final String source;

  NumberFamily(String vi, String en, String headerPrefix, String source) {
    this.label = LocalizedText.of(vi, en);
    this.headerPrefix = headerPrefix;
    this.source = source;
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }

  /**
   * Returns what the header of a document of this family writes before the number: {@code "Số "} for the Party
   * (the sample table of Hướng dẫn 36-HD/VPTW has no colon; copies vary), {@code "Số: "} for the State (Nghị định
   * 30/2020/NĐ-CP, Phụ lục I).
   *
   * @return the prefix, ending in a space
   */
  public String headerPrefix() {
    return headerPrefix;
  }

  /**
   * Returns the rule that sets how numbers of this family are written.
   *
   * @return the source
   */
  public String source() {
    return source;
  }
}
