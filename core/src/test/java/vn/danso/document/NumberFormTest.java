package vn.danso.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danso.body.Body;
import vn.danso.body.BodyKinds;
import vn.danso.body.Jurisdiction;
import vn.danso.validation.Finding;
import vn.danso.validation.Severity;

/**
 * Numbers in forms today's rules do not describe, kept as written: the year after a hyphen ({@code 19-2018/NQ-CP},
 * Lai Châu's portal) and the older Government form without a type ({@code 216-CP}, Quyết định 216-CP of 26/12/1961);
 * and the lenient mode's reading of a space typed inside an issuer abbreviation ({@code 23/2015/TTLT-BGD ĐT-BNV}).
 * The real-text corpus has the pages.
 */
class NumberFormTest {
  @Test
  void readsTheYearAfterAHyphenAsAStateNumberOfThatYear() {
    DocumentNumber n = DocumentNumber.parse("19-2018/NQ-CP");

    assertThat(n.form()).isEqualTo(NumberForm.YEAR_AFTER_HYPHEN);
    assertThat(n.family()).isEqualTo(NumberFamily.STATE_ADMINISTRATIVE);
    assertThat(n.number()).isEqualTo(19);
    assertThat(n.year()).hasValue(2018);
    assertThat(n.typeCode()).contains("NQ");
    assertThat(n.issuerCode()).isEqualTo("CP");
    assertThat(n.types()).containsExactly(DocumentType.RESOLUTION);
    assertThat(n.isLetter()).isFalse();
    assertThat(n.scope()).contains(NumberingScope.year(2018));
    assertThat(n.format()).isEqualTo("19-2018/NQ-CP");
    assertThat(n.formatForHeader()).isEqualTo("Số: 19-2018/NQ-CP");
  }

  @Test
  void keepsTheFormApartFromTheStandardNumberAndReadsItsCanonicalFormBack() {
    DocumentNumber n = DocumentNumber.parse("Số: 19 – 2018 / nq - cp");

    assertThat(n.format()).isEqualTo("19-2018/NQ-CP");
    assertThat(DocumentNumber.parse(n.format())).isEqualTo(n).hasSameHashCodeAs(n);
    assertThat(n).isNotEqualTo(DocumentNumber.parse("19/NQ-CP")).isNotEqualTo(DocumentNumber.parse("19/2018/NQ-CP"));
  }

  @Test
  void reportsTheYearAfterAHyphenAsInformationWithTheFormTheRulesWrite() {
    assertThat(NumberValidator.standard().validate(DocumentNumber.parse("19-2018/NQ-CP")).findings())
        .extracting(f -> f.ruleId().value(), Finding::severity, f -> f.actual().orElse(""),
            f -> f.expected().orElse(""))
        .containsExactly(tuple("document.number.year-after-hyphen", Severity.INFO, "19-2018/NQ-CP", "19/NQ-CP"));
  }

  @Test
  void readsTheOlderGovernmentFormWithoutAType() {
    DocumentNumber n = DocumentNumber.parse("216-CP");

    assertThat(n.form()).isEqualTo(NumberForm.OLD_WITHOUT_TYPE);
    assertThat(n.family()).isEqualTo(NumberFamily.STATE_ADMINISTRATIVE);
    assertThat(n.number()).isEqualTo(216);
    assertThat(n.typeCode()).isEmpty();
    assertThat(n.year()).isEmpty();
    assertThat(n.issuerCode()).isEqualTo("CP");
    assertThat(n.types()).as("the document, not the number, gives the type").isEmpty();
    assertThat(n.isLetter()).isFalse();
    assertThat(n.format()).isEqualTo("216-CP");
    assertThat(DocumentNumber.parse("Số 216 - cp")).isEqualTo(n);
    assertThat(n).isNotEqualTo(DocumentNumber.parse("216/CP"));
  }

  @ParameterizedTest(name = "{0} {1} on {2}")
  @CsvSource(delimiter = '|', value = {
      "19-2018/NQ-CP|RESOLUTION|2018-05-15|document.number.year-after-hyphen|",
      "19-2018/NQ-CP|RESOLUTION|2017-05-15|document.number.year-after-hyphen|document.number.year-mismatch",
      "216-CP|DECISION|1961-12-26|document.number.old-form-without-type|"})
  void aDocumentNumberedInAnOlderFormIsCheckedAsItsFamilysOther(String number, DocumentType type, String date,
      String formRule, String other) {
    Body government = Body.builder().id("state.cp").name("Chính phủ").kind(BodyKinds.GOVERNMENT)
        .jurisdiction(Jurisdiction.nation()).build();
    Document document = Document.builder().number(DocumentNumber.parse(number)).type(type).issuer(government)
        .date(LocalDate.parse(date)).build();

    List<String> rules = DocumentValidator.standard().validate(document).findings().stream()
        .map(f -> f.ruleId().value()).filter(id -> id.startsWith("document.number.")).toList();

    assertThat(rules).containsExactlyInAnyOrderElementsOf(
        other == null ? List.of(formRule) : List.of(formRule, other));
  }

