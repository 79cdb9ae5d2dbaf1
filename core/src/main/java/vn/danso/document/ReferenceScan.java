package vn.danso.document;

import com.google.common.collect.ImmutableList;
import vn.danso.validation.ValidationReport;

/**
 * What a {@link ReferenceFinder} found in a text (kết quả tìm viện dẫn): every reference, in the order of the text,
 * and the findings about them — references it could not resolve or read in full, Party numbers written in the State
 * shape, dates that do not exist. Nothing found is left out of the matches because of a finding.
 *
 * @param matches the references, in the order of the text
 * @param report the findings, under the rules of {@link ReferenceRules}
 */
public record ReferenceScan(ImmutableList<ReferenceMatch> matches, ValidationReport report) {
  /**
   * Checks the parts.
   *
   * @param matches the references
   * @param report the findings
   * @throws NullPointerException if a part is null
   */
  public ReferenceScan {
    java.util.Objects.requireNonNull(matches, "matches is null");
    java.util.Objects.requireNonNull(report, "report is null");
  }
}
