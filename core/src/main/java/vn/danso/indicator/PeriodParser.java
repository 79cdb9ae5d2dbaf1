package vn.danso.indicator;

import vn.danso.text.VietnameseText;

/** Reads period codes for {@link Period#parse}. */
final class PeriodParser {
  private PeriodParser() {}

  /** Reads one period code; every error names the index of the character where reading failed. */
  static Period read(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      throw new PeriodParseException("empty period code", text, start);
    }
    int yearEnd = number(text, start, end, 4, "a 4-digit year");
    int year = Integer.parseInt(text.substring(start, yearEnd));
    if (year < Period.MIN_YEAR) {
      throw new PeriodParseException("year " + text.substring(start, yearEnd) + " is before 1000", text, start);
    }
    if (yearEnd == end) {
      return Period.year(year);
    }
    char c = text.charAt(yearEnd);
    if (c == 'Q' || c == 'q') {
      int quarterEnd = number(text, yearEnd + 1, end, 1, "a quarter 1 to 4 after Q");
      int quarter = text.charAt(yearEnd + 1) - '0';
      if (quarter < 1 || quarter > 4) {
        throw new PeriodParseException("quarter " + quarter + " is not 1 to 4", text, yearEnd + 1);
      }
      return finish(text, quarterEnd, end, Period.quarter(year, quarter));
    }
    int dash = skipSpaces(text, yearEnd, end);
    if (dash == end || !VietnameseText.isDash(text.charAt(dash))) {
      throw new PeriodParseException("expected Q, a dash or the end after the year", text, yearEnd);
    }
    int from = skipSpaces(text, dash + 1, end);
    int length = digitsEnd(text, from, end) - from;
    if (length == 2) {
      int month = Integer.parseInt(text.substring(from, from + 2));
      if (month < 1 || month > 12) {
        throw new PeriodParseException("month " + text.substring(from, from + 2) + " is not 01 to 12", text, from);
      }
      return finish(text, from + 2, end, Period.month(year, month));
    }
    if (length == 4) {
      int lastYear = Integer.parseInt(text.substring(from, from + 4));
      if (lastYear <= year) {
        throw new PeriodParseException(
            "a phase must end after it starts (" + year + " to " + lastYear + ")", text, from);
      }
      return finish(text, from + 4, end, Period.phase(year, lastYear));
    }
    throw new PeriodParseException("expected a 2-digit month or a 4-digit last year after the dash", text, from);
  }

  private static Period finish(String text, int at, int end, Period period) {
    if (at != end) {
      throw new PeriodParseException("unexpected text after the period", text, at);
    }
    return period;
  }

  /** Checks that exactly {@code count} digits start at {@code from}; returns the index after them. */
  private static int number(String text, int from, int end, int count, String what) {
    int stop = digitsEnd(text, from, end);
    if (stop - from < count) {
      throw new PeriodParseException("expected " + what, text, stop);
    }
    if (stop - from > count) {
      throw new PeriodParseException("too many digits: expected " + what, text, from + count);
    }
    return stop;
  }

  private static int digitsEnd(String text, int from, int end) {
    int i = from;
    while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private static int skipSpaces(String text, int from, int end) {
    int i = from;
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
