package vn.danso.indicator;

import static vn.danso.indicator.Formula.element;
import static vn.danso.indicator.Formula.rate;

import com.google.common.collect.ImmutableList;
import vn.danso.text.LocalizedText;

/**
 * The indicator definitions of the built-in catalogue. Published formulas cite the statistics office's metadata; the
 * others are working definitions (see {@link FormulaStatus}). Plausible ranges hold every value a correct
 * computation can give for any unit, however small; expected ranges are danso's judgement from published national
 * and provincial figures, for warnings only.
 */
final class BuiltInIndicators {
  private BuiltInIndicators() {}

  private static final String POP = "population.average";

  private static final LocalizedText WORKING_NOTE_TARGET = LocalizedText.of(
      "Công thức chính thức chưa được đối chiếu; định nghĩa tạm dùng dựng theo cách mục tiêu được diễn đạt.",
      "The official formula has not been checked; this working definition follows the wording of the target.");

  private static Citation gso(String what) {
    return Citation.of("Tổng cục Thống kê, siêu dữ liệu chỉ tiêu thống kê: " + what);
  }

  private static IndicatorDefinition.Builder define(String code, String vi, String en, UnitOfMeasure unit) {
    return IndicatorDefinition.builder().code(code).name(vi, en).unit(unit).periodicity(PeriodType.YEAR);
  }

  private static IndicatorDefinition.Builder ratio(String code, String vi, String en, UnitOfMeasure unit,
      Formula formula) {
    return define(code, vi, en, unit).formula(formula).aggregation(AggregationMethod.RATIO_OF_SUMS);
  }

  private static IndicatorDefinition.Builder share(String code, String vi, String en, Formula numerator,
      Formula denominator, Citation source, LocalizedText note) {
    return ratio(code, vi, en, UnitOfMeasure.PERCENT, rate(numerator, denominator, 100))
        .formulaStatus(FormulaStatus.WORKING_DEFINITION)
        .decimals(1)
        .polarity(Polarity.HIGHER_IS_BETTER)
        .source(source)
        .note(note);
  }

  static final IndicatorDefinition CBR = ratio("CBR", "Tỷ suất sinh thô", "Crude birth rate", UnitOfMeasure.PER_MILLE,
      rate(element("births"), element(POP), 1000))
      .formulaStatus(FormulaStatus.PUBLISHED).decimals(1).polarity(Polarity.NEUTRAL)
      .plausibleRange(ValueRange.closed(0, 1000)).expectedRange(ValueRange.closed(5, 35))
      .source(gso("Tỷ suất sinh thô (gso.gov.vn/du-lieu-dac-ta/2019/12/htcttkqg-ty-suat-sinh-tho)"))
      .addDimensions(Dimension.RESIDENCE, Dimension.REGION)
      .build();

  static final IndicatorDefinition CDR = ratio("CDR", "Tỷ suất chết thô", "Crude death rate", UnitOfMeasure.PER_MILLE,
      rate(element("deaths"), element(POP), 1000))
      .formulaStatus(FormulaStatus.PUBLISHED).decimals(1).polarity(Polarity.NEUTRAL)
      .plausibleRange(ValueRange.closed(0, 1000)).expectedRange(ValueRange.closed(2, 15))
      .source(Citation.of("Viện Khoa học Thống kê, Từ điển Thống kê: Tỷ suất chết thô (vienthongke.vn)"))
      .addDimensions(Dimension.RESIDENCE, Dimension.REGION)
      .build();

  static final IndicatorDefinition NIR = ratio("NIR", "Tỷ lệ tăng dân số tự nhiên", "Natural increase rate",
      UnitOfMeasure.PER_MILLE, Formula.difference(Formula.indicator("CBR"), Formula.indicator("CDR")))
      .formulaStatus(FormulaStatus.PUBLISHED).decimals(2).polarity(Polarity.NEUTRAL)
      .plausibleRange(ValueRange.closed(-1000, 1000)).expectedRange(ValueRange.closed(-5, 25))
      .source(gso("Tỷ lệ tăng dân số (gso.gov.vn/du-lieu-dac-ta/2019/12/htcttk-cap-tinh-ty-le-tang-dan-so)"))
      .note(LocalizedText.of("(Số sinh − số chết) / dân số trung bình × 1000, tức CBR − CDR.",
          "(Births − deaths) / average population × 1000, that is CBR − CDR."))
      .addDimensions(Dimension.RESIDENCE, Dimension.REGION)
      .build();

