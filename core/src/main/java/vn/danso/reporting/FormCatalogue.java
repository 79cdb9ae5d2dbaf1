package vn.danso.reporting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.indicator.Citation;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.PeriodType;
import vn.danso.indicator.UnitOfMeasure;
import vn.danso.text.LocalizedText;

/**
 * The catalogue of reporting forms (danh mục biểu mẫu báo cáo) of Thông tư 01/2022/TT-BYT (10/01/2022, in force
 * 01/03/2022) that could be sourced: Biểu 01-DSH (district, quarterly) and Biểu 03-DSX (commune, yearly).
 *
 * <p>The rows were read in secondary copies of the circular (thuvienphapluat.vn, lawnet.vn): 01-DSH rows 1 to 8; of
 * 03-DSX only its first rows (households, of which family households; the resident population at the end of the year),
 * so the catalogue gives only those. Forms 01-DSX and 02-DSX, the province-level forms and the cross-row rules the
 * circular may state were not found, and are not modelled.
 *
 * <p><b>The two-level government of 01/07/2025.</b> The district level ended on 01/07/2025 (Luật Tổ chức chính quyền
 * địa phương 72/2025/QH15, Điều 1), and no successor to the circular was found. The library therefore assumes that
 * 01-DSH reports periods ending up to 30/06/2025 (its last quarter, 2025Q2, was due 15/07/2025, when no district was
 * left to send it), and that the commune forms stand, filed by the new communes to the provincial population unit. A
 * 01-DSH sheet of a later period gives {@code reporting.form.not-in-force}.
 */
public final class FormCatalogue {
  /** Thông tư 01/2022/TT-BYT (10/01/2022): recording and statistical reporting of the population sector. */
  public static final Citation TT_01_2022 = Citation.of("Thông tư 01/2022/TT-BYT", LocalDate.of(2022, 1, 10));

  private static final LocalDate IN_FORCE = LocalDate.of(2022, 3, 1);
  private static final FormCatalogue BUILT_IN = new FormCatalogue(ImmutableMap.of(
      "01-DSH", form01Dsh(), "03-DSX", form03Dsx()));

  private final ImmutableMap<String, ReportingForm> forms;
  private final IndicatorCatalogue indicators;

  private FormCatalogue(ImmutableMap<String, ReportingForm> forms) {
    this.forms = forms;
    IndicatorCatalogue.Builder catalogue = IndicatorCatalogue.builder().addAll(IndicatorCatalogue.builtIn());
    forms.values().stream().flatMap(form -> form.elements().stream()).distinct()
        .forEach(catalogue::addElements);
    this.indicators = catalogue.build();
  }

  /**
   * Returns the built-in catalogue.
   *
   * @return 01-DSH and 03-DSX
   */
  public static FormCatalogue builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns the forms, by code.
   *
   * @return the forms
   */
  public ImmutableMap<String, ReportingForm> forms() {
    return forms;
  }

  /**
   * Returns a form.
   *
   * @param code e.g. {@code "01-DSH"}
   * @return the form
   * @throws IllegalArgumentException if the catalogue has no such form
   */
  public ReportingForm form(String code) {
    checkNotNull(code, "code is null");
    ReportingForm form = forms.get(code.strip());
    checkArgument(form != null, "no form %s in the catalogue; it has %s", code, forms.keySet());
    return form;
  }

  /**
   * Returns a form, if the catalogue has it.
   *
   * @param code e.g. {@code "01-DSH"}
   * @return the form, or empty
   */
  public Optional<ReportingForm> find(String code) {
    return Optional.ofNullable(forms.get(checkNotNull(code, "code is null").strip()));
  }

  /**
   * Returns the built-in indicator catalogue with the elements the forms' rows add (households, births by birth order,
   * divorces…): the catalogue to validate filled forms against.
   *
   * @return the catalogue
   */
  public IndicatorCatalogue indicatorCatalogue() {
    return indicators;
  }

  /** Rows 1 and 2 of both forms: households, of which family households, and the resident population. */
  private static List<FormRow> stockRows(String periodVi, String periodEn) {
    return List.of(
        FormRow.of("1", "households", "Số hộ dân cư cuối " + periodVi, "Households at the end of the " + periodEn,
            UnitOfMeasure.HOUSEHOLDS, Measure.STOCK),
        FormRow.of("1", "households.family", "Trong đó: hộ gia đình", "Of which family households",
            UnitOfMeasure.HOUSEHOLDS, Measure.STOCK).partOf("households"),
        FormRow.of("2", "population.resident", "Dân số thường trú cuối " + periodVi,
            "Resident population at the end of the " + periodEn, UnitOfMeasure.PERSONS, Measure.STOCK));
  }

