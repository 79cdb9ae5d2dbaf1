package vn.danso.body;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A term of office of a body (nhiệm kỳ, khóa): the XII term of the Party Central Committee, the 15th legislature
 * of the National Assembly. Its period is given by the integrator; danso does not hard-code term dates.
 *
 * <p>Terms matter for document identity: Party committees number their documents from 01 per type within a term
 * (Hướng dẫn 36-HD/VPTW, mục II.1.3.1), and the National Assembly and its Standing Committee number laws, ordinances
 * and resolutions per legislature (Luật Ban hành văn bản quy phạm pháp luật 2015, Điều 10). A Party term runs from
 * the day after one congress closes to the closing day of the next one.
 */
public final class Term {
  private final int ordinal;
  private final Range<LocalDate> period;

  private Term(int ordinal, Range<LocalDate> period) {
    this.ordinal = ordinal;
    this.period = period;
  }

  /**
   * Returns the term with the given ordinal and period.
   *
   * @param ordinal the term's number, 12 for khóa XII; at least 1
   * @param period the days of the term; an upper-unbounded range for the current term
   * @return the term
   */
  public static Term of(int ordinal, Range<LocalDate> period) {
    checkArgument(ordinal >= 1 && ordinal <= 3999, "term ordinal %s is out of range: use 1 to 3999", ordinal);
    checkNotNull(period, "period is null: give the days of the term (Range.atLeast(start) for the current term)");
    checkArgument(!period.isEmpty(), "the period of term %s is empty", ordinal);
    return new Term(ordinal, period);
  }

  /**
   * Returns the term's number.
   *
   * @return the ordinal, 12 for khóa XII
   */
  public int ordinal() {
    return ordinal;
  }

  /**
   * Returns the days of the term.
   *
   * @return the period
   */
  public Range<LocalDate> period() {
    return period;
  }

  /**
   * Returns true if the day falls within the term.
   *
   * @param date the day
   * @return whether the term includes it
   */
  public boolean contains(LocalDate date) {
    return period.contains(checkNotNull(date, "date is null"));
  }

  /**
   * Returns the term as Vietnamese documents name it: {@code "khóa XII"}.
   *
   * @return the label
   */
  public String label() {
    return label(ordinal);
  }

  /**
   * Returns the label of the term with the given ordinal: {@code label(12)} is {@code "khóa XII"}.
   *
   * @param ordinal the term's number, 1 to 3999
   * @return the label
   * @throws IllegalArgumentException if the ordinal is outside 1 to 3999
   */
  public static String label(int ordinal) {
    checkArgument(ordinal >= 1 && ordinal <= 3999, "term ordinal %s is out of range: use 1 to 3999", ordinal);
    return "khóa " + roman(ordinal);
  }

  private static String roman(int n) {
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      while (n >= values[i]) {
        out.append(symbols[i]);
        n -= values[i];
      }
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Term && ordinal == ((Term) o).ordinal && period.equals(((Term) o).period);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ordinal, period);
  }

  /** Returns e.g. {@code "khóa XII [2016-01-28..2021-01-31]"}. */
  @Override
  public String toString() {
    return label() + " " + period;
  }
}
