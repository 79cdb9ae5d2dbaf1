package vn.danso.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;
import java.util.Optional;
import vn.danso.indicator.Period;
import vn.danso.text.VietnameseText;

/**
 * A phase of a plan (giai đoạn): a span of whole years with what the plan means to do in it, such as seed 004's
 * "giai đoạn 2021 – 2025: giữ ổn định mô hình tổ chức bộ máy…" and "giai đoạn 2026 – 2030".
 *
 * <p>The span is a {@link Period} of type phase ({@code 2021-2025}) or a single year. Immutable; compares by value.
 */
public final class Phase {
  private final Period period;
  private final String description;

  private Phase(Period period, String description) {
    this.period = period;
    this.description = description;
  }

  /**
   * Returns the phase over the given years.
   *
   * @param period a phase or a year, e.g. {@code Period.phase(2021, 2025)}
   * @return the phase, without a description
   * @throws IllegalArgumentException if the period is not whole years
   */
  public static Phase of(Period period) {
    return new Phase(checkPeriod(period), null);
  }

  /**
   * Returns the phase over the given years with what is to be done in it.
   *
   * @param period a phase or a year
   * @param description what the plan means to do, as the document words it
   * @return the phase
   * @throws IllegalArgumentException if the description is blank or the period is not whole years
   */
  public static Phase of(Period period, String description) {
    checkNotNull(description, "description is null: use Phase.of(period) without one");
    String normal = VietnameseText.normalize(description);
    checkArgument(!normal.isEmpty(), "description is blank: use Phase.of(period) without one");
    return new Phase(checkPeriod(period), normal);
  }

  /**
   * Returns the phase from its code, {@code "2021-2025"} (any dash).
   *
   * @param code the period's code
   * @return the phase
   * @throws IllegalArgumentException if the text is not a period code (a
   *     {@link vn.danso.indicator.PeriodParseException} that says where), or names a period that is not whole years
   *     such as {@code 2020Q3}
   */
  public static Phase parse(CharSequence code) {
    return of(Period.parse(code));
  }

  private static Period checkPeriod(Period period) {
    checkNotNull(period, "period is null");
    checkArgument(period.months() % 12 == 0 && period.firstMonth().getMonthValue() == 1,
        "a phase spans whole years: use Period.phase(first, last) or Period.year(y), not %s", period);
    return period;
  }

  /**
   * Returns the years of the phase.
   *
   * @return the period
   */
  public Period period() {
    return period;
  }

  /**
   * Returns what the plan means to do in the phase.
   *
   * @return the description, or empty
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Returns the first year.
   *
   * @return the first year
   */
  public int firstYear() {
    return period.firstYear();
  }

  /**
   * Returns the last year.
   *
   * @return the last year
   */
  public int lastYear() {
    return period.lastYear();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Phase)) {
      return false;
    }
    Phase that = (Phase) o;
    return period.equals(that.period) && Objects.equals(description, that.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, description);
  }

  /** Returns e.g. {@code "2021-2025"}. */
  @Override
  public String toString() {
    return period.toString();
  }
}
