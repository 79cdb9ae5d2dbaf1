package vn.danso.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.admin.Hierarchy;
import vn.danso.admin.UnitCode;
import vn.danso.body.Body;
import vn.danso.body.BodyKinds;
import vn.danso.body.Jurisdiction;
import vn.danso.document.Document;
import vn.danso.document.DocumentReference;
import vn.danso.document.DocumentType;
import vn.danso.indicator.Citation;
import vn.danso.indicator.Observation;
import vn.danso.indicator.Target;
import vn.danso.indicator.TargetKind;

/**
 * The examples in the Javadoc of the plan builders, each run as written after the lines that give the seeds' bodies
 * and documents it names (BuilderExampleCoverageTest checks that the Javadoc and these lines agree).
 */
class PlanExamplesTest {
  private static final Jurisdiction HUE = Jurisdiction.of(UnitCode.of("46"), "Thừa Thiên Huế");

  private static Body blocBody(String id, String name, vn.danso.body.BodyKind kind) {
    return Body.builder().id(id).name(name).kind(kind).jurisdiction(HUE)
        .validity(Range.atMost(LocalDate.of(2024, 12, 31))).build();
  }

  private static Task followUp() {
    Body banTuyenGiaoDangUyKhoi = blocBody("party.duk.46.btg", "Ban Tuyên giáo Đảng ủy Khối",
        BodyKinds.PROVINCIAL_PROPAGANDA_BOARD);
    Body hoiCuuChienBinhKhoi = blocBody("ccb.duk.46", "Hội Cựu chiến binh Khối", BodyKinds.VETERANS_ASSOCIATION);
    Body doanThanhNienKhoi = blocBody("dtn.duk.46", "Đoàn Thanh niên Khối", BodyKinds.YOUTH_UNION);

    Task followUp = Task.builder()                                  // seed 003, part III.2
        .label("III.2")
        .text("Theo dõi, đôn đốc, giám sát và tham mưu kiểm tra, đánh giá, sơ kết, tổng kết việc triển khai")
        .lead(banTuyenGiaoDangUyKhoi)
        .addPartners(hoiCuuChienBinhKhoi, doanThanhNienKhoi)
        .build();
    return followUp;
  }

  @Test
  void theTaskExampleRuns() {
    assertThat(followUp().partners()).hasSize(2);
    assertThat(followUp().label()).contains("III.2");
  }

  @Test
  void thePlanExampleRuns() {
    Document kh49 = Seeds.KH49;
    Task followUp = followUp();

    Plan plan49 = Plan.builder()
        .document(kh49)                          // 49-KH/ĐUK, implementing 71-KH/TU
        .addObjectives("Quán triệt sâu sắc, tuyên truyền rộng rãi … Nghị quyết số 21")
        .addTasks(followUp)
        .addReporting(ReportingDuty.builder().kind(ReportingKind.FINAL_REVIEW).build())
        .build();

    assertThat(plan49.tasks()).containsExactly(followUp);
    assertThat(plan49.implemented()).containsExactly(Seeds.KH71.reference());
  }

  @Test
  void thePlanKnownByReferenceExampleRuns() {
    Body tinhUyKienGiang = Seeds.KIEN_GIANG_TU;
    Document nq21 = Seeds.NQ21;

    Plan programme = Plan.builder()
        .reference(DocumentReference.builder().type(DocumentType.PROGRAMME).issuer(tinhUyKienGiang)
            .citation("Chương trình hành động của Tỉnh ủy").build())
        .implemented(List.of(nq21.reference()))
        .build();

    assertThat(programme.document()).isEmpty();
    assertThat(programme.implemented()).containsExactly(nq21.reference());
  }

  @Test
  void thePlanIssuedWithADecisionExampleRuns() {
    Body sonLaUbnd = Seeds.body("state.ubnd.14", "Ủy ban nhân dân tỉnh Sơn La", BodyKinds.PEOPLES_COMMITTEE,
        Jurisdiction.of(UnitCode.of("14"), "Sơn La"), null);
    Document qd457 = Seeds.doc("457/QĐ-UBND", DocumentType.DECISION, sonLaUbnd, 2018, 3, 5, Seeds.NQ21.reference());

    Plan sonLa = Plan.builder()
        .attachedTo(qd457, DocumentType.PROGRAMME)     // Chương trình hành động ban hành kèm theo QĐ 457/QĐ-UBND
        .build();
    sonLa.form();                                      // Form.ATTACHED_TO_DECISION
    sonLa.number();                                    // Optional[457/QĐ-UBND]

    assertThat(sonLa.form()).isEqualTo(Plan.Form.ATTACHED_TO_DECISION);
    assertThat(sonLa.number()).contains(qd457.number());
  }

  @Test
  void theReportingDutyExampleRuns() {
    Body dangUyKhoi = Seeds.HUE_DUK;

    ReportingDuty yearly = ReportingDuty.builder()             // seed 003, part III.1
        .kind(ReportingKind.PERIODIC_REPORT)
        .text("định kỳ báo cáo kết quả về Đảng ủy Khối")
        .recipient(dangUyKhoi)
        .build();
    ReportingDuty review = ReportingDuty.builder()
        .kind(ReportingKind.MID_TERM_REVIEW).due(LocalDate.of(2025, 12, 31)).build();

    assertThat(yearly.recipient()).contains(dangUyKhoi);
    assertThat(review.due()).contains(LocalDate.of(2025, 12, 31));
  }

  @Test
  void thePlanTargetExampleRuns() {
    Target reduceBy50Percent = Target.builder().indicator("CHILD_MARRIAGES").kind(TargetKind.REDUCE_BY).value("50")
        .year(2030).addSources(Citation.of("illustrative")).build();

    PlanTarget srb = PlanTarget.of(Target.builder()
        .indicator("SRB").kind(TargetKind.BELOW).value("109").year(2030)
        .addSources(Citation.of("Quyết định 1679/QĐ-TTg", LocalDate.of(2019, 11, 22), "mục tiêu cụ thể 3"))
        .build());
    PlanTarget childMarriage = PlanTarget.builder()
        .target(reduceBy50Percent)                    // TargetKind.REDUCE_BY, 50, 2030
        .baseline(Observation.of(2015, 26.6))         // the plan's own baseline
        .build();
    childMarriage.acceptedValues();                   // Optional[(-∞..13.3]]

    assertThat(srb.target().year()).isEqualTo(2030);
    assertThat(childMarriage.acceptedValues()).hasValueSatisfying(range -> {
      assertThat(range.hasLowerBound()).isFalse();
      assertThat(range.upperEndpoint().doubleValue()).isEqualTo(13.3);
    });
  }

  @Test
  void theCascadeExampleRuns() {
    Document nq21 = Seeds.NQ21;
    Document kh74 = Seeds.KH74;
    Plan plan49 = Plan.of(Seeds.KH49);
    Hierarchy hierarchy = Seeds.HIERARCHY;

    Cascade cascade = Cascade.builder()
        .add(Plan.of(nq21)).add(Plan.of(kh74)).add(plan49)
        .build();
    CascadeNode root = cascade.node(nq21).orElseThrow();
    cascade.children(root);                 // the plans that implement 21-NQ/TW directly
    cascade.graph();                        // a Guava ImmutableValueGraph, edges parent → child
    CascadeValidator.of(hierarchy).validate(cascade);

    assertThat(cascade.children(root)).hasSize(1);
    assertThat(cascade.graph().nodes()).hasSizeGreaterThanOrEqualTo(3);
  }
}
