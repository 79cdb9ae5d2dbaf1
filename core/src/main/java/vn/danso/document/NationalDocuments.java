package vn.danso.document;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import vn.danso.body.Body;
import vn.danso.body.BodyKind;
import vn.danso.body.BodyKinds;
import vn.danso.body.Jurisdiction;

/**
 * The national documents of population work (văn bản trung ương về công tác dân số) that provincial plans implement
 * and cite: the roots of their cascades. Each is built from public copies of the official text; what the sources do
 * not establish (an exact subject line) is left out and said so in its {@linkplain KnownDocument#description()
 * description}, never invented.
 *
 * <p>The bodies carry ids a user can reuse for their own documents: {@code party.tw} (Ban Chấp hành Trung ương
 * Đảng), {@code party.bct} (Bộ Chính trị), {@code state.qh} (Quốc hội), {@code state.cp} (Chính phủ),
 * {@code state.ttg} (Thủ tướng Chính phủ), {@code state.ubtvqh} (Ủy ban Thường vụ Quốc hội).
 */
public final class NationalDocuments {
  private static final Body CENTRAL_COMMITTEE = body("party.tw", "Ban Chấp hành Trung ương Đảng",
      BodyKinds.PARTY_CENTRAL_COMMITTEE);
  private static final Body POLITBURO = body("party.bct", "Bộ Chính trị", BodyKinds.POLITBURO);
  private static final Body NATIONAL_ASSEMBLY = body("state.qh", "Quốc hội", BodyKinds.NATIONAL_ASSEMBLY);
  private static final Body STANDING_COMMITTEE = body("state.ubtvqh", "Ủy ban Thường vụ Quốc hội",
      BodyKinds.NATIONAL_ASSEMBLY_STANDING_COMMITTEE);
  private static final Body GOVERNMENT = body("state.cp", "Chính phủ", BodyKinds.GOVERNMENT);
  private static final Body PRIME_MINISTER = body("state.ttg", "Thủ tướng Chính phủ", BodyKinds.PRIME_MINISTER);

  /**
   * Nghị quyết 21-NQ/TW (25/10/2017) of the Hội nghị lần thứ sáu, Ban Chấp hành Trung ương Đảng khóa XII, "về công
   * tác dân số trong tình hình mới". Sources: quanlynhanuoc.vn (2020/03/04, "Một số giải pháp tăng cường thực hiện
   * công tác dân số trong tình hình mới"); baohaiduong.vn.
   */
  public static final KnownDocument NQ_21 = KnownDocument.builder()
      .document(Document.builder().number(DocumentNumber.parse("21-NQ/TW")).type(DocumentType.RESOLUTION)
          .issuer(CENTRAL_COMMITTEE).date(LocalDate.of(2017, 10, 25)).committeeTerm(12)
          .subjectLine("về công tác dân số trong tình hình mới").build())
      .source("quanlynhanuoc.vn/2020/03/04/mot-so-giai-phap-tang-cuong-thuc-hien-cong-tac-dan-so-trong-tinh-hinh-moi/; "
          + "baohaiduong.vn")
      .build();

  /**
   * Nghị quyết 137/NQ-CP (31/12/2017) of the Government: its action programme to implement 21-NQ/TW; in force on
   * signing. Sources: luatvietnam.vn (article 15488); the title as hethongphapluat.com lists it among the bases of Kế
   * hoạch 91/KH-UBND (Quảng Ngãi, 2021).
   */
  public static final KnownDocument NQ_137_CP = KnownDocument.builder()
      .document(Document.builder().number(DocumentNumber.parse("137/NQ-CP")).type(DocumentType.RESOLUTION)
          .issuer(GOVERNMENT).date(LocalDate.of(2017, 12, 31))
          .subjectLine("về Chương trình hành động thực hiện Nghị quyết 21-NQ/TW về công tác dân số trong tình hình "
              + "mới")
          .addImplemented(NQ_21.document().reference()).build())
      .addTitles("Chương trình hành động của Chính phủ thực hiện Nghị quyết số 21-NQ/TW")
      .source("luatvietnam.vn (15488); hethongphapluat.com/ke-hoach-91-kh-ubnd-nam-2021-…-tinh-quang-ngai-den-nam-2030")
      .build();

