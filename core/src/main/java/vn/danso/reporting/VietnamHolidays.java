package vn.danso.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * Vietnam's days off for 2024, 2025 and 2026 (lịch nghỉ lễ, tết), as two {@link WorkingCalendar}s: the statutory one
 * (the holidays of Bộ luật Lao động 45/2019/QH14, Điều 112, on the days the Prime Minister fixed, and the day off
 * making up for a holiday on a weekend) and the civil service's (the statutory days plus the working days the
 * Government swapped for Saturdays, which apply to civil servants and public employees, the people who receive
 * population reports).
 *
 * <p>The Lunar New Year and the Hùng Kings' day follow the lunar calendar, so they are given here as published
 * rather than computed: Tết (mùng 1 tháng Giêng) fell on 10/02/2024, 29/01/2025 and 17/02/2026; the 10th day of the
 * 3rd lunar month on 18/04/2024, 07/04/2025 and 26/04/2026 (a Sunday, made up on Monday 27/04/2026). Each day carries
 * the text that fixes it; most were read in press reports of the Government Office's letters and the ministry's
 * announcements, whose addresses are given, not in the letters themselves. Other years are not covered: a calendar
 * asked about them throws, and the timeliness checks report that they cannot judge.
 */
public final class VietnamHolidays {
  private VietnamHolidays() {}

  private static final String CODE = "Bộ luật Lao động 45/2019/QH14, Điều 112 khoản 1";

  private static final String TET_2024 = "Thủ tướng đồng ý nghỉ Tết Giáp Thìn 08/02–14/02/2024 và Quốc khánh "
      + "31/8–03/9/2024 (vietnamnews.vn/society/1636141/one-week-break-approved-for-tet-holiday-in-2024.html; "
      + "m.btv.org.vn/tin-tuc/le-quoc-khanh-29-nguoi-lao-dong-duoc-nghi-4-ngay-lien-tiep-95086.html)";
  private static final String SWAP_2024 = "Công văn 2450/VPCP-KGVX (12/4/2024): nghỉ thứ Hai 29/4, làm bù thứ Bảy "
      + "04/5/2024 (baotintuc.vn/infographics/ngay-nghi-le-dip-gio-to-hung-vuong-va-304-152024-20240412212054381.htm;"
      + " voh.com.vn/chinh-tri-xa-hoi/lich-nghi-le-30-4-va-ngay-quoc-te-lao-dong-1-5-315107.html)";
  private static final String HUNG_2024 = "Giỗ Tổ Hùng Vương 18/4/2024 (xaydungchinhsach.chinhphu.vn/nguoi-lao-dong.html)";
  private static final String TET_2025 = "Công văn 8726/VPCP-KGVX (2024), Thông báo 6150/TB-BLĐTBXH (2024): năm ngày "
      + "Tết 27/01–31/01/2025 (en.sggp.org.vn/prime-minister-approves-9-day-tet-break-for-2025-post114084.html)";
  private static final String NATIONAL_2025 = "Thông báo 6150/TB-BLĐTBXH (2024), mục 2: nghỉ Quốc khánh "
      + "30/8–02/9/2025 (baodanang.vn/chi-tiet-lich-nghi-le-quoc-khanh-2-9-nam-nay-cho-cong-chuc-vien-chuc-va-nguoi-"
      + "lao-dong-3299118.html)";
  private static final String SWAP_2025 = "Thông báo 6150/TB-BLĐTBXH (2024): nghỉ thứ Sáu 02/5, làm bù thứ Bảy 26/4/2025;"
      + " Giỗ Tổ 07/4/2025 (vietcetera.com/en/2025-holiday-schedule-vietnamese-workers-enjoy-22-days-off-for-"
      + "festivities)";
  private static final String NEW_YEAR_2026 = "Văn bản 12729/VPCP-KGVX (25/12/2025): nghỉ 01/01–04/01/2026, hoán đổi "
      + "thứ Sáu 02/01 sang thứ Bảy 10/01/2026 (tracuuquyhoach.com/tin-tuc/tin-vui-cho-nguoi-lao-dong-chinh-phu-dong-y-"
      + "nghi-tet-duong-lich-4-ngay-54100289; the make-up Saturday read only in a copy of the press report)";
  private static final String TET_2026 = "Thủ tướng đồng ý phương án nghỉ Tết Bính Ngọ 14/02–22/02/2026 và Quốc khánh "
      + "29/8–02/9/2026, hoán đổi thứ Hai 31/8 sang thứ Bảy 22/8/2026 (kienthuc.net.vn/chot-phuong-an-nghi-tet-am-lich-"
      + "binh-ngo-va-quoc-khanh-nam-2026-post1576857.html; thanhnien.vn/tet-binh-ngo-nghi-9-ngay-lien-tuc-"
      + "185251013200157051.htm)";
  private static final String HUNG_2026 = "Giỗ Tổ 26/4/2026 (chủ nhật), nghỉ bù thứ Hai 27/4 (thanhnien.vn/gio-to-hung-"
      + "vuong-304-15-quoc-khanh-29-nam-2026-duoc-nghi-may-ngay-185260223083506397.htm)";

