package vn.danso.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danso.text.Language;

class DocumentNumberTest {
  @Test
  void aPartyNumberIsNumberTypeAndIssuer() {
    DocumentNumber n = DocumentNumber.parse("21-NQ/TW");
    assertThat(n.family()).isEqualTo(NumberFamily.PARTY);
    assertThat(n.number()).isEqualTo(21);
    assertThat(n.typeCode()).contains("NQ");
    assertThat(n.types()).containsExactly(DocumentType.RESOLUTION);
    assertThat(n.issuerCode()).isEqualTo("TW");
    assertThat(n.year()).isEmpty();
    assertThat(n.scope()).as("a Party number does not state its term").isEmpty();
    assertThat(n.formatForHeader()).isEqualTo("Số 21-NQ/TW");
  }

  @Test
  void aStateNumberIsNumberThenTypeAndIssuer() {
    DocumentNumber n = DocumentNumber.parse("Số: 94/KH-UBND");
    assertThat(n.family()).isEqualTo(NumberFamily.STATE_ADMINISTRATIVE);
    assertThat(n.typeCode()).contains("KH");
    assertThat(n.issuerCode()).isEqualTo("UBND");
    assertThat(n.isLetter()).isFalse();
    assertThat(n.formatForHeader()).isEqualTo("Số: 94/KH-UBND");
  }

  @Test
  void aStateLetterStartsWithItsIssuer() {
    DocumentNumber n = DocumentNumber.parse("7257/BYT-TCDS");
    assertThat(n.isLetter()).isTrue();
    assertThat(n.typeCode()).isEmpty();
    assertThat(n.issuerCode()).isEqualTo("BYT");
    assertThat(n.qualifiers()).containsExactly("TCDS");
    assertThat(n.types()).containsExactly(DocumentType.OFFICIAL_LETTER);
  }

  @Test
  void aLegalNumberCarriesItsYear() {
    DocumentNumber decree = DocumentNumber.parse("30/2020/NĐ-CP");
    assertThat(decree.family()).isEqualTo(NumberFamily.LEGAL_NORMATIVE);
    assertThat(decree.year()).isEqualTo(OptionalInt.of(2020));
    assertThat(decree.types()).containsExactly(DocumentType.DECREE);
    assertThat(decree.scope()).contains(NumberingScope.year(2020));
    assertThat(DocumentNumber.parse("01/2022/TT-BYT").types()).containsExactly(DocumentType.CIRCULAR);
  }

  @Test
  void lawsAndOrdinancesCarryTheLegislature() {
    DocumentNumber law = DocumentNumber.parse("113/2025/QH15");
    assertThat(law.typeCode()).isEmpty();
    assertThat(law.issuerCode()).isEqualTo("QH");
    assertThat(law.term()).isEqualTo(OptionalInt.of(15));
    assertThat(law.types()).as("a law and a resolution of the Assembly are written alike")
        .containsExactlyInAnyOrder(DocumentType.LAW, DocumentType.RESOLUTION);
    assertThat(law.scope()).contains(NumberingScope.legislatureTerm(15));
    DocumentNumber ordinance = DocumentNumber.parse("07/2025/PL-UBTVQH15");
    assertThat(ordinance.issuerCode()).isEqualTo("UBTVQH");
    assertThat(ordinance.term()).isEqualTo(OptionalInt.of(15));
    assertThat(ordinance.types()).containsExactly(DocumentType.ORDINANCE);
    assertThat(ordinance.format()).isEqualTo("07/2025/PL-UBTVQH15");
  }

