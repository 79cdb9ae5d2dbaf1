package vn.danso.admin;

import com.google.common.collect.Range;
import java.time.LocalDate;
import vn.danso.text.LocalizedText;

/** Validity periods as half-open date ranges {@code [from, to)}, either end open; a null end means unbounded. */
final class Periods {
  private Periods() {}

  /** Returns the range {@code [from, to)}; a null bound is open. */
  static Range<LocalDate> of(LocalDate from, LocalDate to) {
    if (from == null) {
      return to == null ? Range.all() : Range.lessThan(to);
    }
    return to == null ? Range.atLeast(from) : Range.closedOpen(from, to);
  }

  /** True if {@code [from, to)} contains the day. */
  static boolean contains(LocalDate from, LocalDate to, LocalDate day) {
    return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
  }

  /** The first day of a range, or null if it is open below. */
  static LocalDate from(Range<LocalDate> range) {
    return range.hasLowerBound() ? range.lowerEndpoint() : null;
  }

  /** The first day after a range, or null if it is open above. */
  static LocalDate to(Range<LocalDate> range) {
    return range.hasUpperBound() ? range.upperEndpoint() : null;
  }

  /** The day before {@code day}, or null for null. */
  static LocalDate dayBefore(LocalDate day) {
    return day == null ? null : day.minusDays(1);
  }

  /** Describes {@code [from, to)} for a message: "01/07/2025 – 31/12/2025", "từ 01/07/2025", "mọi thời điểm". */
  static LocalizedText describe(LocalDate from, LocalDate to) {
    LocalDate last = dayBefore(to);
    if (from == null && last == null) {
      return LocalizedText.of("mọi thời điểm", "all time");
    }
    if (from == null) {
      return LocalizedText.of("đến hết " + vi(last), "until " + last);
    }
    if (last == null) {
      return LocalizedText.of("từ " + vi(from), "from " + from);
    }
    return LocalizedText.of(vi(from) + " – " + vi(last), from + " – " + last);
  }

  /** Describes a range for a message. */
  static LocalizedText describe(Range<LocalDate> range) {
    return describe(from(range), to(range));
  }

  private static String vi(LocalDate date) {
    return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }
}
