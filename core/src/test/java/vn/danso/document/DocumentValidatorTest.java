package vn.danso.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;
import vn.danso.body.Body;
import vn.danso.body.BodyKinds;
import vn.danso.body.Jurisdiction;
import vn.danso.body.Term;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

class DocumentValidatorTest {
  private static final DocumentValidator VALIDATOR = DocumentValidator.standard();

  private static List<String> ids(ValidationReport report) {
    return report.findings().stream().map(f -> f.ruleId().value()).collect(java.util.stream.Collectors.toList());
  }

  private static Document plan49(String number, String placeLine) {
    return Document.builder().number(DocumentNumber.parse(number)).type(DocumentType.PLAN)
        .issuer(Fixtures.HUE_BLOC).placeLine(PlaceLine.parse(placeLine)).build();
  }

  @Test
  void seed003sPlanIsClean() {
    assertThat(VALIDATOR.validate(Fixtures.PLAN_49).findings()).isEmpty();
  }

  @Test
  void findingsAreAboutTheDocumentOfItsIssuer() {
    Finding finding = VALIDATOR.validate(plan49("00-KH/ĐUK", "Thành phố Huế, ngày 04 tháng 6 năm 2018"))
        .findings().get(0);
    assertThat(finding.subject()).isEqualTo(Subject.of("body", "party.duk.46").child("document", "00-KH/ĐUK"));
  }

  @Test
  void aPartyBodyNumberingInTheStateFormIsAFamilyMismatch() {
    ValidationReport report = VALIDATOR.validate(plan49("49/KH-ĐUK", "Thành phố Huế, ngày 04 tháng 6 năm 2018"));
    assertThat(ids(report)).containsExactly("document.number.family-mismatch");
    assertThat(report.findings().get(0).message(Language.EN)).isEqualTo("The number is written as a State "
        + "administrative document, but Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế numbers as: Party document");
  }

  @Test
  void anotherIssuersAbbreviationIsAnIssuerMismatch() {
    ValidationReport report = VALIDATOR.validate(plan49("49-KH/TU", "Thành phố Huế, ngày 04 tháng 6 năm 2018"));
    assertThat(ids(report)).containsExactly("document.number.issuer-mismatch");
    assertThat(report.findings().get(0).message(Language.VI)).isEqualTo("Ký hiệu ghi cơ quan \"TU\" nhưng Đảng ủy "
        + "Khối các cơ quan tỉnh Thừa Thiên Huế viết tắt là \"ĐUK\"");
  }

  @Test
  void aStateRegulationNumberedQdIsATypeMismatch() {
    Document regulation = Document.builder().number(DocumentNumber.parse("12/QĐ-UBND")).type(DocumentType.REGULATION)
        .issuer(Fixtures.BAC_KAN_COMMITTEE).placeLine(PlaceLine.parse("Bắc Kạn, ngày 09 tháng 5 năm 2018")).build();
    ValidationReport report = VALIDATOR.validate(regulation);
    assertThat(ids(report)).containsExactly("document.number.type-mismatch");
    assertThat(report.findings().get(0).message(Language.EN)).isEqualTo("The document is a regulation but its "
        + "symbol says \"QĐ\" (decision); the State administrative document family writes: QyĐ");
    Document partyRegulation = Document.builder().number(DocumentNumber.parse("37-QĐ/TW"))
        .type(DocumentType.REGULATION).issuer(Fixtures.CENTRAL_COMMITTEE).date(LocalDate.of(2021, 10, 25)).build();
    assertThat(VALIDATOR.validate(partyRegulation).findings()).as("the Party writes QĐ for both").isEmpty();
  }

