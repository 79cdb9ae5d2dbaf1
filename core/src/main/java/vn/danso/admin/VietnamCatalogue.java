package vn.danso.admin;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;

/**
 * Vietnam's province-level units as danso knows them (danh mục đơn vị hành chính cấp tỉnh): the 63 provinces before
 * 2025-07-01, Huế's upgrade to a centrally governed city on 2025-01-01, the 34 provinces from 2025-07-01 with the
 * old provinces each was formed from, and the end of the district level on 2025-07-01.
 *
 * <p>Sources: the statistics office's codes of the 63 provinces (Quyết định 124/2004/QĐ-TTg and its updates, as
 * published on 2025-03-01); Nghị quyết 175/2024/QH15 (30/11/2024) for Thành phố Huế; Nghị quyết 60-NQ/TW
 * (12/4/2025), Phụ lục, mục I (the 11 provinces not merged) and mục II.1–23 (the mergers); Nghị quyết 202/2025/QH15
 * (12/6/2025), in force for the new provinces from 01/7/2025; the new codes in the statistics office's letter
 * 915/CTK-CSCL and in Quyết định 19/2025/QĐ-TTg; the end of the district level on the same day rests on Luật Tổ
 * chức chính quyền địa phương 72/2025/QH15, Điều 1 (two levels of local government). Each merger forms a new unit, even where it keeps one predecessor's
 * code and name (new Tỉnh Tuyên Quang 08 is not the old one); the 11 provinces not merged continue as they were.
 * Names are written with the new tone-mark placement throughout ("Hòa Bình", "Khánh Hòa", "Thanh Hóa", as letter
 * 915/CTK-CSCL writes the last two); lists in the old placement ("Hoà Bình") match them all the same.
 *
 * <p>Districts, communes and villages are not built in: add them as rows, with the events that changed them, to
 * {@link #builder()}. Later changes are events too; none is built in beyond 2025-07-01, so a change such as Đồng Nai
 * becoming a centrally governed city is added by the user:
 *
 * <pre>{@code
 * HierarchyResult result = VietnamCatalogue.builder()
 *     .addRows(myCommunes)
 *     .addEvent(TypeChange.of(LocalDate.of(2026, 4, 30), "75", UnitType.THANH_PHO_TRUC_THUOC_TRUNG_UONG))
 *     .build();
 * }</pre>
 */
public final class VietnamCatalogue {
  /** The first day of Thành phố Huế as a centrally governed city (Nghị quyết 175/2024/QH15). */
  public static final LocalDate HUE_CITY_FROM = LocalDate.of(2025, 1, 1);

  /**
   * The first day of the 34 provinces (Nghị quyết 202/2025/QH15) and of the two-tier local government (Luật Tổ chức
   * chính quyền địa phương 72/2025/QH15, Điều 1).
   */
  public static final LocalDate TWO_TIER_FROM = LocalDate.of(2025, 7, 1);

  private static final String SOURCE = "danso VietnamCatalogue";
  private static final String LAW_72 = "Luật Tổ chức chính quyền địa phương 72/2025/QH15, Điều 1 (hai cấp); "
      + "Nghị quyết 60-NQ/TW";
  private static final String NQ_202 = "Nghị quyết 202/2025/QH15; Nghị quyết 60-NQ/TW, Phụ lục, mục II.";

