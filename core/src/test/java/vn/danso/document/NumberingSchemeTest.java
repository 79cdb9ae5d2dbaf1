package vn.danso.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.danso.body.BodyKinds;
import vn.danso.body.BodySystem;
import vn.danso.body.Certainty;
import vn.danso.body.IssuerAbbreviation;
import vn.danso.body.IssuerAbbreviations;

class NumberingSchemeTest {
  private static final IssuerAbbreviation SYT = IssuerAbbreviation.builder().code("SYT")
      .name("Sở Y tế", "Department of Health").addKinds(BodyKinds.PROVINCIAL_DEPARTMENT)
      .certainty(Certainty.USER).source("test").build();

  @Test
  void theStateTableIsNghiDinh30AppendixIIIAndTheFormsSeenBesideIt() {
    NumberingScheme rules = NumberingScheme.standard();
    assertThat(rules.typeAbbreviations(NumberFamily.STATE_ADMINISTRATIVE))
        .filteredOn(t -> t.certainty() == Certainty.OFFICIAL).hasSize(30)
        .allSatisfy(t -> assertThat(t.source()).startsWith("Nghị định 30/2020/NĐ-CP"));
    assertThat(rules.typeAbbreviations(NumberFamily.STATE_ADMINISTRATIVE))
        .filteredOn(t -> t.certainty() != Certainty.OFFICIAL)
        .extracting(t -> t.code().orElseThrow()).containsExactly("QCPH", "VBHN", "TT");
    assertThat(rules.typeAbbreviations(NumberFamily.STATE_ADMINISTRATIVE))
        .filteredOn(t -> t.certainty() != Certainty.OFFICIAL)
        .allSatisfy(t -> {
          assertThat(t.certainty()).isEqualTo(Certainty.OBSERVED);
          assertThat(t.source()).containsPattern("\\d+/\\p{Lu}+[-/]");   // the real number it was seen in
        });
    assertThat(rules.isComplete(NumberFamily.STATE_ADMINISTRATIVE)).isTrue();
    assertThat(rules.isComplete(NumberFamily.PARTY)).isFalse();
  }

  @Test
  void thePartyTableIsObservedUsage() {
    assertThat(NumberingScheme.standard().typeAbbreviations(NumberFamily.PARTY))
        .allSatisfy(t -> assertThat(t.certainty()).isEqualTo(Certainty.OBSERVED));
  }

  @Test
  void eachFamilyWritesARegulationItsOwnWay() {
    NumberingScheme rules = NumberingScheme.standard();
    assertThat(rules.codesFor(NumberFamily.STATE_ADMINISTRATIVE, DocumentType.REGULATION)).containsExactly("QyĐ");
    assertThat(rules.codesFor(NumberFamily.PARTY, DocumentType.REGULATION)).containsExactly("QĐ");
    assertThat(rules.codesFor(NumberFamily.STATE_ADMINISTRATIVE, DocumentType.DECISION)).containsExactly("QĐ");
  }

  @Test
  void systemsNumberInTheirFamilies() {
    NumberingScheme rules = NumberingScheme.standard();
    assertThat(rules.families(BodySystem.PARTY)).containsExactly(NumberFamily.PARTY);
    assertThat(rules.families(BodySystem.STATE))
        .containsExactly(NumberFamily.STATE_ADMINISTRATIVE, NumberFamily.LEGAL_NORMATIVE);
    assertThat(rules.families(BodySystem.POPULATION_SECTOR)).containsExactly(NumberFamily.STATE_ADMINISTRATIVE);
  }

  @Test
  void anIntegratorExtendsTheTables() {
    NumberingScheme ours = NumberingScheme.standard().toBuilder()
        .issuers(IssuerAbbreviations.standard().with(SYT))
        .addType(TypeAbbreviation.builder().family(NumberFamily.PARTY).code("QĐi")
            .addTypes(DocumentType.REGULATION).certainty(Certainty.USER).source("our register").build())
        .build();
    assertThat(NumberValidator.of(ours).validate(ours.parse("12/KH-SYT")).isEmpty()).isTrue();
    DocumentNumber party = ours.parse("12-qđi/TW");
    assertThat(party.typeCode()).contains("QĐi");
    assertThat(party.types()).containsExactly(DocumentType.REGULATION);
    assertThat(NumberingScheme.standard().parse("12-qđi/TW").types()).isEmpty();
  }

  @Test
  void theTablesDecideWhetherAStateSymbolIsALetter() {
    NumberingScheme ours = NumberingScheme.standard().toBuilder()
        .issuers(IssuerAbbreviations.standard().with(SYT)).build();
    assertThat(NumberingScheme.standard().parse("12/SYT-VP").isLetter()).isTrue();
    assertThat(ours.parse("12/SYT-VP").isLetter()).isTrue();
    assertThat(ours.parse("12/ABC-SYT").isLetter()).as("ABC must be a type the table lacks").isFalse();
  }

  @Test
  void aLaterTypeEntryReplacesAnEarlierOne() {
    TypeAbbreviation kh = TypeAbbreviation.builder().family(NumberFamily.PARTY).code("kh")
        .addTypes(DocumentType.PROGRAMME).certainty(Certainty.USER).source("test").build();
    NumberingScheme ours = NumberingScheme.standard().toBuilder().addType(kh).build();
    assertThat(ours.typeAbbreviations(NumberFamily.PARTY)).hasSameSizeAs(
        NumberingScheme.standard().typeAbbreviations(NumberFamily.PARTY));
    assertThat(ours.parse("74-KH/TU").types()).containsExactly(DocumentType.PROGRAMME);
  }
}
