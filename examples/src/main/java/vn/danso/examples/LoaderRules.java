package vn.danso.examples;

import vn.danso.validation.Rule;
import vn.danso.validation.Severity;

/**
 * What the example loaders report about the files they read: every row they could not take, or took with a
 * correction, with its JSON path. These rules belong to the examples, not to the library's catalogue.
 */
final class LoaderRules {
  /** A value where the format puts an object or an array, or an object without a field the format requires. */
  static final Rule SHAPE = Rule.builder()
      .id("loader.shape")
      .severity(Severity.ERROR)
      .title("Dòng không đúng cấu trúc tệp", "Row does not fit the file format")
      .message("{path}: {actual}; dòng không được dùng", "{path}: {actual}; the row is not used")
      .build();

  /** A type text the format does not define at that level. */
  static final Rule TYPE_UNKNOWN = Rule.builder()
      .id("loader.type-unknown")
      .severity(Severity.WARNING)
      .title("Loại đơn vị không rõ", "Unknown unit type")
      .message("{path}: loại \"{actual}\" không có ở cấp này (cần {expected}); loại được đọc từ tên",
          "{path}: type \"{actual}\" does not exist at this level (expected {expected}); the type is read from "
              + "the name")
      .build();

  /** A province of the export that differs from the library's catalogue on the export date. */
  static final Rule PROVINCE_DIFFERS = Rule.builder()
      .id("loader.province-differs")
      .severity(Severity.WARNING)
      .title("Tỉnh khác danh mục của thư viện", "Province differs from the library's catalogue")
      .message("{path}: tỉnh {code} là \"{actual}\" trong tệp nhưng là \"{expected}\" trong danh mục ngày {date}",
          "{path}: province {code} is \"{actual}\" in the file but \"{expected}\" in the catalogue on {date}")
      .build();

  /** A new province of the mapping whose predecessors differ from the library's catalogue. */
  static final Rule MERGER_DIFFERS = Rule.builder()
      .id("loader.province-merger-differs")
      .severity(Severity.WARNING)
      .title("Sáp nhập tỉnh khác danh mục của thư viện", "Province merger differs from the library's catalogue")
      .message("{path}: tỉnh mới {code} được lập từ {actual} trong tệp nhưng từ {expected} trong danh mục",
          "{path}: new province {code} is formed from {actual} in the file but from {expected} in the catalogue")
      .build();

  /** A unit code written as a JSON number, read with its leading zeros restored. */
  static final Rule CODE_NUMBER = Rule.builder()
      .id("loader.code-number")
      .severity(Severity.WARNING)
      .title("Mã ghi dạng số", "Code written as a number")
      .message("{path}: \"{field}\" là số JSON {actual}, được đọc là mã \"{expected}\" (thêm các số 0 đầu)",
          "{path}: \"{field}\" is the JSON number {actual}, read as code \"{expected}\" (leading zeros restored)")
      .build();

  /** A unit code a spreadsheet saved as a number, without its leading zeros, read with them restored. */
  static final Rule CODE_ZEROS = Rule.builder()
      .id("loader.code-zeros")
      .severity(Severity.WARNING)
      .title("Mã mất số 0 đầu", "Code without its leading zeros")
      .message("{path}: \"{field}\" là {actual}, được đọc là mã \"{expected}\" (thêm các số 0 đầu mà bảng tính "
              + "đã bỏ)",
          "{path}: \"{field}\" is {actual}, read as code \"{expected}\" (the leading zeros a spreadsheet dropped "
              + "restored)")
      .build();

  /** A row that repeats what earlier rows said and adds nothing. */
  static final Rule REPEATED = Rule.builder()
      .id("loader.row-repeated")
      .severity(Severity.INFO)
      .title("Dòng lặp lại", "Row repeated")
      .message("{path}: {actual}; dòng không thêm gì", "{path}: {actual}; the row adds nothing")
      .build();

  private LoaderRules() {}
}
