package vn.danso.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.time.LocalDate;
import vn.danso.admin.UnitCode;
import vn.danso.body.Body;
import vn.danso.body.BodyKind;
import vn.danso.body.BodyKinds;
import vn.danso.body.Jurisdiction;
import vn.danso.document.Document;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentReference;
import vn.danso.document.DocumentType;
import vn.danso.document.NumberFamily;
import vn.danso.document.PlaceLine;
import vn.danso.document.Recipient;
import vn.danso.document.Section;
import vn.danso.document.Signature;
import vn.danso.document.SigningCapacity;

/**
 * The issuing bodies and documents of the five seed articles, built with danso's model: what the other examples
 * start from.
 *
 * <p>Numbers and place lines are read from the text as the articles write them. Where an article gives no number or
 * date (the Kiên Giang provincial programme of seed 002, the Hải Dương plan of seed 004, the date of Hà Nội's
 * 94/KH-UBND) the document is kept as an incomplete {@link DocumentReference}, never completed by guesswork. Body
 * validity follows the 2025 reorganisation as danso's sources give it: Thừa Thiên Huế became Thành phố Huế on
 * 2025-01-01; Bắc Kạn, Kiên Giang and Hải Dương merged on 2025-07-01, when the district level ended.
 */
public final class SeedDocuments {
  private static final LocalDate LAST_DAY_OF_DISTRICTS = LocalDate.of(2025, 6, 30);

  // ---------------------------------------------------------------- bodies

  /** Ban Chấp hành Trung ương Đảng. */
  public static final Body CENTRAL_COMMITTEE = body("party.tw", "Ban Chấp hành Trung ương Đảng",
      BodyKinds.PARTY_CENTRAL_COMMITTEE, Jurisdiction.nation(), null);
  /** Bộ Chính trị. */
  public static final Body POLITBURO = body("party.bct", "Bộ Chính trị", BodyKinds.POLITBURO,
      Jurisdiction.nation(), null);
  /** Thành ủy Hà Nội (seed 000). */
  public static final Body HANOI_PARTY_COMMITTEE = body("party.tu.01", "Thành ủy Hà Nội",
      BodyKinds.PROVINCIAL_PARTY_COMMITTEE, Jurisdiction.of(UnitCode.of("01"), "Hà Nội"), null);
  /** Ủy ban nhân dân thành phố Hà Nội (seed 000). */
  public static final Body HANOI_PEOPLES_COMMITTEE = body("state.ubnd.01", "Ủy ban nhân dân thành phố Hà Nội",
      BodyKinds.PEOPLES_COMMITTEE, Jurisdiction.of(UnitCode.of("01"), "Hà Nội"), null);
  /** Ban Thường vụ Tỉnh ủy Bắc Kạn (seed 001). */
  public static final Body BAC_KAN_STANDING_BOARD = body("party.tu.06", "Ban Thường vụ Tỉnh ủy Bắc Kạn",
      BodyKinds.PROVINCIAL_STANDING_BOARD, Jurisdiction.of(UnitCode.of("06"), "Bắc Kạn"), LAST_DAY_OF_DISTRICTS);
  /** Ủy ban nhân dân tỉnh Bắc Kạn (seed 001). */
  public static final Body BAC_KAN_PEOPLES_COMMITTEE = body("state.ubnd.06", "Ủy ban nhân dân tỉnh Bắc Kạn",
      BodyKinds.PEOPLES_COMMITTEE, Jurisdiction.of(UnitCode.of("06"), "Bắc Kạn"), LAST_DAY_OF_DISTRICTS);
  /** Tỉnh ủy Kiên Giang, whose programme seed 002 cites without a number. */
  public static final Body KIEN_GIANG_PARTY_COMMITTEE = body("party.tu.91", "Tỉnh ủy Kiên Giang",
      BodyKinds.PROVINCIAL_PARTY_COMMITTEE, Jurisdiction.of(UnitCode.of("91"), "Kiên Giang"), LAST_DAY_OF_DISTRICTS);
  /** Ban Thường vụ Huyện ủy An Minh, Kiên Giang (seed 002); district 909. */
  public static final Body AN_MINH_STANDING_BOARD = body("party.hu.909", "Ban Thường vụ Huyện ủy An Minh",
      BodyKinds.DISTRICT_STANDING_BOARD, Jurisdiction.of(UnitCode.of("909"), "An Minh"), LAST_DAY_OF_DISTRICTS);
  /** Ban Thường vụ Tỉnh ủy Thừa Thiên Huế (seed 003), seated in Thành phố Huế. */
  public static final Body HUE_STANDING_BOARD = body("party.tu.46", "Ban Thường vụ Tỉnh ủy Thừa Thiên Huế",
      BodyKinds.PROVINCIAL_STANDING_BOARD,
      Jurisdiction.of(UnitCode.of("46"), "Thừa Thiên Huế").withSeat("Thành phố Huế"), LocalDate.of(2024, 12, 31));
  /** Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế (seed 003), seated in Thành phố Huế. */
  public static final Body HUE_AGENCIES_BLOC = body("party.duk.46", "Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế",
      BodyKinds.BLOC_PARTY_COMMITTEE,
      Jurisdiction.of(UnitCode.of("46"), "Thừa Thiên Huế").withSeat("Thành phố Huế"), LocalDate.of(2024, 12, 31));
  /** Ủy ban nhân dân tỉnh Hải Dương (seed 004). */
  public static final Body HAI_DUONG_PEOPLES_COMMITTEE = body("state.ubnd.30", "Ủy ban nhân dân tỉnh Hải Dương",
      BodyKinds.PEOPLES_COMMITTEE, Jurisdiction.of(UnitCode.of("30"), "Hải Dương"), LAST_DAY_OF_DISTRICTS);

