package vn.danso.spark;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The result of checking figures on Spark (kết quả kiểm tra số liệu trên Spark): a table of findings and a small table
 * of counts per rule, both lazy. Writing them (Parquet, a table, the console) is the caller's choice; a caller that
 * uses both should {@code persist()} the findings first, or they are computed twice.
 */
public final class SparkReport {
  private final Dataset<Row> findings;

  SparkReport(Dataset<Row> findings) {
    this.findings = findings;
  }

  /**
   * Returns the findings, one a row, in the shape of {@link FigureSchema#FINDINGS}, in no particular order.
   *
   * @return the findings
   */
  public Dataset<Row> findings() {
    return findings;
  }

  /**
   * Returns the number of findings per rule: {@code rule_id}, {@code severity}, {@code count}, by rule id.
   *
   * @return the counts
   */
  public Dataset<Row> countsByRule() {
    return findings.groupBy(col("rule_id"), col("severity")).count().orderBy(col("rule_id"), col("severity"));
  }

  @Override
  public String toString() {
    return "SparkReport[" + findings.schema().simpleString() + "]";
  }
}