  /** The 63 provinces before 2025-07-01: code, name, T (tỉnh) or C (centrally governed city). */
  private static final String[][] PROVINCES_63 = {
    {"01", "Hà Nội", "C"}, {"02", "Hà Giang", "T"}, {"04", "Cao Bằng", "T"}, {"06", "Bắc Kạn", "T"},
    {"08", "Tuyên Quang", "T"}, {"10", "Lào Cai", "T"}, {"11", "Điện Biên", "T"}, {"12", "Lai Châu", "T"},
    {"14", "Sơn La", "T"}, {"15", "Yên Bái", "T"}, {"17", "Hòa Bình", "T"}, {"19", "Thái Nguyên", "T"},
    {"20", "Lạng Sơn", "T"}, {"22", "Quảng Ninh", "T"}, {"24", "Bắc Giang", "T"}, {"25", "Phú Thọ", "T"},
    {"26", "Vĩnh Phúc", "T"}, {"27", "Bắc Ninh", "T"}, {"30", "Hải Dương", "T"}, {"31", "Hải Phòng", "C"},
    {"33", "Hưng Yên", "T"}, {"34", "Thái Bình", "T"}, {"35", "Hà Nam", "T"}, {"36", "Nam Định", "T"},
    {"37", "Ninh Bình", "T"}, {"38", "Thanh Hóa", "T"}, {"40", "Nghệ An", "T"}, {"42", "Hà Tĩnh", "T"},
    {"44", "Quảng Bình", "T"}, {"45", "Quảng Trị", "T"}, {"46", "Thừa Thiên Huế", "T"}, {"48", "Đà Nẵng", "C"},
    {"49", "Quảng Nam", "T"}, {"51", "Quảng Ngãi", "T"}, {"52", "Bình Định", "T"}, {"54", "Phú Yên", "T"},
    {"56", "Khánh Hòa", "T"}, {"58", "Ninh Thuận", "T"}, {"60", "Bình Thuận", "T"}, {"62", "Kon Tum", "T"},
    {"64", "Gia Lai", "T"}, {"66", "Đắk Lắk", "T"}, {"67", "Đắk Nông", "T"}, {"68", "Lâm Đồng", "T"},
    {"70", "Bình Phước", "T"}, {"72", "Tây Ninh", "T"}, {"74", "Bình Dương", "T"}, {"75", "Đồng Nai", "T"},
    {"77", "Bà Rịa - Vũng Tàu", "T"}, {"79", "Hồ Chí Minh", "C"}, {"80", "Long An", "T"},
    {"82", "Tiền Giang", "T"}, {"83", "Bến Tre", "T"}, {"84", "Trà Vinh", "T"}, {"86", "Vĩnh Long", "T"},
    {"87", "Đồng Tháp", "T"}, {"89", "An Giang", "T"}, {"91", "Kiên Giang", "T"}, {"92", "Cần Thơ", "C"},
    {"93", "Hậu Giang", "T"}, {"94", "Sóc Trăng", "T"}, {"95", "Bạc Liêu", "T"}, {"96", "Cà Mau", "T"},
  };

  /**
   * The 23 provinces formed by merger on 2025-07-01, in the order of Nghị quyết 60-NQ/TW, Phụ lục, mục II: new code,
   * name, T or C, then the old codes.
   */
  private static final String[][] MERGERS_2025 = {
    {"08", "Tuyên Quang", "T", "02", "08"},
    {"15", "Lào Cai", "T", "10", "15"},
    {"19", "Thái Nguyên", "T", "06", "19"},
    {"25", "Phú Thọ", "T", "17", "25", "26"},
    {"24", "Bắc Ninh", "T", "24", "27"},
    {"33", "Hưng Yên", "T", "33", "34"},
    {"31", "Hải Phòng", "C", "30", "31"},
    {"37", "Ninh Bình", "T", "35", "36", "37"},
    {"44", "Quảng Trị", "T", "44", "45"},
    {"48", "Đà Nẵng", "C", "48", "49"},
    {"51", "Quảng Ngãi", "T", "51", "62"},
    {"52", "Gia Lai", "T", "52", "64"},
    {"56", "Khánh Hòa", "T", "56", "58"},
    {"68", "Lâm Đồng", "T", "60", "67", "68"},
    {"66", "Đắk Lắk", "T", "54", "66"},
    {"79", "Hồ Chí Minh", "C", "74", "77", "79"},
    {"75", "Đồng Nai", "T", "70", "75"},
    {"80", "Tây Ninh", "T", "72", "80"},
    {"92", "Cần Thơ", "C", "92", "93", "94"},
    {"86", "Vĩnh Long", "T", "83", "84", "86"},
    {"82", "Đồng Tháp", "T", "82", "87"},
    {"96", "Cà Mau", "T", "95", "96"},
    {"91", "An Giang", "T", "89", "91"},
  };