  static final IndicatorDefinition SRB = ratio("SRB", "Tỷ số giới tính khi sinh", "Sex ratio at birth",
      UnitOfMeasure.PER_100, rate(element("births", Sex.MALE), element("births", Sex.FEMALE), 100))
      .formulaStatus(FormulaStatus.PUBLISHED).decimals(1).polarity(Polarity.BAND)
      .plausibleRange(ValueRange.atLeast(0)).expectedRange(ValueRange.closed(95, 125))
      .source(gso("Tỷ số giới tính khi sinh (bản sao tại ncnb.org.vn)"))
      .note(LocalizedText.of("Số bé trai sinh ra sống trên 100 bé gái sinh ra sống.",
          "Boys born alive per 100 girls born alive."))
      .addDimensions(Dimension.RESIDENCE, Dimension.REGION)
      .build();

  private static Formula ageSpecificRates() {
    ImmutableList.Builder<Formula> rates = ImmutableList.builder();
    for (AgeGroup group : AgeGroup.REPRODUCTIVE) {
      rates.add(rate(element("births", group), element(POP, Sex.FEMALE, group), 1));
    }
    return Formula.sum(rates.build());
  }

  static final IndicatorDefinition TFR = ratio("TFR", "Tổng tỷ suất sinh", "Total fertility rate",
      UnitOfMeasure.CHILDREN_PER_WOMAN, Formula.times(5, ageSpecificRates()))
      .formulaStatus(FormulaStatus.PUBLISHED).decimals(2).polarity(Polarity.BAND)
      .plausibleRange(ValueRange.atLeast(0)).expectedRange(ValueRange.closed(1, 4))
      .source(Citation.of("Tổng cục Thống kê, Niên giám thống kê 2017, tr. 42"))
      .note(LocalizedText.of(
          "5 × tổng các tỷ suất sinh đặc trưng theo 7 nhóm tuổi 5 năm của phụ nữ 15–49 (số sinh / số phụ nữ). "
              + "Văn bản trích từ niên giám ghi thêm \"× 1000\", chỉ đúng khi tính trên 1000 phụ nữ; đơn vị công bố "
              + "là con trên một phụ nữ.",
          "5 × the sum of the age-specific fertility rates of the seven 5-year groups of women aged 15–49 (births / "
              + "women). The extracted yearbook text adds \"× 1000\", which only holds per 1000 women; the published "
              + "unit is children per woman."))
      .addDimensions(Dimension.RESIDENCE, Dimension.REGION)
      .build();

  /** The age-specific fertility rate of one 5-year group of women of reproductive age, in ‰. */
  private static IndicatorDefinition asfr(AgeGroup group) {
    String code = "ASFR_" + group.from() + "_" + group.to();
    String ages = group.from() + "–" + group.to();
    return ratio(code, "Tỷ suất sinh đặc trưng theo tuổi " + ages, "Age-specific fertility rate, " + ages,
        UnitOfMeasure.PER_MILLE, rate(element("births", group), element(POP, Sex.FEMALE, group), 1000))
        .formulaStatus(FormulaStatus.PUBLISHED).decimals(0).polarity(Polarity.NEUTRAL)
        .plausibleRange(ValueRange.atLeast(0)).expectedRange(ValueRange.closed(0, 300))
        .source(Citation.of("Tổng cục Thống kê, Niên giám thống kê 2017, tr. 42"))
        .note(LocalizedText.of(
            "Số trẻ sinh ra sống của phụ nữ " + ages + " tuổi trên 1000 phụ nữ " + ages + " tuổi (dân số nữ trung "
                + "bình của nhóm tuổi); TFR = 5 × tổng bảy tỷ suất / 1000. Số thập phân thường dùng (0) là lựa chọn "
                + "của danso; số thập phân ghi kèm số liệu được ưu tiên.",
            "Live births to women aged " + ages + " per 1000 women aged " + ages + " (the group's average female "
                + "population); TFR = 5 × the sum of the seven rates / 1000. The usual decimals (0) are danso's "
                + "choice; the decimals reported with a figure take precedence."))
        .build();
  }

