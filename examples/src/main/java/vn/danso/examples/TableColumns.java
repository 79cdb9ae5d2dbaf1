package vn.danso.examples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import vn.danso.text.VietnameseText;

/**
 * The columns of an official table saved as CSV, found by the names its header row gives them: in any order, with
 * any case, accents and separators ("Tỉnh / Thành phố" is "Tỉnh Thành Phố"); other columns are ignored. Cells are
 * read in normal form. Not thread-safe: one instance per table read.
 */
final class TableColumns {
  /** The display name of each column, by its key, in the order the table's documentation gives them. */
  private final Map<String, String> names = new LinkedHashMap<>();
  /** The index of each column in the rows, by its display name, once a header row named them all. */
  private final Map<String, Integer> index = new HashMap<>();
  private int width;

  /**
   * The columns a table must have.
   *
   * @param namesInOrder the display names, e.g. "Mã TP"; each one's key is {@link #key} of it
   */
  TableColumns(String... namesInOrder) {
    for (String name : namesInOrder) {
      names.put(key(name), name);
    }
  }

  /** The CSV format of a table: cells separated by commas or, as a Vietnamese spreadsheet saves them, semicolons. */
  static CSVFormat format(String text) {
    return CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
        .setDelimiter(ValuesCsv.usesSemicolons(text) ? ';' : ',').get();
  }

  /** A header cell as a key: lower case, no accents, letters only ("Mã TP" and "MÃ TP" are "matp"). */
  static String key(String header) {
    return VietnameseText.removeDiacritics(header).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }

  /**
   * Looks for the columns in a row; when all are there, they are the table's from now on.
   *
   * @return the display names of the columns the row lacks, in order; empty when it has them all
   */
  List<String> find(List<String> header) {
    Map<String, Integer> found = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = names.get(key(header.get(i)));
      if (name != null) {
        found.putIfAbsent(name, i);
      }
    }
    List<String> missing = new ArrayList<>();
    for (String name : names.values()) {
      if (!found.containsKey(name)) {
        missing.add(name);
      }
    }
    if (missing.isEmpty()) {
      index.putAll(found);
      for (int at : found.values()) {
        width = Math.max(width, at + 1);
      }
    }
    return missing;
  }

  /** The cells a row needs to hold every column. */
  int width() {
    return width;
  }

  /** The cell of a column, by its display name, in normal form. */
  String cell(List<String> row, String name) {
    return VietnameseText.normalize(row.get(index.get(name)));
  }

  /** Every column's display name, in order, separated by commas. */
  String names() {
    return String.join(", ", names.values());
  }
}