  private static final ImmutableList<UnitRow> PROVINCE_ROWS = provinceRows();
  private static final ImmutableList<Merger> PROVINCE_MERGERS = provinceMergers2025();
  private static final ImmutableList<ReorganisationEvent> EVENTS = events2025();
  private static final Hierarchy HIERARCHY = builder().build().hierarchy();

  private VietnamCatalogue() {}

  private static UnitType type(String letter) {
    return letter.equals("C") ? UnitType.THANH_PHO_TRUC_THUOC_TRUNG_UONG : UnitType.TINH;
  }

  private static ImmutableList<UnitRow> provinceRows() {
    ImmutableList.Builder<UnitRow> rows = ImmutableList.builder();
    for (String[] p : PROVINCES_63) {
      rows.add(UnitRow.builder().code(p[0]).name(p[1]).type(type(p[2])).source(SOURCE).build());
    }
    return rows.build();
  }

  private static ImmutableList<Merger> provinceMergers2025() {
    ImmutableList.Builder<Merger> mergers = ImmutableList.builder();
    for (int i = 0; i < MERGERS_2025.length; i++) {
      String[] m = MERGERS_2025[i];
      Merger.Builder merger = Merger.builder()
          .effectiveDate(TWO_TIER_FROM)
          .basis(NQ_202 + (i + 1))
          .successor(NewUnit.builder().code(UnitCode.of(m[0])).name(m[1]).type(type(m[2])).build());
      for (int k = 3; k < m.length; k++) {
        merger.addPredecessors(MergerPart.whole(m[k]));
      }
      mergers.add(merger.build());
    }
    return mergers.build();
  }

  private static ImmutableList<ReorganisationEvent> events2025() {
    return ImmutableList.<ReorganisationEvent>builder()
        .add(TypeChange.builder().effectiveDate(HUE_CITY_FROM).code(UnitCode.of("46"))
            .type(UnitType.THANH_PHO_TRUC_THUOC_TRUNG_UONG).name("Huế")
            .basis("Nghị quyết 175/2024/QH15 (30/11/2024)").build())
        .addAll(PROVINCE_MERGERS)
        .add(LevelAbolition.builder().effectiveDate(TWO_TIER_FROM).level(AdministrativeLevel.DISTRICT)
            .basis(LAW_72).build())
        .build();
  }

  /**
   * Returns the 63 provinces as they were before 2025-01-01 (46 as Tỉnh Thừa Thiên Huế), as rows valid from the
   * beginning of the data; the catalogue does not record when each began.
   *
   * @return 63 rows, by code
   */
  public static ImmutableList<UnitRow> provinces() {
    return PROVINCE_ROWS;
  }

  /**
   * Returns the 23 mergers of 2025-07-01 that formed the new provinces, each from whole old provinces.
   *
   * @return the mergers, in the order of Nghị quyết 60-NQ/TW, Phụ lục, mục II
   */
  public static ImmutableList<Merger> provinceMergers() {
    return PROVINCE_MERGERS;
  }

  /**
   * Returns the built-in events: Huế's upgrade (2025-01-01), the 23 province mergers and the end of the district
   * level (2025-07-01).
   *
   * @return the events, by date
   */
  public static ImmutableList<ReorganisationEvent> events() {
    return EVENTS;
  }

  /**
   * Returns a hierarchy builder holding the built-in provinces and events, to which users add their districts,
   * communes, villages and later events.
   *
   * @return a new builder
   */
  public static Hierarchy.Builder builder() {
    return Hierarchy.builder().addRows(PROVINCE_ROWS).addEvents(EVENTS);
  }

  /**
   * Returns the built-in hierarchy of provinces alone: 63 before 2025-07-01, 34 from that day.
   *
   * @return the hierarchy
   */
  public static Hierarchy hierarchy() {
    return HIERARCHY;
  }
}