  // ---------------------------------------------------------------- documents

  /** Nghị quyết 21-NQ/TW, 25/10/2017, Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII: the root. */
  public static final Document RESOLUTION_21 = Document.builder()
      .number(DocumentNumber.parse("21-NQ/TW"))
      .type(DocumentType.RESOLUTION)
      .issuer(CENTRAL_COMMITTEE)
      .date(LocalDate.of(2017, 10, 25))
      .committeeTerm(12)
      .subjectLine("về công tác dân số trong tình hình mới")
      .build();

  /** Kế hoạch 74-KH/TU, 27/1/2018, Thành ủy Hà Nội (seed 000). */
  public static final Document HANOI_PLAN_74 = Document.builder()
      .number(DocumentNumber.parse("số 74-KH/TU"))
      .type(DocumentType.PLAN)
      .issuer(HANOI_PARTY_COMMITTEE)
      .date(LocalDate.of(2018, 1, 27))
      .addImplemented(RESOLUTION_21.reference())
      .build();

  /** Kế hoạch 94/KH-UBND of the Hà Nội People's Committee (seed 000): the article gives no date, only 2018. */
  public static final DocumentReference HANOI_PLAN_94 = DocumentReference.builder()
      .number(DocumentNumber.parse("94/KH-UBND"))
      .type(DocumentType.PLAN)
      .issuer(HANOI_PEOPLES_COMMITTEE)
      .citation("Kế hoạch số 94/KH-UBND thực hiện kế hoạch số 74-KH/TU, ngày 27/1/2018 của Thành ủy Hà Nội")
      .build();

  /** Chương trình hành động 13-CTr/TU, 22/01/2018, Ban Thường vụ Tỉnh ủy Bắc Kạn (seed 001). */
  public static final Document BAC_KAN_PROGRAMME_13 = Document.builder()
      .number(DocumentNumber.parse("số: 13-CTr/TU"))
      .type(DocumentType.PROGRAMME)
      .issuer(BAC_KAN_STANDING_BOARD)
      .date(LocalDate.of(2018, 1, 22))
      .addImplemented(RESOLUTION_21.reference())
      .build();

  /** Quyết định 723/QĐ-UBND, 09/5/2018, UBND tỉnh Bắc Kạn: the plan implementing 13-CTr/TU (seed 001). */
  public static final Document BAC_KAN_DECISION_723 = Document.builder()
      .number(DocumentNumber.parse("số 723/QĐ-UBND"))
      .type(DocumentType.DECISION)
      .issuer(BAC_KAN_PEOPLES_COMMITTEE)
      .date(LocalDate.of(2018, 5, 9))
      .addImplemented(BAC_KAN_PROGRAMME_13.reference())
      .build();

  /** The Kiên Giang provincial action programme seed 002 cites without number or date. */
  public static final DocumentReference KIEN_GIANG_PROGRAMME = DocumentReference.builder()
      .type(DocumentType.PROGRAMME)
      .issuer(KIEN_GIANG_PARTY_COMMITTEE)
      .citation("Chương trình hành động của Tỉnh ủy")
      .build();

  /** Kế hoạch 77-KH/HU, 22/3/2018, Ban Thường vụ Huyện ủy An Minh (seed 002). */
  public static final Document AN_MINH_PLAN_77 = Document.builder()
      .number(DocumentNumber.parse("số 77-KH/HU"))
      .type(DocumentType.PLAN)
      .issuer(AN_MINH_STANDING_BOARD)
      .date(LocalDate.of(2018, 3, 22))
      .addImplemented(RESOLUTION_21.reference(), KIEN_GIANG_PROGRAMME)
      .build();

