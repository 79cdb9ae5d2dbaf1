package vn.danso.examples;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import vn.danso.indicator.ReportedValue;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * A statistics office table as its PX-Web site exports it to CSV (bảng số liệu của cơ quan thống kê): a quoted title
 * line, a blank line, a header row whose first cell names the rows ({@code "Cities, provincies"}), then one row per
 * country, region or province, names without tone marks and sometimes with doubled spaces, figures with a point for
 * decimals and {@code ..} where a figure is not available.
 *
 * <p>Every row is kept with its line; a row or cell that cannot be read is reported ({@link TableRules}) and left
 * out, never dropped silently; so is a number no figure can be (more than {@link ReportedValue#MAX_DECIMALS}
 * decimals, or beyond the range of a double). Each figure keeps the number of decimals it was printed with.
 */
final class PxTable {
  /** A figure's cell: the text as printed, its value, and its printed decimals; empty value for {@code ..}. */
  record Cell(String text, OptionalDouble value, int decimals) {
    boolean isAvailable() {
      return value.isPresent();
    }

    /** True for a cell marked as not available ({@code ..} or empty), false for an unreadable one. */
    boolean isMarkedNotAvailable() {
      return text.equals("..") || text.isEmpty();
    }
  }

  /** A row of the table: its line in the file, the name as printed, and its cells after the name. */
  record Row(int line, String name, ImmutableList<Cell> cells) {}

  private final String file;
  private final String title;
  private final ImmutableList<String> columns;
  private final ImmutableList<Row> rows;
  private final int lines;
  private final ValidationReport report;

  private PxTable(String file, String title, ImmutableList<String> columns, ImmutableList<Row> rows, int lines,
      ValidationReport report) {
    this.file = file;
    this.title = title;
    this.columns = columns;
    this.rows = rows;
    this.lines = lines;
    this.report = report;
  }

  /** Reads a table; {@code file} names it in findings. */
  static PxTable read(Reader in, String file) throws IOException {
    BufferedReader reader = new BufferedReader(in);
    String title = "";
    List<String> header = null;
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    ValidationReport.Builder report = ValidationReport.builder();
    int line = 0;
    for (String text = reader.readLine(); text != null; text = reader.readLine()) {
      line++;
      if (line == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (text.isBlank()) {
        continue;
      }
      List<String> cells = split(text);
      if (header == null) {
        if (cells.size() > 1) {
          header = cells;
        } else if (title.isEmpty()) {
          title = cells.get(0);
        } else {
          report.add(TableRules.LINE_BEFORE_HEADER.finding(subject(file, line)).actual(text.strip())
              .arg("file", file).arg("line", line).build());
        }
        continue;
      }
      if (cells.size() != header.size()) {
        report.add(TableRules.ROW_WIDTH.finding(subject(file, line)).expected(header.size()).actual(cells.size())
            .arg("file", file).arg("line", line).build());
        continue;
      }
      rows.add(new Row(line, cells.get(0), cells(cells, header, file, line, report)));
    }
    if (header == null) {
      report.add(TableRules.NO_HEADER.finding(Subject.of("file", file)).arg("file", file).build());
      header = List.of("");
    }
    return new PxTable(file, title, ImmutableList.copyOf(header.subList(1, header.size())), rows.build(), line,
        report.build());
  }

  private static ImmutableList<Cell> cells(List<String> cells, List<String> header, String file, int line,
      ValidationReport.Builder report) {
    ImmutableList.Builder<Cell> result = ImmutableList.builder();
    for (int i = 1; i < cells.size(); i++) {
      String text = cells.get(i).strip();
      if (text.equals("..") || text.isEmpty()) {
        result.add(new Cell(text, OptionalDouble.empty(), 0));
        continue;
      }
      try {
        BigDecimal number = new BigDecimal(text);
        double value = number.doubleValue();
        int decimals = Math.max(0, number.scale());
        if (decimals > ReportedValue.MAX_DECIMALS || Double.isInfinite(value)) {
          report.add(TableRules.CELL_OUT_OF_RANGE.finding(subject(file, line)).actual(text).arg("file", file)
              .arg("line", line).arg("column", header.get(i)).arg("decimals", ReportedValue.MAX_DECIMALS).build());
          result.add(new Cell(text, OptionalDouble.empty(), 0));
          continue;
        }
        result.add(new Cell(text, OptionalDouble.of(value), decimals));
      } catch (NumberFormatException e) {
        report.add(TableRules.CELL_UNREADABLE.finding(subject(file, line)).actual(text)
            .arg("file", file).arg("line", line).arg("column", header.get(i)).build());
        result.add(new Cell(text, OptionalDouble.empty(), 0));
      }
    }
    return result.build();
  }

  /** Splits a CSV line: commas outside double quotes separate cells; {@code ""} inside quotes is a quote. */
  static List<String> split(String text) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  static Subject subject(String file, int line) {
    return Subject.of("file", file).child("line", Integer.toString(line));
  }

  String file() {
    return file;
  }

  String title() {
    return title;
  }

  /** The column labels after the names column. */
  ImmutableList<String> columns() {
    return columns;
  }

  /** The rows read, in file order. */
  ImmutableList<Row> rows() {
    return rows;
  }

  /** The number of lines in the file. */
  int lines() {
    return lines;
  }

  /** What could not be read. */
  ValidationReport report() {
    return report;
  }

  /** The index of the first column whose label contains every given word, or -1. */
  int column(String... words) {
    for (int i = 0; i < columns.size(); i++) {
      String label = columns.get(i).toLowerCase(java.util.Locale.ROOT);
      boolean all = true;
      for (String word : words) {
        all &= label.contains(word.toLowerCase(java.util.Locale.ROOT));
      }
      if (all) {
        return i;
      }
    }
    return -1;
  }
}