  private static final WorkingCalendar STATUTORY = statutoryDays();
  private static final WorkingCalendar CIVIL_SERVICE = WorkingCalendar.builder()
      .addAll(STATUTORY)
      .add(SpecialDay.swappedDayOff(date(2024, 4, 29), Holiday.VICTORY_DAY, SWAP_2024))
      .add(SpecialDay.makeUpWorkingDay(date(2024, 5, 4), SWAP_2024))
      .add(SpecialDay.swappedDayOff(date(2025, 5, 2), Holiday.LABOUR_DAY, SWAP_2025))
      .add(SpecialDay.makeUpWorkingDay(date(2025, 4, 26), SWAP_2025))
      .add(SpecialDay.swappedDayOff(date(2026, 1, 2), Holiday.NEW_YEAR, NEW_YEAR_2026))
      .add(SpecialDay.makeUpWorkingDay(date(2026, 1, 10), NEW_YEAR_2026))
      .add(SpecialDay.swappedDayOff(date(2026, 8, 31), Holiday.NATIONAL_DAY, TET_2026))
      .add(SpecialDay.makeUpWorkingDay(date(2026, 8, 22), TET_2026))
      .build();

  /**
   * Returns the statutory calendar of 2024–2026: the eleven holidays a year on the days fixed for them, and the day
   * making up for a holiday on a weekend (once in these years: Monday 27/04/2026).
   *
   * @return the calendar
   */
  public static WorkingCalendar statutory() {
    return STATUTORY;
  }

  /**
   * Returns the civil service's calendar of 2024–2026: the statutory days plus the announced swaps (days off on
   * 29/04/2024, 02/05/2025, 02/01/2026 and 31/08/2026, worked back on Saturdays 04/05/2024, 26/04/2025, 10/01/2026 and
   * 22/08/2026). Reporting deadlines of the population sector are counted on this calendar.
   *
   * @return the calendar
   */
  public static WorkingCalendar civilService() {
    return CIVIL_SERVICE;
  }

  private static WorkingCalendar statutoryDays() {
    WorkingCalendar.Builder builder = WorkingCalendar.builder().year(2024).year(2025).year(2026);
    for (int year = 2024; year <= 2026; year++) {
      builder.add(fixed(year, 1, 1, Holiday.NEW_YEAR, "a"))
          .add(fixed(year, 4, 30, Holiday.VICTORY_DAY, "c"))
          .add(fixed(year, 5, 1, Holiday.LABOUR_DAY, "d"))
          .add(fixed(year, 9, 2, Holiday.NATIONAL_DAY, "đ"));
    }
    tet(builder, TET_2024, date(2024, 2, 8), date(2024, 2, 9), date(2024, 2, 12), date(2024, 2, 13),
        date(2024, 2, 14));
    tet(builder, TET_2025, date(2025, 1, 27), date(2025, 1, 28), date(2025, 1, 29), date(2025, 1, 30),
        date(2025, 1, 31));
    tet(builder, TET_2026, date(2026, 2, 16), date(2026, 2, 17), date(2026, 2, 18), date(2026, 2, 19),
        date(2026, 2, 20));
    return builder
        .add(SpecialDay.holiday(date(2024, 4, 18), Holiday.HUNG_KINGS, HUNG_2024))
        .add(SpecialDay.holiday(date(2025, 4, 7), Holiday.HUNG_KINGS, SWAP_2025))
        .add(SpecialDay.holiday(date(2026, 4, 26), Holiday.HUNG_KINGS, HUNG_2026))
        .add(SpecialDay.compensatory(date(2026, 4, 27), Holiday.HUNG_KINGS, HUNG_2026))
        .add(SpecialDay.holiday(date(2024, 9, 3), Holiday.NATIONAL_DAY, TET_2024))
        .add(SpecialDay.holiday(date(2025, 9, 1), Holiday.NATIONAL_DAY, NATIONAL_2025))
        .add(SpecialDay.holiday(date(2026, 9, 1), Holiday.NATIONAL_DAY, TET_2026))
        .build();
  }

  private static SpecialDay fixed(int year, int month, int day, Holiday holiday, String point) {
    return SpecialDay.holiday(date(year, month, day), holiday, CODE + " điểm " + point);
  }

  private static void tet(WorkingCalendar.Builder builder, String source, LocalDate... days) {
    for (LocalDate day : List.of(days)) {
      builder.add(SpecialDay.holiday(day, Holiday.LUNAR_NEW_YEAR, source));
    }
  }

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}
