/**
 * danso's data validation engine on Apache Spark (kiểm tra số liệu trên Spark): the same rules and the same findings
 * as {@link vn.danso.data.DataValidator}, over figures too many for one machine.
 *
 * <ul>
 *   <li>{@link vn.danso.spark.SparkValidator} checks a DataFrame of figures ({@link vn.danso.spark.FigureSchema})
 *       a province per task and returns a {@link vn.danso.spark.SparkReport}: the findings and their counts per
 *       rule, as DataFrames.
 *   <li>Rules and catalogue travel as {@link vn.danso.spark.SerializableSupplier recipes}, made once per executor.
 *   <li>{@link vn.danso.spark.NationalFiguresJob} generates a decade of monthly commune figures by sex and single
 *       year of age, checks them, and compares the rate with the single-machine engine on one province.
 * </ul>
 *
 * <p>Spark is a provided dependency; {@code docs/spark.md} explains the partitioning and how to run on a cluster.
 */
package vn.danso.spark;
