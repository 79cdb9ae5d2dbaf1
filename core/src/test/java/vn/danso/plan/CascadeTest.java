package vn.danso.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danso.plan.Seeds.CTR13;
import static vn.danso.plan.Seeds.KH49;
import static vn.danso.plan.Seeds.KH71;
import static vn.danso.plan.Seeds.KH74;
import static vn.danso.plan.Seeds.KH77;
import static vn.danso.plan.Seeds.NQ21;
import static vn.danso.plan.Seeds.QD723;

import com.google.common.graph.Graphs;
import com.google.common.graph.ImmutableValueGraph;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.document.Document;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentReference;
import vn.danso.document.DocumentType;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.RuleId;
import vn.danso.validation.ValidationReport;

class CascadeTest {
  private static final Cascade SEEDS = Cascade.of(Seeds.plans());

  private static CascadeNode node(Cascade cascade, Document document) {
    return cascade.node(document).orElseThrow();
  }

  private static List<RuleId> rules(ValidationReport report) {
    return report.findings().stream().map(Finding::ruleId).toList();
  }

  @Test
  void seedsFormOneCascadeUnder21NqTw() {
    assertThat(SEEDS.size()).isEqualTo(9);
    assertThat(SEEDS.roots()).containsExactly(node(SEEDS, NQ21));
    assertThat(SEEDS.children(node(SEEDS, NQ21)))
        .extracting(n -> n.number().map(DocumentNumber::format).orElse("?"))
        .containsExactly("74-KH/TU", "13-CTr/TU", "?", "77-KH/HU", "71-KH/TU");
    assertThat(SEEDS.parents(node(SEEDS, KH49))).containsExactly(node(SEEDS, KH71));
    assertThat(SEEDS.depth()).isEqualTo(2);
    assertThat(SEEDS.depth(node(SEEDS, KH49))).isEqualTo(2);
    assertThat(SEEDS.depth(node(SEEDS, KH77))).isEqualTo(2);
  }

  @Test
  void theUnnumberedProvincialProgrammeIsANodeKnownOnlyByReference() {
    CascadeNode programme = SEEDS.parents(node(SEEDS, KH77)).get(1);
    assertThat(programme.kind()).isEqualTo(CascadeNode.Kind.KNOWN_BY_REFERENCE);
    assertThat(programme.number()).isEmpty();
    assertThat(programme.date()).isEmpty();
    assertThat(programme.issuer()).contains(Seeds.KIEN_GIANG_TU);
    assertThat(programme.label(Language.VI))
        .isEqualTo("«Chương trình hành động của Tỉnh ủy» (Tỉnh ủy Kiên Giang)");
    assertThat(SEEDS.parents(programme).get(0).label(Language.EN))
        .isEqualTo("21-NQ/TW of 2017-10-25 (Ban Chấp hành Trung ương Đảng)");
    assertThat(SEEDS.parents(programme)).containsExactly(node(SEEDS, NQ21));
  }

  @Test
  void buildingTheSeedsReportsOnlyTheTwoDocumentsKnownWithoutAllTheirParts() {
    assertThat(rules(SEEDS.report())).containsOnly(PlanRules.INCOMPLETE.id()).hasSize(2);
    assertThat(SEEDS.report().findings().get(0).message(Language.EN))
        .contains("lacks: number, date or term");
  }

  @Test
  void theGraphPointsFromParentToChildAndCarriesTheReference() {
    ImmutableValueGraph<CascadeNode, CascadeLink> graph = SEEDS.graph();
    assertThat(graph.isDirected()).isTrue();
    assertThat(Graphs.hasCycle(graph.asGraph())).isFalse();
    assertThat(graph.successors(node(SEEDS, CTR13))).containsExactly(node(SEEDS, QD723));
    CascadeLink link = graph.edgeValue(node(SEEDS, CTR13), node(SEEDS, QD723)).orElseThrow();
    assertThat(link.reference()).isEqualTo(CTR13.reference());
    assertThat(link.inferred()).isFalse();
    assertThat(SEEDS.descendants(node(SEEDS, KH71))).containsExactly(node(SEEDS, KH49));
    assertThat(SEEDS.descendants(node(SEEDS, NQ21))).hasSize(8);
  }

