package vn.danso.admin;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.Map;
import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;

/**
 * A type of administrative unit (loại đơn vị hành chính), such as tỉnh, quận, phường or thôn; each type belongs to
 * exactly one {@link AdministrativeLevel}.
 *
 * <p>Constants are named by the Vietnamese term without diacritics, because the English words in use (ward,
 * township, commune…) are translations that vary between sources; {@link #label(Language)} gives both languages.
 *
 * <ul>
 *   <li>Province level, Luật Tổ chức chính quyền địa phương 77/2015/QH13, Điều 2: {@link #TINH},
 *       {@link #THANH_PHO_TRUC_THUOC_TRUNG_UONG}.
 *   <li>District level, same article, until 2025-06-30 (Luật Tổ chức chính quyền địa phương 72/2025/QH15): {@link #HUYEN}, {@link #QUAN},
 *       {@link #THI_XA}, {@link #THANH_PHO_THUOC_TINH}, {@link #THANH_PHO_THUOC_THANH_PHO}. The law's
 *       "đơn vị hành chính – kinh tế đặc biệt" was never established and has no constant.
 *   <li>Commune level: {@link #XA}, {@link #PHUONG}, {@link #THI_TRAN} (until 2025-06-30) and {@link #DAC_KHU}
 *       (from 2025-07-01, the 13 island special zones, Nghị quyết 60-NQ/TW).
 *   <li>Below the commune, Thông tư 04/2012/TT-BNV as amended: the village ({@link #THON} and its regional names
 *       {@link #LANG}, {@link #AP}, {@link #BAN}, {@link #BUON}, {@link #BON}, {@link #PHUM}, {@link #SOC}) under a
 *       xã, and the residential group ({@link #TO_DAN_PHO} and its regional names {@link #KHU_PHO},
 *       {@link #KHOI_PHO}, {@link #KHOM}, {@link #TIEU_KHU}) under a phường or thị trấn. They are self-governing
 *       communities, not administrative levels.
 * </ul>
 *
 * <p>Each type has the word that opens a full name ({@link #namePrefix()}: "Thành phố Hà Nội", "Phường Phúc Xá");
 * {@link UnitName} splits names on it.
 */
public enum UnitType implements Localized {
  /** The country (quốc gia): the root of every hierarchy, {@code VN}. */
  QUOC_GIA(AdministrativeLevel.NATION, "quốc gia", "country", "Nước"),
  /** Province (tỉnh). */
  TINH(AdministrativeLevel.PROVINCE, "tỉnh", "province", "Tỉnh"),
  /** Centrally governed city (thành phố trực thuộc trung ương), a province-level city such as Hà Nội. */
  THANH_PHO_TRUC_THUOC_TRUNG_UONG(
      AdministrativeLevel.PROVINCE, "thành phố trực thuộc trung ương", "centrally governed city", "Thành phố"),
  /** Rural district (huyện). */
  HUYEN(AdministrativeLevel.DISTRICT, "huyện", "rural district", "Huyện"),
  /** Urban district (quận) of a centrally governed city. */
  QUAN(AdministrativeLevel.DISTRICT, "quận", "urban district", "Quận"),
  /** District-level town (thị xã). */
  THI_XA(AdministrativeLevel.DISTRICT, "thị xã", "district-level town", "Thị xã"),
  /** Provincial city (thành phố thuộc tỉnh), a district-level city in a province. */
  THANH_PHO_THUOC_TINH(AdministrativeLevel.DISTRICT, "thành phố thuộc tỉnh", "provincial city", "Thành phố"),
  /**
   * City within a centrally governed city (thành phố thuộc thành phố trực thuộc trung ương): before 2025-07-01 only
   * Thủ Đức (769, Hồ Chí Minh) and Thủy Nguyên (311, Hải Phòng).
   */
  THANH_PHO_THUOC_THANH_PHO(
      AdministrativeLevel.DISTRICT,
      "thành phố thuộc thành phố trực thuộc trung ương",
      "city within a centrally governed city",
      "Thành phố"),
  /** Commune (xã), the rural commune-level unit. */
  XA(AdministrativeLevel.COMMUNE, "xã", "commune", "Xã"),
  /** Ward (phường), the urban commune-level unit. */
  PHUONG(AdministrativeLevel.COMMUNE, "phường", "ward", "Phường"),
  /** Township (thị trấn), the seat of a rural district; ended with the district level on 2025-07-01. */
  THI_TRAN(AdministrativeLevel.COMMUNE, "thị trấn", "township", "Thị trấn"),
  /** Special zone (đặc khu), a commune-level island unit from 2025-07-01. */
  DAC_KHU(AdministrativeLevel.COMMUNE, "đặc khu", "special zone", "Đặc khu"),
  /** Village (thôn) under a xã. */
  THON(AdministrativeLevel.VILLAGE, "thôn", "village", "Thôn"),
  /** Village (làng), a regional name of the thôn. */
  LANG(AdministrativeLevel.VILLAGE, "làng", "village (làng)", "Làng"),
  /** Hamlet (ấp), the southern name of the thôn. */
  AP(AdministrativeLevel.VILLAGE, "ấp", "hamlet (ấp)", "Ấp"),
  /** Village (bản) of the northern mountain provinces. */
  BAN(AdministrativeLevel.VILLAGE, "bản", "village (bản)", "Bản"),
  /** Village (buôn) of the Central Highlands. */
  BUON(AdministrativeLevel.VILLAGE, "buôn", "village (buôn)", "Buôn"),
  /** Village (bon) of the Central Highlands. */
  BON(AdministrativeLevel.VILLAGE, "bon", "village (bon)", "Bon"),
  /** Village (phum) of the Khmer communities in the south. */
  PHUM(AdministrativeLevel.VILLAGE, "phum", "village (phum)", "Phum"),
  /** Village (sóc) of the Khmer communities in the south. */
  SOC(AdministrativeLevel.VILLAGE, "sóc", "village (sóc)", "Sóc"),
  /** Residential group (tổ dân phố) under a phường or thị trấn. */
  TO_DAN_PHO(AdministrativeLevel.VILLAGE, "tổ dân phố", "residential group", "Tổ dân phố"),
  /** Neighbourhood (khu phố), a regional name of the tổ dân phố. */
  KHU_PHO(AdministrativeLevel.VILLAGE, "khu phố", "neighbourhood (khu phố)", "Khu phố"),
  /** Neighbourhood (khối phố), a regional name of the tổ dân phố. */
  KHOI_PHO(AdministrativeLevel.VILLAGE, "khối phố", "neighbourhood (khối phố)", "Khối phố"),
  /** Neighbourhood (khóm), the Mekong delta name of the tổ dân phố. */
  KHOM(AdministrativeLevel.VILLAGE, "khóm", "neighbourhood (khóm)", "Khóm"),
  /** Sub-area (tiểu khu), a regional name of the tổ dân phố. */
  TIEU_KHU(AdministrativeLevel.VILLAGE, "tiểu khu", "sub-area (tiểu khu)", "Tiểu khu");

