package vn.danso.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danso.plan.Seeds.NQ21;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.UnitCode;
import vn.danso.body.Body;
import vn.danso.body.BodyKinds;
import vn.danso.body.Jurisdiction;
import vn.danso.document.Document;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentReference;
import vn.danso.document.DocumentType;
import vn.danso.validation.Finding;
import vn.danso.validation.RuleId;

/**
 * Plans with no number of their own: Sơn La's programme issued with Quyết định 457/QĐ-UBND of 05/3/2018, implementing
 * the provincial committee's 79-KH/TU of 17/12/2017 (examples/samples/texts/son-la-457-qd-ubnd.txt).
 */
class IssuedByDecisionTest {
  private static final Body SON_LA_TU = Seeds.body("party.tu.14", "Tỉnh ủy Sơn La",
      BodyKinds.PROVINCIAL_PARTY_COMMITTEE, Jurisdiction.of(UnitCode.of("14"), "Sơn La"), null);
  private static final Body SON_LA_UBND = Seeds.body("state.ubnd.14", "Ủy ban nhân dân tỉnh Sơn La",
      BodyKinds.PEOPLES_COMMITTEE, Jurisdiction.of(UnitCode.of("14"), "Sơn La"), null);
  private static final Document KH79 = Seeds.doc("79-KH/TU", DocumentType.PLAN, SON_LA_TU, 2017, 12, 17,
      NQ21.reference());
  private static final Document QD457 = Seeds.doc("457/QĐ-UBND", DocumentType.DECISION, SON_LA_UBND, 2018, 3, 5,
      KH79.reference());
  private static final Plan PROGRAMME = Plan.builder().attachedTo(QD457, DocumentType.PROGRAMME).build();

  private static List<RuleId> rules(Iterable<Finding> findings) {
    java.util.ArrayList<RuleId> ids = new java.util.ArrayList<>();
    findings.forEach(f -> ids.add(f.ruleId()));
    return ids;
  }

  @Test
  void aPlanIssuedWithADecisionIsNumberedAndDatedByIt() {
    assertThat(PROGRAMME.form()).isEqualTo(Plan.Form.ATTACHED_TO_DECISION);
    assertThat(PROGRAMME.document()).isEmpty();
    assertThat(PROGRAMME.issuingDocument()).contains(QD457);
    assertThat(PROGRAMME.number().map(DocumentNumber::format)).contains("457/QĐ-UBND");
    assertThat(PROGRAMME.date()).contains(LocalDate.of(2018, 3, 5));
    assertThat(PROGRAMME.issuer()).contains(SON_LA_UBND);
    assertThat(PROGRAMME.implemented()).containsExactly(KH79.reference());
    assertThat(PROGRAMME.isKnownOnlyByReference()).isFalse();
    assertThat(PROGRAMME.toString()).startsWith("Chương trình kèm theo Quyết định 457/QĐ-UBND");
    Plan approved = Plan.builder().approvedIn(QD457, DocumentType.PROGRAMME).build();
    assertThat(approved.form()).isEqualTo(Plan.Form.IN_DECISION);
    assertThat(Plan.of(KH79).form()).isEqualTo(Plan.Form.OWN_NUMBER);
  }

  @Test
  void theCascadeLinksThroughTheDecisionCitedEitherWay() {
    Body district = Seeds.body("state.ubnd.116", "Ủy ban nhân dân huyện Mộc Châu", BodyKinds.PEOPLES_COMMITTEE,
        Jurisdiction.of(UnitCode.of("123"), "Mộc Châu"), null);
    DocumentReference asProgramme = DocumentReference.builder().type(DocumentType.PROGRAMME)
        .number(DocumentNumber.parse("457/QĐ-UBND")).issuer(SON_LA_UBND).date(LocalDate.of(2018, 3, 5)).build();
    Document districtPlan = Seeds.doc("30/KH-UBND", DocumentType.PLAN, district, 2018, 4, 2, asProgramme);
    Document otherPlan = Seeds.doc("31/KH-UBND", DocumentType.PLAN, district, 2018, 4, 3, QD457.reference());
    Cascade cascade = Cascade.builder().add(NQ21).add(KH79).add(PROGRAMME).add(districtPlan).add(otherPlan).build();
    CascadeNode node = cascade.node(QD457).orElseThrow();
    assertThat(node.kind()).isEqualTo(CascadeNode.Kind.DOCUMENT);
    assertThat(node.plan()).contains(PROGRAMME);
    assertThat(cascade.parents(node)).containsExactly(cascade.node(KH79).orElseThrow());
    assertThat(cascade.children(node)).containsExactly(cascade.node(districtPlan).orElseThrow(),
        cascade.node(otherPlan).orElseThrow());
    assertThat(cascade.report().findings()).isEmpty();
  }

