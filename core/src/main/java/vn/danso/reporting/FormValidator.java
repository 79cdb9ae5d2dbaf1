package vn.danso.reporting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.OptionalDouble;
import vn.danso.admin.UnitCode;
import vn.danso.data.DataKey;
import vn.danso.data.DataValidator;
import vn.danso.data.Dataset;
import vn.danso.indicator.Period;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * Checks filled reporting forms (kiểm tra biểu báo cáo): the data engine with the rules the form implies, then what the
 * form's rows add — an "of which" row does not exceed its whole, and over a longer period a stock row takes its
 * end-of-period value while a flow row adds up. Every defect is a finding; nothing throws on bad figures. Immutable and
 * thread-safe.
 */
public final class FormValidator {
  private static final FormValidator BUILT_IN = new FormValidator(FormCatalogue.builtIn());

  private final FormCatalogue catalogue;

  private FormValidator(FormCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * Returns the validator of the built-in forms.
   *
   * @return the validator
   */
  public static FormValidator builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns a validator whose indicator catalogue knows the elements of a catalogue's forms.
   *
   * @param catalogue the forms
   * @return the validator
   */
  public static FormValidator of(FormCatalogue catalogue) {
    return new FormValidator(checkNotNull(catalogue, "catalogue is null"));
  }

  /**
   * Checks a filled form: whether the form applies to the period, the form's rules over every column (the whole unit's
   * column against the sum of the others), and every "of which" cell against its whole.
   *
   * @param sheet the filled form
   * @return every finding
   */
  public ValidationReport validate(FormSheet sheet) {
    checkNotNull(sheet, "sheet is null");
    ReportingForm form = sheet.form();
    ValidationReport.Builder report = ValidationReport.builder();
    if (!form.isInForce(sheet.period())) {
      report.add(ReportingRules.FORM_NOT_IN_FORCE.finding(Subject.of("form", form.code()))
          .expected(inForce(form)).actual(sheet.period().end())
          .arg("form", form.code()).arg("period", sheet.period().code())
          .build());
    }
    DataValidator engine = DataValidator.builder()
        .catalogue(catalogue.indicatorCatalogue())
        .checks(form.checks())
        .units(sheet.tree())
        .build();
    report.addAll(engine.check(sheet.toDataset()).toReport());
    for (UnitCode column : sheet.columns()) {
      for (FormRow row : form.rows()) {
        if (row.partOf().isPresent()) {
          partAgainstWhole(form, row, sheet.value(row.key(), column), row.partOf().get(),
              sheet.value(row.partOf().get(), column), column, sheet.period(), report);
        }
      }
    }
    return report.build();
  }

  /**
   * Checks a longer period's figures against the parts of it a form reports: for every unit of the dataset with the
   * longer period and all its parts, a stock row's value equals its last part's and a flow row's equals their sum.
   * The yearly figures of a district, for instance, against its four quarterly 01-DSH reports.
   *
   * @param form the form the parts were reported on
   * @param dataset the figures, of the longer period and its parts
   * @param whole the longer period, e.g. a year for a quarterly form
   * @return every finding
   * @throws IllegalArgumentException if the period is not longer than the form's
   */
  public ValidationReport checkPeriods(ReportingForm form, Dataset dataset, Period whole) {
    checkNotNull(form, "form is null");
    checkNotNull(dataset, "dataset is null");
    checkNotNull(whole, "whole is null");
    checkArgument(whole.type().compareTo(form.periodType()) > 0,
        "%s is not longer than the %s form %s reports", whole, form.periodType(), form.code());
    ImmutableList<Period> parts = whole.parts(form.periodType());
    ValidationReport.Builder report = ValidationReport.builder();
    for (UnitCode unit : dataset.units()) {
      for (FormRow row : form.rows()) {
        OptionalDouble total = dataset.get(unit, whole, row.key());
        double[] values = new double[parts.size()];
        boolean complete = total.isPresent() && Double.isFinite(total.getAsDouble());
        for (int i = 0; complete && i < parts.size(); i++) {
          OptionalDouble part = dataset.get(unit, parts.get(i), row.key());
          complete = part.isPresent() && Double.isFinite(part.getAsDouble());
          values[i] = complete ? part.getAsDouble() : 0;
        }
        if (complete) {
          periodFinding(form, row, unit, whole, parts, values, total.getAsDouble(), report);
        }
      }
    }
    return report.build();
  }

  private static void periodFinding(ReportingForm form, FormRow row, UnitCode unit, Period whole,
      ImmutableList<Period> parts, double[] values, double total, ValidationReport.Builder report) {
    Subject subject = subject(unit, whole, row.key());
    if (row.measure() == Measure.STOCK) {
      double last = values[values.length - 1];
      if (Math.abs(total - last) > 1e-9) {
        report.add(ReportingRules.FORM_STOCK_NOT_PERIOD_END.finding(subject).expected(last).actual(total)
            .arg("form", form.code()).arg("row", row.number()).arg("key", row.key().toString())
            .arg("period", whole.code()).arg("last", parts.get(parts.size() - 1).code())
            .build());
      }
      return;
    }
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    if (Math.abs(total - sum) > 1e-9) {
      report.add(ReportingRules.FORM_FLOW_NOT_SUM.finding(subject).expected(sum).actual(total)
          .arg("form", form.code()).arg("row", row.number()).arg("key", row.key().toString())
          .arg("period", whole.code()).arg("parts", parts.size())
          .build());
    }
  }

  private static void partAgainstWhole(ReportingForm form, FormRow row, OptionalDouble part, DataKey wholeKey,
      OptionalDouble whole, UnitCode column, Period period, ValidationReport.Builder report) {
    if (part.isEmpty() || whole.isEmpty() || !Double.isFinite(part.getAsDouble())
        || !Double.isFinite(whole.getAsDouble()) || part.getAsDouble() <= whole.getAsDouble()) {
      return;
    }
    report.add(ReportingRules.FORM_PART_EXCEEDS_WHOLE.finding(subject(column, period, row.key()))
        .expected(whole.getAsDouble()).actual(part.getAsDouble())
        .arg("form", form.code()).arg("row", row.number()).arg("key", row.key().toString())
        .arg("whole", wholeKey.toString())
        .build());
  }

  private static String inForce(ReportingForm form) {
    LocalDate from = form.inForceFrom();
    return form.inForceUntil().map(until -> from + " – " + until).orElse("≥ " + from);
  }

  private static Subject subject(UnitCode unit, Period period, DataKey key) {
    return Subject.of("unit", unit.value()).child("period", period.code()).child(key.subjectKind(), key.toString());
  }
}
