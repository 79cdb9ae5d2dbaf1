package vn.danso.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;
import vn.danso.reporting.FormCatalogue;
import vn.danso.reporting.FormSheet;
import vn.danso.reporting.FormValidator;
import vn.danso.reporting.ReportReceipt;
import vn.danso.reporting.ReportingForm;
import vn.danso.reporting.SpecialDay;
import vn.danso.reporting.Timeliness;
import vn.danso.reporting.VietnamHolidays;
import vn.danso.reporting.WorkingCalendar;
import vn.danso.text.Language;
import vn.danso.text.TextTable;
import vn.danso.validation.ValidationReport;

/**
 * The reporting regime of Thông tư 01/2022/TT-BYT on an example: the civil service's days off of 2024–2026 with their
 * sources, the due dates of the forms, a district's quarterly form 01-DSH with one inconsistency, and the communes'
 * yearly reports received late. The district's and communes' figures and the days reports arrived are illustrative,
 * made up to show the checks; the unit codes are Huyện An Minh's and its communes' on the statistics office's list.
 */
final class ReportingExample {
  private static final UnitCode AN_MINH = UnitCode.of("909");
  private static final List<UnitCode> COMMUNES = List.of("31018", "31021", "31024", "31030", "31031", "31033",
      "31036", "31039", "31042", "31045", "31048").stream().map(UnitCode::of).toList();

  private final Language language;
  private final PrintStream out;

  private ReportingExample(Language language, PrintStream out) {
    this.language = language;
    this.out = out;
  }

  /** Prints the example in a language. */
  static void print(Language language, PrintStream out) {
    new ReportingExample(language, out).run();
  }

  private String t(String vi, String en) {
    return language == Language.VI ? vi : en;
  }

  private void run() {
    WorkingCalendar calendar = VietnamHolidays.civilService();
    daysOff(calendar);
    dueDates(calendar);
    form();
    timeliness(calendar);
  }