  @Test
  void aPlanCitedAsADecisionIsOneFindingNotABrokenChain() {
    Document kh45 = Seeds.doc("45/KH-UBND", DocumentType.PLAN, SON_LA_UBND, 2018, 3, 5, KH79.reference());
    DocumentReference asDecision = DocumentReference.builder().type(DocumentType.DECISION)
        .number(DocumentNumber.parse("45/KH-UBND")).issuer(SON_LA_UBND).date(LocalDate.of(2018, 3, 5)).build();
    Body district = Seeds.body("state.ubnd.123", "Ủy ban nhân dân huyện Mộc Châu", BodyKinds.PEOPLES_COMMITTEE,
        Jurisdiction.of(UnitCode.of("123"), "Mộc Châu"), null);
    Document child = Seeds.doc("30/KH-UBND", DocumentType.PLAN, district, 2018, 4, 2, asDecision);
    Cascade cascade = Cascade.builder().add(NQ21).add(KH79).add(kh45).add(child).build();
    assertThat(cascade.parents(cascade.node(child).orElseThrow()))
        .containsExactly(cascade.node(kh45).orElseThrow());
    assertThat(rules(cascade.report().findings())).containsExactly(PlanRules.TYPE_MISMATCH.id());
    Finding finding = cascade.report().findings().get(0);
    assertThat(finding.message(vn.danso.text.Language.EN))
        .contains("calls 45/KH-UBND of 2018-03-05 (Ủy ban nhân dân tỉnh Sơn La) a decision, but the document is a plan");

    // the reverse: the decision 457/QĐ-UBND, given as a plain decision, cited as a plan
    DocumentReference asPlan = DocumentReference.builder().type(DocumentType.PLAN)
        .number(DocumentNumber.parse("457/QĐ-UBND")).issuer(SON_LA_UBND).date(LocalDate.of(2018, 3, 5)).build();
    Document child2 = Seeds.doc("32/KH-UBND", DocumentType.PLAN, district, 2018, 4, 2, asPlan);
    Cascade reverse = Cascade.builder().add(NQ21).add(KH79).add(QD457).add(child2).build();
    assertThat(reverse.parents(reverse.node(child2).orElseThrow()))
        .containsExactly(reverse.node(QD457).orElseThrow());
    assertThat(rules(reverse.report().findings())).containsExactly(PlanRules.TYPE_MISMATCH.id());
  }

  @Test
  void coverageCountsTheProvinceAndTheLagRunsFromTheDecisionsDate() {
    Cascade cascade = Cascade.builder().add(NQ21).add(KH79).add(PROGRAMME).build();
    CascadeNode root = cascade.node(NQ21).orElseThrow();
    CoverageReport provinces = CoverageReport.of(cascade, root, Seeds.HIERARCHY, LocalDate.of(2018, 12, 31),
        AdministrativeLevel.PROVINCE);
    CoverageRow sonLa = provinces.rows().stream().filter(r -> r.unit().code().value().equals("14"))
        .findFirst().orElseThrow();
    assertThat(sonLa.cell(CoverageTrack.peoplesCommittee()).status()).isEqualTo(CoverageStatus.ISSUED);
    assertThat(sonLa.cell(CoverageTrack.peoplesCommittee()).node()).contains(cascade.node(QD457).orElseThrow());
    LagReport lags = LagReport.of(cascade, root, LocalDate.of(2018, 12, 31));
    assertThat(lags.lag(cascade.node(KH79).orElseThrow(), cascade.node(QD457).orElseThrow()).orElseThrow().days())
        .isEqualTo(78);
    assertThat(lags.lag(root, cascade.node(KH79).orElseThrow()).orElseThrow().days()).isEqualTo(53);
  }

  @Test
  void misuseSaysWhatToDo() {
    assertThatThrownBy(() -> Plan.builder().attachedTo(KH79, DocumentType.PROGRAMME).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a decision");
    assertThatThrownBy(() -> Plan.builder().document(KH79).attachedTo(QD457, DocumentType.PLAN).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no number of its own");
    assertThatThrownBy(() -> Plan.builder().attachedTo(QD457, DocumentType.DECISION).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not DECISION");
  }
}
