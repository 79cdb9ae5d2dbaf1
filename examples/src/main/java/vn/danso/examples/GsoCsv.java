package vn.danso.examples;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.UnitName;
import vn.danso.admin.UnitType;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Subject;

/**
 * The statistics office's unit list as a flat table, one commune a row, as its site exports it to a spreadsheet and a
 * spreadsheet saves it as CSV (danh mục đơn vị hành chính, "Xuất Excel"): {@code Tỉnh Thành Phố, Mã TP, Quận Huyện,
 * Mã QH, Phường Xã, Mã PX, Cấp[, Tên Tiếng Anh]}.
 *
 * <p>The first row names the columns, in any order and spelling of case, accents and separators ("Tỉnh / Thành
 * phố"); other columns are ignored. A district without communes (an island district) has a row whose commune cells
 * are empty. Each province and district is taken from its first row; a later row that names the same code otherwise
 * is reported. Codes a spreadsheet saved as numbers ({@code 1} for {@code 01}, {@code 6} for {@code 00006}) are read
 * with their leading zeros restored, and reported. Provinces, which the table gives only by name, are compared with
 * the library's catalogue; district types are read from their names ("Quận", "Thị xã", …), commune types from
 * "Cấp". Every row not taken is reported with its line; nothing is dropped silently. A table saved by a spreadsheet in
 * a Vietnamese locale, its cells separated by semicolons, is read the same way.
 */
final class GsoCsv {
  private static final String PROVINCE = "Tỉnh Thành Phố";
  private static final String PROVINCE_CODE = "Mã TP";
  private static final String DISTRICT = "Quận Huyện";
  private static final String DISTRICT_CODE = "Mã QH";
  private static final String COMMUNE = "Phường Xã";
  private static final String COMMUNE_CODE = "Mã PX";
  private static final String LEVEL = "Cấp";

  private final GsoExport export;
  private final String file;
  private final TableColumns columns =
      new TableColumns(PROVINCE, PROVINCE_CODE, DISTRICT, DISTRICT_CODE, COMMUNE, COMMUNE_CODE, LEVEL);
  /** Per province code, its name; per district code, its name and province, as first read. */
  private final Map<String, String> provinces = new HashMap<>();
  private final Map<String, String[]> districts = new HashMap<>();
  private final Map<String, UnitType> provinceTypes = new HashMap<>();

  private GsoCsv(GsoExport export, String file) {
    this.export = export;
    this.file = file;
  }

  /**
   * Reads a table.
   *
   * @param text the table, UTF-8 decoded, without a byte-order mark
   * @param file the file's name, for findings
   * @param exportDate the day the list describes, against which its provinces are compared
   * @param lastDay the last day of every row, or null to leave their end to events
   * @return what was read
   * @throws InputException if the first row does not name the columns
   */
  static GsoExport read(String text, String file, LocalDate exportDate, LocalDate lastDay) {
    GsoCsv table = new GsoCsv(new GsoExport(exportDate, lastDay), file);
    try (CSVParser parser = CSVParser.parse(new StringReader(text), TableColumns.format(text))) {
      boolean header = true;
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        if (header) {
          table.header(record.toList());
          header = false;
        } else {
          table.row(record.toList(), line);
        }
      }
      if (header) {
        throw new InputException("Tệp " + file + " trống", file + " is empty");
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException(file + " không phải bảng CSV (" + e.getMessage() + ")",
          file + " is not a CSV table (" + e.getMessage() + ")");
    }
    return table.export;
  }

  private void header(List<String> cells) {
    List<String> missing = columns.find(cells);
    if (!missing.isEmpty()) {
      String names = String.join(", ", missing);
      throw new InputException(file + " không phải danh mục đơn vị: dòng đầu thiếu cột " + names
          + " (cần " + columns.names() + ")",
          file + " is not a unit list: its first row lacks the columns " + names
              + " (expected " + columns.names() + ")");
    }
  }

