package vn.danso.indicator;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import vn.danso.text.LocalizedText;

/**
 * The data elements of the built-in catalogue. Rows of Biểu 01-DSH are as read in Thông tư 01/2022/TT-BYT, Phụ lục IV
 * (a secondary copy; the rows after 9 were not read, so the forms of the other elements are left empty).
 */
final class BuiltInElements {
  private BuiltInElements() {}

  /** Thông tư 01/2022/TT-BYT (10/01/2022), the population sector's statistical reporting regime. */
  static final Citation TT_01_2022 = Citation.of("Thông tư 01/2022/TT-BYT", LocalDate.of(2022, 1, 10));

  private static Citation form01Dsh(int row) {
    return TT_01_2022.at("Phụ lục IV, Biểu 01-DSH, mục " + row);
  }

  private static DataElement.Builder count(String code, String vi, String en) {
    return DataElement.builder().code(code).name(vi, en).kind(ElementKind.COUNT).unit(UnitOfMeasure.PERSONS);
  }

  private static DataElement.Builder couples(String code, String vi, String en) {
    return DataElement.builder().code(code).name(vi, en).kind(ElementKind.COUNT).unit(UnitOfMeasure.COUPLES);
  }

  static final DataElement BIRTHS = count("births", "Số trẻ sinh ra sống", "Live births")
      .addDimensions(Dimension.SEX, Dimension.AGE_GROUP, Dimension.RESIDENCE)
      .form(form01Dsh(4))
      .note(LocalizedText.of(
          "Giới tính là của trẻ, nhóm tuổi là của mẹ. Biểu 01-DSH ghi số trẻ trai, trẻ gái; số sinh theo nhóm tuổi "
              + "của mẹ lấy từ điều tra của cơ quan thống kê.",
          "Sex is the child's, age group the mother's. Biểu 01-DSH records boys and girls; births by the mother's "
              + "age group come from the statistics office's surveys."))
      .build();

  static final DataElement DEATHS = count("deaths", "Số người chết", "Deaths")
      .addDimensions(Dimension.SEX, Dimension.AGE_GROUP, Dimension.RESIDENCE)
      .form(form01Dsh(5))
      .build();

  static final DataElement POPULATION_AVERAGE =
      count("population.average", "Dân số trung bình", "Average population")
          .addDimensions(Dimension.SEX, Dimension.AGE_GROUP, Dimension.RESIDENCE)
          .note(LocalizedText.of(
              "Dân số bình quân của kỳ (năm), do cơ quan thống kê ước tính; mẫu số của các tỷ suất.",
              "The period's (year's) average population, estimated by the statistics office; the denominator of "
                  + "rates."))
          .build();

  private static final LocalizedText MIGRANT_NOTE = LocalizedText.of(
      "Người chuyển đến (hoặc chuyển đi) đơn vị trong kỳ từ (hoặc đến) nơi khác trong nước; tử số của tỷ suất nhập cư "
          + "(xuất cư), cùng mẫu số dân số trung bình.",
      "People who moved into (or out of) the unit during the period from (or to) elsewhere in the country; the "
          + "numerator of the in-migration (out-migration) rate, over the same average population.");

  static final DataElement IN_MIGRANTS = count("migrants.in", "Số người nhập cư", "In-migrants")
      .addDimensions(Dimension.SEX, Dimension.RESIDENCE)
      .note(MIGRANT_NOTE)
      .build();

  static final DataElement OUT_MIGRANTS = count("migrants.out", "Số người xuất cư", "Out-migrants")
      .addDimensions(Dimension.SEX, Dimension.RESIDENCE)
      .note(MIGRANT_NOTE)
      .build();

  static final DataElement POPULATION_RESIDENT =
      count("population.resident", "Dân số thường trú cuối kỳ", "Resident population at the end of the period")
          .form(form01Dsh(2))
          .build();

  static final DataElement MARRIED_WOMEN =
      count("women.married-15-49", "Phụ nữ 15–49 tuổi có chồng", "Married women aged 15–49")
          .form(form01Dsh(3))
          .build();

  static final DataElement CONTRACEPTIVE_USERS = count("women.married-15-49.contraceptive-users",
      "Phụ nữ 15–49 tuổi có chồng đang sử dụng biện pháp tránh thai",
      "Married women aged 15–49 using a contraceptive method")
      .build();

