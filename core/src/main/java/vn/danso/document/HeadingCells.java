package vn.danso.document;

import java.util.ArrayList;
import java.util.List;
import vn.danso.text.VietnameseText;

/**
 * The lines of a document's text as {@link DocumentHeading} reads them: each line split at {@code |} into cells (pages
 * that copy a heading lay it out as a table), normalised, blank ones left out, and the items pages break over two
 * lines joined again. Stateless.
 */
final class HeadingCells {
  private HeadingCells() {}

  /** A line, or a cell of a line laid out as a table ("Số: 91/KH-UBND | Quảng Ngãi, ngày …"), normalised. */
  static final class Cell {
    final String text;
    final int start;
    final int end;

    Cell(String text, int start, int end) {
      this.text = text;
      this.start = start;
      this.end = end;
    }
  }

  /**
   * The text's lines split at {@code |} into cells, blank ones left out; "Số:" alone on a line and a place line
   * broken after "ngày" are joined with the next cell, as pages that put each item of the heading on its own line
   * print them.
   */
  static List<Cell> cells(String text) {
    List<Cell> cells = new ArrayList<>();
    for (int[] span : lines(text)) {
      int from = span[0];
      for (int i = span[0]; i <= span[1]; i++) {
        if (i == span[1] || text.charAt(i) == '|') {
          String cell = VietnameseText.normalize(text.substring(from, i)).strip();
          if (!cell.isEmpty()) {
            cells.add(new Cell(cell, span[0], span[1]));
          }
          from = i + 1;
        }
      }
    }
    List<Cell> joined = new ArrayList<>(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = cells.get(i);
      String key = VietnameseText.matchKey(cell.text);
      if (i + 1 < cells.size() && (key.equals("số:") || key.equals("số") || key.endsWith(" ngày"))) {
        Cell next = cells.get(++i);
        cell = new Cell(cell.text + " " + next.text, cell.start, next.end);
      }
      joined.add(cell);
    }
    return joined;
  }

  private static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
        lines.add(new int[] {start, end});
        start = i + 1;
      }
    }
    return lines;
  }
}
