package vn.danso.document;

import com.google.common.collect.Range;
import java.time.LocalDate;
import vn.danso.admin.UnitCode;
import vn.danso.body.Body;
import vn.danso.body.BodyKinds;
import vn.danso.body.Jurisdiction;

/** Bodies and documents of the seed articles, for the document tests. */
final class Fixtures {
  static final Body CENTRAL_COMMITTEE = Body.builder()
      .id("party.tw").name("Ban Chấp hành Trung ương Đảng").kind(BodyKinds.PARTY_CENTRAL_COMMITTEE)
      .jurisdiction(Jurisdiction.nation()).build();

  static final Body HUE_STANDING_BOARD = Body.builder()
      .id("party.tu.46").name("Ban Thường vụ Tỉnh ủy Thừa Thiên Huế").kind(BodyKinds.PROVINCIAL_STANDING_BOARD)
      .jurisdiction(Jurisdiction.of(UnitCode.of("46"), "Thừa Thiên Huế").withSeat("Thành phố Huế"))
      .validity(Range.atMost(LocalDate.of(2024, 12, 31)))
      .build();

  static final Body HUE_BLOC = Body.builder()
      .id("party.duk.46").name("Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế").kind(BodyKinds.BLOC_PARTY_COMMITTEE)
      .jurisdiction(Jurisdiction.of(UnitCode.of("46"), "Thừa Thiên Huế").withSeat("Thành phố Huế"))
      .validity(Range.atMost(LocalDate.of(2024, 12, 31)))
      .build();

  static final Body BAC_KAN_COMMITTEE = Body.builder()
      .id("state.ubnd.06").name("Ủy ban nhân dân tỉnh Bắc Kạn").kind(BodyKinds.PEOPLES_COMMITTEE)
      .jurisdiction(Jurisdiction.of(UnitCode.of("06"), "Bắc Kạn"))
      .validity(Range.atMost(LocalDate.of(2025, 6, 30)))
      .build();

  static final Document RESOLUTION_21 = Document.builder()
      .number(DocumentNumber.parse("21-NQ/TW"))
      .type(DocumentType.RESOLUTION)
      .issuer(CENTRAL_COMMITTEE)
      .date(LocalDate.of(2017, 10, 25))
      .committeeTerm(12)
      .subjectLine("về công tác dân số trong tình hình mới")
      .build();

  static final Document PLAN_71 = Document.builder()
      .number(DocumentNumber.parse("71-KH/TU"))
      .type(DocumentType.PLAN)
      .issuer(HUE_STANDING_BOARD)
      .date(LocalDate.of(2018, 4, 24))
      .addImplemented(RESOLUTION_21.reference())
      .build();

  static Document.Builder plan49() {
    return Document.builder()
        .number(DocumentNumber.parse("Số 49-KH/ĐUK"))
        .type(DocumentType.PLAN)
        .issuer(HUE_BLOC)
        .subjectLine("thực hiện Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XII) về công tác "
            + "dân số trong tình hình mới")
        .addImplemented(PLAN_71.reference())
        .signature(Signature.builder().capacity(SigningCapacity.PARTY_ON_BEHALF).onBehalfOf("Ban Thường vụ")
            .position("Phó Bí thư thường trực").name("Nguyễn Hữu Tiến").build())
        .addRecipients(Recipient.fromLine("- Ban Thường vụ Tỉnh ủy;    (để b/c)"), Recipient.of("Lưu VP"))
        .addSections(Section.builder().numeral("I").title("Mục đích, yêu cầu").build(),
            Section.builder().numeral("II").title("Nội dung thực hiện").build(),
            Section.builder().numeral("III").title("Tổ chức thực hiện").build());
  }

  static final Document PLAN_49 = plan49()
      .placeLine(PlaceLine.parse("Thành phố Huế, ngày 04 tháng 6 năm 2018"))
      .build();

  private Fixtures() {}
}
