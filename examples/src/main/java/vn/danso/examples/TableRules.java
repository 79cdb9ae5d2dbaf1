package vn.danso.examples;

import vn.danso.validation.Rule;
import vn.danso.validation.Severity;

/**
 * What the loader of published statistics tables ({@link PxTable}, {@link ProvinceRows}) reports: every row and cell
 * it could not take, and every row it took aside (the country, the regions, a province that no longer exists), with
 * its line. These rules belong to the examples, not to the library's catalogue.
 */
final class TableRules {
  /** The file has no header row. */
  static final Rule NO_HEADER = Rule.builder()
      .id("table.no-header")
      .severity(Severity.ERROR)
      .title("Không có dòng tiêu đề cột", "No header row")
      .message("{file}: không có dòng tiêu đề cột nào bắt đầu bằng cột tên đơn vị; không đọc được gì",
          "{file}: no header row starting with the column of names; nothing is read")
      .build();

  /** A line between the title and the header row: a second title line, or a row before its header. */
  static final Rule LINE_BEFORE_HEADER = Rule.builder()
      .id("table.line-before-header")
      .severity(Severity.WARNING)
      .title("Dòng trước dòng tiêu đề cột", "Line before the header row")
      .message("{file}:{line}: \"{actual}\" nằm giữa tên bảng và dòng tiêu đề cột; dòng không được dùng",
          "{file}:{line}: \"{actual}\" stands between the table's title and its header row; the line is not used")
      .build();

  /** A row has more or fewer cells than the header. */
  static final Rule ROW_WIDTH = Rule.builder()
      .id("table.row-width")
      .severity(Severity.ERROR)
      .title("Số ô của dòng khác dòng tiêu đề", "Row width differs from the header")
      .message("{file}:{line}: {actual} ô trong khi dòng tiêu đề có {expected}; dòng không được dùng",
          "{file}:{line}: {actual} cells where the header has {expected}; the row is not used")
      .build();

  /** A cell is neither a number nor the mark of a figure not available. */
  static final Rule CELL_UNREADABLE = Rule.builder()
      .id("table.cell-unreadable")
      .severity(Severity.ERROR)
      .title("Ô không đọc được", "Unreadable cell")
      .message("{file}:{line}: cột \"{column}\": \"{actual}\" không phải là số, cũng không phải \"..\"; ô không được dùng",
          "{file}:{line}: column \"{column}\": \"{actual}\" is neither a number nor \"..\"; the cell is not used")
      .build();

  /** A cell holds a number no figure can be: more decimals than a reported value keeps, or beyond a double. */
  static final Rule CELL_OUT_OF_RANGE = Rule.builder()
      .id("table.cell-out-of-range")
      .severity(Severity.ERROR)
      .title("Ô có số ngoài phạm vi", "Cell with a number out of range")
      .message("{file}:{line}: cột \"{column}\": \"{actual}\" có hơn {decimals} chữ số thập phân hoặc vượt quá "
              + "phạm vi của số thực; ô không được dùng",
          "{file}:{line}: column \"{column}\": \"{actual}\" has more than {decimals} decimals or is beyond the "
              + "range of a double; the cell is not used")
      .build();

  /** A province's cell is marked as not available. */
  static final Rule NOT_AVAILABLE = Rule.builder()
      .id("table.not-available")
      .severity(Severity.INFO)
      .title("Số liệu không có", "Figure not available")
      .message("{file}:{line}: {name}, cột \"{column}\": \"..\", không có số liệu",
          "{file}:{line}: {name}, column \"{column}\": \"..\", not available")
      .build();

  /** A row names no province, region or country of the table's day. */
  static final Rule ROW_UNMATCHED = Rule.builder()
      .id("table.row-unmatched")
      .severity(Severity.WARNING)
      .title("Dòng không khớp đơn vị nào", "Row matches no unit")
      .message("{file}:{line}: \"{actual}\" không phải tỉnh, vùng hay cả nước vào ngày {date}; dòng không được dùng",
          "{file}:{line}: \"{actual}\" is not a province, a region or the country on {date}; the row is not used")
      .build();

  /** A row names a province that no longer existed on the table's day. */
  static final Rule ROW_FORMER_PROVINCE = Rule.builder()
      .id("table.row-former-province")
      .severity(Severity.INFO)
      .title("Tỉnh không còn tồn tại", "Province no longer exists")
      .message("{file}:{line}: \"{actual}\" không còn vào ngày {date} ({note}); dòng không được dùng",
          "{file}:{line}: \"{actual}\" no longer existed on {date} ({note}); the row is not used")
      .build();

  /** A province is given by more than one row. */
  static final Rule ROW_DUPLICATE = Rule.builder()
      .id("table.row-duplicate")
      .severity(Severity.WARNING)
      .title("Tỉnh có nhiều dòng", "Province given twice")
      .message("{file}:{line}: \"{actual}\" là tỉnh {code}, đã có ở dòng {first}; dòng này không được dùng",
          "{file}:{line}: \"{actual}\" is province {code}, already given on line {first}; this row is not used")
      .build();

  private TableRules() {}
}
