package vn.danso.reporting;

import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * A public holiday of Vietnam (ngày nghỉ lễ, tết), as Bộ luật Lao động 45/2019/QH14, Điều 112 khoản 1 lists them:
 * eleven paid days off a year. The Prime Minister fixes each year which five days the Lunar New Year takes and which
 * day next to 2 September goes with National Day (Điều 112 khoản 3); a holiday falling on the weekly rest day is made
 * up on the next working day (Điều 111 khoản 3).
 *
 * <p>The Politburo chose 24 November as Vietnam Culture Day, to be a paid day off (Nghị quyết 80-NQ/TW, January 2026),
 * and the Government asked for the Labour Code to be amended accordingly (Nghị quyết 30/NQ-CP, February 2026). Until
 * that amendment is found in force, it is not one of these holidays; add its days with
 * {@link WorkingCalendar.Builder#add(SpecialDay)} when it is.
 */
public enum Holiday implements Localized {
  /** Tết Dương lịch, 1 January: one day (điểm a). */
  NEW_YEAR("Tết Dương lịch", "New Year's Day", "a", 1),
  /** Tết Âm lịch (Tết Nguyên đán), the Lunar New Year: five days fixed each year (điểm b). */
  LUNAR_NEW_YEAR("Tết Âm lịch", "Lunar New Year", "b", 5),
  /** Ngày Chiến thắng, 30 April: one day (điểm c). */
  VICTORY_DAY("Ngày Chiến thắng", "Victory Day", "c", 1),
  /** Ngày Quốc tế lao động, 1 May: one day (điểm d). */
  LABOUR_DAY("Ngày Quốc tế lao động", "International Labour Day", "d", 1),
  /** Quốc khánh, 2 September and one day before or after it: two days (điểm đ). */
  NATIONAL_DAY("Quốc khánh", "National Day", "đ", 2),
  /** Giỗ Tổ Hùng Vương, the 10th day of the 3rd lunar month: one day (điểm e). */
  HUNG_KINGS("Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day", "e", 1);

  private final LocalizedText label;
  private final String point;
  private final int days;

  Holiday(String vi, String en, String point, int days) {
    this.label = LocalizedText.of(vi, en);
    this.point = point;
    this.days = days;
  }

  /**
   * Returns the number of paid days off the holiday gives.
   *
   * @return 1, 2 (National Day) or 5 (Lunar New Year)
   */
  public int days() {
    return days;
  }

  /**
   * Returns the provision that grants the holiday.
   *
   * @return e.g. {@code "Bộ luật Lao động 45/2019/QH14, Điều 112 khoản 1 điểm b"}
   */
  public String source() {
    return "Bộ luật Lao động 45/2019/QH14, Điều 112 khoản 1 điểm " + point;
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }
}