  @Test
  void topologicalOrderPutsParentsFirst() {
    List<CascadeNode> order = SEEDS.inTopologicalOrder();
    for (CascadeNode child : order) {
      for (CascadeNode parent : SEEDS.parents(child)) {
        assertThat(order.indexOf(parent)).isLessThan(order.indexOf(child));
      }
    }
  }

  @Test
  void findAnswersAsTheCascadeResolves() {
    assertThat(SEEDS.find(KH74.reference())).containsExactly(node(SEEDS, KH74));
    DocumentReference byNumberOnly = DocumentReference.builder().number(DocumentNumber.parse("94/KH-UBND")).build();
    assertThat(SEEDS.find(byNumberOnly)).hasSize(1);
    assertThat(SEEDS.find(DocumentReference.builder().citation("a text only").build())).isEmpty();
  }

  @Test
  void aDocumentGivenTwiceIsReportedAndTheFirstKept() {
    Cascade cascade = Cascade.builder().add(NQ21).add(KH74).add(KH74).build();
    assertThat(cascade.size()).isEqualTo(2);
    assertThat(rules(cascade.report())).containsExactly(PlanRules.DUPLICATE.id());
  }

  @Test
  void aCompleteReferenceToADocumentNotInTheCollectionBecomesOneSharedPlaceholder() {
    Cascade cascade = Cascade.builder().add(KH74).add(CTR13).build();
    CascadeNode missing = cascade.parents(node(cascade, KH74)).get(0);
    assertThat(missing.kind()).isEqualTo(CascadeNode.Kind.UNRESOLVED_REFERENCE);
    assertThat(cascade.parents(node(cascade, CTR13))).containsExactly(missing);
    assertThat(cascade.roots()).containsExactly(missing);
    assertThat(rules(cascade.report())).containsExactly(PlanRules.UNRESOLVED.id());
    assertThat(cascade.report().findings().get(0).message(Language.EN)).contains("cited by 2 documents");
  }

  @Test
  void anIncompleteReferenceThatFitsNothingIsKeptAsItIs() {
    Cascade cascade = Cascade.builder().add(KH77).build();
    CascadeNode programme = cascade.parents(node(cascade, KH77)).get(1);
    assertThat(programme.kind()).isEqualTo(CascadeNode.Kind.INCOMPLETE_REFERENCE);
    assertThat(programme.reference()).isEqualTo(Seeds.KIEN_GIANG_PROGRAMME);
    assertThat(rules(cascade.report()))
        .containsExactly(PlanRules.UNRESOLVED.id(), PlanRules.INCOMPLETE.id());
  }

  @Test
  void anIncompleteReferenceFittingOneDocumentIsInferredAndSaidSo() {
    Document programme = Seeds.doc("15-CTr/TU", DocumentType.PROGRAMME, Seeds.KIEN_GIANG_TU, 2018, 1, 30,
        NQ21.reference());
    Cascade cascade = Cascade.builder().add(NQ21).add(programme).add(KH77).build();
    CascadeLink link = cascade.links(node(cascade, KH77)).get(1);
    assertThat(link.parent()).isEqualTo(node(cascade, programme));
    assertThat(link.inferred()).isTrue();
    assertThat(rules(cascade.report())).containsExactly(PlanRules.INFERRED.id());
  }

  @Test
  void aReferenceFittingTwoDocumentsIsAmbiguous() {
    Document other21 = Document.builder().number(DocumentNumber.parse("21-NQ/TW")).type(DocumentType.RESOLUTION)
        .issuer(Seeds.TW).date(LocalDate.of(2022, 6, 16)).committeeTerm(13).build();
    DocumentReference vague = DocumentReference.builder().number(DocumentNumber.parse("21-NQ/TW")).build();
    Document child = Seeds.doc("5-KH/TU", DocumentType.PLAN, Seeds.HANOI_TU, 2023, 1, 5, vague);
    Cascade cascade = Cascade.builder().add(NQ21).add(other21).add(child).build();
    CascadeNode parent = cascade.parents(node(cascade, child)).get(0);
    assertThat(parent.kind()).isEqualTo(CascadeNode.Kind.AMBIGUOUS_REFERENCE);
    assertThat(rules(cascade.report())).containsExactly(PlanRules.AMBIGUOUS.id());
    assertThat(cascade.report().findings().get(0).message(Language.EN)).contains("matches 2 documents");
  }

