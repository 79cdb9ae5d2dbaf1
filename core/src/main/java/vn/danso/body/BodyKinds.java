package vn.danso.body;

import static vn.danso.admin.AdministrativeLevel.COMMUNE;
import static vn.danso.admin.AdministrativeLevel.DISTRICT;
import static vn.danso.admin.AdministrativeLevel.NATION;
import static vn.danso.admin.AdministrativeLevel.PROVINCE;

import com.google.common.collect.ImmutableList;
import vn.danso.admin.AdministrativeLevel;

/**
 * The kinds of issuing body danso knows (các loại cơ quan ban hành), of the five {@linkplain BodySystem systems}.
 *
 * <p>A kind's abbreviation is given only where real document numbers show one for every body of the kind; the
 * {@linkplain IssuerAbbreviations issuer abbreviation table} says where each was seen. Where usage differs between
 * bodies (ministries, departments, mass organisations, the population sector), the kind has no abbreviation and each
 * {@link Body} carries its own.
 */
public final class BodyKinds {
  // ---------------------------------------------------------------- Party

  /** Ban Chấp hành Trung ương Đảng, the Party Central Committee; symbol {@code TW}. */
  public static final BodyKind PARTY_CENTRAL_COMMITTEE = kind("party.central-committee", BodySystem.PARTY,
      "Ban Chấp hành Trung ương Đảng", "Party Central Committee", "TW", NATION);
  /** Bộ Chính trị, the Politburo; symbol {@code TW}. */
  public static final BodyKind POLITBURO = kind("party.politburo", BodySystem.PARTY,
      "Bộ Chính trị", "Politburo", "TW", NATION);
  /** Ban Bí thư, the Secretariat of the Central Committee; symbol {@code TW}. */
  public static final BodyKind SECRETARIAT = kind("party.secretariat", BodySystem.PARTY,
      "Ban Bí thư", "Secretariat", "TW", NATION);
  /** Văn phòng Trung ương Đảng, the Party Central Office; symbol {@code VPTW} (e.g. 36-HD/VPTW). */
  public static final BodyKind PARTY_CENTRAL_OFFICE = kind("party.central-office", BodySystem.PARTY,
      "Văn phòng Trung ương Đảng", "Party Central Office", "VPTW", NATION);
  /** Ủy ban Kiểm tra Trung ương, the Central Inspection Commission; symbol {@code UBKTTW}. */
  public static final BodyKind CENTRAL_INSPECTION_COMMISSION = kind("party.central-inspection-commission",
      BodySystem.PARTY, "Ủy ban Kiểm tra Trung ương", "Central Inspection Commission", "UBKTTW", NATION);
  /** Quân ủy Trung ương, the Central Military Commission; symbol {@code QUTW} (formerly ĐUQSTW). */
  public static final BodyKind CENTRAL_MILITARY_COMMISSION = kind("party.central-military-commission",
      BodySystem.PARTY, "Quân ủy Trung ương", "Central Military Commission", "QUTW", NATION);
  /**
   * A board of the Central Committee (Ban Tổ chức Trung ương, Ban Tuyên giáo Trung ương…); each has its own symbol
   * ({@code BTCTW}, {@code BTGTW}).
   */
  public static final BodyKind CENTRAL_PARTY_BOARD = kind("party.central-board", BodySystem.PARTY,
      "Ban của Trung ương Đảng", "board of the Party Central Committee", null, NATION);
  /** Tỉnh ủy or Thành ủy, the provincial Party committee; symbol {@code TU}. */
  public static final BodyKind PROVINCIAL_PARTY_COMMITTEE = kind("party.provincial-committee", BodySystem.PARTY,
      "Tỉnh ủy, Thành ủy", "provincial Party committee", "TU", PROVINCE);
  /** Ban Thường vụ Tỉnh ủy, Thành ủy, its standing board, which issues most of its plans; symbol {@code TU}. */
  public static final BodyKind PROVINCIAL_STANDING_BOARD = kind("party.provincial-standing-board", BodySystem.PARTY,
      "Ban Thường vụ Tỉnh ủy, Thành ủy", "standing board of a provincial Party committee", "TU", PROVINCE);
  /** Ủy ban Kiểm tra Tỉnh ủy, the provincial inspection commission; symbol {@code UBKTTU}. */
  public static final BodyKind PROVINCIAL_INSPECTION_COMMISSION = kind("party.provincial-inspection-commission",
      BodySystem.PARTY, "Ủy ban Kiểm tra Tỉnh ủy", "provincial inspection commission", "UBKTTU", PROVINCE);
  /** Ban Tuyên giáo Tỉnh ủy, the provincial propaganda and education board; symbol {@code BTGTU}. */
  public static final BodyKind PROVINCIAL_PROPAGANDA_BOARD = kind("party.provincial-propaganda-board",
      BodySystem.PARTY, "Ban Tuyên giáo Tỉnh ủy", "provincial propaganda and education board", "BTGTU", PROVINCE);
  /** Huyện ủy, the rural district Party committee; symbol {@code HU}. District level until 2025-06-30. */
  public static final BodyKind DISTRICT_PARTY_COMMITTEE = kind("party.district-committee", BodySystem.PARTY,
      "Huyện ủy", "district Party committee", "HU", DISTRICT);
  /** Ban Thường vụ Huyện ủy, its standing board; symbol {@code HU}. */
  public static final BodyKind DISTRICT_STANDING_BOARD = kind("party.district-standing-board", BodySystem.PARTY,
      "Ban Thường vụ Huyện ủy", "standing board of a district Party committee", "HU", DISTRICT);
  /** Quận ủy, the urban district Party committee; symbol {@code QU}. */
  public static final BodyKind URBAN_DISTRICT_PARTY_COMMITTEE = kind("party.urban-district-committee",
      BodySystem.PARTY, "Quận ủy", "urban district Party committee", "QU", DISTRICT);
  /**
   * Thị ủy or Thành ủy of a district-level town or city. Its symbol is not established in danso's sources, so the
   * kind has none: give each body its own.
   */
  public static final BodyKind TOWN_PARTY_COMMITTEE = kind("party.town-committee", BodySystem.PARTY,
      "Thị ủy, Thành ủy (cấp huyện)", "district-level town or city Party committee", null, DISTRICT);
  /** Đảng ủy xã, phường, thị trấn, the commune Party committee; symbol {@code ĐU}. */
  public static final BodyKind COMMUNE_PARTY_COMMITTEE = kind("party.commune-committee", BodySystem.PARTY,
      "Đảng ủy xã, phường, thị trấn", "commune Party committee", "ĐU", COMMUNE);
  /** Đảng ủy of an agency or enterprise (e.g. Đảng ủy UBND tỉnh), at any level; symbol {@code ĐU}. */
  public static final BodyKind AGENCY_PARTY_COMMITTEE = kind("party.agency-committee", BodySystem.PARTY,
      "Đảng ủy cơ quan", "agency Party committee", "ĐU", NATION, PROVINCE, DISTRICT, COMMUNE);
  /**
   * Đảng ủy Khối, the Party committee of a bloc of agencies or enterprises (e.g. Đảng ủy Khối các cơ quan tỉnh),
   * with its standing board; symbol {@code ĐUK}.
   */
  public static final BodyKind BLOC_PARTY_COMMITTEE = kind("party.bloc-committee", BodySystem.PARTY,
      "Đảng ủy Khối", "bloc Party committee", "ĐUK", NATION, PROVINCE);
  /** Ban cán sự đảng of a ministry or of a provincial People's Committee; symbol {@code BCSĐ} (not BCS). */
  public static final BodyKind PARTY_AFFAIRS_COMMITTEE = kind("party.affairs-committee", BodySystem.PARTY,
      "Ban cán sự đảng", "Party affairs committee", "BCSĐ", NATION, PROVINCE);

