package vn.danso.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The shapes of the tables the module reads and writes (cấu trúc bảng số liệu và bảng kết quả kiểm tra): figures in,
 * in the shape of the {@code validate} command's CSV file; findings and counts per rule out.
 *
 * <p>Figures: {@code unit} (a statistics-office code: {@code VN}, 2, 3 or 5 digits), {@code period} ({@code 2024},
 * {@code 2024Q1}, {@code 2024-01}, {@code 2021-2025}), {@code key} ({@code births[male]}, {@code SRB}),
 * {@code value} (a double; NaN and infinities are kept, to be reported) and {@code decimals} (the number of decimals
 * the value was written with, 0 to 9, or null when not stated). Columns are found by name, so a table may have more.
 */
public final class FigureSchema {
  /** The unit's code. */
  public static final String UNIT = "unit";
  /** The period's code. */
  public static final String PERIOD = "period";
  /** The key: an element's part or an indicator. */
  public static final String KEY = "key";
  /** The value. */
  public static final String VALUE = "value";
  /** The decimals the value was written with, or null. */
  public static final String DECIMALS = "decimals";

  /** The figures: unit, period, key (strings), value (double), decimals (int, nullable). */
  public static final StructType FIGURES = new StructType()
      .add(UNIT, DataTypes.StringType, false)
      .add(PERIOD, DataTypes.StringType, false)
      .add(KEY, DataTypes.StringType, false)
      .add(VALUE, DataTypes.DoubleType, true)
      .add(DECIMALS, DataTypes.IntegerType, true);

  /**
   * The findings: {@code rule_id}, {@code severity} ({@code error}, {@code warning}, {@code info}), {@code unit},
   * {@code period}, {@code key} (null when the finding is about a whole report), {@code expected} and
   * {@code actual} (as English writes them, or null), {@code message_vi}, {@code message_en}.
   */
  public static final StructType FINDINGS = new StructType()
      .add("rule_id", DataTypes.StringType, false)
      .add("severity", DataTypes.StringType, false)
      .add(UNIT, DataTypes.StringType, true)
      .add(PERIOD, DataTypes.StringType, true)
      .add(KEY, DataTypes.StringType, true)
      .add("expected", DataTypes.StringType, true)
      .add("actual", DataTypes.StringType, true)
      .add("message_vi", DataTypes.StringType, false)
      .add("message_en", DataTypes.StringType, false);

  /** The figures tagged with the number of the partition group that checks them. */
  static final StructType TAGGED = new StructType()
      .add("group", DataTypes.IntegerType, false)
      .add(UNIT, DataTypes.StringType, true)
      .add(PERIOD, DataTypes.StringType, true)
      .add(KEY, DataTypes.StringType, true)
      .add(VALUE, DataTypes.DoubleType, true)
      .add(DECIMALS, DataTypes.IntegerType, true);

  private FigureSchema() {}
}
