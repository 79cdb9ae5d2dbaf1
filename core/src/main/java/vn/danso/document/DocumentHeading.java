package vn.danso.document;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.danso.text.VietnameseText;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * The heading of a document read from its text (phần đầu văn bản): the issuer's lines, its own number ("Số:
 * 457/QĐ-UBND"), its place and date line ("Sơn La, ngày 05 tháng 3 năm 2018") and the type named by the title line
 * ("QUYẾT ĐỊNH", "KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG"), as public pages reproduce a document: one item a line, the
 * items of a line laid out as a table ({@code |} between cells), or "Số:" and the number, "ngày" and the day on lines
 * of their own.
 *
 * <pre>{@code
 * DocumentHeading heading = DocumentHeading.read(text);
 * heading.number();        // Optional[457/QĐ-UBND]
 * heading.date();          // Optional[2018-03-05]
 * heading.issuerLines();   // [ỦY BAN NHÂN DÂN TỈNH SƠN LA]
 * heading.type();          // Optional[DECISION]
 * heading.report();        // two numbers or two dates printed, no number or date found
 * }</pre>
 *
 * <p>Reading never fails: a heading that prints two different numbers or two different dates keeps the first and
 * reports the other ({@link HeadingRules}); a heading without a readable number or date reports that. The heading ends
 * at the title line, or else after the first {@value #MAX_HEADING_LINES} lines that are not blank. The national
 * motto lines ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ĐẢNG CỘNG SẢN VIỆT NAM") and
 * rules ("-----") are not issuer lines. No I/O: the caller reads the file. Immutable and thread-safe.
 */
public final class DocumentHeading {
  /** The most lines, blank ones left out, a heading without a title line is read from. */
  public static final int MAX_HEADING_LINES = 16;

  private static final List<String> MOTTO_KEYS = List.of(
      VietnameseText.matchKey("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
      VietnameseText.matchKey("Độc lập - Tự do - Hạnh phúc"),
      VietnameseText.matchKey("ĐẢNG CỘNG SẢN VIỆT NAM"));

  private final ImmutableList<String> issuerLines;
  private final Optional<DocumentNumber> number;
  private final Optional<PlaceLine> placeLine;
  private final Optional<LocalDate> date;
  private final Optional<DocumentType> type;
  private final int bodyStart;
  private final ValidationReport report;

  private DocumentHeading(ImmutableList<String> issuerLines, Optional<DocumentNumber> number,
      Optional<PlaceLine> placeLine, Optional<LocalDate> date, Optional<DocumentType> type, int bodyStart,
      ValidationReport report) {
    this.issuerLines = issuerLines;
    this.number = number;
    this.placeLine = placeLine;
    this.date = date;
    this.type = type;
    this.bodyStart = bodyStart;
    this.report = report;
  }

  /**
   * Reads the heading of a document's text.
   *
   * @param text the whole text, in any Unicode form, lines ending in LF or CRLF
   * @return the heading, with its findings
   */
  public static DocumentHeading read(CharSequence text) {
    checkNotNull(text, "text is null");
    String all = text.toString();
    List<HeadingCells.Cell> cells = HeadingCells.cells(all);
    ImmutableList.Builder<String> issuer = ImmutableList.builder();
    List<DocumentNumber> numbers = new ArrayList<>(1);
    List<LocalDate> dates = new ArrayList<>(1);
    PlaceLine place = null;
    DocumentType type = null;
    int bodyStart = all.length();
    boolean pastIssuer = false;
    int seen = 0;
    String unreadNumber = null;
    for (HeadingCells.Cell cell : cells) {
      String line = cell.text;
      if (seen++ >= MAX_HEADING_LINES && type == null) {
        bodyStart = cell.start;
        break;
      }
      String key = VietnameseText.matchKey(line);
      Optional<DocumentType> title = pastIssuer || !numbers.isEmpty() || !dates.isEmpty()
          ? titleType(line, key) : Optional.empty();
      if (title.isPresent()) {
        type = title.get();
        bodyStart = cell.end;
        break;
      }
      String rest = line;
      boolean numberLine = isNumberLine(key);
      if (numberLine) {
        pastIssuer = true;
        String after = readNumber(line, numbers);
        rest = after == null ? "" : after;
        if (after == null && unreadNumber == null) {
          unreadNumber = line;
        }
      }
      if (isDateLine(rest)) {
        pastIssuer = true;
        ParseResult<PlaceLine> parsedLine = PlaceLine.tryParse(rest);
        if (parsedLine.isSuccess() && place == null) {
          place = parsedLine.get();
        }
        Optional<LocalDate> day = dayOf(rest, parsedLine);
        if (day.isPresent() && !dates.contains(day.get())) {
          dates.add(day.get());
        }
        continue;
      }
      if (!pastIssuer && !numberLine && !isMottoOrRule(key, line)) {
        issuer.add(line);
      }
    }
    DocumentNumber printed = numbers.isEmpty() ? null : numbers.get(0);
    Optional<DocumentNumber> restored = TypeRestore.restore(NumberingScheme.standard(), printed, type);
    restored.ifPresent(number -> numbers.set(0, number));   // "Số: 1281/-UBND" under "QUYẾT ĐỊNH"
    ValidationReport report = findings(numbers, dates, unreadNumber, restored.isPresent() ? printed : null);
    if (type == null && !numbers.isEmpty() && numbers.get(0).types().size() == 1) {
      type = numbers.get(0).types().iterator().next();
    }
    return new DocumentHeading(issuer.build(), numbers.stream().findFirst(),
        place == null || !dates.get(0).equals(place.date().toLocalDate()) ? Optional.empty() : Optional.of(place),
        dates.stream().findFirst(), Optional.ofNullable(type), bodyStart, report);
  }

  /**
   * Reads the number of a "Số:" line into the list, once, and returns what follows it in the cell (such as the place
   * and date), or "" when the number took the whole cell; null when no number can be read.
   */
  private static String readNumber(String line, List<DocumentNumber> numbers) {
    String after = afterSo(line);
    String token = firstToken(after);
    ParseResult<DocumentNumber> parsed = DocumentNumber.tryParse(token);
    String rest;
    if (parsed.isSuccess()) {
      rest = after.substring(after.indexOf(token) + token.length()).strip();
    } else {
      parsed = DocumentNumber.tryParse(after);
      rest = "";
    }
    if (!parsed.isSuccess()) {
      return null;
    }
    if (!numbers.contains(parsed.get())) {
      numbers.add(parsed.get());
    }
    return rest;
  }

  /** The day a date line gives: its place line's date, or else the date read from "ngày" on. */
  private static Optional<LocalDate> dayOf(String line, ParseResult<PlaceLine> placeLine) {
    if (placeLine.isSuccess()) {
      return Optional.of(placeLine.get().date().toLocalDate());
    }
    ParseResult<VietnameseDate> parsedDate = VietnameseDate.tryParse(line.substring(indexOf(line, "ngày", 0)));
    return parsedDate.isSuccess() ? Optional.of(parsedDate.get().toLocalDate()) : Optional.empty();
  }

  /**
   * The findings of a heading: no number or no date, two different numbers or dates, a number printed without the
   * type its title line names.
   */
  private static ValidationReport findings(List<DocumentNumber> numbers, List<LocalDate> dates, String unreadNumber,
      DocumentNumber withoutType) {
    ValidationReport.Builder report = ValidationReport.builder();
    Subject subject = Subject.of("document", numbers.isEmpty() ? "?" : numbers.get(0).format());
    if (withoutType != null) {
      report.add(HeadingRules.TYPE_RESTORED.finding(subject)
          .actual(withoutType.format()).expected(numbers.get(0).format()).build());
    }
    if (numbers.isEmpty()) {
      report.add(HeadingRules.NO_NUMBER.finding(subject)
          .arg("detail", unreadNumber == null ? "" : ": \"" + unreadNumber + "\"").build());
    }
    for (int i = 1; i < numbers.size(); i++) {
      report.add(HeadingRules.TWO_NUMBERS.finding(subject)
          .expected(numbers.get(0).format()).actual(numbers.get(i).format()).build());
    }
    if (dates.isEmpty()) {
      report.add(HeadingRules.NO_DATE.finding(subject).arg("detail", "").build());
    }
    for (int i = 1; i < dates.size(); i++) {
      report.add(HeadingRules.TWO_DATES.finding(subject).expected(dates.get(0)).actual(dates.get(i)).build());
    }
    return report.build();
  }

  /** "Số: 457/QĐ-UBND", "Số 49-KH/ĐUK", "Số:457/QĐ-UBND"; not "Số liệu…". */
  private static boolean isNumberLine(String key) {
    if (!key.startsWith("số")) {
      return false;
    }
    String after = key.substring(2).stripLeading();
    return after.startsWith(":") || (!after.isEmpty() && Character.isDigit(after.charAt(0)));
  }

  /**
   * A place and date line: "ngày … tháng … năm …" after a place of at most 60 characters without digits, so that a
   * sentence citing a dated document is not one.
   */
  private static boolean isDateLine(String text) {
    int at = indexOf(text, "ngày", 0);
    if (at < 0 || at > 60 || indexOf(text, "tháng", at) < 0 || indexOf(text, "năm", at) < 0) {
      return false;
    }
    for (int i = 0; i < at; i++) {
      if (Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The index of a word in a text, ignoring case, without changing the text's length; -1 when absent. */
  private static int indexOf(String text, String word, int from) {
    for (int i = from; i + word.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, word, 0, word.length())) {
        return i;
      }
    }
    return -1;
  }

  private static String afterSo(String line) {
    String after = line.substring(2).stripLeading();
    return after.startsWith(":") ? after.substring(1).strip() : after;
  }

  private static String firstToken(String text) {
    int end = 0;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    String token = text.substring(0, end);
    return token.endsWith(",") || token.endsWith(";") ? token.substring(0, token.length() - 1) : token;
  }

  private static boolean isMottoOrRule(String key, String line) {
    for (String motto : MOTTO_KEYS) {
      if (key.startsWith(motto) || (key.length() >= 5 && motto.contains(key))) {
        return true; // the motto, or a piece of it broken over lines ("CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM")
      }
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** The type a title line names: upper case, beginning with a type's name ("CHƯƠNG TRÌNH HÀNH ĐỘNG"). */
  private static Optional<DocumentType> titleType(String line, String key) {
    if (!line.equals(line.toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    DocumentType best = null;
    int bestLength = 0;
    for (DocumentType candidate : DocumentType.values()) {
      String name = VietnameseText.matchKey(candidate.typeName().vi());
      if (key.startsWith(name) && (key.length() == name.length() || key.charAt(name.length()) == ' ')
          && name.length() > bestLength) {
        best = candidate;
        bestLength = name.length();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Returns the issuer's lines as printed, e.g. {@code ["ỦY BAN NHÂN DÂN TỈNH SƠN LA"]} or
   * {@code ["TỈNH ỦY THỪA THIÊN HUẾ", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"]}.
   *
   * @return the lines above the number, without the national motto and rules
   */
  public ImmutableList<String> issuerLines() {
    return issuerLines;
  }

  /**
   * Returns the document's own number: the first the heading prints.
   *
   * @return the number, or empty when none could be read
   */
  public Optional<DocumentNumber> number() {
    return number;
  }

  /**
   * Returns the place and date line, when the first date printed is on one.
   *
   * @return the line, or empty
   */
  public Optional<PlaceLine> placeLine() {
    return placeLine;
  }

  /**
   * Returns the date of issue: the first the heading prints.
   *
   * @return the date, or empty when none could be read
   */
  public Optional<LocalDate> date() {
    return date;
  }

  /**
   * Returns the type the title line names, or else the one type the number's type code stands for.
   *
   * @return the type, or empty
   */
  public Optional<DocumentType> type() {
    return type;
  }

  /**
   * Returns where the body begins in the text read: after the title line, or after the heading's lines.
   *
   * @return an index into the text
   */
  public int bodyStart() {
    return bodyStart;
  }

  /**
   * Returns what reading the heading found: {@code document.heading.*}.
   *
   * @return the findings, empty for a heading with one number and one date
   */
  public ValidationReport report() {
    return report;
  }

  /** Returns the number, date and type read. */
  @Override
  public String toString() {
    return "DocumentHeading[" + number.map(DocumentNumber::format).orElse("?") + ", " + date.map(Object::toString)
        .orElse("?") + ", " + type.map(Enum::name).orElse("?") + ", " + issuerLines + "]";
  }
}
