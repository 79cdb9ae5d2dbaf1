package vn.danso.document;

import static vn.danso.document.ParseInput.isDigit;

import java.time.LocalDate;
import java.time.YearMonth;

/** Reads a Vietnamese date from a position of a cleaned input to its end. One instance per parse. */
final class DateParser {
  private static final String[] DAY = {"ngày", "ngay"};
  private static final String[] MONTH = {"tháng", "thang"};
  private static final String[] YEAR = {"năm", "nam"};

  private final ParseInput input;
  private final char[] s;
  private final int n;

  DateParser(ParseInput input) {
    this.input = input;
    this.s = input.text;
    this.n = input.length;
  }

  /**
   * Reads a date from {@code from} to the end.
   *
   * @throws ParseFailure at the first character that cannot be read
   */
  VietnameseDate parse(int from, ParseProblem ifEmpty) {
    int i = skipSpaces(from);
    if (i == n) {
      throw fail(ifEmpty, ifEmpty == ParseProblem.EMPTY ? 0 : i);
    }
    boolean dayWord = false;
    int word = wordAt(s, n, i, DAY);
    if (word > 0) {
      dayWord = true;
      i = skipSpaces(i + word);
    }
    int dayStart = i;
    i = digitsEnd(i);
    int day = dayOrMonth(dayStart, i, 31, ParseProblem.DAY_EXPECTED, ParseProblem.DAY_OUT_OF_RANGE);
    boolean dayPadded = s[dayStart] == '0';
    int j = skipSpaces(i);
    DateStyle style;
    char separator = 0;
    if ((word = wordAt(s, n, j, MONTH)) > 0) {
      style = DateStyle.WORDS;
      j = skipSpaces(j + word);
    } else if (j < n && (s[j] == '/' || s[j] == '-' || s[j] == '.')) {
      separator = s[j];
      style = separator == '/' ? DateStyle.SLASH : separator == '-' ? DateStyle.DASH : DateStyle.DOT;
      j = skipSpaces(j + 1);
    } else {
      throw fail(ParseProblem.MONTH_WORD_EXPECTED, j);
    }
    int monthStart = j;
    j = digitsEnd(j);
    int month = dayOrMonth(monthStart, j, 12, ParseProblem.MONTH_EXPECTED, ParseProblem.MONTH_OUT_OF_RANGE);
    boolean monthPadded = s[monthStart] == '0';
    int k = skipSpaces(j);
    int yearMark = style == DateStyle.WORDS ? wordAt(s, n, k, YEAR) : k < n && s[k] == separator ? 1 : -1;
    if (yearMark < 0) {
      throw fail(ParseProblem.YEAR_WORD_EXPECTED, k);
    }
    k = skipSpaces(k + yearMark);
    int yearStart = k;
    k = digitsEnd(k);
    if (k == yearStart) {
      throw fail(ParseProblem.YEAR_EXPECTED, yearStart);
    }
    if (k - yearStart != 4 || s[yearStart] == '0') {
      throw fail(ParseProblem.YEAR_MALFORMED, yearStart);
    }
    int year = value(yearStart, k);
    int end = skipSpaces(k);
    if (end < n) {
      throw fail(end == k ? ParseProblem.UNEXPECTED_CHARACTER : ParseProblem.TRAILING_TEXT, end);
    }
    if (day > YearMonth.of(year, month).lengthOfMonth()) {
      throw fail(ParseProblem.DAY_NOT_IN_MONTH, dayStart);
    }
    return new VietnameseDate(LocalDate.of(year, month, day), style, dayWord, dayPadded, monthPadded);
  }

  /** Returns the day or month written from start to end: one or two digits from 1 to max. */
  private int dayOrMonth(int start, int end, int max, ParseProblem missing, ParseProblem outOfRange) {
    if (end == start) {
      throw fail(missing, start);
    }
    int value = value(start, end);
    if (end - start > 2 || value < 1 || value > max) {
      throw fail(outOfRange, start);
    }
    return value;
  }

  /**
   * Returns the length of the word (one of the forms, ignoring case) at i when it ends there, else -1.
   */
  static int wordAt(char[] s, int n, int i, String[] forms) {
    for (String form : forms) {
      int len = form.length();
      if (i + len > n) {
        continue;
      }
      boolean same = true;
      for (int k = 0; k < len && same; k++) {
        same = Character.toLowerCase(s[i + k]) == form.charAt(k);
      }
      if (same && (i + len == n || !Character.isLetter(s[i + len]))) {
        return len;
      }
    }
    return -1;
  }

  static int dayWordAt(char[] s, int n, int i) {
    return wordAt(s, n, i, DAY);
  }

  private int digitsEnd(int i) {
    while (i < n && isDigit(s[i])) {
      i++;
    }
    return i;
  }

  private int value(int start, int end) {
    int v = 0;
    for (int i = start; i < end && i < start + 6; i++) {
      v = v * 10 + (s[i] - '0');
    }
    return v;
  }

  private int skipSpaces(int i) {
    while (i < n && s[i] == ' ') {
      i++;
    }
    return i;
  }

  private ParseFailure fail(ParseProblem problem, int textIndex) {
    return new ParseFailure(problem, input.rawIndex(textIndex));
  }
}
