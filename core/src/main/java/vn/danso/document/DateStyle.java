package vn.danso.document;

/**
 * How a Vietnamese date is written (cách viết ngày tháng): in words, as the date line of a document must be, or in
 * figures, as articles and data files cite dates.
 */
public enum DateStyle {
  /** {@code ngày 04 tháng 6 năm 2018}: the form Nghị định 30/2020/NĐ-CP, Phụ lục I requires in the date line. */
  WORDS,
  /** {@code 25/10/2017}, optionally after "ngày". */
  SLASH,
  /** {@code 25-10-2017}, optionally after "ngày". */
  DASH,
  /** {@code 25.10.2017}, optionally after "ngày". */
  DOT
}