  /** Quy định 37-QĐ/TW, 25/10/2021, Ban Chấp hành Trung ương: what Party members must not do (seed 002). */
  public static final Document REGULATION_37 = Document.builder()
      .number(DocumentNumber.parse("37-QĐ/TW"))
      .type(DocumentType.REGULATION)
      .issuer(CENTRAL_COMMITTEE)
      .date(LocalDate.of(2021, 10, 25))
      .subjectLine("những điều đảng viên không được làm")
      .build();

  /** Quy định 69-QĐ/TW, 6/7/2022, Bộ Chính trị: Party discipline (seed 002). */
  public static final Document REGULATION_69 = Document.builder()
      .number(DocumentNumber.parse("69-QĐ/TW"))
      .type(DocumentType.REGULATION)
      .issuer(POLITBURO)
      .date(LocalDate.of(2022, 7, 6))
      .subjectLine("về kỷ luật tổ chức đảng, đảng viên vi phạm")
      .build();

  /** Kế hoạch 71-KH/TU, 24/4/2018, Ban Thường vụ Tỉnh ủy Thừa Thiên Huế (seed 003). */
  public static final Document HUE_PLAN_71 = Document.builder()
      .number(DocumentNumber.parse("71-KH/TU"))
      .type(DocumentType.PLAN)
      .issuer(HUE_STANDING_BOARD)
      .date(LocalDate.of(2018, 4, 24))
      .addImplemented(RESOLUTION_21.reference())
      .build();

  /**
   * Kế hoạch 49-KH/ĐUK, 04/6/2018, Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế (seed 003), with its header, sections,
   * recipients and signature block. It implements 71-KH/TU ("Thực hiện Kế hoạch số 71-KH/TU…") and, through it,
   * 21-NQ/TW, which its subject line names. The headings are the plan's; the items of part III are summarised.
   */
  public static final Document HUE_BLOC_PLAN_49 = Document.builder()
      .number(DocumentNumber.parse("Số 49-KH/ĐUK"))
      .type(DocumentType.PLAN)
      .issuer(HUE_AGENCIES_BLOC)
      .placeLine(PlaceLine.parse("Thành phố Huế, ngày 04 tháng 6 năm 2018"))
      .subjectLine("thực hiện Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XII) về công tác dân số "
          + "trong tình hình mới")
      .addImplemented(HUE_PLAN_71.reference())
      .addCited(RESOLUTION_21.reference())
      .addSections(
          Section.builder().numeral("I").title("Mục đích, yêu cầu").build(),
          Section.builder().numeral("II").title("Nội dung thực hiện")
              .addSubsections(
                  section("1", "Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy đảng, phát huy vai trò của các đoàn "
                      + "thể về công tác dân số"),
                  section("2", "Đổi mới nội dung, nâng cao chất lượng, hiệu quả tuyên truyền, vận động về công tác "
                      + "dân số"),
                  section("3", "Quan tâm công tác kiểm tra, giám sát, đánh giá việc thực hiện các chỉ thị, nghị "
                      + "quyết của Đảng về dân số"))
              .build(),
          Section.builder().numeral("III").title("Tổ chức thực hiện")
              .addSubsections(
                  section("1", "Cấp ủy các tổ chức cơ sở đảng trực thuộc: xây dựng kế hoạch, kiểm tra, báo cáo"),
                  section("2", "Ban Tuyên giáo Đảng ủy Khối: theo dõi, đôn đốc, tham mưu sơ kết, tổng kết"))
              .build())
      .addRecipients(
          Recipient.fromLine("- Ban Thường vụ Tỉnh ủy;    (để b/c)"),
          Recipient.fromLine("- Các Ban, UBKT và VPTU;"),
          Recipient.fromLine("- Các Ban, UBKT và VP ĐUK;"),
          Recipient.fromLine("- Đoàn TN, Hội CCB Khối;"),
          Recipient.fromLine("- Các chi bộ, đảng bộ cơ sở;"),
          Recipient.fromLine("- Các đ/c ĐUV, BCV ĐUK;"),
          Recipient.fromLine("- Lưu VP."))
      .signature(Signature.builder()
          .capacity(SigningCapacity.fromWritten("T/M").orElseThrow())
          .onBehalfOf("Ban Thường vụ")
          .position("Phó Bí thư thường trực")
          .name("Nguyễn Hữu Tiến")
          .build())
      .build();

  /** The Hải Dương People's Committee's plan for the population-organisation scheme (seed 004): no number given. */
  public static final DocumentReference HAI_DUONG_SCHEME_PLAN = DocumentReference.builder()
      .type(DocumentType.PLAN)
      .issuer(HAI_DUONG_PEOPLES_COMMITTEE)
      .citation("Kế hoạch thực hiện Đề án Nghiên cứu, xây dựng mô hình tổ chức bộ máy, mạng lưới và cơ chế phối hợp "
          + "liên ngành làm công tác dân số và phát triển các cấp trên địa bàn tỉnh")
      .build();

