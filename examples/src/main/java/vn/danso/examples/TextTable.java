package vn.danso.examples;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns for terminal output: text columns left-aligned, number columns right-aligned,
 * widths measured in code points so Vietnamese letters line up.
 */
final class TextTable {
  private final ImmutableList<String> headers;
  private final boolean[] numeric;
  private final List<List<String>> rows = new ArrayList<>();

  private TextTable(ImmutableList<String> headers, boolean[] numeric) {
    this.headers = headers;
    this.numeric = numeric;
  }

  /**
   * A table with the given headers; a header starting with {@code '>'} marks a right-aligned (numeric) column, the
   * mark itself not printed.
   */
  static TextTable of(String... headers) {
    boolean[] numeric = new boolean[headers.length];
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (int i = 0; i < headers.length; i++) {
      numeric[i] = headers[i].startsWith(">");
      names.add(numeric[i] ? headers[i].substring(1) : headers[i]);
    }
    return new TextTable(names.build(), numeric);
  }

  TextTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, the table " + headers.size() + " columns");
    }
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(String.valueOf(cell));
    }
    rows.add(row);
    return this;
  }

  /** The table, each line indented by {@code indent} spaces, a rule under the headers. */
  String format(int indent) {
    int[] width = new int[headers.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = length(headers.get(i));
      for (List<String> row : rows) {
        width[i] = Math.max(width[i], length(row.get(i)));
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, indent, headers, width);
    out.append(" ".repeat(indent));
    for (int i = 0; i < width.length; i++) {
      out.append(i == 0 ? "" : "  ").append("─".repeat(width[i]));
    }
    out.append('\n');
    for (List<String> row : rows) {
      line(out, indent, row, width);
    }
    return out.toString();
  }

  private void line(StringBuilder out, int indent, List<String> cells, int[] width) {
    StringBuilder line = new StringBuilder(" ".repeat(indent));
    for (int i = 0; i < width.length; i++) {
      String cell = cells.get(i);
      String pad = " ".repeat(width[i] - length(cell));
      line.append(i == 0 ? "" : "  ").append(numeric[i] ? pad + cell : cell + pad);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