  private static final Map<AdministrativeLevel, ImmutableList<UnitType>> BY_LEVEL = byLevel();

  private final AdministrativeLevel level;
  private final LocalizedText label;
  private final String namePrefix;

  UnitType(AdministrativeLevel level, String vi, String en, String namePrefix) {
    this.level = level;
    this.label = LocalizedText.of(vi, en);
    this.namePrefix = namePrefix;
  }

  private static Map<AdministrativeLevel, ImmutableList<UnitType>> byLevel() {
    Map<AdministrativeLevel, ImmutableList.Builder<UnitType>> builders = new EnumMap<>(AdministrativeLevel.class);
    for (UnitType type : values()) {
      builders.computeIfAbsent(type.level, l -> ImmutableList.builder()).add(type);
    }
    Map<AdministrativeLevel, ImmutableList<UnitType>> out = new EnumMap<>(AdministrativeLevel.class);
    builders.forEach((level, list) -> out.put(level, list.build()));
    return out;
  }

  /**
   * Returns the types allowed at a level, in declaration order.
   *
   * @param level the level
   * @return the types of that level
   */
  public static ImmutableList<UnitType> at(AdministrativeLevel level) {
    return BY_LEVEL.get(checkNotNull(level, "level is null"));
  }

  /**
   * Returns the level at which units of this type sit.
   *
   * @return the level
   */
  public AdministrativeLevel level() {
    return level;
  }

  /**
   * Returns true if this type is allowed at the given level, that is, if it is a type of that level.
   *
   * @param level a level
   * @return whether units of this type may sit at that level
   */
  public boolean isAllowedAt(AdministrativeLevel level) {
    return this.level == level;
  }

  /**
   * Returns the word with which a full name of this type starts, capitalised as in official lists: {@code "Tỉnh"},
   * {@code "Thành phố"}, {@code "Thị trấn"}, {@code "Tổ dân phố"}.
   *
   * @return the name prefix
   */
  public String namePrefix() {
    return namePrefix;
  }

  /**
   * Returns the name of the type, for instance "thành phố trực thuộc trung ương" / "centrally governed city".
   *
   * @return both names
   */
  public LocalizedText names() {
    return label;
  }

  @Override
  public String label(Language language) {
    return label.get(language);
  }
}
