package vn.danso.examples;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.danso.admin.Coverage;
import vn.danso.text.LocalizedText;
import vn.danso.text.VietnameseText;
import vn.danso.validation.Subject;

/**
 * The 2025 conversion table as the statistics office publishes it (bảng chuyển đổi đơn vị hành chính mới – cũ),
 * saved as CSV UTF-8: one row per pair of a new commune and an old unit, {@code Tỉnh, thành phố | Tên Xã mới | Mã Xã
 * mới | Tên Xã cũ | Mã Xã cũ | Ghi chú | Quận/huyện | Tỉnh cũ}, provinces and districts written with their code in
 * parentheses ({@code Thành phố Hà Nội (01)}).
 *
 * <p>The row that names the columns may follow title rows, which are skipped; a row with text in its first cell only
 * ({@code THÀNH PHỐ HÀ NỘI}) heads a province's section and is skipped too. The note says how much of the old unit
 * went into the new one: "Nhập toàn bộ", "Giữ nguyên", "Đổi tên", "Đổi loại hình" and "Sắp xếp toàn bộ …" mean the
 * whole unit; any note with "một phần" (part of its area or of its people, "the rest after …") a part. An island
 * district arranged whole into a special zone has no old commune code: the district's code is taken. The rows of a
 * new commune make one {@link Mapping2025.NewCommune}; from there the events are made as for {@code merges.json}.
 * Every row not taken is reported with its line. A table saved by a spreadsheet in a Vietnamese locale, its cells
 * separated by semicolons, is read the same way.
 */
final class ConversionTable {
  private static final String PROVINCE = "Tỉnh, thành phố";
  private static final String NEW_NAME = "Tên Xã mới";
  private static final String NEW_CODE = "Mã Xã mới";
  private static final String OLD_NAME = "Tên Xã cũ";
  private static final String OLD_CODE = "Mã Xã cũ";
  private static final String NOTE = "Ghi chú";
  private static final String OLD_DISTRICT = "Quận/huyện";
  private static final String OLD_PROVINCE = "Tỉnh cũ";
  private static final Pattern CODE_IN_PARENTHESES = Pattern.compile("\\((\\d{2,3})\\)\\s*$");
  /** Title rows before the one that names the columns, at most. */
  private static final int MAX_TITLE_ROWS = 5;

  private final Mapping2025 mapping = new Mapping2025();
  private final String file;
  private final TableColumns columns = new TableColumns(PROVINCE, NEW_NAME, NEW_CODE, OLD_NAME, OLD_CODE, NOTE,
      OLD_DISTRICT, OLD_PROVINCE);
  private final Map<String, Mapping2025.NewCommune> communes = new LinkedHashMap<>();
  /** Per new province, its old provinces with the first line that names each. */
  private final Map<String, Map<String, Long>> oldProvinces = new LinkedHashMap<>();
  private int rows;
  private int headings;
  private int taken;

  private ConversionTable(String file) {
    this.file = file;
  }

  /**
   * Reads a table.
   *
   * @param text the table, UTF-8 decoded, without a byte-order mark
   * @param file the file's name, for findings
   * @return the events and the report, as for the JSON mapping
   * @throws InputException if no row among the first names the columns
   */
  static Mapping2025 read(String text, String file) {
    return parse(text, file).mapping;
  }

  /** Reads a table and keeps its counts; see {@link #read}. */
  static ConversionTable parse(String text, String file) {
    ConversionTable table = new ConversionTable(file);
    try (CSVParser parser = CSVParser.parse(new StringReader(text), TableColumns.format(text))) {
      int seen = 0;
      boolean header = false;
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        if (!header) {
          header = table.columns.find(record.toList()).isEmpty();
          if (!header && ++seen >= MAX_TITLE_ROWS) {
            break;
          }
        } else {
          table.row(record.toList(), line);
        }
      }
      if (!header) {
        throw new InputException(file + " không phải bảng chuyển đổi: không dòng nào trong " + MAX_TITLE_ROWS
            + " dòng đầu có đủ các cột " + table.columns.names(),
            file + " is not a conversion table: none of its first " + MAX_TITLE_ROWS + " rows names the columns "
                + table.columns.names());
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException(file + " không phải bảng CSV (" + e.getMessage() + ")",
          file + " is not a CSV table (" + e.getMessage() + ")");
    }
    table.finish();
    return table;
  }

  Mapping2025 mapping() {
    return mapping;
  }

  /** The rows after the one that names the columns. */
  int rows() {
    return rows;
  }

  /** The rows that head a province's section. */
  int headings() {
    return headings;
  }

  /** The rows taken as a part of a new commune. */
  int taken() {
    return taken;
  }

  /** The rows not taken, each reported with its line. */
  int rejected() {
    return rows - headings - taken;
  }