  @Test
  void theTwo21NqTwAreToldApartByDateOrTerm() {
    Document other21 = Document.builder().number(DocumentNumber.parse("21-NQ/TW")).type(DocumentType.RESOLUTION)
        .issuer(Seeds.TW).date(LocalDate.of(2022, 6, 16)).committeeTerm(13).build();
    DocumentReference byTerm = DocumentReference.builder().number(DocumentNumber.parse("21-NQ/TW"))
        .issuer(Seeds.TW).term(12).build();
    Document child = Seeds.doc("5-KH/TU", DocumentType.PLAN, Seeds.HANOI_TU, 2018, 1, 5, byTerm);
    Cascade cascade = Cascade.builder().add(NQ21).add(other21).add(child).build();
    assertThat(cascade.parents(node(cascade, child))).containsExactly(node(cascade, NQ21));
    assertThat(cascade.report().isEmpty()).isTrue();
  }

  @Test
  void documentsImplementingEachOtherAreReportedAndTheClosingLinkLeftOut() {
    Document a = Seeds.doc("1-KH/TU", DocumentType.PLAN, Seeds.HANOI_TU, 2018, 1, 1,
        DocumentReference.builder().number(DocumentNumber.parse("2-KH/TU")).issuer(Seeds.HANOI_TU)
            .date(LocalDate.of(2018, 1, 2)).build());
    Document b = Seeds.doc("2-KH/TU", DocumentType.PLAN, Seeds.HANOI_TU, 2018, 1, 2, a.reference());
    Cascade cascade = Cascade.builder().add(a).add(b).build();
    assertThat(rules(cascade.report())).containsExactly(PlanRules.CYCLE.id());
    assertThat(Graphs.hasCycle(cascade.graph().asGraph())).isFalse();
    assertThat(cascade.graph().edges()).hasSize(1);
    assertThat(cascade.report().findings().get(0).message(Language.VI))
        .contains("01-KH/TU ngày 01/01/2018 (Thành ủy Hà Nội) → 02-KH/TU");
  }

  @Test
  void aDocumentImplementingItselfIsACycle() {
    DocumentReference self = DocumentReference.builder().number(DocumentNumber.parse("1-KH/TU"))
        .issuer(Seeds.HANOI_TU).date(LocalDate.of(2018, 1, 1)).build();
    Document a = Seeds.doc("1-KH/TU", DocumentType.PLAN, Seeds.HANOI_TU, 2018, 1, 1, self);
    Cascade cascade = Cascade.builder().add(a).build();
    assertThat(rules(cascade.report())).containsExactly(PlanRules.CYCLE.id());
    assertThat(cascade.roots()).hasSize(1);
  }

  @Test
  void theSameParentCitedTwiceMakesOneLink() {
    Document child = Seeds.doc("9-KH/TU", DocumentType.PLAN, Seeds.HANOI_TU, 2018, 2, 1, NQ21.reference(),
        NQ21.reference());
    Cascade cascade = Cascade.builder().add(NQ21).add(child).build();
    assertThat(cascade.parents(node(cascade, child))).hasSize(1);
    assertThat(rules(cascade.report())).containsExactly(PlanRules.REPEATED.id());
  }

