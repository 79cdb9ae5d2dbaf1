package vn.danso.spark;

import vn.danso.validation.Rule;
import vn.danso.validation.Severity;

/**
 * What the Spark module itself reports (quy tắc của mô-đun Spark): a row of figures it could not read. Every other
 * finding comes from the library's engine and carries one of its rule ids ({@code docs/rules.md}); this one belongs to
 * the module, as the example loaders' rules belong to the examples.
 */
public final class SparkRules {
  /** A row whose unit, period, key, value or decimals cannot be read: it is reported and not checked. */
  public static final Rule FIGURE_UNREADABLE = Rule.builder()
      .id("spark.figure-unreadable")
      .severity(Severity.ERROR)
      .title("Dòng số liệu không đọc được", "Row of figures cannot be read")
      .message("Dòng (đơn vị {unit}, kỳ {period}, chỉ tiêu {key}) không đọc được: {actual}; dòng không được kiểm tra",
          "Row (unit {unit}, period {period}, key {key}) cannot be read: {actual}; the row is not checked")
      .build();

  private SparkRules() {}
}