  /**
   * Quyết định 1679/QĐ-TTg (22/11/2019) of the Prime Minister "phê duyệt Chiến lược Dân số Việt Nam đến năm 2030";
   * in force on 22/11/2019. Its 2030 targets are those of the indicator catalogue. The sources read do not say
   * which document it implements, so it is given as a root of its own (provincial action plans implement the
   * Strategy, e.g. Quảng Ngãi's Quyết định 1332/QĐ-UBND of 2020). Sources: vinanet.vn; giaoducthoidai.vn;
   * news.gov.vn (PrintView ID=38113); hethongphapluat.com.
   */
  public static final KnownDocument QD_1679 = KnownDocument.builder()
      .document(Document.builder().number(DocumentNumber.parse("1679/QĐ-TTg")).type(DocumentType.DECISION)
          .issuer(PRIME_MINISTER).date(LocalDate.of(2019, 11, 22))
          .subjectLine("phê duyệt Chiến lược Dân số Việt Nam đến năm 2030").build())
      .addTitles("Chiến lược Dân số Việt Nam đến năm 2030", "Chiến lược Dân số Việt Nam")
      .source("vinanet.vn; giaoducthoidai.vn; news.gov.vn PrintView ID=38113; hethongphapluat.com")
      .build();

  /**
   * Kết luận 149-KL/TW (10/4/2025) of the Bộ Chính trị (khóa XIII) on stepping up the implementation of 21-NQ/TW.
   * Sources: syt.daknong.gov.vn; hoangmai.hanoi.gov.vn. Its exact subject line is not established in danso's
   * sources.
   */
  public static final KnownDocument KL_149 = KnownDocument.builder()
      .document(Document.builder().number(DocumentNumber.parse("149-KL/TW")).type(DocumentType.CONCLUSION)
          .issuer(POLITBURO).date(LocalDate.of(2025, 4, 10)).committeeTerm(13)
          .addImplemented(NQ_21.document().reference()).build())
      .description("Politburo conclusion on stepping up the implementation of Resolution 21-NQ/TW")
      .source("syt.daknong.gov.vn; hoangmai.hanoi.gov.vn")
      .build();

  /**
   * Quyết định 1745/QĐ-TTg (15/8/2025), signed for the Prime Minister by Phó Thủ tướng Lê Thành Long: the plan to
   * implement 149-KL/TW, with five groups of tasks. Sources: vietnamplus.vn (1055985); giadinh.suckhoedoisong.vn;
   * kienthuc.net.vn. Its exact subject line is not established in danso's sources.
   */
  public static final KnownDocument QD_1745 = KnownDocument.builder()
      .document(Document.builder().number(DocumentNumber.parse("1745/QĐ-TTg")).type(DocumentType.DECISION)
          .issuer(PRIME_MINISTER).date(LocalDate.of(2025, 8, 15))
          .addImplemented(KL_149.document().reference()).build())
      .description("The Prime Minister's plan to implement Conclusion 149-KL/TW, in five groups of tasks")
      .source("vietnamplus.vn (1055985); giadinh.suckhoedoisong.vn; kienthuc.net.vn")
      .build();

  /**
   * Pháp lệnh 07/2025/PL-UBTVQH15 (3/6/2025) of the Ủy ban Thường vụ Quốc hội, amending Điều 10 of the Pháp lệnh Dân
   * số so that couples and individuals decide the number and timing of their children. Source:
   * giadinh.suckhoedoisong.vn (article of 22/01/2026). Its exact title is not established in danso's sources.
   */
  public static final KnownDocument PL_07_2025 = KnownDocument.builder()
      .document(Document.builder().number(DocumentNumber.parse("07/2025/PL-UBTVQH15")).type(DocumentType.ORDINANCE)
          .issuer(STANDING_COMMITTEE).date(LocalDate.of(2025, 6, 3)).build())
      .description("Ordinance amending Article 10 of the Population Ordinance: couples decide the number and timing "
          + "of their children")
      .source("giadinh.suckhoedoisong.vn (22/01/2026)")
      .build();

  /**
   * Luật Dân số 113/2025/QH15 (10/12/2025), signed by Trần Thanh Mẫn; in force from 01/7/2026, when it becomes a
   * root that provincial plans implement. Sources: thuviennhadat.vn (the header of the full text); vtcnews.vn (the
   * day in force).
   */
  public static final KnownDocument LAW_113 = KnownDocument.builder()
      .document(Document.builder().number(DocumentNumber.parse("113/2025/QH15")).type(DocumentType.LAW)
          .issuer(NATIONAL_ASSEMBLY).date(LocalDate.of(2025, 12, 10)).build())
      .addTitles("Luật Dân số")
      .inForceFrom(LocalDate.of(2026, 7, 1))
      .source("thuviennhadat.vn (full text header); vtcnews.vn (in force 01/7/2026)")
      .build();

  private static final ImmutableList<KnownDocument> ALL =
      ImmutableList.of(NQ_21, NQ_137_CP, QD_1679, KL_149, QD_1745, PL_07_2025, LAW_113);

  private NationalDocuments() {}

  /**
   * Returns every national document, in order of issue.
   *
   * @return the documents
   */
  public static ImmutableList<KnownDocument> all() {
    return ALL;
  }

  private static Body body(String id, String name, BodyKind kind) {
    return Body.builder().id(id).name(name).kind(kind).jurisdiction(Jurisdiction.nation()).build();
  }
}
