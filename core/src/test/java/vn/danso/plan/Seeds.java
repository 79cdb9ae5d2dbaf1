package vn.danso.plan;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.List;
import vn.danso.admin.Hierarchy;
import vn.danso.admin.HierarchyResult;
import vn.danso.admin.UnitCode;
import vn.danso.admin.UnitRow;
import vn.danso.admin.UnitType;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.body.Body;
import vn.danso.body.BodyKind;
import vn.danso.body.BodyKinds;
import vn.danso.body.Jurisdiction;
import vn.danso.document.Document;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentReference;
import vn.danso.document.DocumentType;
import vn.danso.document.PlaceLine;

/**
 * The seeds' bodies and documents for the plan tests, with a hierarchy that holds the districts they need (codes of
 * the statistics office's list: 001 Quận Ba Đình, 058 Thành phố Bắc Kạn, 474 Thành phố Huế, 909 Huyện An Minh).
 */
final class Seeds {
  static final LocalDate LAST_DAY_OF_DISTRICTS = LocalDate.of(2025, 6, 30);

  static final Body TW = body("party.tw", "Ban Chấp hành Trung ương Đảng", BodyKinds.PARTY_CENTRAL_COMMITTEE,
      Jurisdiction.nation(), null);
  static final Body PRIME_MINISTER = body("state.ttg", "Thủ tướng Chính phủ", BodyKinds.PRIME_MINISTER,
      Jurisdiction.nation(), null);
  static final Body HANOI_TU = body("party.tu.01", "Thành ủy Hà Nội", BodyKinds.PROVINCIAL_PARTY_COMMITTEE,
      Jurisdiction.of(UnitCode.of("01"), "Hà Nội"), null);
  static final Body HANOI_UBND = body("state.ubnd.01", "Ủy ban nhân dân thành phố Hà Nội",
      BodyKinds.PEOPLES_COMMITTEE, Jurisdiction.of(UnitCode.of("01"), "Hà Nội"), null);
  static final Body BA_DINH_QU = body("party.qu.001", "Quận ủy Ba Đình", BodyKinds.URBAN_DISTRICT_PARTY_COMMITTEE,
      Jurisdiction.of(UnitCode.of("001"), "Ba Đình"), LAST_DAY_OF_DISTRICTS);
  static final Body BAC_KAN_TU = body("party.tu.06", "Ban Thường vụ Tỉnh ủy Bắc Kạn",
      BodyKinds.PROVINCIAL_STANDING_BOARD, Jurisdiction.of(UnitCode.of("06"), "Bắc Kạn"), LAST_DAY_OF_DISTRICTS);
  static final Body BAC_KAN_UBND = body("state.ubnd.06", "Ủy ban nhân dân tỉnh Bắc Kạn", BodyKinds.PEOPLES_COMMITTEE,
      Jurisdiction.of(UnitCode.of("06"), "Bắc Kạn"), LAST_DAY_OF_DISTRICTS);
  static final Body KIEN_GIANG_TU = body("party.tu.91", "Tỉnh ủy Kiên Giang", BodyKinds.PROVINCIAL_PARTY_COMMITTEE,
      Jurisdiction.of(UnitCode.of("91"), "Kiên Giang"), LAST_DAY_OF_DISTRICTS);
  static final Body AN_MINH_HU = body("party.hu.909", "Ban Thường vụ Huyện ủy An Minh",
      BodyKinds.DISTRICT_STANDING_BOARD, Jurisdiction.of(UnitCode.of("909"), "An Minh"), LAST_DAY_OF_DISTRICTS);
  static final Body HUE_TU = body("party.tu.46", "Ban Thường vụ Tỉnh ủy Thừa Thiên Huế",
      BodyKinds.PROVINCIAL_STANDING_BOARD,
      Jurisdiction.of(UnitCode.of("46"), "Thừa Thiên Huế").withSeat("Thành phố Huế"), LocalDate.of(2024, 12, 31));
  static final Body HUE_DUK = body("party.duk.46", "Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế",
      BodyKinds.BLOC_PARTY_COMMITTEE,
      Jurisdiction.of(UnitCode.of("46"), "Thừa Thiên Huế").withSeat("Thành phố Huế"), LocalDate.of(2024, 12, 31));