  static final ImmutableList<IndicatorDefinition> ASFR = asfrs();

  private static ImmutableList<IndicatorDefinition> asfrs() {
    ImmutableList.Builder<IndicatorDefinition> rates = ImmutableList.builder();
    for (AgeGroup group : AgeGroup.REPRODUCTIVE) {
      rates.add(asfr(group));
    }
    return rates.build();
  }

  private static final Citation GROWTH_SOURCE =
      gso("Tỷ lệ tăng dân số (gso.gov.vn/du-lieu-dac-ta/2019/12/htcttk-cap-tinh-ty-le-tang-dan-so)");

  private static IndicatorDefinition.Builder migration(String code, String vi, String en, String element,
      String noteVi, String noteEn) {
    return ratio(code, vi, en, UnitOfMeasure.PER_MILLE, rate(element(element), element(POP), 1000))
        .formulaStatus(FormulaStatus.WORKING_DEFINITION).decimals(2).polarity(Polarity.NEUTRAL)
        .plausibleRange(ValueRange.atLeast(0)).expectedRange(ValueRange.closed(0, 100))
        .source(GROWTH_SOURCE)
        .note(LocalizedText.of(noteVi + " trên 1000 dân số trung bình. Siêu dữ liệu chỉ ghi tỷ suất này trong đẳng "
                + "thức tăng dân số (CBR − CDR + IR − OR); mẫu số là định nghĩa nhân khẩu học thông dụng.",
            noteEn + " per 1000 of the average population. The metadata names this rate only within the growth "
                + "identity (CBR − CDR + IR − OR); the denominator is the usual demographic definition."));
  }

  static final IndicatorDefinition IN_MIGRATION_RATE = migration("IN_MIGRATION_RATE", "Tỷ suất nhập cư",
      "In-migration rate", "migrants.in", "Số người nhập cư", "In-migrants")
      .build();

  static final IndicatorDefinition OUT_MIGRATION_RATE = migration("OUT_MIGRATION_RATE", "Tỷ suất xuất cư",
      "Out-migration rate", "migrants.out", "Số người xuất cư", "Out-migrants")
      .build();

  static final IndicatorDefinition NET_MIGRATION_RATE = ratio("NET_MIGRATION_RATE", "Tỷ suất di cư thuần",
      "Net migration rate", UnitOfMeasure.PER_MILLE,
      Formula.difference(Formula.indicator("IN_MIGRATION_RATE"), Formula.indicator("OUT_MIGRATION_RATE")))
      .formulaStatus(FormulaStatus.PUBLISHED).decimals(2).polarity(Polarity.NEUTRAL)
      .plausibleRange(ValueRange.all()).expectedRange(ValueRange.closed(-40, 80))
      .source(GROWTH_SOURCE)
      .note(LocalizedText.of("Tỷ suất nhập cư − tỷ suất xuất cư (IR − OR), ‰.",
          "In-migration rate − out-migration rate (IR − OR), ‰."))
      .build();

  static final IndicatorDefinition GROWTH_RATE = ratio("GROWTH_RATE", "Tỷ lệ tăng dân số chung",
      "Population growth rate", UnitOfMeasure.PERCENT,
      rate(Formula.difference(Formula.sum(element("births"), element("migrants.in")),
          Formula.sum(element("deaths"), element("migrants.out"))), element(POP), 100))
      .formulaStatus(FormulaStatus.PUBLISHED).decimals(2).polarity(Polarity.NEUTRAL)
      .plausibleRange(ValueRange.all()).expectedRange(ValueRange.closed(-3, 9))
      .source(GROWTH_SOURCE)
      .note(LocalizedText.of(
          "(Sinh − chết + nhập cư − xuất cư) / dân số trung bình × 100: GR = CBR − CDR + IR − OR = NIR + NR, các tỷ "
              + "suất tính bằng ‰ còn GR công bố bằng %, nên GR (%) = (NIR + NR) / 10. Bảng "
              + "tỉnh E02.20 của cơ quan thống kê tính tỷ lệ này từ dân số trung bình hai năm liền nhau, nên có thể "
              + "khác NIR + NR của điều tra.",
          "(Births − deaths + in-migrants − out-migrants) / average population × 100: GR = CBR − CDR + IR − OR = "
              + "NIR + NR, the rates in ‰ and GR published in %, so GR (%) = (NIR + NR) / 10. The "
              + "statistics office's provincial table E02.20 computes it from the average populations of two "
              + "consecutive years, so it may differ from the survey's NIR + NR."))
      .build();