  private void row(List<String> cells, long line) {
    Subject where = Subject.of("file", file).child("line", String.valueOf(line));
    LocalizedText label = LocalizedText.of("dòng " + line, "line " + line);
    String source = "line " + line;
    int needed = columns.width();
    if (cells.size() < needed) {
      shape(where, label, "có " + cells.size() + " cột, cần ít nhất " + needed,
          cells.size() + " cells, expected at least " + needed);
      return;
    }
    String province = code(cells, PROVINCE_CODE, 2, where, label);
    String district = code(cells, DISTRICT_CODE, 3, where, label);
    if (province == null || district == null || !takeProvince(province, cell(cells, PROVINCE), where, label)) {
      return;
    }
    String communeCell = cell(cells, COMMUNE_CODE);
    String communeName = cell(cells, COMMUNE);
    if (communeCell.isEmpty() && communeName.isEmpty()) {
      // A district without communes: its level is in "Cấp".
      String[] first = districts.get(district);
      if (first != null) {
        if (takeDistrict(district, cell(cells, DISTRICT), null, province, where, label, source)) {
          export.report.add(LoaderRules.REPEATED.finding(where).arg("path", label).actual(LocalizedText.of(
              "huyện " + district + " không có xã đã đọc ở " + first[2].replace("line", "dòng"),
              "district " + district + " without communes already read on " + first[2])).build());
        }
        return;
      }
      UnitType type = export.type(cell(cells, LEVEL), GsoExport.DISTRICT_TYPES, where, label);
      takeDistrict(district, cell(cells, DISTRICT), type, province, where, label, source);
      return;
    }
    if (!takeDistrict(district, cell(cells, DISTRICT), null, province, where, label, source)) {
      return;
    }
    String commune = code(cells, COMMUNE_CODE, 5, where, label);
    if (commune == null) {
      return;
    }
    if (communeName.isEmpty()) {
      shape(where, label, "thiếu tên phường, xã của mã " + commune, "no commune name for code " + commune);
      return;
    }
    UnitType type = export.type(cell(cells, LEVEL), GsoExport.COMMUNE_TYPES, where, label);
    export.takeCommune(commune, communeName, type, district, source);
  }

  /** Takes a province the first time its code is seen; false (reported) when a row names it otherwise. */
  private boolean takeProvince(String code, String name, Subject where, LocalizedText label) {
    String first = provinces.get(code);
    if (first != null) {
      return sameName(first, name, "tỉnh " + code, "province " + code, where, label);
    }
    if (name.isEmpty()) {
      shape(where, label, "thiếu tên tỉnh của mã " + code, "no province name for code " + code);
      return false;
    }
    provinces.put(code, name);
    UnitType type = single(UnitName.parse(name, AdministrativeLevel.PROVINCE).prefixTypes());
    provinceTypes.put(code, type);
    export.takeProvince(code, name, type, "", where, label);
    return true;
  }

  /** Takes a district the first time its code is seen; false (reported) when a row names it otherwise. */
  private boolean takeDistrict(String code, String name, UnitType given, String province, Subject where,
      LocalizedText label, String source) {
    String[] first = districts.get(code);
    if (first != null) {
      if (!first[1].equals(province)) {
        shape(where, label,
            "huyện " + code + " thuộc tỉnh " + province + " nhưng " + first[2].replace("line", "dòng")
                + " đặt nó vào tỉnh " + first[1],
            "district " + code + " is in province " + province + ", but " + first[2] + " put it in province "
                + first[1]);
        return false;
      }
      return sameName(first[0], name, "huyện " + code, "district " + code, where, label);
    }
    if (name.isEmpty()) {
      shape(where, label, "thiếu tên quận, huyện của mã " + code, "no district name for code " + code);
      return false;
    }
    districts.put(code, new String[] {name, province, source});
    UnitType type = given != null ? given : districtType(name);
    export.takeDistrict(code, name, type, province, provinceTypes.get(province), source);
    return true;
  }

  private boolean sameName(String first, String name, String vi, String en, Subject where, LocalizedText label) {
    if (UnitName.matchKey(first).equals(UnitName.matchKey(name))) {
      return true;
    }
    shape(where, label, vi + " là \"" + name + "\" nhưng một dòng trước là \"" + first + "\"",
        en + " is \"" + name + "\" but an earlier row has \"" + first + "\"");
    return false;
  }

  /**
   * The code in a column, its leading zeros restored when a spreadsheet dropped them (reported); null (reported)
   * when it is not a code of that many digits.
   */
  private String code(List<String> cells, String column, int digits, Subject where, LocalizedText label) {
    String text = cell(cells, column);
    if (!text.isEmpty() && text.length() <= digits && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      if (text.length() == digits) {
        return text;
      }
      String code = "0".repeat(digits - text.length()) + text;
      export.report.add(LoaderRules.CODE_ZEROS.finding(where).arg("path", label).arg("field", column)
          .expected(code).actual(text).build());
      return code;
    }
    shape(where, label, "\"" + column + "\" là \"" + text + "\", cần mã " + digits + " chữ số",
        "\"" + column + "\" is \"" + text + "\", expected a code of " + digits + " digits");
    return null;
  }

  private String cell(List<String> cells, String column) {
    return columns.cell(cells, column);
  }

  /** The type a district's name gives; "Thành phố" as a provincial city, which the parent may make the other kind. */
  private static UnitType districtType(String name) {
    java.util.Set<UnitType> types = UnitName.parse(name, AdministrativeLevel.DISTRICT).prefixTypes();
    return types.contains(UnitType.THANH_PHO_THUOC_TINH) ? UnitType.THANH_PHO_THUOC_TINH : single(types);
  }

  private static UnitType single(java.util.Set<UnitType> types) {
    return types.size() == 1 ? types.iterator().next() : null;
  }

  private void shape(Subject where, LocalizedText label, String vi, String en) {
    export.report.add(LoaderRules.SHAPE.finding(where).arg("path", label).actual(LocalizedText.of(vi, en)).build());
  }
}
