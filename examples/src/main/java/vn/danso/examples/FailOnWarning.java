package vn.danso.examples;

import picocli.CommandLine.Option;
import vn.danso.validation.ValidationReport;

/** The {@code --fail-on-warning} option of the commands that check input (mixin): warnings fail the run too. */
final class FailOnWarning {
  @Option(names = "--fail-on-warning", descriptionKey = "fail-on-warning",
      description = "Exit 1 on findings of warning severity too.")
  boolean failOnWarning;

  /** The exit status for what the command found. */
  int status(ValidationReport report) {
    return ExitStatus.of(report, failOnWarning);
  }
}
