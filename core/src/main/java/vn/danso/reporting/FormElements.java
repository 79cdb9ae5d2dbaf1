package vn.danso.reporting;

import com.google.common.collect.ImmutableList;
import vn.danso.indicator.Citation;
import vn.danso.indicator.DataElement;
import vn.danso.indicator.ElementKind;
import vn.danso.indicator.UnitOfMeasure;

/** The data elements of the built-in forms' rows that the built-in indicator catalogue does not define. */
final class FormElements {
  private FormElements() {}

  private static DataElement count(String code, String vi, String en, UnitOfMeasure unit, Citation form) {
    return DataElement.builder().code(code).name(vi, en).kind(ElementKind.COUNT).unit(unit).form(form).build();
  }

  static ImmutableList<DataElement> of(Citation form01Dsh) {
    return ImmutableList.of(
        count("households", "Số hộ dân cư cuối kỳ", "Households at the end of the period",
            UnitOfMeasure.HOUSEHOLDS, form01Dsh.at("Phụ lục IV, Biểu 01-DSH, mục 1")),
        count("households.family", "Số hộ gia đình cuối kỳ", "Family households at the end of the period",
            UnitOfMeasure.HOUSEHOLDS, form01Dsh.at("Phụ lục IV, Biểu 01-DSH, mục 1")),
        count("births.order-2", "Số trẻ sinh ra là con thứ hai", "Births of a second child",
            UnitOfMeasure.PERSONS, form01Dsh.at("Phụ lục IV, Biểu 01-DSH, mục 4")),
        count("births.order-3-plus", "Số trẻ sinh ra là con thứ ba trở lên", "Births of a third or later child",
            UnitOfMeasure.PERSONS, form01Dsh.at("Phụ lục IV, Biểu 01-DSH, mục 4")),
        count("births.mother-under-20", "Số trẻ sinh ra có mẹ dưới 20 tuổi", "Births to mothers under 20",
            UnitOfMeasure.PERSONS, form01Dsh.at("Phụ lục IV, Biểu 01-DSH, mục 4")),
        count("divorces", "Số cặp ly hôn", "Divorces (couples)",
            UnitOfMeasure.COUPLES, form01Dsh.at("Phụ lục IV, Biểu 01-DSH, mục 8")));
  }
}
