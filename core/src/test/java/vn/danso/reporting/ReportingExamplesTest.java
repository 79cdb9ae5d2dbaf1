package vn.danso.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.UnitCode;
import vn.danso.data.Required;
import vn.danso.data.WholeNonNegative;
import vn.danso.indicator.Citation;
import vn.danso.indicator.Period;
import vn.danso.indicator.PeriodType;
import vn.danso.indicator.UnitOfMeasure;
import vn.danso.text.LocalizedText;
import vn.danso.validation.ValidationReport;

/**
 * The examples in the Javadoc of the reporting builders, each run as written (BuilderExampleCoverageTest checks that
 * the Javadoc and these lines agree).
 */
class ReportingExamplesTest {
  @Test
  void theReportingFormExampleRuns() {
    ReportingForm monthly = ReportingForm.builder()           // a province's own form, for illustration
        .code("T-01")
        .name("Báo cáo nhanh sinh, chết hằng tháng", "Monthly births and deaths")
        .filler(AdministrativeLevel.COMMUNE)
        .recipient(LocalizedText.of("Cơ quan dân số cấp tỉnh", "The provincial population unit"))
        .periodType(PeriodType.MONTH)
        .deadline(Deadline.workingDays(5, "the province's decision that sets the form"))
        .columns(FormColumns.UNIT_ONLY)
        .source(Citation.of("the province's decision that sets the form"))
        .inForceFrom(LocalDate.of(2025, 7, 1))
        .addRows(FormRow.of("1", "births", "Số trẻ sinh ra", "Births", UnitOfMeasure.PERSONS, Measure.FLOW),
            FormRow.of("2", "deaths", "Số người chết", "Deaths", UnitOfMeasure.PERSONS, Measure.FLOW))
        .build();
    monthly.checks();   // every row filled; counts whole and not negative

    assertThat(monthly.checks().checks()).contains(Required.of("births"), Required.of("deaths"),
        WholeNonNegative.of("births"), WholeNonNegative.of("deaths"));
    assertThat(monthly.isInForce(Period.month(2025, 7))).isTrue();
  }

  @Test
  void theFormSheetExampleRuns() {
    List<UnitCode> communes = List.of(UnitCode.of("31018"));

    FormSheet sheet = FormCatalogue.builtIn().form("01-DSH")
        .sheet(UnitCode.of("909"), Period.quarter(2024, 1), communes)
        .set("births", UnitCode.of("909"), 268)
        .set("births", UnitCode.of("31018"), 41)     // … and the form's other rows, for each column
        .build();
    ValidationReport report = FormValidator.builtIn().validate(sheet);

    assertThat(sheet.columns()).containsExactly(UnitCode.of("909"), UnitCode.of("31018"));
    assertThat(report.isValid()).isFalse();   // the other rows are missing
  }

  @Test
  void theWorkingCalendarExampleRuns() {
    SpecialDay madeUpSaturday = SpecialDay.makeUpWorkingDay(LocalDate.of(2026, 10, 10), "illustrative only");

    WorkingCalendar ours = WorkingCalendar.builder()
        .addAll(VietnamHolidays.civilService())   // the civil service's days off of 2024–2026, with their sources
        .add(madeUpSaturday)                      // a Saturday worked in exchange, with the decision that set it
        .build();

    assertThat(ours.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
    assertThat(VietnamHolidays.civilService().isWorkingDay(LocalDate.of(2026, 10, 10))).isFalse();
  }
}
