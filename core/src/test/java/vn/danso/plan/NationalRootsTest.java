package vn.danso.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;
import vn.danso.body.Body;
import vn.danso.body.BodyKinds;
import vn.danso.body.Jurisdiction;
import vn.danso.document.Document;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentReference;
import vn.danso.document.DocumentType;
import vn.danso.document.KnownDocument;
import vn.danso.document.NationalDocuments;
import vn.danso.validation.Finding;

class NationalRootsTest {
  private static final Body DAK_NONG = Body.builder().id("state.ubnd.67").name("Ủy ban nhân dân tỉnh Đắk Nông")
      .kind(BodyKinds.PEOPLES_COMMITTEE).jurisdiction(Jurisdiction.of(UnitCode.of("67"), "Đắk Nông")).build();

  private static List<Plan> national() {
    return NationalDocuments.all().stream().map(KnownDocument::document).map(Plan::of).toList();
  }

  @Test
  void theNationalDocumentsFormCascadesUnder21NqTwAndTheirOwnRoots() {
    Cascade cascade = Cascade.of(national());

    CascadeNode nq21 = cascade.node(NationalDocuments.NQ_21.document()).orElseThrow();
    CascadeNode kl149 = cascade.node(NationalDocuments.KL_149.document()).orElseThrow();
    assertThat(cascade.children(nq21)).extracting(n -> n.document().orElseThrow().number().format())
        .containsExactlyInAnyOrder("137/NQ-CP", "149-KL/TW");
    assertThat(cascade.children(kl149)).extracting(n -> n.document().orElseThrow().number().format())
        .containsExactly("1745/QĐ-TTg");
    assertThat(cascade.report().findings()).isEmpty();
  }

  @Test
  void aPartyNumberWrittenInTheStateShapeLinksToThePartyDocumentWithAWarning() {
    Document plan = Document.builder().number(DocumentNumber.parse("12/KH-UBND")).type(DocumentType.PLAN)
        .issuer(DAK_NONG).date(LocalDate.of(2018, 3, 1))
        .addImplemented(DocumentReference.builder().number(DocumentNumber.parse("21/NQ-TW"))
            .issuer(NationalDocuments.NQ_21.document().issuer()).date(LocalDate.of(2017, 10, 25)).build())
        .build();
    List<Plan> plans = new java.util.ArrayList<>(national());
    plans.add(Plan.of(plan));

    Cascade cascade = Cascade.of(plans);

    CascadeNode nq21 = cascade.node(NationalDocuments.NQ_21.document()).orElseThrow();
    assertThat(cascade.children(nq21)).extracting(n -> n.document().orElseThrow().number().format())
        .contains("12/KH-UBND");
    assertThat(cascade.report().findings()).extracting(f -> f.ruleId().value(), Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("document.reference.party-number-in-state-form",
            vn.danso.validation.Severity.WARNING));
  }

  @Test
  void theLawOnPopulationIsInForceFromTheFirstOfJuly2026() {
    assertThat(NationalDocuments.LAW_113.inForceFrom()).contains(LocalDate.of(2026, 7, 1));
    assertThat(NationalDocuments.LAW_113.document().number().term()).hasValue(15);
    assertThat(vn.danso.document.DocumentCatalogue.national().findByTitle("luật dân số"))
        .contains(NationalDocuments.LAW_113);
  }
}
