package vn.danso.body;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;
import vn.danso.text.Language;
import vn.danso.validation.ValidationReport;

class BodyValidatorTest {
  private static Body.Builder body() {
    return body("Tỉnh ủy Bắc Kạn", Jurisdiction.of(UnitCode.of("06"), "Bắc Kạn"));
  }

  private static Body.Builder body(String name, Jurisdiction jurisdiction) {
    return Body.builder().id("b").name(name).kind(BodyKinds.PROVINCIAL_PARTY_COMMITTEE).jurisdiction(jurisdiction);
  }

  @Test
  void aWellFormedBodyHasNoFinding() {
    assertThat(BodyValidator.standard().validate(body().build()).isEmpty()).isTrue();
    assertThat(BodyValidator.standard().validate(BodyTest.BLOC).isEmpty()).isTrue();
  }

  @Test
  void aKindServingALevelItDoesNotExistAtIsReported() {
    ValidationReport report = BodyValidator.standard()
        .validate(body("Tỉnh ủy Bắc Kạn", Jurisdiction.of(UnitCode.of("31018"), "An Minh")).build());
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId().value()).isEqualTo("body.level-mismatch");
      assertThat(f.message(Language.EN))
          .isEqualTo("Tỉnh ủy Bắc Kạn is a provincial Party committee, which exists at province level, but serves "
              + "unit 31018 (commune level)");
    });
  }

  @Test
  void anAbbreviationOfAnotherKindIsAnError() {
    ValidationReport report = BodyValidator.standard().validate(body().abbreviation("UBND").build());
    assertThat(report.findings()).singleElement()
        .satisfies(f -> assertThat(f.ruleId().value()).isEqualTo("body.abbreviation-kind-mismatch"));
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void anUnknownAbbreviationIsInformationUntilTheTableIsExtended() {
    Body health = Body.builder().id("s").name("Sở Nông nghiệp Bắc Kạn").kind(BodyKinds.PROVINCIAL_DEPARTMENT)
        .abbreviation("SNN").jurisdiction(Jurisdiction.of(UnitCode.of("06"), "Bắc Kạn")).build();
    ValidationReport report = BodyValidator.standard().validate(health);
    assertThat(report.findings()).singleElement()
        .satisfies(f -> {
          assertThat(f.ruleId().value()).isEqualTo("body.unknown-abbreviation");
          assertThat(f.severity()).isEqualTo(vn.danso.validation.Severity.INFO);
        });
    assertThat(report.isValid()).isTrue();
    IssuerAbbreviations ours = IssuerAbbreviations.standard().with(IssuerAbbreviation.builder().code("SNN")
        .name("Sở Nông nghiệp", "Department of Agriculture").addKinds(BodyKinds.PROVINCIAL_DEPARTMENT)
        .certainty(Certainty.USER).source("test").build());
    assertThat(BodyValidator.of(ours).validate(health).isEmpty()).isTrue();
  }

  @Test
  void aBodyWithoutAbbreviationIsNoted() {
    Body station = Body.builder().id("t").name("Trạm Y tế xã Vân Khánh").kind(BodyKinds.COMMUNE_HEALTH_STATION)
        .jurisdiction(Jurisdiction.of(UnitCode.of("31042"), "Vân Khánh")).build();
    assertThat(BodyValidator.standard().validate(station).findings()).singleElement()
        .satisfies(f -> assertThat(f.ruleId().value()).isEqualTo("body.no-abbreviation"));
  }

  @Test
  void overlappingTermsAndUnnormalisedNamesAreReported() {
    Body bad = body("Tỉnh ủy  Bắc Kạn", Jurisdiction.of(UnitCode.of("06"), "Bắc Kạn"))
        .addTerms(Term.of(11, Range.closed(LocalDate.of(2010, 1, 1), LocalDate.of(2015, 10, 31))))
        .addTerms(Term.of(12, Range.closed(LocalDate.of(2015, 10, 1), LocalDate.of(2020, 10, 31))))
        .build();
    ValidationReport report = BodyValidator.standard().validate(bad);
    assertThat(report.findings()).extracting(f -> f.ruleId().value())
        .containsExactly("body.terms-overlap", "body.name-not-normalised");
    assertThat(report.findings().get(1).message(Language.EN)).contains("has two or more spaces in a row")
        .contains("normal form: \"Tỉnh ủy Bắc Kạn\"");
  }

  @Test
  void adjacentTermsDoNotOverlap() {
    Body ok = body()
        .addTerms(Term.of(11, Range.closedOpen(LocalDate.of(2010, 1, 1), LocalDate.of(2015, 10, 1))))
        .addTerms(Term.of(12, Range.closedOpen(LocalDate.of(2015, 10, 1), LocalDate.of(2020, 10, 1))))
        .build();
    assertThat(BodyValidator.standard().validate(ok).isEmpty()).isTrue();
  }
}
