package vn.danso.body;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * How sure danso is of an entry in one of its data tables (mức độ xác thực): an abbreviation read in an official
 * text, one only seen in real documents, or one an integrator added.
 *
 * <p>Every built-in table entry carries its certainty and its source, so an integrator can tell rules from usage;
 * nothing merely observed is presented as a rule.
 */
public enum Certainty implements Localized {
  /** Read in the official text, or in a faithful copy of it (e.g. Nghị định 30/2020/NĐ-CP, Phụ lục III). */
  OFFICIAL("quy định chính thức", "official rule"),
  /** Seen in real document numbers, not in a rule: usage, which other usage may contradict. */
  OBSERVED("thấy trong văn bản thực tế", "observed in real documents"),
  /** Added by the integrator for their own data. */
  USER("do người dùng bổ sung", "supplied by the user");

  private final LocalizedText label;

  Certainty(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }
}