  // ---------------------------------------------------------------- State

  /** Quốc hội, the National Assembly; laws and resolutions carry {@code QH} and the term: 113/2025/QH15. */
  public static final BodyKind NATIONAL_ASSEMBLY = kind("state.national-assembly", BodySystem.STATE,
      "Quốc hội", "National Assembly", "QH", NATION);
  /** Ủy ban Thường vụ Quốc hội, its Standing Committee; {@code UBTVQH} and the term: 07/2025/PL-UBTVQH15. */
  public static final BodyKind NATIONAL_ASSEMBLY_STANDING_COMMITTEE = kind("state.national-assembly-standing-committee",
      BodySystem.STATE, "Ủy ban Thường vụ Quốc hội", "National Assembly Standing Committee", "UBTVQH", NATION);
  /** Chính phủ, the Government; symbol {@code CP} (30/2020/NĐ-CP). */
  public static final BodyKind GOVERNMENT = kind("state.government", BodySystem.STATE,
      "Chính phủ", "Government", "CP", NATION);
  /** Thủ tướng Chính phủ, the Prime Minister; symbol {@code TTg} (1679/QĐ-TTg). */
  public static final BodyKind PRIME_MINISTER = kind("state.prime-minister", BodySystem.STATE,
      "Thủ tướng Chính phủ", "Prime Minister", "TTg", NATION);
  /** A ministry (Bộ), such as Bộ Y tế ({@code BYT}); each ministry has its own symbol. */
  public static final BodyKind MINISTRY = kind("state.ministry", BodySystem.STATE,
      "Bộ, cơ quan ngang bộ", "ministry", null, NATION);
  /** A general department or department of a ministry (Tổng cục, Cục), such as Cục Thống kê ({@code CTK}). */
  public static final BodyKind MINISTRY_DEPARTMENT = kind("state.ministry-department", BodySystem.STATE,
      "Tổng cục, Cục thuộc Bộ", "department of a ministry", null, NATION);
  /** Hội đồng nhân dân, the People's Council of a province, district or commune; symbol {@code HĐND}. */
  public static final BodyKind PEOPLES_COUNCIL = kind("state.peoples-council", BodySystem.STATE,
      "Hội đồng nhân dân", "People's Council", "HĐND", PROVINCE, DISTRICT, COMMUNE);
  /** Ủy ban nhân dân, the People's Committee of a province, district or commune; symbol {@code UBND}. */
  public static final BodyKind PEOPLES_COMMITTEE = kind("state.peoples-committee", BodySystem.STATE,
      "Ủy ban nhân dân", "People's Committee", "UBND", PROVINCE, DISTRICT, COMMUNE);
  /** A provincial department (Sở, ban, ngành), such as Sở Y tế; each has its own symbol. */
  public static final BodyKind PROVINCIAL_DEPARTMENT = kind("state.provincial-department", BodySystem.STATE,
      "Sở, ban, ngành cấp tỉnh", "provincial department", null, PROVINCE);
  /** A specialised office of a district People's Committee (phòng chuyên môn), such as Phòng Y tế. */
  public static final BodyKind DISTRICT_OFFICE = kind("state.district-office", BodySystem.STATE,
      "Phòng chuyên môn cấp huyện", "district office", null, DISTRICT);

