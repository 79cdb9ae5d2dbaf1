package vn.danso.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;
import vn.danso.body.Body;
import vn.danso.body.BodyKinds;
import vn.danso.body.Certainty;
import vn.danso.body.IssuerAbbreviation;
import vn.danso.body.IssuerAbbreviations;
import vn.danso.body.Jurisdiction;

/**
 * The examples in the Javadoc of the document builders, each run as written after the lines that give the bodies and
 * documents it names (BuilderExampleCoverageTest checks that the Javadoc and these lines agree).
 */
class DocumentExamplesTest {
  private static final Body THANH_UY_HA_NOI = Body.builder()
      .id("party.tu.01").name("Thành ủy Hà Nội").kind(BodyKinds.PROVINCIAL_PARTY_COMMITTEE)
      .jurisdiction(Jurisdiction.of(UnitCode.of("01"), "Hà Nội")).build();

  @Test
  void theDocumentExampleRuns() {
    Body dangUyKhoi = Fixtures.HUE_BLOC;
    Body banThuongVuTinhUy = Fixtures.HUE_STANDING_BOARD;

    Document plan = Document.builder()                                   // seed 003
        .number(DocumentNumber.parse("Số 49-KH/ĐUK"))
        .type(DocumentType.PLAN)
        .issuer(dangUyKhoi)
        .placeLine(PlaceLine.parse("Thành phố Huế, ngày 04 tháng 6 năm 2018"))
        .subjectLine("thực hiện Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XII) về công tác "
            + "dân số trong tình hình mới")
        .addImplemented(DocumentReference.builder().number(DocumentNumber.parse("71-KH/TU"))
            .issuer(banThuongVuTinhUy).date(LocalDate.of(2018, 4, 24)).build())
        .signature(Signature.builder().capacity(SigningCapacity.PARTY_ON_BEHALF).onBehalfOf("Ban Thường vụ")
            .position("Phó Bí thư thường trực").name("Nguyễn Hữu Tiến").build())
        .build();

    assertThat(plan.number().format()).isEqualTo("49-KH/ĐUK");
    assertThat(plan.date()).isEqualTo(LocalDate.of(2018, 6, 4));
    assertThat(plan.implemented().get(0).matches(Fixtures.PLAN_71)).isTrue();
  }

  @Test
  void theSignatureExampleRuns() {
    Signature s = Signature.builder()                       // seed 003
        .capacity(SigningCapacity.PARTY_ON_BEHALF)
        .onBehalfOf("Ban Thường vụ")
        .position("Phó Bí thư thường trực")
        .name("Nguyễn Hữu Tiến")
        .build();
    s.lines();   // [T/M BAN THƯỜNG VỤ, PHÓ BÍ THƯ THƯỜNG TRỰC, Nguyễn Hữu Tiến]

    assertThat(s.lines()).containsExactly("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Nguyễn Hữu Tiến");
  }

  @Test
  void theSectionExampleRuns() {
    Section organisation = Section.builder()
        .numeral("III")
        .title("Tổ chức thực hiện")
        .addSubsections(Section.builder().numeral("1").title("Cấp ủy các tổ chức cơ sở đảng trực thuộc…").build())
        .build();

    assertThat(organisation.subsections()).singleElement().satisfies(s -> assertThat(s.numeral()).isEqualTo("1"));
  }

  @Test
  void theDocumentReferenceExampleRuns() {
    Body thanhUyHaNoi = THANH_UY_HA_NOI;
    Document plan74 = Document.builder().number(DocumentNumber.parse("74-KH/TU")).type(DocumentType.PLAN)
        .issuer(thanhUyHaNoi).date(LocalDate.of(2018, 1, 27)).build();

    DocumentReference ref = DocumentReference.builder()
        .number(DocumentNumber.parse("74-KH/TU"))
        .issuer(thanhUyHaNoi)
        .date(LocalDate.of(2018, 1, 27))
        .build();
    ref.matches(plan74);   // true when every part given agrees with the document

    assertThat(ref.matches(plan74)).isTrue();
    assertThat(ref.matches(Fixtures.PLAN_71)).isFalse();
  }

  @Test
  void theNumberingSchemeExampleRuns() {
    IssuerAbbreviation sytEntry = IssuerAbbreviation.builder().code("SYT").name("Sở Y tế", "Department of Health")
        .addKinds(BodyKinds.PROVINCIAL_DEPARTMENT).certainty(Certainty.USER).source("our register").build();

    NumberingScheme ours = NumberingScheme.standard().toBuilder()
        .issuers(IssuerAbbreviations.standard().with(sytEntry))
        .addType(TypeAbbreviation.builder().family(NumberFamily.PARTY).code("QĐi")
            .addTypes(DocumentType.REGULATION).certainty(Certainty.USER).source("our register").build())
        .build();
    DocumentNumber n = ours.parse("12/KH-SYT");

    assertThat(n.format()).isEqualTo("12/KH-SYT");
    assertThat(ours.typeAbbreviations(NumberFamily.PARTY)).anyMatch(t -> t.code().equals(java.util.Optional.of("QĐi")));
  }

  @Test
  void theKnownDocumentExampleRuns() {
    KnownDocument strategy = KnownDocument.builder()
        .document(NationalDocuments.QD_1679.document())
        .addTitles("Chiến lược Dân số Việt Nam đến năm 2030")   // how texts cite it without its number
        .inForceFrom(LocalDate.of(2019, 11, 22))
        .source("vinanet.vn; news.gov.vn")                    // where each fact was read
        .build();

    assertThat(strategy.document().number().format()).isEqualTo("1679/QĐ-TTg");
    assertThat(strategy.titles()).containsExactly("Chiến lược Dân số Việt Nam đến năm 2030");
    assertThat(strategy.inForceFrom()).contains(LocalDate.of(2019, 11, 22));
  }

  @Test
  void theTypeAbbreviationExampleRuns() {
    TypeAbbreviation programme = TypeAbbreviation.builder()
        .family(NumberFamily.STATE_ADMINISTRATIVE)
        .code("CTr")                                          // chương trình
        .addTypes(DocumentType.PROGRAMME)
        .certainty(Certainty.OFFICIAL)
        .source("Nghị định 30/2020/NĐ-CP, Điều 9 và Phụ lục III, mục 9")
        .build();

    assertThat(NumberingScheme.standard().typeAbbreviations(NumberFamily.STATE_ADMINISTRATIVE)).contains(programme);
  }
}