  @Test
  void aPlanNumberedAsALetterIsATypeMismatch() {
    Document plan = Document.builder().number(DocumentNumber.parse("94/UBND-VX")).type(DocumentType.PLAN)
        .issuer(Fixtures.BAC_KAN_COMMITTEE).date(LocalDate.of(2018, 4, 1)).build();
    assertThat(VALIDATOR.validate(plan).findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId().value()).isEqualTo("document.number.type-mismatch");
      assertThat(f.message(Language.EN)).contains("\"letter, no abbreviation\" (official letter)").endsWith(": KH");
    });
  }

  @Test
  void legalNumbersAgreeWithTheYearAndTheLegislature() {
    Body assembly = Body.builder().id("state.qh").name("Quốc hội").kind(BodyKinds.NATIONAL_ASSEMBLY)
        .jurisdiction(Jurisdiction.nation())
        .addTerms(Term.of(15, Range.atLeast(LocalDate.of(2021, 7, 1)))).build();
    Document law = Document.builder().number(DocumentNumber.parse("113/2024/QH14")).type(DocumentType.LAW)
        .issuer(assembly).date(LocalDate.of(2025, 12, 10)).build();
    ValidationReport report = VALIDATOR.validate(law);
    assertThat(ids(report)).containsExactly("document.number.year-mismatch", "document.number.term-mismatch");
    assertThat(report.findings().get(1).message(Language.EN))
        .isEqualTo("The symbol says term 14 but the date falls in term 15 of Quốc hội");
  }

  @Test
  void aDecreeOfAPeoplesCommitteeIsNotForThatIssuer() {
    Document decree = Document.builder().number(DocumentNumber.parse("12/2018/NĐ-UBND")).type(DocumentType.DECREE)
        .issuer(Fixtures.BAC_KAN_COMMITTEE).date(LocalDate.of(2018, 4, 1)).build();
    assertThat(ids(VALIDATOR.validate(decree))).containsExactly("document.number.type-not-for-issuer");
  }

  @Test
  void aDocumentDatedWhenItsIssuerNoLongerExistedIsReported() {
    ValidationReport report = VALIDATOR.validate(plan49("49-KH/ĐUK", "Thành phố Huế, ngày 03 tháng 3 năm 2025"));
    assertThat(ids(report)).containsExactly("document.date.outside-issuer-validity");
    assertThat(report.findings().get(0).message(Language.EN)).isEqualTo("Issue date 2025-03-03 is outside the "
        + "existence of Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế (until 2024-12-31)");
  }

  @Test
  void theDateLineFollowsTheLeadingZeroRuleAndIsWrittenInFull() {
    ValidationReport zero = VALIDATOR.validate(plan49("49-KH/ĐUK", "Thành phố Huế, ngày 4 tháng 6 năm 2018"));
    assertThat(ids(zero)).containsExactly("document.date.leading-zero");
    assertThat(zero.findings().get(0).expectedText(Language.VI)).contains("ngày 04 tháng 6 năm 2018");
    ValidationReport month = VALIDATOR.validate(plan49("49-KH/ĐUK", "Thành phố Huế, ngày 04 tháng 06 năm 2018"));
    assertThat(ids(month)).containsExactly("document.date.leading-zero");
    ValidationReport figures = VALIDATOR.validate(plan49("49-KH/ĐUK", "Thành phố Huế, ngày 4/6/2018"));
    assertThat(ids(figures)).containsExactly("document.date.not-in-full");
  }

  @Test
  void thePlaceLineNamesTheIssuersUnitOrSeat() {
    assertThat(VALIDATOR.validate(plan49("49-KH/ĐUK", "Huế, ngày 04 tháng 6 năm 2018")).findings()).isEmpty();
    assertThat(VALIDATOR.validate(plan49("49-KH/ĐUK", "Thừa Thiên Huế, ngày 04 tháng 6 năm 2018")).findings())
        .isEmpty();
    assertThat(VALIDATOR.validate(plan49("49-KH/ĐUK", "thành phố  huế, ngày 04 tháng 6 năm 2018")).findings())
        .isEmpty();
    ValidationReport hanoi = VALIDATOR.validate(plan49("49-KH/ĐUK", "Hà Nội, ngày 04 tháng 6 năm 2018"));
    assertThat(ids(hanoi)).containsExactly("document.place.mismatch");
    assertThat(hanoi.findings().get(0).message(Language.EN)).isEqualTo("Place \"Hà Nội\" is not Thừa Thiên Huế / "
        + "Thành phố Huế, where Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế sits");
  }

  @Test
  void aPlaceLookupAcceptsPlacesWithinTheUnit() {
    Document atPhuVang = plan49("49-KH/ĐUK", "Phú Vang, ngày 04 tháng 6 năm 2018");
    assertThat(ids(VALIDATOR.validate(atPhuVang))).containsExactly("document.place.mismatch");
    DocumentValidator withLookup = VALIDATOR.withPlaceLookup(
        (place, unit, date) -> unit.equals(UnitCode.of("46")) && place.equals("Phú Vang"));
    assertThat(withLookup.validate(atPhuVang).findings()).isEmpty();
  }

  @Test
  void withoutNamesOrLookupThePlaceIsNotChecked() {
    Body unnamed = Body.builder().id("state.ubnd.x").name("Ủy ban nhân dân").kind(BodyKinds.PEOPLES_COMMITTEE)
        .jurisdiction(Jurisdiction.of(UnitCode.of("46"))).build();
    Document plan = Document.builder().number(DocumentNumber.parse("94/KH-UBND")).type(DocumentType.PLAN)
        .issuer(unnamed).placeLine(PlaceLine.parse("Anywhere, ngày 04 tháng 6 năm 2018")).build();
    assertThat(VALIDATOR.validate(plan).findings()).isEmpty();
  }

  @Test
  void aStateCapacityOnAPartyDocumentIsReported() {
    Document signed = Fixtures.plan49()
        .placeLine(PlaceLine.parse("Thành phố Huế, ngày 04 tháng 6 năm 2018"))
        .build();
    Document stateSigned = Document.builder().number(signed.number()).type(signed.type()).issuer(signed.issuer())
        .date(signed.date())
        .signature(Signature.builder().capacity(SigningCapacity.ON_BEHALF).onBehalfOf("Ban Thường vụ")
            .position("Phó Bí thư").name("Nguyễn Hữu Tiến").build())
        .build();
    assertThat(ids(VALIDATOR.validate(stateSigned))).containsExactly("document.signature.capacity-mismatch");
    assertThat(VALIDATOR.validate(stateSigned).findings().get(0).message(Language.EN)).isEqualTo(
        "Signing capacity \"TM.\" is the form of the State bodies, not of Đảng ủy Khối các cơ quan tỉnh "
            + "Thừa Thiên Huế");
  }

  @Test
  void everyDefectIsReportedNotOnlyTheFirst() {
    Document bad = Document.builder().number(DocumentNumber.parse("00/QĐ-TU")).type(DocumentType.PLAN)
        .issuer(Fixtures.HUE_BLOC).placeLine(PlaceLine.parse("Hà Nội, ngày 3/3/2025"))
        .signature(Signature.builder().capacity(SigningCapacity.SIGNING_FOR).position("Phó Bí thư").name("X")
            .build())
        .build();
    assertThat(ids(VALIDATOR.validate(bad))).containsExactly(
        "document.number.not-positive",
        "document.number.family-mismatch",
        "document.number.issuer-mismatch",
        "document.number.type-mismatch",
        "document.date.outside-issuer-validity",
        "document.date.not-in-full",
        "document.place.mismatch",
        "document.signature.capacity-mismatch");
  }
}