  private void row(List<String> cells, long line) {
    rows++;
    Subject where = Subject.of("file", file).child("line", String.valueOf(line));
    LocalizedText label = LocalizedText.of("dòng " + line, "line " + line);
    boolean onlyFirst = !cells.isEmpty() && !cells.get(0).isBlank()
        && cells.subList(1, cells.size()).stream().allMatch(String::isBlank);
    if (onlyFirst) {
      headings++; // a province's section heading
      return;
    }
    int needed = columns.width();
    if (cells.size() < needed) {
      mapping.shape(where, label, "có " + cells.size() + " cột, cần ít nhất " + needed,
          cells.size() + " cells, expected at least " + needed);
      return;
    }
    String province = codeIn(cell(cells, PROVINCE));
    String newCode = cell(cells, NEW_CODE);
    String newName = cell(cells, NEW_NAME);
    if (province == null || !newCode.matches("\\d{5}") || newName.isEmpty()) {
      mapping.shape(where, label, "đơn vị mới cần tỉnh có mã trong ngoặc, mã xã 5 chữ số và tên: \""
              + cell(cells, PROVINCE) + "\", \"" + newCode + "\", \"" + newName + "\"",
          "a new unit needs a province with its code in parentheses, a 5-digit code and a name: \""
              + cell(cells, PROVINCE) + "\", \"" + newCode + "\", \"" + newName + "\"");
      return;
    }
    Coverage coverage = coverage(cell(cells, NOTE));
    if (coverage == null) {
      mapping.shape(where, label, "ghi chú \"" + cell(cells, NOTE) + "\" không nói nhập toàn bộ hay một phần",
          "the note \"" + cell(cells, NOTE) + "\" says neither whole (toàn bộ) nor part (một phần)");
      return;
    }
    String oldCode = cell(cells, OLD_CODE);
    if (oldCode.isEmpty() && cell(cells, OLD_NAME).isEmpty()) {
      oldCode = codeIn(cell(cells, OLD_DISTRICT)); // an island district arranged whole into a special zone
    }
    if (oldCode == null || !oldCode.matches("\\d{3}|\\d{5}")) {
      mapping.shape(where, label, "đơn vị cũ \"" + cell(cells, OLD_NAME) + "\" không có mã 5 chữ số",
          "the old unit \"" + cell(cells, OLD_NAME) + "\" has no 5-digit code");
      return;
    }
    Mapping2025.NewCommune commune = communes.get(newCode);
    if (commune == null) {
      commune = new Mapping2025.NewCommune(newCode, newName, province, where, "dòng " + line, "line " + line);
      communes.put(newCode, commune);
    } else if (!commune.province.equals(province)) {
      mapping.shape(where, label, "xã mới " + newCode + " thuộc tỉnh " + province + " nhưng " + commune.pathVi
          + " ghi tỉnh " + commune.province, "new commune " + newCode + " is in province " + province + ", but "
          + commune.pathEn + " gives province " + commune.province);
      return;
    }
    commune.add(oldCode, cell(cells, OLD_NAME), coverage);
    taken++;
    String oldProvince = codeIn(cell(cells, OLD_PROVINCE));
    if (oldProvince != null) {
      oldProvinces.computeIfAbsent(province, p -> new LinkedHashMap<>()).putIfAbsent(oldProvince, line);
    }
  }

  /** Whole or part, from the free text of the note; null when it says neither. */
  static Coverage coverage(String note) {
    String key = VietnameseText.removeDiacritics(note).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (key.contains("mot phan")) {
      return Coverage.PARTIAL;
    }
    if (key.contains("toan bo") || key.contains("giu nguyen") || key.startsWith("doi ten")
        || key.startsWith("doi loai hinh")) {
      return Coverage.FULL;
    }
    return null;
  }

  private void finish() {
    for (Map.Entry<String, Map<String, Long>> entry : oldProvinces.entrySet()) {
      // The finding points at the first row naming an old province the catalogue does not expect, if any.
      List<String> expected = Mapping2025.predecessors(entry.getKey());
      long line = entry.getValue().entrySet().stream().filter(e -> !expected.contains(e.getKey()))
          .mapToLong(Map.Entry::getValue).findFirst()
          .orElse(entry.getValue().values().stream().mapToLong(Long::longValue).min().orElse(0));
      mapping.countProvince();
      mapping.compareProvince(entry.getKey(), new ArrayList<>(entry.getValue().keySet()),
          Subject.of("file", file).child("line", String.valueOf(line)), LocalizedText.of("dòng " + line, "line " + line));
    }
    communes.values().forEach(mapping::add);
    mapping.emit();
  }

  /** The code written in parentheses at the end of a name, {@code Tỉnh Hà Giang (02)}; null when there is none. */
  private static String codeIn(String text) {
    Matcher m = CODE_IN_PARENTHESES.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  private String cell(List<String> cells, String column) {
    return columns.cell(cells, column);
  }
}
