package vn.danso.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danso.body.Body;
import vn.danso.body.BodyKinds;
import vn.danso.body.Jurisdiction;
import vn.danso.body.Term;

class DocumentTest {
  @Test
  void theDateComesFromThePlaceLine() {
    assertThat(Fixtures.PLAN_49.date()).isEqualTo(LocalDate.of(2018, 6, 4));
    assertThat(Fixtures.PLAN_49.family()).isEqualTo(NumberFamily.PARTY);
    assertThat(Fixtures.PLAN_49).hasToString(
        "Kế hoạch 49-KH/ĐUK ngày 04/6/2018 (Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế)");
  }

  @Test
  void aDateThatContradictsThePlaceLineIsMisuse() {
    assertThatThrownBy(() -> Fixtures.plan49()
        .placeLine(PlaceLine.parse("Thành phố Huế, ngày 04 tháng 6 năm 2018"))
        .date(LocalDate.of(2018, 6, 5)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("differs from the place line's");
    assertThatThrownBy(() -> Fixtures.plan49().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("neither a date nor a place line");
  }

  @Test
  void aDateOutsideTheYearsATextCanCarryIsMisuseAtBuildNotLater() {
    assertThatThrownBy(() -> Fixtures.plan49().date(LocalDate.MAX).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside the years 1–9999");
    assertThatThrownBy(() -> Fixtures.plan49().date(LocalDate.of(0, 12, 31)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside the years 1–9999");
    assertThatThrownBy(() -> DocumentReference.builder().citation("Kế hoạch").date(LocalDate.MIN).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside the years 1–9999");
    DocumentReference last = DocumentReference.builder().citation("Kế hoạch").date(LocalDate.of(9999, 12, 31))
        .build();
    assertThat(last.knownDate()).contains(PartialDate.of(LocalDate.of(9999, 12, 31)));
    assertThatThrownBy(() -> PartialDate.of((LocalDate) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("date is null");
  }

  @Test
  void twentyOneNqTwNamesTwoResolutionsWhichTheirIdentitiesTellApart() {
    Document grassroots = Document.builder()
        .number(DocumentNumber.parse("21-NQ/TW"))
        .type(DocumentType.RESOLUTION)
        .issuer(Fixtures.CENTRAL_COMMITTEE)
        .date(LocalDate.of(2022, 6, 16))
        .committeeTerm(13)
        .build();
    assertThat(grassroots.number()).isEqualTo(Fixtures.RESOLUTION_21.number());
    assertThat(grassroots.identity()).isNotEqualTo(Fixtures.RESOLUTION_21.identity());
    assertThat(Fixtures.RESOLUTION_21.scope()).isEqualTo(NumberingScope.committeeTerm(12));
    DocumentReference khoaXii = DocumentReference.builder().number(DocumentNumber.parse("21-NQ/TW"))
        .issuer(Fixtures.CENTRAL_COMMITTEE).term(12).build();
    assertThat(khoaXii.matches(Fixtures.RESOLUTION_21)).isTrue();
    assertThat(khoaXii.matches(grassroots)).isFalse();
  }

  @Test
  void theScopeOfEachFamily() {
    assertThat(Fixtures.PLAN_71.scope()).as("no term known: the date stands in")
        .isEqualTo(NumberingScope.issueDate(LocalDate.of(2018, 4, 24)));
    Body withTerms = Body.builder().id("party.tu.46").name("Ban Thường vụ Tỉnh ủy Thừa Thiên Huế")
        .kind(BodyKinds.PROVINCIAL_STANDING_BOARD).jurisdiction(Fixtures.HUE_STANDING_BOARD.jurisdiction())
        .addTerms(Term.of(15, Range.closed(LocalDate.of(2015, 10, 1), LocalDate.of(2020, 10, 15)))).build();
    Document plan = Document.builder().number(DocumentNumber.parse("71-KH/TU")).type(DocumentType.PLAN)
        .issuer(withTerms).date(LocalDate.of(2018, 4, 24)).build();
    assertThat(plan.scope()).isEqualTo(NumberingScope.committeeTerm(15));
    Document decision = Document.builder().number(DocumentNumber.parse("723/QĐ-UBND")).type(DocumentType.DECISION)
        .issuer(Fixtures.BAC_KAN_COMMITTEE).date(LocalDate.of(2018, 5, 9)).build();
    assertThat(decision.scope()).isEqualTo(NumberingScope.year(2018));
    Body assembly = Body.builder().id("state.qh").name("Quốc hội").kind(BodyKinds.NATIONAL_ASSEMBLY)
        .jurisdiction(Jurisdiction.nation()).build();
    Document law = Document.builder().number(DocumentNumber.parse("113/2025/QH15")).type(DocumentType.LAW)
        .issuer(assembly).date(LocalDate.of(2025, 12, 10)).build();
    assertThat(law.scope()).isEqualTo(NumberingScope.legislatureTerm(15));
  }

  @Test
  void aReferenceToADocumentMatchesIt() {
    DocumentReference reference = Fixtures.PLAN_71.reference();
    assertThat(reference.isComplete()).isTrue();
    assertThat(reference.matches(Fixtures.PLAN_71)).isTrue();
    assertThat(reference.matches(Fixtures.PLAN_49)).isFalse();
    assertThat(Fixtures.PLAN_49.implemented()).containsExactly(reference);
  }

  @Test
  void anIncompleteReferenceIsKeptAndSaysWhatItLacks() {
    DocumentReference programme = DocumentReference.builder()
        .type(DocumentType.PROGRAMME)
        .citation("Chương trình hành động của Tỉnh ủy")
        .build();
    assertThat(programme.isComplete()).isFalse();
    assertThat(programme.missing()).containsExactly(DocumentReference.Part.NUMBER, DocumentReference.Part.ISSUER,
        DocumentReference.Part.DATE_OR_TERM);
    DocumentReference citationOnly = DocumentReference.builder().citation("kế hoạch của tỉnh").build();
    assertThat(citationOnly.matches(Fixtures.PLAN_71)).as("nothing to compare").isFalse();
    assertThatThrownBy(() -> DocumentReference.builder().date(LocalDate.of(2018, 1, 1)).build())
        .hasMessageContaining("names nothing");
  }

  @Test
  void aReferenceMatchesOnEveryPartItGives() {
    DocumentReference byIssuerAndDate = DocumentReference.builder().issuer(Fixtures.HUE_STANDING_BOARD)
        .date(LocalDate.of(2018, 4, 24)).build();
    assertThat(byIssuerAndDate.matches(Fixtures.PLAN_71)).isTrue();
    DocumentReference wrongType = DocumentReference.builder().number(DocumentNumber.parse("71-KH/TU"))
        .type(DocumentType.PROGRAMME).build();
    assertThat(wrongType.matches(Fixtures.PLAN_71)).isFalse();
    assertThat(Fixtures.RESOLUTION_21.reference()).hasToString(
        "Nghị quyết 21-NQ/TW ngày 25/10/2017 khóa XII của Ban Chấp hành Trung ương Đảng");
  }

  @Test
  void theBodyOfThePlan() {
    assertThat(Fixtures.PLAN_49.section("tổ chức  thực hiện").map(Section::heading)).contains("III. Tổ chức thực hiện");
    assertThat(Fixtures.PLAN_49.recipients()).containsExactly(Recipient.of("Ban Thường vụ Tỉnh ủy", "để b/c"),
        Recipient.of("Lưu VP"));
    assertThat(Fixtures.PLAN_49.signature().get().lines())
        .containsExactly("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Nguyễn Hữu Tiến");
  }

  @Test
  void recipientsAndCapacitiesAreReadFromTheirLines() {
    assertThat(Recipient.fromLine("- Các Ban, UBKT và VPTU;      ")).isEqualTo(Recipient.of("Các Ban, UBKT và VPTU"));
    assertThat(Recipient.fromLine("– Ban Thường vụ Tỉnh ủy (để b/c);")).isEqualTo(
        Recipient.of("Ban Thường vụ Tỉnh ủy", "để b/c"));
    assertThat(Recipient.fromLine("- Lưu VP.")).isEqualTo(Recipient.of("Lưu VP"));
    assertThatThrownBy(() -> Recipient.fromLine(" - ;")).hasMessageContaining("has no name");
    assertThat(Recipient.of("Ban Thường vụ Tỉnh ủy", "để b/c").format()).isEqualTo("- Ban Thường vụ Tỉnh ủy (để b/c);");
    assertThat(SigningCapacity.fromWritten("t/m")).contains(SigningCapacity.PARTY_ON_BEHALF);
    assertThat(SigningCapacity.fromWritten("KT.")).contains(SigningCapacity.SIGNING_FOR);
    assertThat(SigningCapacity.fromWritten("ký")).isEmpty();
  }
}