  static final IndicatorDefinition GFR = ratio("GFR", "Tỷ suất sinh chung", "General fertility rate",
      UnitOfMeasure.PER_MILLE,
      rate(element("births"), Formula.sumOver(POP, Disaggregation.of(Sex.FEMALE), AgeGroup.REPRODUCTIVE), 1000))
      .formulaStatus(FormulaStatus.PUBLISHED).decimals(1).polarity(Polarity.NEUTRAL)
      .plausibleRange(ValueRange.atLeast(0)).expectedRange(ValueRange.closed(20, 120))
      .source(Citation.of("Viện Khoa học Thống kê, Từ điển Thống kê: Tỷ suất sinh chung (vienthongke.vn)"))
      .build();

  static final IndicatorDefinition SEX_RATIO = ratio("SEX_RATIO", "Tỷ số giới tính của dân số",
      "Sex ratio of the population", UnitOfMeasure.PER_100,
      rate(element(POP, Sex.MALE), element(POP, Sex.FEMALE), 100))
      .formulaStatus(FormulaStatus.PUBLISHED).decimals(1).polarity(Polarity.NEUTRAL)
      .plausibleRange(ValueRange.atLeast(0)).expectedRange(ValueRange.closed(85, 115))
      .source(gso("Dân số theo giới tính (gso.gov.vn/du-lieu-dac-ta/2019/11/htcttk-cap-huyen-dan-so-theo-gioi-tinh)"))
      .build();

  static final IndicatorDefinition CPR = share("CPR", "Tỷ lệ sử dụng biện pháp tránh thai",
      "Contraceptive prevalence rate", element("women.married-15-49.contraceptive-users"),
      element("women.married-15-49"),
      Citation.of("Tổng cục Thống kê, mô tả chỉ tiêu trong điều tra biến động dân số 1/4/2020"),
      LocalizedText.of("Công thức chính thức chưa được đối chiếu; định nghĩa tạm dùng theo mô tả của cơ quan thống kê: "
              + "tỷ lệ phụ nữ 15–49 tuổi có chồng đang sử dụng biện pháp tránh thai bất kỳ.",
          "The official formula has not been checked; this working definition follows the statistics office's "
              + "description: the share of married women aged 15–49 using any contraceptive method."))
      .plausibleRange(ValueRange.closed(0, 100))
      .expectedRange(ValueRange.closed(50, 90))
      .build();

  static final IndicatorDefinition PRENATAL_SCREENING = share("PRENATAL_SCREENING",
      "Tỷ lệ phụ nữ mang thai được sàng lọc trước sinh", "Prenatal screening coverage",
      element("pregnant-women.screened"), element("pregnant-women"), BuiltInTargets.NQ_21,
      WORKING_NOTE_TARGET)
      .plausibleRange(ValueRange.closed(0, 100))
      .build();

  static final IndicatorDefinition NEWBORN_SCREENING = share("NEWBORN_SCREENING",
      "Tỷ lệ trẻ sơ sinh được sàng lọc", "Newborn screening coverage",
      element("newborns.screened"), element("births"), BuiltInTargets.NQ_21, WORKING_NOTE_TARGET)
      .plausibleRange(ValueRange.closed(0, 100))
      .build();

