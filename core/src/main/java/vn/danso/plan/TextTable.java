package vn.danso.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns, for the reports' {@code format} methods. Widths count code points of
 * normalised (NFC) text, in which every Vietnamese letter is one code point. Not thread-safe; used once.
 */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final boolean[] right;

  /** A table with the given header; columns named in {@code rightAligned} (by index) are aligned right. */
  TextTable(String[] header, int... rightAligned) {
    this.right = new boolean[header.length];
    for (int column : rightAligned) {
      right[column] = true;
    }
    rows.add(header.clone());
  }

  TextTable row(String... cells) {
    if (cells.length != right.length) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, the table " + right.length);
    }
    rows.add(cells.clone());
    return this;
  }

  /** The table: header, a rule of dashes, the rows; two spaces between columns; no trailing spaces. */
  String format() {
    int[] width = new int[right.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], length(row[c]));
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      append(out, rows.get(r), width);
      if (r == 0) {
        String[] rule = new String[right.length];
        for (int c = 0; c < rule.length; c++) {
          rule[c] = "-".repeat(width[c]);
        }
        append(out, rule, width);
      }
    }
    return out.toString();
  }

  private void append(StringBuilder out, String[] row, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < row.length; c++) {
      if (c > 0) {
        line.append("  ");
      }
      String pad = " ".repeat(width[c] - length(row[c]));
      line.append(right[c] ? pad + row[c] : row[c] + pad);
    }
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    out.append(line, 0, end).append('\n');
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
