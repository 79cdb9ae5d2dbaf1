package vn.danso.reporting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.UnitCode;
import vn.danso.data.Completeness;
import vn.danso.data.ComponentsSum;
import vn.danso.data.DataKey;
import vn.danso.data.DataCheckSet;
import vn.danso.data.KeyPattern;
import vn.danso.data.ParentEqualsChildrenSum;
import vn.danso.data.Required;
import vn.danso.data.WholeNonNegative;
import vn.danso.indicator.Citation;
import vn.danso.indicator.DataElement;
import vn.danso.indicator.Period;
import vn.danso.indicator.PeriodType;
import vn.danso.indicator.Sex;
import vn.danso.internal.DansoStyle;
import vn.danso.text.LocalizedText;

/**
 * A statistical reporting form (biểu mẫu báo cáo thống kê), such as Biểu 01-DSH that a district's population unit sends
 * each quarter under Thông tư 01/2022/TT-BYT: its code, who fills it, for which periods, when it is due, its rows and
 * columns, and the rules its structure implies.
 *
 * <p>The checks a form implies ({@link #checks()}) are typed checks of {@code vn.danso.data}: every row is filled, counts
 * are whole and not negative, boys + girls = births when the form has all three rows, and with columns
 * {@link FormColumns#WHOLE_THEN_UNITS_BELOW} the whole unit's column equals the sum of the others and every unit below
 * has a column filled. Two more follow from
 * the rows and are checked by {@link FormValidator}: an "of which" row does not exceed its whole
 * ({@code reporting.form.part-exceeds-whole}), and a stock row takes its end-of-period value while a flow row adds up
 * over the parts of a longer period ({@code reporting.form.stock-not-period-end}, {@code reporting.form.flow-not-sum}).
 */
@Value.Immutable
@DansoStyle
public abstract class ReportingForm {
  ReportingForm() {}

  /**
   * Returns the form's code.
   *
   * @return e.g. {@code "01-DSH"}
   */
  public abstract String code();

  /**
   * Returns the form's title.
   *
   * @return the title
   */
  public abstract LocalizedText name();

  /**
   * Returns the level of the units that fill the form.
   *
   * @return e.g. {@link AdministrativeLevel#DISTRICT}
   */
  public abstract AdministrativeLevel filler();

  /**
   * Returns who receives it.
   *
   * @return the recipient, as the text names it
   */
  public abstract LocalizedText recipient();

  /**
   * Returns the kind of period one form reports.
   *
   * @return e.g. {@link PeriodType#QUARTER}
   */
  public abstract PeriodType periodType();

  /**
   * Returns when it is due.
   *
   * @return the deadline
   */
  public abstract Deadline deadline();

  /**
   * Returns the rows, in the form's order.
   *
   * @return the rows
   */
  public abstract ImmutableList<FormRow> rows();

  /**
   * Returns the columns.
   *
   * @return the columns
   */
  public abstract FormColumns columns();

  /**
   * Returns the provision that sets the form.
   *
   * @return the citation
   */
  public abstract Citation source();

  /**
   * Returns the first day of the first period the form may report: a period ending before it predates the form.
   *
   * @return the day the form came into force
   */
  public abstract LocalDate inForceFrom();

  /**
   * Returns the last day a period the form reports may end on, if the form has an end.
   *
   * @return the day, or empty while the form is in force
   */
  public abstract Optional<LocalDate> inForceUntil();

  /**
   * Returns the data elements the rows use that are not in the built-in indicator catalogue.
   *
   * @return the elements
   */
  public abstract ImmutableList<DataElement> elements();

  /**
   * Returns what the library assumes about the form where the sources are silent.
   *
   * @return the note, if any
   */
  public abstract Optional<LocalizedText> note();

  /**
   * Returns the row of a key.
   *
   * @param key the key
   * @return the row, or empty if the form has no such row
   */
  public Optional<FormRow> row(DataKey key) {
    return rows().stream().filter(row -> row.key().equals(key)).findFirst();
  }

  /**
   * Returns true if the form applies to a period: the period is of the form's type and ends within its time in force.
   *
   * @param period the period
   * @return whether the form may report it
   */
  public boolean isInForce(Period period) {
    return period.type() == periodType() && !period.end().isBefore(inForceFrom())
        && inForceUntil().map(until -> !period.end().isAfter(until)).orElse(true);
  }

  /**
   * Returns the rules the form implies, as typed rules of the data engine.
   *
   * @return the rule set
   */
  @Value.Derived
  public DataCheckSet checks() {
    DataCheckSet.Builder rules = DataCheckSet.builder();
    Set<DataKey> keys = new HashSet<>();
    for (FormRow row : rows()) {
      keys.add(row.key());
      rules.add(Required.builder().key(row.key()).build());
      rules.add(WholeNonNegative.builder().keys(KeyPattern.of(row.key())).build());
      if (columns() == FormColumns.WHOLE_THEN_UNITS_BELOW) {
        rules.add(ParentEqualsChildrenSum.builder().keys(KeyPattern.of(row.key())).build());
      }
    }
    if (columns() == FormColumns.WHOLE_THEN_UNITS_BELOW) {
      rules.add(Completeness.ofLeaves());
    }
    if (keys.containsAll(ImmutableSet.of(DataKey.parse("births"), DataKey.parse("births[male]"),
        DataKey.parse("births[female]")))) {
      rules.add(ComponentsSum.of("births", Sex.MALE, Sex.FEMALE));
    }
    return rules.build();
  }

  /**
   * Returns a builder of a filled form (a sheet) of this form.
   *
   * @param unit the unit filling it: its figures go in the first column
   * @param period the period reported
   * @param unitsBelow the units below, one column each, for a form with {@link FormColumns#WHOLE_THEN_UNITS_BELOW};
   *     none for a form of one column
   * @return the builder
   * @throws IllegalArgumentException if the period is not of the form's type, or columns do not fit the form
   */
  public FormSheet.Builder sheet(UnitCode unit, Period period, Iterable<UnitCode> unitsBelow) {
    return new FormSheet.Builder(this, unit, period, ImmutableList.copyOf(unitsBelow));
  }

  @Value.Check
  void check() {
    if (rows().isEmpty()) {
      throw new IllegalStateException("form " + code() + " has no rows");
    }
    Set<DataKey> seen = new HashSet<>();
    for (FormRow row : rows()) {
      if (!seen.add(row.key())) {
        throw new IllegalStateException("form " + code() + ": row " + row.key() + " is given twice");
      }
    }
    for (FormRow row : rows()) {
      if (row.partOf().isPresent() && !seen.contains(row.partOf().get())) {
        throw new IllegalStateException("form " + code() + ": row " + row.key() + " is part of "
            + row.partOf().get() + ", which is not a row of the form");
      }
    }
    if (inForceUntil().isPresent() && inForceUntil().get().isBefore(inForceFrom())) {
      throw new IllegalStateException("form " + code() + " ends before it starts");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportingForm}. Not thread-safe. */
  public static final class Builder extends ImmutableReportingForm.Builder {
    Builder() {}

    /**
     * Sets the title in both languages.
     *
     * @param vi the Vietnamese title
     * @param en the English title
     * @return this builder
     */
    public Builder name(String vi, String en) {
      return name(LocalizedText.of(vi, en));
    }
  }
}