  // ---------------------------------------------------------------- population sector

  /**
   * Cục Dân số, Bộ Y tế: the population department of the Ministry of Health, the name in use by December 2023
   * (the instrument that renamed the Tổng cục is not established). Its symbol is not established in danso's sources.
   */
  public static final BodyKind POPULATION_DEPARTMENT = kind("sector.population-department",
      BodySystem.POPULATION_SECTOR, "Cục Dân số (Bộ Y tế)", "Population Department (Ministry of Health)", null,
      NATION);
  /**
   * Tổng cục Dân số – Kế hoạch hóa gia đình, the General Office for Population and Family Planning of the Ministry
   * of Health, the name in use in January 2022 (Thông tư 01/2022/TT-BYT); {@code TCDS} is the unit in
   * 7257/BYT-TCDS.
   */
  public static final BodyKind GENERAL_OFFICE_FOR_POPULATION = kind("sector.general-office-for-population",
      BodySystem.POPULATION_SECTOR, "Tổng cục Dân số - Kế hoạch hóa gia đình",
      "General Office for Population and Family Planning", "TCDS", NATION);
  /**
   * Chi cục Dân số (Chi cục Dân số - Kế hoạch hóa gia đình) under the provincial Sở Y tế, whose functions Thông tư
   * 34/2023/TT-BYT sets.
   */
  public static final BodyKind PROVINCIAL_POPULATION_OFFICE = kind("sector.provincial-population-office",
      BodySystem.POPULATION_SECTOR, "Chi cục Dân số", "provincial population office", null, PROVINCE);
  /** Trung tâm Y tế huyện, the district health centre, which runs population work in the district. */
  public static final BodyKind DISTRICT_HEALTH_CENTRE = kind("sector.district-health-centre",
      BodySystem.POPULATION_SECTOR, "Trung tâm Y tế huyện", "district health centre", null, DISTRICT);
  /** Trạm Y tế xã, the commune health station, where population officers and collaborators work. */
  public static final BodyKind COMMUNE_HEALTH_STATION = kind("sector.commune-health-station",
      BodySystem.POPULATION_SECTOR, "Trạm Y tế xã", "commune health station", null, COMMUNE);

  // ---------------------------------------------------------------- inter-sector

  /**
   * Ban chỉ đạo công tác Dân số - Kế hoạch hóa gia đình, the inter-sector population steering committee of a
   * province, district or commune. Its symbol varies; give each body its own.
   */
  public static final BodyKind POPULATION_STEERING_COMMITTEE = kind("intersector.population-steering-committee",
      BodySystem.INTER_SECTOR, "Ban chỉ đạo công tác Dân số - Kế hoạch hóa gia đình",
      "population steering committee", null, PROVINCE, DISTRICT, COMMUNE);

