package vn.danso.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import vn.danso.internal.Nfc;

/**
 * A plain-text table with aligned columns (bảng văn bản), the form in which danso's reports print for a terminal or a
 * log: a header line, a rule of dashes, one line per row, two spaces between columns, no trailing spaces. Text is
 * NFC-normalised and widths count code points, so Vietnamese letters line up.
 *
 * <pre>{@code
 * String text = TextTable.builder()
 *     .column("Đơn vị").rightAlignedColumn("Số văn bản")
 *     .row("01 Thành phố Hà Nội", 2)
 *     .build()
 *     .format();
 * }</pre>
 *
 * <p>Immutable and thread-safe; the builder is not.
 */
public final class TextTable {
  private final ImmutableList<String> headers;
  private final ImmutableList<Boolean> rightAligned;
  private final ImmutableList<ImmutableList<String>> rows;

  private TextTable(Builder builder) {
    this.headers = ImmutableList.copyOf(builder.headers);
    this.rightAligned = ImmutableList.copyOf(builder.rightAligned);
    this.rows = ImmutableList.copyOf(builder.rows);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of tables
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the rows, each with one cell per column.
   *
   * @return the rows
   */
  public ImmutableList<ImmutableList<String>> rows() {
    return rows;
  }

  /**
   * Writes the table.
   *
   * @return the table, lines ending in {@code \n}
   */
  public String format() {
    return format(0);
  }

  /**
   * Writes the table with every line indented.
   *
   * @param indent the number of spaces before each line
   * @return the table, lines ending in {@code \n}
   */
  public String format(int indent) {
    checkArgument(indent >= 0, "indent %s is negative", indent);
    int[] width = new int[headers.size()];
    for (int c = 0; c < width.length; c++) {
      width[c] = length(headers.get(c));
      for (List<String> row : rows) {
        width[c] = Math.max(width[c], length(row.get(c)));
      }
    }
    List<String> rule = new ArrayList<>();
    for (int w : width) {
      rule.add("-".repeat(w));
    }
    StringBuilder out = new StringBuilder();
    line(out, indent, headers, width);
    line(out, indent, rule, width);
    for (List<String> row : rows) {
      line(out, indent, row, width);
    }
    return out.toString();
  }

  /** Returns {@link #format()}. */
  @Override
  public String toString() {
    return format();
  }

  private void line(StringBuilder out, int indent, List<String> cells, int[] width) {
    StringBuilder line = new StringBuilder(" ".repeat(indent));
    for (int c = 0; c < width.length; c++) {
      if (c > 0) {
        line.append("  ");
      }
      String cell = cells.get(c);
      String pad = " ".repeat(width[c] - length(cell));
      line.append(rightAligned.get(c) ? pad + cell : cell + pad);
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

  /** Builds a {@link TextTable}: columns first, then rows. Not thread-safe. */
  public static final class Builder {
    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> rightAligned = new ArrayList<>();
    private final List<ImmutableList<String>> rows = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a left-aligned column (for text).
     *
     * @param header the column's header
     * @return this builder
     */
    public Builder column(String header) {
      return add(header, false);
    }

    /**
     * Adds a right-aligned column (for numbers).
     *
     * @param header the column's header
     * @return this builder
     */
    public Builder rightAlignedColumn(String header) {
      return add(header, true);
    }

    /**
     * Adds a row; each cell is written with {@link String#valueOf(Object)}.
     *
     * @param cells one cell per column
     * @return this builder
     * @throws IllegalArgumentException if the number of cells differs from the number of columns
     */
    public Builder row(Object... cells) {
      checkState(!headers.isEmpty(), "add the columns before the rows");
      checkArgument(cells.length == headers.size(), "the row has %s cells but the table %s columns: %s",
          cells.length, headers.size(), headers);
      ImmutableList.Builder<String> row = ImmutableList.builderWithExpectedSize(cells.length);
      for (Object cell : cells) {
        row.add(text(String.valueOf(cell)));
      }
      rows.add(row.build());
      return this;
    }

    /**
     * Returns the table.
     *
     * @return the table
     */
    public TextTable build() {
      checkState(!headers.isEmpty(), "a table needs at least one column");
      return new TextTable(this);
    }

    private Builder add(String header, boolean right) {
      checkNotNull(header, "header is null");
      checkState(rows.isEmpty(), "add every column before the first row");
      headers.add(text(header));
      rightAligned.add(right);
      return this;
    }

    private static String text(String cell) {
      return Nfc.normalize(cell.replace('\n', ' '));
    }
  }
}
