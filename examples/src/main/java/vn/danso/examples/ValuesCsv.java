package vn.danso.examples;

import com.google.common.io.CharStreams;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.danso.admin.UnitCode;
import vn.danso.data.DataKey;
import vn.danso.data.Dataset;
import vn.danso.indicator.Period;
import vn.danso.indicator.ReportedValue;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Rule;
import vn.danso.validation.Severity;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * Reported figures in a CSV file (số liệu báo cáo dạng CSV), one value a row: {@code unit,period,key,value[,decimals]},
 * such as {@code 909,2023,births[male],538} or {@code 909,2023,SRB,100.6}. A first row whose first cell is
 * {@code unit} (or {@code đơn vị}, {@code mã đơn vị}) is a header; lines starting with {@code #} are comments; spaces
 * around cells are ignored.
 *
 * <p>The unit is a statistics-office code (2, 3 or 5 digits), the period {@code 2023}, {@code 2023Q1},
 * {@code 2023-01} or {@code 2021-2025}, the key an element key ({@code births}, {@code births[male]}) or an indicator
 * code ({@code SRB}). The value is a plain number with a point for decimals and no thousands separator
 * ({@code 1073}, {@code 100.6}, {@code -3}); a count written {@code 1.073}, as Vietnamese groups thousands, is not
 * taken rather than read as 1,073; {@code NaN}, {@code Infinity} and {@code -Infinity} are taken, to be
 * reported. The number of decimals an indicator was reported with is the number of digits after the point, unless the
 * fifth column gives it. Every row that cannot be taken is reported with its line ({@code loader.shape}), never
 * dropped silently; the other rows are taken.
 *
 * <p>A file saved by a spreadsheet in a Vietnamese locale is read too: when the first line has cells separated by
 * semicolons ({@code 909;2023;SRB;100,6}), every line is, and a value may write its decimals after a comma.
 *
 * <p>The file is UTF-8, with or without a byte-order mark; lines end in LF or CRLF; a cell may be quoted
 * ({@code "909","2023","births","1073"}). A line that is not valid UTF-8 is reported with its line and the column of
 * the first bad byte, and not taken. A file with no row of figures is not an input at all: reading it throws.
 */
final class ValuesCsv {
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.([0-9]+))?|NaN|-?Infinity");
  /** A count written with points between groups of three digits, as Vietnamese writes thousands: 1.073. */
  private static final Pattern GROUPED = Pattern.compile("-?[0-9]{1,3}(?:\\.[0-9]{3})+");
  /** The first cell of a header row: English or Vietnamese, accents aside. */
  private static final java.util.Set<String> HEADERS = java.util.Set.of("unit", "don vi", "ma don vi");
  /** A number with a comma for its decimals, as a Vietnamese spreadsheet writes it beside semicolons: 100,6. */
  private static final Pattern DECIMAL_COMMA = Pattern.compile("-?[0-9]+,[0-9]+");

  /**
   * A cell of a row that cannot be read ({@code loader.cell}): the finding's actual value is the cell as written,
   * its expected value the form the cell should have.
   */
  static final Rule CELL = Rule.builder()
      .id("loader.cell")
      .severity(Severity.ERROR)
      .title("Ô không đọc được", "Cell that cannot be read")
      .message("{path}: {problem}; dòng không được dùng", "{path}: {problem}; the row is not used")
      .build();

  private final String file;
  private final Dataset.Builder values = Dataset.builder();
  private final ValidationReport.Builder report = ValidationReport.builder();
  private int rows;
  private int taken;
  private boolean semicolons;

  ValuesCsv(String file) {
    this.file = file;
  }

  /**
   * Reads a file of figures.
   *
   * @param file the CSV file
   * @return what was read
   * @throws InputException if the file cannot be read or has no row of figures
   */
  static ValuesCsv read(Path file) {
    return read(InputFiles.read(file), file.getFileName().toString(), file.toString());
  }

  /**
   * Reads figures sent as bytes, such as the body of a request.
   *
   * @param bytes the CSV, UTF-8 with or without a byte-order mark
   * @param name the name findings give the input
   * @param shown how messages name the input
   * @return what was read
   * @throws InputException if the bytes hold no row of figures
   */
  static ValuesCsv read(byte[] bytes, String name, String shown) {
    ValuesCsv csv = new ValuesCsv(name);
    String text = csv.decode(bytes);
    try {
      csv.parse(new StringReader(text));
    } catch (IOException e) {
      throw new InputException(shown + " không phải CSV đọc được", shown + " is not readable CSV");
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new InputException(shown + ": CSV sai cú pháp (" + e.getMessage() + ")",
          shown + ": malformed CSV (" + e.getMessage() + ")");
    }
    if (csv.rows == 0) {
      throw new InputException(shown + " không có dòng số liệu nào (đơn vị, kỳ, chỉ tiêu, giá trị)",
          shown + " has no rows of figures (unit, period, key, value)");
    }
    return csv;
  }

  /**
   * The text of the bytes, without a byte-order mark, lines ending in LF; each line that is not valid UTF-8 is
   * reported and left empty, so that the other lines keep their numbers.
   */
  private String decode(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    StringBuilder text = new StringBuilder(bytes.length);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    long line = 1;
    for (int from = start; from <= bytes.length; line++) {
      // A line ends at LF, CR or CRLF, as the CSV parser counts lines, so that both name the same line.
      int end = from;
      while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
        end++;
      }
      int next = end < bytes.length && bytes[end] == '\r' && end + 1 < bytes.length && bytes[end + 1] == '\n'
          ? end + 2 : end + 1;
      ByteBuffer in = ByteBuffer.wrap(bytes, from, end - from);
      CharBuffer out = CharBuffer.allocate(end - from);
      decoder.reset();
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        rows++;
        int bad = bytes[in.position()] & 0xFF;
        reject(line, String.format("không phải UTF-8: byte 0x%02X ở cột %d; lưu tệp dưới dạng UTF-8", bad,
                out.position() + 1),
            String.format("not UTF-8: byte 0x%02X at column %d; save the file as UTF-8", bad, out.position() + 1));
      } else {
        decoder.flush(out);
        text.append(out.flip());
      }
      if (end < bytes.length) {
        text.append('\n');
      }
      from = next;
    }
    return text.toString();
  }

  /**
   * Reads the rows of a file.
   *
   * @param in the CSV text
   * @param file the file's name, for findings
   * @return what was read
   * @throws IOException if the text cannot be read
   */
  static ValuesCsv read(Reader in, String file) throws IOException {
    ValuesCsv csv = new ValuesCsv(file);
    csv.parse(in);
    return csv;
  }

  private void parse(Reader in) throws IOException {
    String text = CharStreams.toString(in);
    semicolons = usesSemicolons(text);
    CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreSurroundingSpaces(true)
        .setIgnoreEmptyLines(true).setDelimiter(semicolons ? ';' : ',').get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Iterator<CSVRecord> records = parser.iterator();
      boolean first = true;
      while (records.hasNext()) {
        CSVRecord record = records.next();
        long line = parser.getCurrentLineNumber();
        if (first && record.size() > 0 && HEADERS.contains(
            vn.danso.text.VietnameseText.removeDiacritics(record.get(0)).toLowerCase(Locale.ROOT).strip())) {
          first = false;
          continue;
        }
        first = false;
        row(record.toList(), Subject.of("file", file).child("line", String.valueOf(line)),
            LocalizedText.of("dòng " + line, "line " + line));
      }
    }
  }

  /**
   * Whether the file is written as a spreadsheet in a Vietnamese locale saves it: cells separated by semicolons, a
   * comma for decimals. Judged by the first line that is neither empty nor a comment: three semicolons or more, and
   * more semicolons than commas.
   */
  static boolean usesSemicolons(String text) {
    int at = 0;
    while (at < text.length()) {
      int end = text.indexOf('\n', at);
      String line = (end < 0 ? text.substring(at) : text.substring(at, end)).strip();
      at = end < 0 ? text.length() : end + 1;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      long semi = line.chars().filter(c -> c == ';').count();
      long comma = line.chars().filter(c -> c == ',').count();
      return semi >= 3 && semi > comma;
    }
    return false;
  }

  /**
   * Takes one row of cells (unit, period, key, value[, decimals]) or reports why not.
   *
   * @param record the cells
   * @param where the row's subject in findings
   * @param label the row's place as a reader finds it: "line 7", "values[6]"
   */
  void row(List<String> record, Subject where, LocalizedText label) {
    rows++;
    if (record.size() < 4 || record.size() > 5) {
      reject(where, label,
          "có " + record.size() + " cột, cần 4 hoặc 5: đơn vị, kỳ, chỉ tiêu, giá trị[, số chữ số thập phân]",
          record.size() + " columns, expected 4 or 5: unit, period, key, value[, decimals]");
      return;
    }
    Optional<UnitCode> unit = UnitCode.tryParse(record.get(0));
    if (unit.isEmpty()) {
      rejectCell(where, label, record.get(0), LocalizedText.of("2, 3 hoặc 5 chữ số", "2, 3 or 5 digits"),
          "mã đơn vị \"" + record.get(0) + "\" không hợp lệ (cần 2, 3 hoặc 5 chữ số)",
          "unit code \"" + record.get(0) + "\" is not valid (2, 3 or 5 digits expected)");
      return;
    }
    Optional<Period> period = Period.tryParse(record.get(1));
    if (period.isEmpty()) {
      rejectCell(where, label, record.get(1), LocalizedText.of("2023, 2023Q1, 2023-01, 2021-2025", "2023, 2023Q1, "
              + "2023-01, 2021-2025"),
          "kỳ \"" + record.get(1) + "\" không hợp lệ (ví dụ 2023, 2023Q1, 2023-01, 2021-2025)",
          "period \"" + record.get(1) + "\" is not valid (e.g. 2023, 2023Q1, 2023-01, 2021-2025)");
      return;
    }
    Optional<DataKey> key = DataKey.tryParse(record.get(2));
    if (key.isEmpty()) {
      rejectCell(where, label, record.get(2), LocalizedText.of("births, births[male], SRB", "births, births[male], SRB"),
          "chỉ tiêu \"" + record.get(2) + "\" không hợp lệ (ví dụ births, births[male], SRB)",
          "key \"" + record.get(2) + "\" is not valid (e.g. births, births[male], SRB)");
      return;
    }
    String text = semicolons && DECIMAL_COMMA.matcher(record.get(3)).matches()
        ? record.get(3).replace(',', '.') : record.get(3);
    java.util.regex.Matcher number = NUMBER.matcher(text);
    if (!number.matches()) {
      rejectCell(where, label, text, LocalizedText.of("số như 1073 hoặc 100.6", "a number such as 1073 or 100.6"),
          "giá trị \"" + text + "\" không phải số viết với dấu chấm thập phân, không dấu phân cách hàng nghìn",
          "value \"" + text + "\" is not a number written with a decimal point and no thousands separator");
      return;
    }
    if (!key.get().isIndicator() && GROUPED.matcher(text).matches()) {
      rejectCell(where, label, text, text.replace(".", ""),
          "giá trị \"" + text + "\" của một số đếm có dấu chấm phân cách hàng nghìn; viết "
              + text.replace(".", ""),
          "value \"" + text + "\" of a count has points between thousands; write " + text.replace(".", ""));
      return;
    }
    int decimals = number.group(1) == null ? 0 : number.group(1).length();
    if (record.size() == 5 && !record.get(4).isEmpty()) {
      String given = record.get(4);
      if (!given.matches("[0-9]") || Integer.parseInt(given) > ReportedValue.MAX_DECIMALS) {
        rejectCell(where, label, given, LocalizedText.of("0 đến 9", "0 to 9"),
            "số chữ số thập phân \"" + given + "\" không hợp lệ (0 đến 9)",
            "decimals \"" + given + "\" is not valid (0 to 9)");
        return;
      }
      decimals = Integer.parseInt(given);
    }
    double value = Double.parseDouble(text);
    boolean precise = key.get().isIndicator() && Double.isFinite(value) && decimals <= ReportedValue.MAX_DECIMALS;
    values.add(unit.get(), period.get(), key.get(), value, precise ? decimals : -1);
    taken++;
  }

  private void reject(long line, String vi, String en) {
    reject(Subject.of("file", file).child("line", String.valueOf(line)),
        LocalizedText.of("dòng " + line, "line " + line), vi, en);
  }

  /** A cell that cannot be read: the cell as the actual value, the form it should have as the expected one. */
  private void rejectCell(Subject where, LocalizedText label, String cell, Object expected, String vi, String en) {
    report.add(CELL.finding(where).arg("path", label).arg("problem", LocalizedText.of(vi, en)).expected(expected)
        .actual(cell.isEmpty() ? LocalizedText.of("(trống)", "(empty)") : cell).build());
  }

  private void reject(Subject where, LocalizedText label, String vi, String en) {
    report.add(LoaderRules.SHAPE.finding(where).arg("path", label).actual(LocalizedText.of(vi, en)).build());
  }

  /** The values taken. */
  Dataset dataset() {
    return values.build();
  }

  /** The rows that could not be taken, with their lines. */
  ValidationReport report() {
    return report.build();
  }

  /** The rows read, header and comments aside. */
  int rows() {
    return rows;
  }

  /** The rows taken. */
  int taken() {
    return taken;
  }
}
