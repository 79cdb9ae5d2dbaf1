package vn.danso.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danso.validation.Finding;
import vn.danso.validation.Severity;

/**
 * How the finder reads numbers printed with a wrong separator, in the other family's shape, glued to the next word or
 * with an ampersand in an abbreviation; each printed form was seen on a public page (the real-text corpus has the
 * page).
 */
class ReferenceRepairTest {
  private static final ReferenceFinder FINDER = ReferenceFinder.standard();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011|298-KH/TWĐTN|298 KH/TWĐTN",
      "Kế hoạch số 107-KH-ĐUK về việc tổ chức cuộc thi|107-KH/ĐUK|107-KH-ĐUK",
      "Công văn số 571-CV-ĐUB ngày 10/4/2023|571-CV/ĐUB|571-CV-ĐUB",
      "sơ kết Chỉ thị số 49/-CT /TW ngày 21/2/2005|49-CT/TW|49/-CT /TW",
      "Số: 01/QCPH/UBND-UBMTTQ|01/QCPH-UBND-UBMTTQ|01/QCPH/UBND-UBMTTQ",
      "Căn cứ Thông tư liên tịch số: 183/2010/TTLT/BTC-BNN, ngày 15 tháng 11 năm 2010|183/2010/TTLT-BTC-BNN|"
          + "183/2010/TTLT/BTC-BNN"})
  void readsANumberPrintedWithAWrongSeparatorWithAWarning(String text, String meant, String printed) {
    ReferenceScan scan = FINDER.find(text);

    assertThat(scan.matches()).singleElement()
        .satisfies(m -> assertThat(m.number().map(DocumentNumber::format)).contains(meant));
    assertThat(scan.report().findings()).extracting(f -> f.ruleId().value(), Finding::severity,
            f -> f.actual().orElse(""), f -> f.expected().orElse(""))
        .containsExactly(tuple("document.reference.separator-repaired", Severity.WARNING, printed, meant));
  }

  @Test
  void readsAStateNumberWrittenInThePartyShapeAsTheStateNumberWithAWarning() {
    ReferenceScan scan = FINDER.find("Thực hiện Kế hoạch số 12-KH/UBND ngày 05/3/2024 của UBND huyện");

    assertThat(scan.matches()).singleElement()
        .satisfies(m -> assertThat(m.number()).contains(DocumentNumber.parse("12/KH-UBND")));
    assertThat(scan.report().findings()).extracting(f -> f.ruleId().value(), Finding::severity)
        .containsExactly(tuple("document.reference.state-number-in-party-form", Severity.WARNING));
  }

  @Test
  void readsBothRepairsWhenAStateNumberIsPrintedInTheWrongShapeWithTheWrongSeparator() {
    ReferenceScan scan = FINDER.find("Kế hoạch số 12-KH-UBND");

    assertThat(scan.matches()).singleElement()
        .satisfies(m -> assertThat(m.number()).contains(DocumentNumber.parse("12/KH-UBND")));
    assertThat(scan.report().findings()).extracting(f -> f.ruleId().value()).containsExactly(
        "document.reference.separator-repaired", "document.reference.state-number-in-party-form");
  }

  @Test
  void turnsAPartyShapedNumberIntoTheStateFormOnlyForBodiesThatNumberInTheStateForm() {
    NumberingScheme rules = NumberingScheme.standard();

    assertThat(rules.stateFormOf(DocumentNumber.parse("12-KH/UBND"))).contains(DocumentNumber.parse("12/KH-UBND"));
    assertThat(rules.stateFormOf(DocumentNumber.parse("27-TTr/SYT"))).contains(DocumentNumber.parse("27/TTr-SYT"));
    assertThat(rules.stateFormOf(DocumentNumber.parse("21-NQ/TW"))).isEmpty();          // the Party's own
    assertThat(rules.stateFormOf(DocumentNumber.parse("225-KH/TWĐTN"))).isEmpty();      // both forms allowed
    assertThat(rules.stateFormOf(DocumentNumber.parse("12-XY/UBND"))).isEmpty();        // no State type XY
    assertThat(rules.stateFormOf(DocumentNumber.parse("12-KH/ABC"))).isEmpty();         // issuer not in the table
    assertThat(rules.stateFormOf(DocumentNumber.parse("94/KH-UBND"))).isEmpty();        // already the State form
  }

  @Test
  void endsTheNumberWhereTheNextWordIsWrittenTightAfterIt() {
    ReferenceScan scan = FINDER.find("Căn cứ Nghị định số 13/2008/NĐ-CPngày 04 tháng 02 năm 2008 của Chính phủ quy "
        + "định tổ chức các cơ quan chuyên môn");

    assertThat(scan.matches()).singleElement().satisfies(m -> {
      assertThat(m.number()).contains(DocumentNumber.parse("13/2008/NĐ-CP"));
      assertThat(m.date()).isPresent();
      assertThat(m.issuer()).contains("Chính phủ");
    });
  }

  @Test
  void keepsACodeTheTablesSpellWithSmallLetters() {
    assertThat(FINDER.find("Quyết định số 1679/QĐ-TTg ngày 22/11/2019").matches()).singleElement()
        .satisfies(m -> assertThat(m.number()).contains(DocumentNumber.parse("1679/QĐ-TTg")));
    assertThat(FINDER.find("Công văn số 673/SNgV-VP ngày 15 tháng 12 năm 2009").matches()).singleElement()
        .satisfies(m -> assertThat(m.number().map(DocumentNumber::format)).contains("673/SNgV-VP"));
  }

  @Test
  void readsAnAmpersandInsideAnAbbreviationButNotAnHtmlEntity() {
    assertThat(DocumentNumber.parse("565/TT-UBDSGĐ&TE").issuerCode()).isEqualTo("UBDSGĐ&TE");
    assertThat(FINDER.find("Tờ trình số 565/TT-UBDSGĐ&TE ngày 17/8/2005").matches()).singleElement()
        .satisfies(m -> assertThat(m.number().map(DocumentNumber::format)).contains("565/TT-UBDSGĐ&TE"));
    assertThat(FINDER.find("Công văn số 94/KH-UBND&nbsp;ngày 05/3/2024").matches()).singleElement()
        .satisfies(m -> assertThat(m.number().map(DocumentNumber::format)).contains("94/KH-UBND"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Căn cứ Nghị quyết số 3e/2000/ NQ-HĐND4 của HĐND tỉnh",
      "Triển khai thực hiện NQ số 19-2018/NQ-CP ngày 15/5/2018"})
  void refusesDigitsWrittenTightAfterAWordRatherThanReadThemAsANumber(String text) {
    assertThat(FINDER.find(text).matches()).extracting(m -> m.number().map(DocumentNumber::format).orElse(""))
        .doesNotContain("2000/NQ-HĐND4", "2018/NQ-CP");
  }
}