  static final IndicatorDefinition PREMARITAL_COUNSELLING = share("PREMARITAL_COUNSELLING",
      "Tỷ lệ được tư vấn, khám sức khỏe trước khi kết hôn", "Premarital counselling and check-up coverage",
      element("couples.premarital-counselled"), element("marriages"), BuiltInTargets.NQ_21,
      LocalizedText.of("Mục tiêu tính theo nam, nữ thanh niên; định nghĩa tạm dùng tính theo cặp, như Biểu 01-DSH "
              + "ghi số cặp được tư vấn, khám sức khỏe và số cặp kết hôn. Có thể vượt 100% khi cặp được tư vấn "
              + "trong kỳ kết hôn ở kỳ sau.",
          "The target counts young men and women; this working definition counts couples, as Biểu 01-DSH records "
              + "couples counselled or checked and couples married. It can exceed 100% when couples counselled "
              + "in one period marry in a later one."))
      .plausibleRange(ValueRange.atLeast(0))
      .expectedRange(ValueRange.closed(0, 100))
      .build();

  static final IndicatorDefinition ELDERLY_HEALTH_INSURANCE = share("ELDERLY_HEALTH_INSURANCE",
      "Tỷ lệ người cao tuổi có thẻ bảo hiểm y tế", "Elderly health-insurance coverage",
      element("elderly.health-insured"), element("elderly"), BuiltInTargets.NQ_21, WORKING_NOTE_TARGET)
      .plausibleRange(ValueRange.closed(0, 100))
      .expectedRange(ValueRange.closed(50, 100))
      .build();

  private static IndicatorDefinition.Builder direct(String code, String vi, String en, UnitOfMeasure unit,
      Formula formula, AggregationMethod aggregation) {
    return define(code, vi, en, unit).formula(formula).formulaStatus(FormulaStatus.DIRECT).aggregation(aggregation);
  }

  static final IndicatorDefinition CHILD_MARRIAGES = direct("CHILD_MARRIAGES", "Số cặp tảo hôn",
      "Child marriages", UnitOfMeasure.COUPLES, element("marriages.child"), AggregationMethod.SUM)
      .decimals(0).polarity(Polarity.LOWER_IS_BETTER).plausibleRange(ValueRange.atLeast(0))
      .source(BuiltInElements.TT_01_2022.at("Phụ lục IV, Biểu 01-DSH, mục 6"))
      .build();

  static final IndicatorDefinition CONSANGUINEOUS_MARRIAGES = direct("CONSANGUINEOUS_MARRIAGES",
      "Số cặp hôn nhân cận huyết thống", "Consanguineous marriages", UnitOfMeasure.COUPLES,
      element("marriages.consanguineous"), AggregationMethod.SUM)
      .decimals(0).polarity(Polarity.LOWER_IS_BETTER).plausibleRange(ValueRange.atLeast(0))
      .source(BuiltInElements.TT_01_2022.at("Phụ lục IV, Biểu 01-DSH, mục 6"))
      .build();

  static final IndicatorDefinition LIFE_EXPECTANCY = direct("LIFE_EXPECTANCY", "Tuổi thọ bình quân",
      "Life expectancy at birth", UnitOfMeasure.YEARS, element("life-expectancy"), AggregationMethod.NONE)
      .decimals(1).polarity(Polarity.HIGHER_IS_BETTER)
      .plausibleRange(ValueRange.closed(0, 120)).expectedRange(ValueRange.closed(60, 85))
      .source(Citation.of("Tổng cục Thống kê, ước tính từ bảng sống"))
      .build();

  static final IndicatorDefinition HEALTHY_LIFE_EXPECTANCY = direct("HEALTHY_LIFE_EXPECTANCY",
      "Số năm sống khỏe mạnh", "Healthy life expectancy", UnitOfMeasure.YEARS, element("healthy-life-expectancy"),
      AggregationMethod.NONE)
      .decimals(1).polarity(Polarity.HIGHER_IS_BETTER)
      .plausibleRange(ValueRange.closed(0, 120)).expectedRange(ValueRange.closed(50, 80))
      .source(BuiltInTargets.NQ_21)
      .build();

  private static IndicatorDefinition.Builder ageShare(String code, String vi, String en, Formula numerator,
      Formula denominator) {
    return ratio(code, vi, en, UnitOfMeasure.PERCENT, rate(numerator, denominator, 100))
        .formulaStatus(FormulaStatus.WORKING_DEFINITION).decimals(1).polarity(Polarity.BAND)
        .source(BuiltInTargets.QD_1679.at("mục tiêu cụ thể 3"))
        .note(LocalizedText.of(
            "Định nghĩa nhân khẩu học thông dụng; chưa đối chiếu với siêu dữ liệu của cơ quan thống kê.",
            "The usual demographic definition; not checked against the statistics office's metadata."));
  }

