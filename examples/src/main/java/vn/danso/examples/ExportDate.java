package vn.danso.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --export-date} option of the commands that read the unit list (mixin): the day the list describes, when
 * its file name carries none ({@link UnitListFile#exportDate}).
 */
final class ExportDate {
  @Option(names = "--export-date", paramLabel = "YYYY-MM-DD", descriptionKey = "hierarchy.export-date",
      description = "The day the unit list describes; required when its file name carries no date "
          + "(dvhcvn_2025-03-01.json does).")
  LocalDate given;

  /** The day the list describes: this option's, else the one in the file name. */
  LocalDate of(Path file, CommandSpec spec, Console console) {
    return UnitListFile.exportDate(file, given, spec, console);
  }

  /** Says where the day came from, for the output. */
  String source(Console console) {
    return UnitListFile.dateSource(given, console);
  }
}
