package vn.danso.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

class IssuerAbbreviationsTest {
  private static final IssuerAbbreviation SNN = IssuerAbbreviation.builder()
      .code("SNN")
      .name("Sở Nông nghiệp", "Department of Agriculture")
      .addKinds(BodyKinds.PROVINCIAL_DEPARTMENT)
      .certainty(Certainty.USER)
      .source("test register")
      .build();

  @Test
  void findIgnoresCaseAndKeepsTheCanonicalSpelling() {
    assertThat(IssuerAbbreviations.standard().find("ttg").map(IssuerAbbreviation::code)).contains("TTg");
    assertThat(IssuerAbbreviations.standard().find("đuk").map(IssuerAbbreviation::code)).contains("ĐUK");
    assertThat(IssuerAbbreviations.standard().find("XYZ")).isEmpty();
  }

  @Test
  void theTableIsExtendedWithoutChangingTheStandardOne() {
    IssuerAbbreviations ours = IssuerAbbreviations.standard().with(SNN);
    assertThat(ours.find("snn")).contains(SNN);
    assertThat(IssuerAbbreviations.standard().find("SNN")).isEmpty();
    assertThat(ours.entries()).hasSize(IssuerAbbreviations.standard().entries().size() + 1);
  }

  @Test
  void aLaterEntryReplacesOneOfTheSameCode() {
    IssuerAbbreviation ours = IssuerAbbreviation.builder().code("tu").name("ours", "ours")
        .addKinds(BodyKinds.PROVINCIAL_PARTY_COMMITTEE).certainty(Certainty.USER).source("ours").build();
    IssuerAbbreviations table = IssuerAbbreviations.standard().with(ours);
    assertThat(table.find("TU")).contains(ours);
    assertThat(table.entries()).hasSize(IssuerAbbreviations.standard().entries().size());
  }

  @Test
  void codesForAKind() {
    assertThat(IssuerAbbreviations.standard().codesFor(BodyKinds.CENTRAL_MILITARY_COMMISSION))
        .containsExactly("QUTW", "ĐUQSTW");
    assertThat(IssuerAbbreviations.standard().codesFor(BodyKinds.WOMENS_UNION)).isEmpty();
  }

  @Test
  void partyAbbreviationsAreObservedUsageNotRules() {
    for (IssuerAbbreviation entry : IssuerAbbreviations.standard().entries()) {
      assertThat(entry.source()).isNotBlank();
      if (entry.kinds().stream().anyMatch(k -> k.system() == BodySystem.PARTY)) {
        assertThat(entry.certainty()).as(entry.code()).isEqualTo(Certainty.OBSERVED);
      }
    }
  }

  @Test
  void onlyTheLegislatureTakesATermNumber() {
    assertThat(IssuerAbbreviations.standard().entries().stream().filter(IssuerAbbreviation::termNumbered)
        .map(IssuerAbbreviation::code)).containsExactly("QH", "UBTVQH");
  }

  @Test
  void entriesAreCheckedWhenBuilt() {
    assertThatThrownBy(() -> IssuerAbbreviation.builder().code("QH15").name("x", "x")
        .addKinds(BodyKinds.NATIONAL_ASSEMBLY).certainty(Certainty.USER).source("x").build())
        .hasMessageContaining("letters only");
    assertThatThrownBy(() -> IssuerAbbreviations.of(ImmutableList.of(SNN, SNN)).with((IssuerAbbreviation) null))
        .isInstanceOf(NullPointerException.class);
  }
}