  /** Every body above. */
  public static final ImmutableList<Body> BODIES = ImmutableList.of(
      CENTRAL_COMMITTEE, POLITBURO, HANOI_PARTY_COMMITTEE, HANOI_PEOPLES_COMMITTEE, BAC_KAN_STANDING_BOARD,
      BAC_KAN_PEOPLES_COMMITTEE, KIEN_GIANG_PARTY_COMMITTEE, AN_MINH_STANDING_BOARD, HUE_STANDING_BOARD,
      HUE_AGENCIES_BLOC, HAI_DUONG_PEOPLES_COMMITTEE);

  /** Every document above with a number and a date, in date order. */
  public static final ImmutableList<Document> DOCUMENTS = ImmutableList.of(
      RESOLUTION_21, BAC_KAN_PROGRAMME_13, HANOI_PLAN_74, AN_MINH_PLAN_77, HUE_PLAN_71, BAC_KAN_DECISION_723,
      HUE_BLOC_PLAN_49, REGULATION_37, REGULATION_69);

  /**
   * One number and its date as a seed article writes them, with what they must read as.
   *
   * @param seed the article, "000" to "004"
   * @param numberText the number as written, with its "số" prefix where the article has one
   * @param family the family it must read as
   * @param type the document type its abbreviation must stand for
   * @param issuerCode the issuer abbreviation it must carry
   * @param dateText the date as written, or null when the article gives none (94/KH-UBND)
   * @param date the day it must read as, or null
   */
  public record Citation(String seed, String numberText, NumberFamily family, DocumentType type, String issuerCode,
      String dateText, LocalDate date) {}

  /** Every number of the five seeds with its date, as the articles write them. */
  public static final ImmutableList<Citation> CITATIONS = ImmutableList.of(
      new Citation("000", "21-NQ/TW", NumberFamily.PARTY, DocumentType.RESOLUTION, "TW", "ngày 25/10/2017",
          LocalDate.of(2017, 10, 25)),
      new Citation("000", "số 74-KH/TU", NumberFamily.PARTY, DocumentType.PLAN, "TU", "ngày 27/1/2018",
          LocalDate.of(2018, 1, 27)),
      new Citation("000", "số 94/KH-UBND", NumberFamily.STATE_ADMINISTRATIVE, DocumentType.PLAN, "UBND", null, null),
      new Citation("001", "số: 13-CTr/TU", NumberFamily.PARTY, DocumentType.PROGRAMME, "TU",
          "ngày 22 tháng 01 năm 2018", LocalDate.of(2018, 1, 22)),
      new Citation("001", "số 723/QĐ-UBND", NumberFamily.STATE_ADMINISTRATIVE, DocumentType.DECISION, "UBND",
          "ngày 09 tháng 5 năm 2018", LocalDate.of(2018, 5, 9)),
      new Citation("002", "số 77-KH/HU", NumberFamily.PARTY, DocumentType.PLAN, "HU", "ngày 22/3/2018",
          LocalDate.of(2018, 3, 22)),
      new Citation("002", "số 37-QĐ/TW", NumberFamily.PARTY, DocumentType.REGULATION, "TW", "ngày 25/10/2021",
          LocalDate.of(2021, 10, 25)),
      new Citation("002", "69-QĐ/TW", NumberFamily.PARTY, DocumentType.REGULATION, "TW", "ngày 6/7/2022",
          LocalDate.of(2022, 7, 6)),
      new Citation("003", "số 71-KH/TU", NumberFamily.PARTY, DocumentType.PLAN, "TU", "ngày 24/4/2018",
          LocalDate.of(2018, 4, 24)),
      new Citation("003", "Số 49-KH/ĐUK", NumberFamily.PARTY, DocumentType.PLAN, "ĐUK", "ngày 04 tháng 6 năm 2018",
          LocalDate.of(2018, 6, 4)));

  /** The articles' own dates (when they were published or updated), as they write them. */
  public static final ImmutableList<String> ARTICLE_DATES = ImmutableList.of("23/04/2018", "31/01/2024",
      "09/11/2021");

  private SeedDocuments() {}

  private static Body body(String id, String name, BodyKind kind, Jurisdiction jurisdiction, LocalDate lastDay) {
    Body.Builder builder = Body.builder().id(id).name(name).kind(kind).jurisdiction(jurisdiction);
    if (lastDay != null) {
      builder.validity(Range.atMost(lastDay));
    }
    return builder.build();
  }

  private static Section section(String numeral, String title) {
    return Section.builder().numeral(numeral).title(title).build();
  }
}
