package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import vn.danso.body.BodyValidator;
import vn.danso.document.Document;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentReference;
import vn.danso.document.DocumentValidator;
import vn.danso.document.NumberingScope;
import vn.danso.document.VietnameseDate;
import vn.danso.validation.Severity;

/** Acceptance: every number and date of the five seed articles reads right; seed 003's plan is a clean document. */
class SeedDocumentsTest {
  @Test
  void everyNumberOfTheSeedsReadsToItsFamilyTypeAndIssuer() {
    assertThat(SeedDocuments.CITATIONS).extracting(c -> DocumentNumber.parse(c.numberText()).format())
        .containsExactly("21-NQ/TW", "74-KH/TU", "94/KH-UBND", "13-CTr/TU", "723/QĐ-UBND", "77-KH/HU", "37-QĐ/TW",
            "69-QĐ/TW", "71-KH/TU", "49-KH/ĐUK");
    for (SeedDocuments.Citation c : SeedDocuments.CITATIONS) {
      DocumentNumber number = DocumentNumber.parse(c.numberText());
      assertThat(number.family()).as(c.numberText()).isEqualTo(c.family());
      assertThat(number.types()).as(c.numberText()).contains(c.type());
      assertThat(number.issuerCode()).as(c.numberText()).isEqualTo(c.issuerCode());
    }
  }

  @Test
  void everyDateOfTheSeedsReadsToItsDay() {
    for (SeedDocuments.Citation c : SeedDocuments.CITATIONS) {
      if (c.dateText() != null) {
        assertThat(VietnameseDate.parse(c.dateText()).toLocalDate()).as(c.dateText()).isEqualTo(c.date());
      }
    }
    for (String articleDate : SeedDocuments.ARTICLE_DATES) {
      assertThat(VietnameseDate.tryParse(articleDate).isSuccess()).as(articleDate).isTrue();
    }
  }

  @Test
  void theSeedDocumentsCarryTheCitationsDates() {
    for (SeedDocuments.Citation c : SeedDocuments.CITATIONS) {
      DocumentNumber number = DocumentNumber.parse(c.numberText());
      SeedDocuments.DOCUMENTS.stream().filter(d -> d.number().equals(number)).forEach(d -> {
        assertThat(d.date()).as(c.numberText()).isEqualTo(c.date());
        assertThat(d.number().types()).contains(d.type());
      });
    }
  }

  @Test
  void seed003IsModelledAsADocumentAndValidatesClean() {
    Document plan = SeedDocuments.HUE_BLOC_PLAN_49;
    assertThat(plan.number().formatForHeader()).isEqualTo("Số 49-KH/ĐUK");
    assertThat(plan.placeLine().get().format()).isEqualTo("Thành phố Huế, ngày 04 tháng 6 năm 2018");
    assertThat(plan.sections()).extracting(s -> s.heading())
        .containsExactly("I. Mục đích, yêu cầu", "II. Nội dung thực hiện", "III. Tổ chức thực hiện");
    assertThat(plan.recipients()).hasSize(7);
    assertThat(plan.recipients().get(0).note()).contains("để b/c");
    assertThat(plan.signature().get().lines())
        .containsExactly("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Nguyễn Hữu Tiến");
    assertThat(DocumentValidator.standard().validate(plan).findings()).isEmpty();
    assertThat(plan.implemented()).singleElement().satisfies(r -> assertThat(r.matches(SeedDocuments.HUE_PLAN_71))
        .isTrue());
    assertThat(ChronoUnit.DAYS.between(SeedDocuments.HUE_PLAN_71.date(), plan.date())).isEqualTo(41);
  }

  @Test
  void everySeedDocumentAndBodyValidatesWithoutErrors() {
    for (Document document : SeedDocuments.DOCUMENTS) {
      assertThat(DocumentValidator.standard().validate(document).findings()).as(document.toString()).isEmpty();
    }
    SeedDocuments.BODIES.forEach(body -> assertThat(BodyValidator.standard().validate(body).count(Severity.ERROR))
        .as(body.toString()).isZero());
  }

  @Test
  void theTwoResolutions21NqTwAreToldApartByTheirTerm() {
    assertThat(SeedDocuments.RESOLUTION_21.scope()).isEqualTo(NumberingScope.committeeTerm(12));
    assertThat(SeedDocuments.RESOLUTION_21.reference().isComplete()).isTrue();
  }

  @Test
  void referencesWithoutNumberAreKeptIncomplete() {
    assertThat(SeedDocuments.KIEN_GIANG_PROGRAMME.missing())
        .containsExactly(DocumentReference.Part.NUMBER, DocumentReference.Part.DATE_OR_TERM);
    assertThat(SeedDocuments.HANOI_PLAN_94.missing()).containsExactly(DocumentReference.Part.DATE_OR_TERM);
    assertThat(SeedDocuments.AN_MINH_PLAN_77.implemented()).contains(SeedDocuments.KIEN_GIANG_PROGRAMME);
  }
}