  private static ReportingForm form01Dsh() {
    return ReportingForm.builder()
        .code("01-DSH")
        .name("Báo cáo thống kê dân số cấp huyện (quý)", "District population statistics (quarterly)")
        .filler(AdministrativeLevel.DISTRICT)
        .recipient(LocalizedText.of("Cơ quan dân số cấp tỉnh", "The provincial population unit"))
        .periodType(PeriodType.QUARTER)
        .deadline(Deadline.calendarDays(15, "Thông tư 01/2022/TT-BYT, Phụ lục IV, Biểu 01-DSH: 15 ngày sau kỳ báo cáo"))
        .columns(FormColumns.WHOLE_THEN_UNITS_BELOW)
        .source(TT_01_2022.at("Phụ lục IV, Biểu 01-DSH"))
        .inForceFrom(IN_FORCE)
        .inForceUntil(LocalDate.of(2025, 6, 30))
        .addAllRows(stockRows("quý", "quarter"))
        .addRows(
            FormRow.of("3", "women.married-15-49", "Số phụ nữ 15–49 tuổi có chồng", "Married women aged 15–49",
                UnitOfMeasure.PERSONS, Measure.STOCK),
            FormRow.of("4", "births", "Số trẻ sinh ra trong quý", "Births in the quarter",
                UnitOfMeasure.PERSONS, Measure.FLOW),
            FormRow.of("4", "births[male]", "Trong đó: trẻ trai", "Of which boys",
                UnitOfMeasure.PERSONS, Measure.FLOW).partOf("births"),
            FormRow.of("4", "births[female]", "Trong đó: trẻ gái", "Of which girls",
                UnitOfMeasure.PERSONS, Measure.FLOW).partOf("births"),
            FormRow.of("4", "births.order-2", "Trong đó: con thứ hai", "Of which second children",
                UnitOfMeasure.PERSONS, Measure.FLOW).partOf("births"),
            FormRow.of("4", "births.order-3-plus", "Trong đó: con thứ ba trở lên", "Of which third or later children",
                UnitOfMeasure.PERSONS, Measure.FLOW).partOf("births"),
            FormRow.of("4", "births.mother-under-20", "Trong đó: mẹ dưới 20 tuổi", "Of which to mothers under 20",
                UnitOfMeasure.PERSONS, Measure.FLOW).partOf("births"),
            FormRow.of("5", "deaths", "Số người chết trong quý", "Deaths in the quarter",
                UnitOfMeasure.PERSONS, Measure.FLOW),
            FormRow.of("6", "marriages", "Số cặp kết hôn", "Marriages (couples)", UnitOfMeasure.COUPLES, Measure.FLOW),
            FormRow.of("6", "marriages.child", "Trong đó: tảo hôn", "Of which child marriages",
                UnitOfMeasure.COUPLES, Measure.FLOW).partOf("marriages"),
            FormRow.of("6", "marriages.consanguineous", "Trong đó: kết hôn cận huyết thống",
                "Of which consanguineous marriages", UnitOfMeasure.COUPLES, Measure.FLOW).partOf("marriages"),
            FormRow.of("7", "couples.premarital-counselled", "Số cặp được tư vấn, khám sức khỏe trước khi kết hôn",
                "Couples counselled or checked before marriage", UnitOfMeasure.COUPLES, Measure.FLOW),
            FormRow.of("8", "divorces", "Số cặp ly hôn", "Divorces (couples)", UnitOfMeasure.COUPLES, Measure.FLOW))
        .addAllElements(FormElements.of(TT_01_2022))
        .note(LocalizedText.of(
            "Các dòng sau dòng 8 (người chuyển đến từ xã khác…) chưa đọc được nên không có ở đây. Áp dụng cho kỳ kết "
                + "thúc đến 30/6/2025: cấp huyện kết thúc ngày 01/7/2025.",
            "Rows after row 8 (in-migrants from other communes…) were not read and are left out. Applies to periods "
                + "ending up to 30/06/2025: the district level ended on 01/07/2025."))
        .build();
  }

  private static ReportingForm form03Dsx() {
    return ReportingForm.builder()
        .code("03-DSX")
        .name("Báo cáo thống kê dân số cấp xã (năm)", "Commune population statistics (yearly)")
        .filler(AdministrativeLevel.COMMUNE)
        .recipient(LocalizedText.of("Cơ quan dân số cấp huyện, gửi kèm Ủy ban nhân dân cấp xã",
            "The district population unit, copied to the commune People's Committee"))
        .periodType(PeriodType.YEAR)
        .deadline(Deadline.workingDays(5, "Thông tư 01/2022/TT-BYT, Điều 4 khoản 1: 05 ngày làm việc sau kỳ báo cáo"))
        .columns(FormColumns.UNIT_ONLY)
        .source(TT_01_2022.at("Phụ lục II, Biểu 03-DSX"))
        .inForceFrom(IN_FORCE)
        .addAllRows(stockRows("năm", "year"))
        .addAllElements(FormElements.of(TT_01_2022).subList(0, 2))
        .note(LocalizedText.of(
            "Chỉ có các dòng đầu của biểu đã đọc được (hộ, trong đó hộ gia đình; dân số thường trú cuối năm). Sau "
                + "01/7/2025 xã gửi cơ quan dân số cấp tỉnh: thư viện giả định vậy vì cấp huyện không còn và chưa "
                + "tìm thấy văn bản thay thế Thông tư 01/2022/TT-BYT.",
            "Only the form's first rows were read (households, of which family households; the resident population at "
                + "the end of the year). After 01/07/2025 communes report to the provincial population unit: the "
                + "library assumes so because the district level is gone and no successor to the circular was found."))
        .build();
  }
}