  @Test
  void thePartyQdIsTwoTypesAndTheStateWritesQyDForRegulations() {
    assertThat(DocumentNumber.parse("37-QĐ/TW").types())
        .containsExactlyInAnyOrder(DocumentType.DECISION, DocumentType.REGULATION);
    assertThat(DocumentNumber.parse("723/QĐ-UBND").types()).containsExactly(DocumentType.DECISION);
    assertThat(DocumentNumber.parse("12/qyđ-ubnd").types()).containsExactly(DocumentType.REGULATION);
    assertThat(DocumentNumber.parse("12/qyđ-ubnd").format()).isEqualTo("12/QyĐ-UBND");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Số 49-KH/ĐUK|49-KH/ĐUK",
      "Số: 49-KH/ĐUK|49-KH/ĐUK",
      "số 49 - KH / ĐUK|49-KH/ĐUK",
      "SỐ:49-kh/đuk|49-KH/ĐUK",
      "So: 49-KH/DUK|49-KH/DUK",
      "49–KH/ÐUK|49-KH/ĐUK",
      "49—KH/ĐUK|49-KH/ĐUK",
      "49\u2212KH\u2215ĐUK|49-KH/ĐUK",
      "\u00A049\u200B-KH/ĐUK\t|49-KH/ĐUK",
      "13-ctr/tu|13-CTr/TU",
      "1679/qđ-ttg|1679/QĐ-TTg",
      "049/KH-UBND|49/KH-UBND",
      "1/KH-UBND|01/KH-UBND",
      "7/2025/pl-ubtvqh15|07/2025/PL-UBTVQH15",
      "55/2011/TTLT-BGDĐT-BTC|55/2011/TTLT-BGDĐT-BTC",
  })
  void whatRealTextsContainIsNormalised(String typed, String canonical) {
    assertThat(DocumentNumber.normalize(typed)).isEqualTo(canonical);
  }

  @Test
  void decomposedLettersAreComposed() {
    String nfd = Normalizer.normalize("Số: 723/QĐ-UBND", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo("Số: 723/QĐ-UBND");
    assertThat(DocumentNumber.parse(nfd)).isEqualTo(DocumentNumber.parse("723/QĐ-UBND"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "''|0|EMPTY",
      "'   '|0|EMPTY",
      "NQ/TW|0|NUMBER_EXPECTED",
      "Số|2|NUMBER_EXPECTED",
      "21|2|SEPARATOR_EXPECTED",
      "21 NQ/TW|3|SEPARATOR_EXPECTED",
      "21-/TW|3|TYPE_EXPECTED",
      "21-NQ|5|SLASH_EXPECTED",
      "21-NQ-TW|5|SLASH_EXPECTED",
      "21-NQ/|6|ISSUER_EXPECTED",
      "21-NQ/TW-|9|GROUP_EXPECTED",
      "21-NQ/TW#|8|UNEXPECTED_CHARACTER",
      "21-NQ/TW ngày 25/10/2017|9|TRAILING_TEXT",
      "94/|3|SYMBOL_EXPECTED",
      "94/KH|5|ISSUER_EXPECTED",
      "94/KH-UB ND|9|TRAILING_TEXT",
      "30/20/NĐ-CP|3|YEAR_MALFORMED",
      "30/02020/NĐ-CP|3|YEAR_MALFORMED",
      "30/2020NĐ-CP|7|SLASH_EXPECTED",
      "1234567890/KH-UBND|9|NUMBER_TOO_LONG",
      "Luật số 113/2025/QH15|0|NUMBER_EXPECTED",
  })
  void badTextIsRejectedAtItsFirstBadCharacter(String text, int index, ParseProblem problem) {
    ParseResult<DocumentNumber> result = DocumentNumber.tryParse(text);
    assertThat(result.isSuccess()).isFalse();
    assertThat(result.problem()).contains(problem);
    assertThat(result.errorIndex()).isEqualTo(index);
    assertThatThrownBy(() -> DocumentNumber.parse(text))
        .isInstanceOfSatisfying(DocumentParseException.class, e -> {
          assertThat(e.input()).isEqualTo(text);
          assertThat(e.errorIndex()).isEqualTo(index);
          assertThat(e.problem()).isEqualTo(problem);
        });
  }

  @Test
  void theErrorIndexPointsIntoTheTextAsTyped() {
    String nfd = Normalizer.normalize("Số 49-KH/ĐUK x", Normalizer.Form.NFD);
    ParseResult<DocumentNumber> result = DocumentNumber.tryParse(nfd);
    assertThat(result.errorIndex()).isEqualTo(nfd.indexOf('x'));
    String withInvisible = "\u200B\u200B21-NQ/TW#";
    assertThat(DocumentNumber.tryParse(withInvisible).errorIndex()).isEqualTo(withInvisible.indexOf('#'));
  }

  @Test
  void messagesSayWhereAndWhyInBothLanguages() {
    DocumentParseException e = DocumentNumber.tryParse("21-NQ/").exception();
    assertThat(e.getMessage()).isEqualTo("Text \"21-NQ/\" could not be parsed at index 6: expected the issuer "
        + "abbreviation");
    assertThat(e.message(Language.VI))
        .isEqualTo("Không đọc được \"21-NQ/\" tại vị trí 6: thiếu chữ viết tắt cơ quan ban hành");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSuccessfulResultHasNoError() {
    ParseResult<DocumentNumber> ok = DocumentNumber.tryParse("21-NQ/TW");
    assertThat(ok.isSuccess()).isTrue();
    assertThat(ok.errorIndex()).isEqualTo(-1);
    assertThat(ok.problem()).isEmpty();
    assertThatThrownBy(ok::exception).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aStateSymbolWithAnUnknownTypeBeforeAKnownIssuerIsStillTyped() {
    DocumentNumber n = DocumentNumber.parse("12/XYZ-UBND");
    assertThat(n.isLetter()).isFalse();
    assertThat(n.typeCode()).contains("XYZ");
    assertThat(n.types()).isEmpty();
    assertThat(DocumentNumber.parse("12/XYZ").isLetter()).as("an unknown single group is a letter's issuer")
        .isTrue();
  }

  @Test
  void factoriesBuildNumbersThatReadBackTheSame() {
    assertThat(DocumentNumber.party(21, "NQ", "TW")).isEqualTo(DocumentNumber.parse("21-NQ/TW"));
    assertThat(DocumentNumber.state(94, "kh", "ubnd").format()).isEqualTo("94/KH-UBND");
    assertThat(DocumentNumber.legal(7, 2025, "PL", "UBTVQH15").format()).isEqualTo("07/2025/PL-UBTVQH15");
    assertThat(DocumentNumber.legal(113, 2025, null, "QH15").format()).isEqualTo("113/2025/QH15");
    assertThat(NumberingScheme.standard().letter(7257, "BYT", "TCDS").isLetter()).isTrue();
    assertThatThrownBy(() -> DocumentNumber.state(12, "XYZ", "ABC"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reads back as a");
    assertThatThrownBy(() -> DocumentNumber.party(-1, "NQ", "TW")).hasMessageContaining("out of range");
    assertThatThrownBy(() -> DocumentNumber.party(1, "N Q", "TW")).hasMessageContaining("not a document number");
  }

  @Test
  void numbersAreEqualWhenWrittenTheSame() {
    assertThat(DocumentNumber.parse("số 21 – nq / tw")).isEqualTo(DocumentNumber.parse("21-NQ/TW"))
        .hasSameHashCodeAs(DocumentNumber.parse("21-NQ/TW"));
    assertThat(DocumentNumber.parse("21-NQ/TW")).isNotEqualTo(DocumentNumber.parse("21/NQ-TW"));
    assertThat(DocumentNumber.parse("21-NQ/TW")).hasToString("21-NQ/TW");
  }
}