  @Test
  void aDocumentCitedInFullAndAgainByItsNumberAloneIsOneParent() {
    // Sơn La's programme (457/QĐ-UBND, 2018) cites "Kế hoạch số 79-KH/TU ngày 17 tháng 12 năm 2017 của Ban Chấp hành
    // Đảng bộ tỉnh", then "Kế hoạch số 79-KH/TU" again: one document, not a second, incomplete parent.
    DocumentReference full = DocumentReference.builder().number(DocumentNumber.parse("1-KH/TU"))
        .type(DocumentType.PLAN).issuer(Seeds.HANOI_TU).date(LocalDate.of(2018, 1, 1)).build();
    DocumentReference numberOnly = DocumentReference.builder().number(DocumentNumber.parse("1-KH/TU"))
        .type(DocumentType.PLAN).citation("Kế hoạch số 1-KH/TU").build();
    Document child = Seeds.doc("9-KH/UBND", DocumentType.PLAN, Seeds.HANOI_UBND, 2018, 2, 1, numberOnly, full);
    Cascade cascade = Cascade.builder().add(child).build();

    assertThat(cascade.parents(node(cascade, child))).singleElement()
        .satisfies(parent -> assertThat(parent.reference()).isEqualTo(full));
    assertThat(rules(cascade.report())).containsExactlyInAnyOrder(PlanRules.UNRESOLVED.id(), PlanRules.REPEATED.id());
    assertThat(cascade.report().findings()).filteredOn(f -> f.rule().id().equals(PlanRules.UNRESOLVED.id()))
        .singleElement().satisfies(f -> assertThat(f.message(Language.EN)).contains("cited by 1 document"));
  }

  @Test
  void referencesThatDifferInAPartAreTwoParents() {
    DocumentReference first = DocumentReference.builder().number(DocumentNumber.parse("1-KH/TU"))
        .issuer(Seeds.HANOI_TU).date(LocalDate.of(2018, 1, 1)).build();
    DocumentReference other = DocumentReference.builder().number(DocumentNumber.parse("1-KH/TU"))
        .date(LocalDate.of(2019, 1, 1)).build();
    Document child = Seeds.doc("9-KH/UBND", DocumentType.PLAN, Seeds.HANOI_UBND, 2019, 2, 1, first, other);
    Cascade cascade = Cascade.builder().add(child).build();

    assertThat(cascade.parents(node(cascade, child))).hasSize(2);
  }

  @Test
  void twoUnnumberedPlansOfOneBodyAreToldApartByTheirWording() {
    Plan first = Plan.builder().reference(DocumentReference.builder().type(DocumentType.PLAN)
        .issuer(Seeds.BAC_KAN_UBND).citation("Kế hoạch tuyên truyền").build()).build();
    Plan second = Plan.builder().reference(DocumentReference.builder().type(DocumentType.PLAN)
        .issuer(Seeds.BAC_KAN_UBND).citation("Kế hoạch kiện toàn mạng lưới").build()).build();
    Cascade cascade = Cascade.builder().add(first).add(second).add(first).build();
    assertThat(cascade.size()).isEqualTo(2);
    assertThat(rules(cascade.report())).containsExactly(PlanRules.INCOMPLETE.id(), PlanRules.INCOMPLETE.id(),
        PlanRules.DUPLICATE.id());
    DocumentReference vague = DocumentReference.builder().type(DocumentType.PLAN).issuer(Seeds.BAC_KAN_UBND).build();
    assertThat(cascade.find(vague)).hasSize(2);
  }

  @Test
  void aDocumentKnownByReferenceIsFoundByItsNumberAndIssuer() {
    DocumentReference to94 = DocumentReference.builder().number(DocumentNumber.parse("94/KH-UBND"))
        .issuer(Seeds.HANOI_UBND).date(LocalDate.of(2018, 4, 1)).build();
    Document district = Seeds.doc("12/KH-UBND", DocumentType.PLAN, Seeds.BA_DINH_QU, 2018, 5, 2, to94);
    Cascade cascade = Cascade.builder().addAll(Seeds.plans()).add(district).build();
    CascadeNode parent = cascade.parents(node(cascade, district)).get(0);
    assertThat(parent.kind()).isEqualTo(CascadeNode.Kind.KNOWN_BY_REFERENCE);
    assertThat(parent.number().map(DocumentNumber::format)).contains("94/KH-UBND");
  }

  @Test
  void nodesOfAnotherCascadeAreRefused() {
    Cascade other = Cascade.builder().add(NQ21).build();
    assertThatThrownBy(() -> SEEDS.children(other.nodes().get(0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a node of this cascade");
  }
}
