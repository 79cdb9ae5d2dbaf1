package vn.danso.examples;

import java.time.LocalDate;
import vn.danso.text.Language;

/** How the example programs write a day (ngày): {@code 01/07/2025} in Vietnamese, {@code 2025-07-01} in English. */
final class Dates {
  private Dates() {}

  /** The day in the console's language. */
  static String format(LocalDate date, Console console) {
    return console.language() == Language.VI
        ? String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear())
        : date.toString();
  }
}
