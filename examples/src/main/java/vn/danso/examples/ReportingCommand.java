package vn.danso.examples;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code reporting}: the reporting regime on an example ({@link ReportingExample}): days off 2024–2026, due dates, a
 * filled form 01-DSH and who reported late.
 */
@Command(name = "reporting", description = "The reporting regime: the civil service's days off 2024–2026, due "
    + "dates of forms 01-DSH and 03-DSX, a district's form 01-DSH with its inconsistencies, and late communes.")
final class ReportingCommand implements Callable<Integer> {
  private final Console console;

  ReportingCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    ReportingExample.print(console.language(), console.out());
    return ExitStatus.VALID;
  }
}
