package vn.danso.examples;

import vn.danso.validation.Severity;
import vn.danso.validation.ValidationReport;

/**
 * The exit status of an example program (mã thoát), which a script can gate on as it would on a linter's: 0 the input
 * is valid, 1 it has findings of error severity (or of warning severity with {@code --fail-on-warning}), 2 the command
 * line or an input file could not be used. Findings of info severity never fail a run.
 */
final class ExitStatus {
  /** The input is valid: no finding of error severity (warnings too, with {@code --fail-on-warning}). */
  static final int VALID = 0;
  /** The input was read and has findings of error severity, or warnings with {@code --fail-on-warning}. */
  static final int FINDINGS = 1;
  /** The command line or an input file could not be used: nothing was checked. */
  static final int INPUT_ERROR = 2;

  private ExitStatus() {}

  /**
   * The status for a report: {@link #FINDINGS} when it has an error, or a warning when warnings fail the run.
   *
   * @param report what was found
   * @param failOnWarning whether a warning fails the run too
   */
  static int of(ValidationReport report, boolean failOnWarning) {
    Severity threshold = failOnWarning ? Severity.WARNING : Severity.ERROR;
    return report.atLeast(threshold).isEmpty() ? VALID : FINDINGS;
  }
}