  // ---------------------------------------------------------------- mass organisations

  /** Ủy ban Mặt trận Tổ quốc Việt Nam at each level, the Fatherland Front committee. */
  public static final BodyKind FATHERLAND_FRONT = kind("mass.fatherland-front", BodySystem.MASS_ORGANISATION,
      "Ủy ban Mặt trận Tổ quốc Việt Nam", "Viet Nam Fatherland Front committee", null,
      NATION, PROVINCE, DISTRICT, COMMUNE);
  /** Hội Liên hiệp Phụ nữ Việt Nam at each level, the Women's Union. */
  public static final BodyKind WOMENS_UNION = kind("mass.womens-union", BodySystem.MASS_ORGANISATION,
      "Hội Liên hiệp Phụ nữ", "Women's Union", null, NATION, PROVINCE, DISTRICT, COMMUNE);
  /** Đoàn Thanh niên Cộng sản Hồ Chí Minh at each level, the Youth Union. */
  public static final BodyKind YOUTH_UNION = kind("mass.youth-union", BodySystem.MASS_ORGANISATION,
      "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Ho Chi Minh Communist Youth Union", null,
      NATION, PROVINCE, DISTRICT, COMMUNE);
  /** Hội Cựu chiến binh at each level, the Veterans' Association. */
  public static final BodyKind VETERANS_ASSOCIATION = kind("mass.veterans-association",
      BodySystem.MASS_ORGANISATION, "Hội Cựu chiến binh", "Veterans' Association", null,
      NATION, PROVINCE, DISTRICT, COMMUNE);
  /** Hội Nông dân at each level, the Farmers' Union. */
  public static final BodyKind FARMERS_UNION = kind("mass.farmers-union", BodySystem.MASS_ORGANISATION,
      "Hội Nông dân", "Farmers' Union", null, NATION, PROVINCE, DISTRICT, COMMUNE);

  private static final ImmutableList<BodyKind> ALL = ImmutableList.of(
      PARTY_CENTRAL_COMMITTEE, POLITBURO, SECRETARIAT, PARTY_CENTRAL_OFFICE, CENTRAL_INSPECTION_COMMISSION,
      CENTRAL_MILITARY_COMMISSION, CENTRAL_PARTY_BOARD, PROVINCIAL_PARTY_COMMITTEE, PROVINCIAL_STANDING_BOARD,
      PROVINCIAL_INSPECTION_COMMISSION, PROVINCIAL_PROPAGANDA_BOARD, DISTRICT_PARTY_COMMITTEE,
      DISTRICT_STANDING_BOARD, URBAN_DISTRICT_PARTY_COMMITTEE, TOWN_PARTY_COMMITTEE, COMMUNE_PARTY_COMMITTEE,
      AGENCY_PARTY_COMMITTEE, BLOC_PARTY_COMMITTEE, PARTY_AFFAIRS_COMMITTEE,
      NATIONAL_ASSEMBLY, NATIONAL_ASSEMBLY_STANDING_COMMITTEE, GOVERNMENT, PRIME_MINISTER, MINISTRY,
      MINISTRY_DEPARTMENT, PEOPLES_COUNCIL, PEOPLES_COMMITTEE, PROVINCIAL_DEPARTMENT, DISTRICT_OFFICE,
      POPULATION_DEPARTMENT, GENERAL_OFFICE_FOR_POPULATION, PROVINCIAL_POPULATION_OFFICE, DISTRICT_HEALTH_CENTRE,
      COMMUNE_HEALTH_STATION,
      POPULATION_STEERING_COMMITTEE,
      FATHERLAND_FRONT, WOMENS_UNION, YOUTH_UNION, VETERANS_ASSOCIATION, FARMERS_UNION);

  private BodyKinds() {}

  /**
   * Returns every built-in kind, by system in the order of {@link BodySystem}.
   *
   * @return the kinds
   */
  public static ImmutableList<BodyKind> all() {
    return ALL;
  }

  private static BodyKind kind(String id, BodySystem system, String vi, String en, String abbreviation,
      AdministrativeLevel... levels) {
    BodyKind.Builder builder = BodyKind.builder().id(id).system(system).name(vi, en).addLevels(levels);
    if (abbreviation != null) {
      builder.abbreviation(abbreviation);
    }
    return builder.build();
  }
}
