package vn.danso.examples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The statistics office's unit list named on a command line (tệp danh mục đơn vị hành chính) and the day it
 * describes: the day in its file name ({@code dvhcvn_2025-03-01.json}, {@code units-20250301.json}) unless
 * {@code --export-date} gives one, which is then required when the name has none.
 */
final class UnitListFile {
  private static final Pattern DAY_IN_NAME = Pattern.compile("(?<!\\d)(\\d{4})-?(\\d{2})-?(\\d{2})(?!\\d)");

  private UnitListFile() {}

  /** The day written in a file's name, if it has one that is a real day. */
  static Optional<LocalDate> dayInName(Path file) {
    Matcher m = DAY_IN_NAME.matcher(file.getFileName().toString());
    while (m.find()) {
      try {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
      } catch (java.time.DateTimeException e) {
        // digits that are no day, such as 20251399: look further along the name
      }
    }
    return Optional.empty();
  }

  /**
   * The day the list describes: {@code --export-date} when given, else the day in the file name.
   *
   * @throws ParameterException if neither gives one
   */
  static LocalDate exportDate(Path file, LocalDate given, CommandSpec spec, Console console) {
    if (given != null) {
      return given;
    }
    return dayInName(file).orElseThrow(() -> new ParameterException(spec.commandLine(), console.t(
        "Tên tệp " + file.getFileName() + " không ghi ngày của danh mục: cho --export-date YYYY-MM-DD",
        "The file name " + file.getFileName() + " carries no date for the list: give --export-date YYYY-MM-DD")));
  }

  /** Says where the export date came from, for the output. */
  static String dateSource(LocalDate given, Console console) {
    return given != null ? console.t("theo --export-date", "from --export-date")
        : console.t("theo tên tệp", "from the file name");
  }

  /**
   * Reads the unit list: the web service's JSON, or the site's flat table when the file name ends in {@code .csv}.
   *
   * @param lastDay the last day of every row, or null to leave their end to events
   * @throws InputException if the file cannot be used
   */
  static GsoExport read(Path file, LocalDate exportDate, LocalDate lastDay) {
    if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
      String text = InputFiles.text(file, "danh mục đơn vị", "unit list");
      return GsoCsv.read(text, file.getFileName().toString(), exportDate, lastDay);
    }
    byte[] bytes = InputFiles.json(file, InputFiles.JsonKind.UNIT_LIST);
    try {
      return GsoExport.read(new ByteArrayInputStream(bytes), exportDate, lastDay);
    } catch (IOException e) {
      throw new InputException(file + " không phải JSON", file + " is not JSON");
    }
  }

  /**
   * Reads the 2025 mapping: the JSON of {@code merges.json} or {@code splits.json}, or the statistics office's
   * conversion table when the file name ends in {@code .csv}.
   *
   * @throws InputException if the file cannot be used
   */
  static Mapping2025 readMapping(Path file) {
    if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
      return ConversionTable.read(InputFiles.text(file, "bảng chuyển đổi", "conversion table"),
          file.getFileName().toString());
    }
    byte[] bytes = InputFiles.json(file, InputFiles.JsonKind.MAPPING);
    try {
      return Mapping2025.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new InputException(file + " không phải JSON", file + " is not JSON");
    }
  }
}