  static final Document NQ21 = Document.builder()
      .number(DocumentNumber.parse("21-NQ/TW")).type(DocumentType.RESOLUTION).issuer(TW)
      .date(LocalDate.of(2017, 10, 25)).committeeTerm(12).build();
  static final Document KH74 = doc("74-KH/TU", DocumentType.PLAN, HANOI_TU, 2018, 1, 27, NQ21.reference());
  static final Document CTR13 = doc("13-CTr/TU", DocumentType.PROGRAMME, BAC_KAN_TU, 2018, 1, 22, NQ21.reference());
  static final Document QD723 = doc("723/QĐ-UBND", DocumentType.DECISION, BAC_KAN_UBND, 2018, 5, 9,
      CTR13.reference());
  static final DocumentReference KIEN_GIANG_PROGRAMME = DocumentReference.builder()
      .type(DocumentType.PROGRAMME).issuer(KIEN_GIANG_TU).citation("Chương trình hành động của Tỉnh ủy").build();
  static final Document KH77 = doc("77-KH/HU", DocumentType.PLAN, AN_MINH_HU, 2018, 3, 22, NQ21.reference(),
      KIEN_GIANG_PROGRAMME);
  static final Document KH71 = doc("71-KH/TU", DocumentType.PLAN, HUE_TU, 2018, 4, 24, NQ21.reference());
  static final Document KH49 = Document.builder()
      .number(DocumentNumber.parse("Số 49-KH/ĐUK")).type(DocumentType.PLAN).issuer(HUE_DUK)
      .placeLine(PlaceLine.parse("Thành phố Huế, ngày 04 tháng 6 năm 2018"))
      .addImplemented(KH71.reference()).addCited(NQ21.reference()).build();
  static final DocumentReference KH94 = DocumentReference.builder()
      .number(DocumentNumber.parse("94/KH-UBND")).type(DocumentType.PLAN).issuer(HANOI_UBND).build();

  /** The seeds' plans: full documents, the Kiên Giang programme and 94/KH-UBND known by reference. */
  static List<Plan> plans() {
    return List.of(Plan.of(NQ21), Plan.of(KH74), Plan.of(CTR13), Plan.of(QD723),
        Plan.builder().reference(KIEN_GIANG_PROGRAMME).implemented(List.of(NQ21.reference())).build(),
        Plan.of(KH77), Plan.of(KH71), Plan.of(KH49),
        Plan.builder().reference(KH94).implemented(List.of(KH74.reference())).build());
  }

  static final Hierarchy HIERARCHY = hierarchy();

  private static Hierarchy hierarchy() {
    HierarchyResult result = VietnamCatalogue.builder()
        .addRows(List.of(
            UnitRow.of("001", "Quận Ba Đình", "01"),
            UnitRow.of("058", "Thành phố Bắc Kạn", UnitType.THANH_PHO_THUOC_TINH, "06"),
            UnitRow.of("474", "Thành phố Huế", UnitType.THANH_PHO_THUOC_TINH, "46"),
            UnitRow.of("909", "Huyện An Minh", "91")))
        .build();
    if (!result.report().isEmpty()) {
      throw new IllegalStateException(result.report().toString());
    }
    return result.hierarchy();
  }

  static Document doc(String number, DocumentType type, Body issuer, int y, int m, int d,
      DocumentReference... implemented) {
    return Document.builder().number(DocumentNumber.parse(number)).type(type).issuer(issuer)
        .date(LocalDate.of(y, m, d)).addImplemented(implemented).build();
  }

  static Body body(String id, String name, BodyKind kind, Jurisdiction jurisdiction, LocalDate lastDay) {
    Body.Builder builder = Body.builder().id(id).name(name).kind(kind).jurisdiction(jurisdiction);
    if (lastDay != null) {
      builder.validity(Range.atMost(lastDay));
    }
    return builder.build();
  }

  private Seeds() {}
}
