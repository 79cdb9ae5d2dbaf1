package vn.danso.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.Severity;
import vn.danso.validation.ValidationReport;

class NumberValidatorTest {
  private static ValidationReport check(String number) {
    return NumberValidator.standard().validate(DocumentNumber.parse(number));
  }

  @ParameterizedTest
  @ValueSource(strings = {"21-NQ/TW", "74-KH/TU", "94/KH-UBND", "13-CTr/TU", "723/QĐ-UBND", "77-KH/HU",
      "71-KH/TU", "49-KH/ĐUK", "37-QĐ/TW", "69-QĐ/TW", "30/2020/NĐ-CP", "01/2022/TT-BYT", "113/2025/QH15",
      "07/2025/PL-UBTVQH15", "7257/BYT-TCDS", "1679/QĐ-TTg", "36-HD/VPTW", "149-KL/TW"})
  void theNumbersOfTheSourcesAreClean(String number) {
    assertThat(check(number).findings()).isEmpty();
  }

  @Test
  void numberZeroIsNotPositive() {
    assertThat(check("00/KH-UBND").findings()).extracting(f -> f.ruleId().value())
        .containsExactly("document.number.not-positive");
  }

  @Test
  void anUnknownStateTypeIsAnErrorAndAnUnknownPartyTypeInformation() {
    Finding state = check("12/XYZ-UBND").findings().get(0);
    assertThat(state.ruleId().value()).isEqualTo("document.number.unknown-type");
    assertThat(state.severity()).isEqualTo(Severity.ERROR);
    Finding party = check("12-QĐi/TW").findings().get(0);
    assertThat(party.severity()).isEqualTo(Severity.INFO);
    assertThat(party.message(Language.EN))
        .isEqualTo("Type abbreviation \"QĐI\" is not in the table of the Party document family");
  }

  @Test
  void theStateQyDIsUnknownToTheParty() {
    assertThat(check("12-QyĐ/TW").findings()).extracting(f -> f.ruleId().value())
        .containsExactly("document.number.unknown-type");
  }

  @Test
  void anUnknownButWellFormedIssuerIsInformation() {
    ValidationReport report = check("12/KH-SNN");
    assertThat(report.findings()).extracting(f -> f.ruleId().value(), f -> f.severity())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("document.number.unknown-issuer", Severity.INFO));
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void theLegislatureNumberIsRequired() {
    assertThat(check("113/2025/QH").findings()).extracting(f -> f.ruleId().value())
        .containsExactly("document.number.term-missing");
  }

  @Test
  void aPartyIssuerWrittenInTheStateFormIsAFamilyMismatch() {
    ValidationReport report = check("21/NQ-TW");
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId().value()).isEqualTo("document.number.family-mismatch");
      assertThat(f.message(Language.EN)).isEqualTo("The number is written as a State administrative document, but "
          + "Central Committee, Politburo, Secretariat numbers as: Party document");
    });
  }

  @Test
  void onlyTheGovernmentIssuesDecrees() {
    assertThat(check("12/2020/NĐ-UBND").findings()).extracting(f -> f.ruleId().value())
        .containsExactly("document.number.type-not-for-issuer");
    assertThat(check("12/2020/QĐ-UBND").findings()).isEmpty();
  }
}
