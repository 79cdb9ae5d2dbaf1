package vn.danso.examples;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code columns}: figures an integrator holds in its own arrays handed to danso without a call per value
 * ({@link ColumnsExample}), then checked.
 */
@Command(name = "columns", description = "Figures held in the integrator's own arrays (one double[] per key) "
    + "handed to danso with Dataset.columns, without a call per value, and checked: a district's communes, 2024.")
final class ColumnsCommand implements Callable<Integer> {
  private final Console console;

  ColumnsCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    ColumnsExample.print(console.language(), console.out());
    return ExitStatus.VALID;
  }
}