  @Test
  void readsThePrimeMinistersOlderFormToo() {
    DocumentNumber n = DocumentNumber.parse("Số: 270-TTg");

    assertThat(n.form()).isEqualTo(NumberForm.OLD_WITHOUT_TYPE);
    assertThat(n.issuerCode()).isEqualTo("TTg");
    assertThat(n.format()).isEqualTo("270-TTg");
    assertThat(DocumentNumber.parse("270-ttg")).isEqualTo(n);
  }

  @Test
  void reportsTheOlderFormAsInformationAndNothingElse() {
    assertThat(NumberValidator.standard().validate(DocumentNumber.parse("216-CP")).findings())
        .extracting(f -> f.ruleId().value(), Finding::severity, f -> f.actual().orElse(""))
        .containsExactly(tuple("document.number.old-form-without-type", Severity.INFO, "216-CP"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "216-BYT|SLASH_EXPECTED|7",      // only the Government's and the Prime Minister's are read without a type
      "12-UBND|SLASH_EXPECTED|7",
      "21-NQ|SLASH_EXPECTED|5",        // a Party number without its issuer stays an error
      "19-18/NQ-CP|YEAR_MALFORMED|3",
      "19-2018-NQ-CP|SLASH_EXPECTED|7",
      "19-2018/|SYMBOL_EXPECTED|8"})
  void refusesWhatTheFormsDoNotCover(String text, ParseProblem problem, int index) {
    ParseResult<DocumentNumber> r = DocumentNumber.tryParse(text);

    assertThat(r.problem()).contains(problem);
    assertThat(r.errorIndex()).isEqualTo(index);
  }

  @Test
  void findsBothFormsInRunningText() {
    ReferenceScan scan = ReferenceFinder.standard().find("Quyết định số 216-CP ngày 26/12/1961 của Hội đồng Chính "
        + "phủ; thực hiện Nghị quyết số 19-2018/NQ-CP ngày 15/5/2018 của Chính phủ");

    assertThat(scan.matches()).extracting(m -> m.number().map(DocumentNumber::format).orElse(""),
            m -> m.date().map(Object::toString).orElse(""))
        .containsExactly(tuple("216-CP", "26/12/1961"), tuple("19-2018/NQ-CP", "15/5/2018"));
    assertThat(scan.report().findings()).isEmpty();
  }

  @Test
  void repairsAnOlderMinistryNumberIntoItsOwnFormNeverIntoAPartyNumberOfAnUnknownType() {
    ReferenceScan scan = ReferenceFinder.standard().find("Số: 7004-BYT-TT");   // Bộ Y tế, 24/8/1956

    assertThat(scan.matches()).extracting(m -> m.number().map(DocumentNumber::form).orElse(null))
        .containsExactly(NumberForm.ISSUER_BEFORE_TYPE);
    assertThat(scan.matches().get(0).number().get().family()).isEqualTo(NumberFamily.STATE_ADMINISTRATIVE);
    assertThat(scan.report().findings()).extracting(f -> f.ruleId().value(), f -> f.expected().orElse(""))
        .containsExactly(tuple("document.reference.separator-repaired", "7004-BYT/TT"));
  }

  @Test
  void readsNoYearAfterAHyphenWithSpacesInRunningText() {
    assertThat(ReferenceFinder.standard().find("giai đoạn 2016 - 2020/2021").matches()).isEmpty();
  }

  @Test
  void joinsASpaceInsideAKnownIssuerAbbreviationInTheLenientModeWithAWarning() {
    String text = "Thông tư liên tịch số 23/2015/TTLT-BGD ĐT-BNV quy định mã số, tiêu chuẩn";

    ReferenceScan lenient = ReferenceFinder.standard().lenient().find(text);
    assertThat(lenient.matches()).singleElement()
        .satisfies(m -> assertThat(m.number().map(DocumentNumber::format)).contains("23/2015/TTLT-BGDĐT-BNV"));
    assertThat(lenient.report().findings()).extracting(f -> f.ruleId().value(), Finding::severity,
            f -> f.actual().orElse(""), f -> f.expected().orElse(""))
        .containsExactly(tuple("document.reference.space-in-abbreviation", Severity.WARNING,
            "23/2015/TTLT-BGD ĐT-BNV", "23/2015/TTLT-BGDĐT-BNV"));

    assertThat(ReferenceFinder.standard().find(text).matches()).singleElement()
        .satisfies(m -> assertThat(m.number().map(DocumentNumber::format)).contains("23/2015/TTLT-BGD"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Kế hoạch số 12/KH-UBND TP Hà Nội|12/KH-UBND",         // the group before the space is known
      "Kế hoạch số 12/KH-SYT ĐT ngày 05/3/2024|12/KH-SYT",
      "Công văn số 7257/BYT-TCDS DS ngày 05/3/2024|7257/BYT-TCDS"})
  void joinsNothingWhereTheJoinedAbbreviationIsNotCertain(String text, String meant) {
    ReferenceScan scan = ReferenceFinder.standard().lenient().find(text);

    assertThat(scan.matches()).first()
        .satisfies(m -> assertThat(m.number().map(DocumentNumber::format)).contains(meant));
    assertThat(scan.report().findings()).extracting(f -> f.ruleId().value())
        .doesNotContain("document.reference.space-in-abbreviation");
  }
}