  private void daysOff(WorkingCalendar calendar) {
    out.println(t("Ngày nghỉ lễ, nghỉ bù, hoán đổi và ngày làm bù của cán bộ, công chức, ",
        "Holidays, compensatory and swapped days off, and Saturdays worked, of the civil service, ")
        + calendar.years().first() + "–" + calendar.years().last() + ":");
    TextTable.Builder table = TextTable.builder().column(t("ngày", "day")).column(t("thứ", "weekday"))
        .column(t("loại", "kind")).column(t("dịp", "holiday"));
    for (SpecialDay day : calendar.specialDays().values()) {
      table.row(day.date(), day.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, locale()), day.kind(),
          day.holiday().map(h -> h.label(language)).orElse(""));
    }
    out.print(table.build().format(2));
    out.println(t("  Nguồn của từng ngày: SpecialDay.source(), ví dụ ", "  Each day's source: SpecialDay.source(), e.g. ")
        + calendar.specialDay(LocalDate.of(2026, 2, 17)).orElseThrow().source());
    out.println();
  }

  private void dueDates(WorkingCalendar calendar) {
    out.println(t("Hạn gửi báo cáo:", "Due dates:"));
    TextTable.Builder table = TextTable.builder().column(t("biểu", "form")).column(t("kỳ", "period"))
        .column(t("hạn", "due"));
    ReportingForm dsh = FormCatalogue.builtIn().form("01-DSH");
    ReportingForm dsx = FormCatalogue.builtIn().form("03-DSX");
    for (Period quarter : List.of(Period.quarter(2024, 4), Period.quarter(2025, 1), Period.quarter(2025, 2))) {
      table.row("01-DSH", quarter.code(), dsh.deadline().dueDate(quarter, calendar));
    }
    for (Period year : List.of(Period.year(2024), Period.year(2025))) {
      table.row("03-DSX", year.code(), dsx.deadline().dueDate(year, calendar));
    }
    out.print(table.build().format(2));
    out.println("  01-DSH: " + dsh.deadline().source());
    out.println("  03-DSX: " + dsx.deadline().source());
    out.println("  " + dsh.note().orElseThrow().get(language));
    out.println();
  }

  private void form() {
    ReportingForm dsh = FormCatalogue.builtIn().form("01-DSH");
    FormSheet.Builder sheet = dsh.sheet(AN_MINH, Period.quarter(2024, 1), COMMUNES);
    long[] births = {31, 22, 28, 20, 23, 22, 19, 26, 25, 24, 27};
    Map<String, Long> district = new LinkedHashMap<>();
    for (int i = 0; i < COMMUNES.size(); i++) {
      Map<String, Long> cells = commune(births[i]);
      if (COMMUNES.get(i).value().equals("31031")) {
        cells.put("births.order-3-plus", births[i] + 2);          // more third or later children than births
      }
      cells.forEach((key, value) -> district.merge(key, value, Long::sum));
      UnitCode commune = COMMUNES.get(i);
      cells.forEach((key, value) -> sheet.set(key, commune, value));
    }
    district.merge("births[male]", -3L, Long::sum);               // the whole district's column lacks 3 boys
    district.forEach((key, value) -> sheet.set(key, AN_MINH, value));
    ValidationReport report = FormValidator.builtIn().validate(sheet.build());
    out.println(t("Biểu 01-DSH của Huyện An Minh, quý 1/2024 (số liệu minh họa; xã 31031 ghi số con thứ ba trở lên "
        + "lớn hơn số trẻ sinh; cột toàn huyện ghi thiếu 3 trẻ trai):", "Form 01-DSH of Huyện An Minh, 2024Q1 "
        + "(illustrative figures; commune 31031 writes more third or later children than births; the whole "
        + "district's column lacks 3 boys):"));
    out.print(report.format(language));
    out.println();
  }

  /** One commune's column of illustrative figures, consistent with the form's rules. */
  private static Map<String, Long> commune(long births) {
    Map<String, Long> cells = new LinkedHashMap<>();
    long boys = births / 2 + 1;
    cells.put("households", 2500L);
    cells.put("households.family", 2480L);
    cells.put("population.resident", 9000L);
    cells.put("women.married-15-49", 1800L);
    cells.put("births", births);
    cells.put("births[male]", boys);
    cells.put("births[female]", births - boys);
    cells.put("births.order-2", births / 3);
    cells.put("births.order-3-plus", births / 5);
    cells.put("births.mother-under-20", 1L);
    cells.put("deaths", 12L);
    cells.put("marriages", 15L);
    cells.put("marriages.child", 1L);
    cells.put("marriages.consanguineous", 0L);
    cells.put("couples.premarital-counselled", 10L);
    cells.put("divorces", 2L);
    return cells;
  }

  private void timeliness(WorkingCalendar calendar) {
    ReportingForm dsx = FormCatalogue.builtIn().form("03-DSX");
    Period year = Period.year(2024);
    List<ReportReceipt> receipts = new ArrayList<>();
    int[] days = {6, 7, 8, 8, 8, 9, 13, 8, 7, 15};   // January 2025; the 11th commune has not reported
    for (int i = 0; i < days.length; i++) {
      receipts.add(new ReportReceipt(COMMUNES.get(i), year, LocalDate.of(2025, 1, days[i])));
    }
    LocalDate asOf = LocalDate.of(2025, 1, 20);
    out.println(t("Biểu 03-DSX năm 2024 của 11 xã, hạn ", "Form 03-DSX of 2024 from the 11 communes, due ")
        + dsx.deadline().dueDate(year, calendar) + t(", kiểm tra ngày ", ", checked on ") + asOf
        + t(" (ngày nhận minh họa):", " (illustrative days of receipt):"));
    ValidationReport report = Timeliness.of(dsx.deadline(), calendar).check(year, COMMUNES, receipts, asOf);
    out.print(report.format(language));
  }

  private Locale locale() {
    return language == Language.VI ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
  }
}