  static final IndicatorDefinition SHARE_UNDER_15 = ageShare("SHARE_UNDER_15", "Tỷ lệ trẻ em dưới 15 tuổi",
      "Share of children under 15", element(POP, AgeGroup.UNDER_15), element(POP))
      .plausibleRange(ValueRange.closed(0, 100)).expectedRange(ValueRange.closed(10, 40))
      .build();

  static final IndicatorDefinition SHARE_65_PLUS = ageShare("SHARE_65_PLUS", "Tỷ lệ người từ 65 tuổi trở lên",
      "Share of people aged 65 and over", element(POP, AgeGroup.AGED_65_PLUS), element(POP))
      .plausibleRange(ValueRange.closed(0, 100)).expectedRange(ValueRange.closed(3, 25))
      .build();

  static final IndicatorDefinition DEPENDENCY_RATIO = ageShare("DEPENDENCY_RATIO", "Tỷ số phụ thuộc chung",
      "Total dependency ratio",
      Formula.sum(element(POP, AgeGroup.UNDER_15), element(POP, AgeGroup.AGED_65_PLUS)),
      element(POP, AgeGroup.WORKING_AGE))
      .plausibleRange(ValueRange.atLeast(0)).expectedRange(ValueRange.closed(30, 80))
      .build();

  static final IndicatorDefinition HEIGHT_18_MALE = direct("HEIGHT_18_MALE", "Chiều cao trung bình nam 18 tuổi",
      "Mean height of men at 18", UnitOfMeasure.CENTIMETRES, element("height-at-18", Sex.MALE),
      AggregationMethod.NONE)
      .decimals(1).polarity(Polarity.HIGHER_IS_BETTER)
      .plausibleRange(ValueRange.closed(100, 250)).expectedRange(ValueRange.closed(155, 180))
      .source(BuiltInTargets.NQ_21)
      .build();

  static final IndicatorDefinition HEIGHT_18_FEMALE = direct("HEIGHT_18_FEMALE", "Chiều cao trung bình nữ 18 tuổi",
      "Mean height of women at 18", UnitOfMeasure.CENTIMETRES, element("height-at-18", Sex.FEMALE),
      AggregationMethod.NONE)
      .decimals(1).polarity(Polarity.HIGHER_IS_BETTER)
      .plausibleRange(ValueRange.closed(100, 250)).expectedRange(ValueRange.closed(145, 170))
      .source(BuiltInTargets.NQ_21)
      .build();

  static final IndicatorDefinition POPULATION = direct("POPULATION", "Quy mô dân số (dân số trung bình)",
      "Population size (average population)", UnitOfMeasure.PERSONS, element(POP), AggregationMethod.SUM)
      .decimals(0).polarity(Polarity.NEUTRAL).plausibleRange(ValueRange.atLeast(0))
      .source(Citation.of("Tổng cục Thống kê, dân số trung bình"))
      .build();

  static final ImmutableList<IndicatorDefinition> ALL = ImmutableList.of(
      CBR, CDR, NIR, SRB, TFR, GFR, SEX_RATIO, CPR, PRENATAL_SCREENING, NEWBORN_SCREENING, PREMARITAL_COUNSELLING,
      CHILD_MARRIAGES, CONSANGUINEOUS_MARRIAGES, ELDERLY_HEALTH_INSURANCE, LIFE_EXPECTANCY, HEALTHY_LIFE_EXPECTANCY,
      SHARE_UNDER_15, SHARE_65_PLUS, DEPENDENCY_RATIO, HEIGHT_18_MALE, HEIGHT_18_FEMALE, POPULATION,
      ASFR.get(0), ASFR.get(1), ASFR.get(2), ASFR.get(3), ASFR.get(4), ASFR.get(5), ASFR.get(6),
      IN_MIGRATION_RATE, OUT_MIGRATION_RATE, NET_MIGRATION_RATE, GROWTH_RATE);
}
