package vn.danso.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Objects;
import vn.danso.text.VietnameseText;

/**
 * The place and date line of a document (địa danh và thời gian ban hành): {@code Thành phố Huế, ngày 04 tháng 6
 * năm 2018}. The place is the one where the issuer has its seat; the date is when the document was issued.
 *
 * <p>{@link #parse} takes the place to be everything before the last word "ngày" (or, without it, before the last
 * comma), and the rest to be a {@link VietnameseDate}. A place is letters (with their combining marks), digits,
 * spaces and {@code . - ' ( )}; it is kept in {@linkplain VietnameseText#normalize normal form}. Immutable;
 * compares by value.
 */
public final class PlaceLine {
  private final String place;
  private final VietnameseDate date;

  private PlaceLine(String place, VietnameseDate date) {
    this.place = place;
    this.date = date;
  }

  /**
   * Returns the line with the given place and written date.
   *
   * @param place the place, e.g. {@code "Thành phố Huế"}
   * @param date the date as written
   * @return the line
   * @throws IllegalArgumentException if the place is blank or could not be read back from the line
   */
  public static PlaceLine of(String place, VietnameseDate date) {
    checkNotNull(place, "place is null");
    checkNotNull(date, "date is null");
    String normal = VietnameseText.normalize(place);
    checkArgument(!normal.isEmpty(), "place is blank: give the place name of the date line");
    PlaceLine line = new PlaceLine(normal, date);
    ParseResult<PlaceLine> back = tryParse(line.format());
    checkArgument(back.isSuccess() && back.get().equals(line),
        "place \"%s\" cannot stand in a date line: use letters, digits, spaces and . - ' ( ), without the word "
            + "\"ngày\"", place);
    return line;
  }

  /**
   * Returns the line with the given place and the day in the official form.
   *
   * @param place the place
   * @param date the day
   * @return e.g. {@code Hà Nội, ngày 03 tháng 4 năm 2018}
   * @throws IllegalArgumentException if the place is blank or could not be read back from the line
   */
  public static PlaceLine of(String place, LocalDate date) {
    return of(place, VietnameseDate.of(date));
  }

  /**
   * Reads a place and date line.
   *
   * @param text the line as written
   * @return the line
   * @throws DocumentParseException if the text is not a place and a date
   */
  public static PlaceLine parse(CharSequence text) {
    return tryParse(text).get();
  }

  /**
   * Reads a place and date line without throwing.
   *
   * @param text the line as written
   * @return the line, or why and where it could not be read
   */
  public static ParseResult<PlaceLine> tryParse(CharSequence text) {
    checkNotNull(text, "text is null");
    ParseInput input = ParseInput.of(text);
    char[] s = input.text;
    int n = input.length;
    int start = 0;
    while (start < n && s[start] == ' ') {
      start++;
    }
    if (start == n) {
      return ParseResult.failure(input.raw, ParseProblem.EMPTY, 0);
    }
    int dateStart = -1;
    for (int i = n - 1; i >= start; i--) {
      if ((i == 0 || !Character.isLetter(s[i - 1])) && DateParser.dayWordAt(s, n, i) > 0) {
        dateStart = i;
        break;
      }
    }
    int placeEnd;
    if (dateStart >= 0) {
      placeEnd = dateStart;
    } else {
      int comma = n - 1;
      while (comma >= 0 && s[comma] != ',') {
        comma--;
      }
      if (comma < start) {
        return ParseResult.failure(input.raw, ParseProblem.DATE_EXPECTED, input.rawIndex(n));
      }
      placeEnd = comma;
      dateStart = comma + 1;
    }
    int end = placeEnd;
    while (end > start && s[end - 1] == ' ') {
      end--;
    }
    if (end > start && s[end - 1] == ',' && placeEnd == dateStart) {
      end--;
      while (end > start && s[end - 1] == ' ') {
        end--;
      }
    }
    if (end == start) {
      return ParseResult.failure(input.raw, ParseProblem.PLACE_EXPECTED, input.rawIndex(start));
    }
    for (int i = start; i < end; i += Character.charCount(Character.codePointAt(s, i, end))) {
      if (!isPlaceCharacter(Character.codePointAt(s, i, end))) {
        return ParseResult.failure(input.raw, ParseProblem.UNEXPECTED_CHARACTER, input.rawIndex(i));
      }
    }
    VietnameseDate date;
    try {
      date = new DateParser(input).parse(dateStart, ParseProblem.DATE_EXPECTED);
    } catch (ParseFailure failure) {
      return ParseResult.failure(input.raw, failure.problem, failure.rawIndex);
    }
    return ParseResult.success(input.raw,
        new PlaceLine(VietnameseText.normalize(input.substring(start, end)), date));
  }

  /**
   * Letters, digits and the combining marks that follow them, spaces and {@code . - ' ( )}. Marks are accepted because
   * the normal form the place is kept in may split a letter into a letter and a mark (U+FB3A becomes U+05DA U+05BC;
   * long runs of marks get a grapheme joiner); and characters beyond the 16-bit plane are taken whole, since the
   * normal form may map one into it (U+FA6C becomes U+242EE): what the line keeps must read back.
   */
  private static boolean isPlaceCharacter(int c) {
    if (Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '-' || c == '\'' || c == '(' || c == ')') {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * Returns the place as the line names it.
   *
   * @return the place, in normal form
   */
  public String place() {
    return place;
  }

  /**
   * Returns the date as the line writes it.
   *
   * @return the date
   */
  public VietnameseDate date() {
    return date;
  }

  /**
   * Returns the line: place, a comma, the date.
   *
   * @return e.g. {@code Thành phố Huế, ngày 04 tháng 6 năm 2018}
   */
  public String format() {
    return place + ", " + date.format();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlaceLine && place.equals(((PlaceLine) o).place) && date.equals(((PlaceLine) o).date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(place, date);
  }

  /** Returns the line. */
  @Override
  public String toString() {
    return format();
  }
}