  static final DataElement PREGNANT_WOMEN = count("pregnant-women", "Số phụ nữ mang thai", "Pregnant women").build();

  static final DataElement PREGNANT_WOMEN_SCREENED = count("pregnant-women.screened",
      "Phụ nữ mang thai được sàng lọc trước sinh (ít nhất 4 loại bệnh, tật bẩm sinh phổ biến nhất)",
      "Pregnant women screened for at least 4 of the most common congenital conditions")
      .build();

  static final DataElement NEWBORNS_SCREENED = count("newborns.screened",
      "Trẻ sơ sinh được sàng lọc (ít nhất 5 bệnh bẩm sinh phổ biến nhất)",
      "Newborns screened for at least 5 of the most common congenital diseases")
      .build();

  static final DataElement MARRIAGES = couples("marriages", "Số cặp kết hôn", "Marriages (couples)")
      .form(form01Dsh(6))
      .build();

  static final DataElement CHILD_MARRIAGES = couples("marriages.child", "Số cặp tảo hôn",
      "Child marriages (couples)")
      .form(form01Dsh(6))
      .build();

  static final DataElement CONSANGUINEOUS_MARRIAGES = couples("marriages.consanguineous",
      "Số cặp kết hôn cận huyết thống", "Consanguineous marriages (couples)")
      .form(form01Dsh(6))
      .build();

  static final DataElement PREMARITAL_COUNSELLED = couples("couples.premarital-counselled",
      "Số cặp được tư vấn, khám sức khỏe trước khi kết hôn", "Couples counselled or checked before marriage")
      .form(form01Dsh(7))
      .build();

  static final DataElement ELDERLY = count("elderly", "Số người cao tuổi", "Elderly people")
      .addDimensions(Dimension.SEX)
      .note(LocalizedText.of(
          "Công dân từ đủ 60 tuổi trở lên (Luật Người cao tuổi 39/2009/QH12, Điều 2).",
          "Citizens aged 60 and over (Luật Người cao tuổi 39/2009/QH12, Điều 2)."))
      .build();

  static final DataElement ELDERLY_INSURED = count("elderly.health-insured",
      "Người cao tuổi có thẻ bảo hiểm y tế", "Elderly people holding a health-insurance card")
      .addDimensions(Dimension.SEX)
      .build();

  static final DataElement LIFE_EXPECTANCY = DataElement.builder()
      .code("life-expectancy")
      .name("Tuổi thọ bình quân khi sinh", "Life expectancy at birth")
      .kind(ElementKind.ESTIMATE)
      .unit(UnitOfMeasure.YEARS)
      .addDimensions(Dimension.SEX, Dimension.RESIDENCE)
      .note(LocalizedText.of("Ước tính từ bảng sống của cơ quan thống kê.",
          "Estimated from the statistics office's life tables."))
      .build();

  static final DataElement HEALTHY_LIFE_EXPECTANCY = DataElement.builder()
      .code("healthy-life-expectancy")
      .name("Số năm sống khỏe mạnh", "Healthy life expectancy")
      .kind(ElementKind.ESTIMATE)
      .unit(UnitOfMeasure.YEARS)
      .addDimensions(Dimension.SEX)
      .build();

  static final DataElement HEIGHT_AT_18 = DataElement.builder()
      .code("height-at-18")
      .name("Chiều cao trung bình của người 18 tuổi", "Mean height at age 18")
      .kind(ElementKind.ESTIMATE)
      .unit(UnitOfMeasure.CENTIMETRES)
      .addDimensions(Dimension.SEX)
      .build();

  static final ImmutableList<DataElement> ALL = ImmutableList.of(
      BIRTHS, DEATHS, POPULATION_AVERAGE, POPULATION_RESIDENT, MARRIED_WOMEN, CONTRACEPTIVE_USERS, PREGNANT_WOMEN,
      PREGNANT_WOMEN_SCREENED, NEWBORNS_SCREENED, MARRIAGES, CHILD_MARRIAGES, CONSANGUINEOUS_MARRIAGES,
      PREMARITAL_COUNSELLED, ELDERLY, ELDERLY_INSURED, LIFE_EXPECTANCY, HEALTHY_LIFE_EXPECTANCY, HEIGHT_AT_18,
      IN_MIGRANTS, OUT_MIGRANTS);
}
