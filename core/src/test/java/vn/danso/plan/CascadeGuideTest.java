package vn.danso.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.body.Body;
import vn.danso.body.BodyKinds;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentReference;
import vn.danso.document.DocumentType;
import vn.danso.indicator.Citation;
import vn.danso.indicator.Observation;
import vn.danso.indicator.Period;
import vn.danso.indicator.Target;
import vn.danso.indicator.TargetKind;
import vn.danso.text.Language;
import vn.danso.validation.ValidationReport;

/** The examples of docs/cascades.md, as written there. */
class CascadeGuideTest {
  @Test
  void plansWithContentAndPlansKnownByReference() {
    Body banTuyenGiao = Seeds.body("party.duk.46.btg", "Ban Tuyên giáo Đảng ủy Khối", BodyKinds.BLOC_PARTY_COMMITTEE,
        Seeds.HUE_DUK.jurisdiction(), null);
    Plan plan49 = Plan.builder()
        .document(Seeds.KH49)
        .addObjectives("Quán triệt sâu sắc, tuyên truyền rộng rãi … về quan điểm, mục tiêu, nhiệm vụ, giải pháp "
            + "của Nghị quyết số 21")
        .addTasks(Task.builder().label("III.2")
            .text("Theo dõi, đôn đốc, giám sát và tham mưu Đảng ủy Khối kiểm tra, đánh giá, sơ kết, tổng kết")
            .lead(banTuyenGiao).build())
        .addReporting(ReportingDuty.builder().kind(ReportingKind.PERIODIC_REPORT)
            .text("định kỳ báo cáo kết quả về Đảng ủy Khối").recipient(Seeds.HUE_DUK).build())
        .build();
    assertThat(plan49.implemented()).containsExactly(Seeds.KH71.reference());

    Target halveChildMarriages = Target.builder().indicator("CHILD_MARRIAGES").kind(TargetKind.REDUCE_BY)
        .value("50").year(2030).addSources(Citation.of("Nghị quyết 21-NQ/TW", LocalDate.of(2017, 10, 25))).build();
    PlanTarget halve = PlanTarget.of(halveChildMarriages, Observation.of(2019, 26.6));
    assertThat(halve.acceptedValues().orElseThrow().upperEndpoint()).isEqualByComparingTo(new BigDecimal("13.3"));

    Plan programme = Plan.builder()
        .reference(DocumentReference.builder().type(DocumentType.PROGRAMME).issuer(Seeds.KIEN_GIANG_TU)
            .citation("Chương trình hành động của Tỉnh ủy").build())
        .implemented(Seeds.NQ21.reference())
        .build();
    assertThat(programme.isKnownOnlyByReference()).isTrue();

    Plan withTargets = Plan.builder().document(Seeds.NQ21).addTargets(halve).build();
    assertThat(withTargets.effectiveHorizon()).contains(Period.phase(2017, 2030));
  }

  @Test
  void theCascadeItsValidationCoverageAndLag() {
    Cascade cascade = Cascade.of(Seeds.plans());
    CascadeNode root = cascade.node(Seeds.NQ21).orElseThrow();
    assertThat(cascade.children(root)).extracting(n -> n.number().map(DocumentNumber::format).orElse("programme"))
        .containsExactly("74-KH/TU", "13-CTr/TU", "programme", "77-KH/HU", "71-KH/TU");
    assertThat(cascade.depth()).isEqualTo(2);

    ValidationReport report = CascadeValidator.of(Seeds.HIERARCHY).validate(cascade);
    assertThat(report.isValid()).isTrue();

    CoverageReport provinces = CoverageReport.of(cascade, root, Seeds.HIERARCHY, LocalDate.of(2024, 1, 31),
        AdministrativeLevel.PROVINCE);
    assertThat(provinces.format(Language.VI, true)).contains(
        "Đơn vị                  Cấp ủy Đảng                  Ủy ban nhân dân\n"
            + "----------------------  ---------------------------  -------------------------\n"
            + "01 Thành phố Hà Nội     74-KH/TU (27/01/2018)        94/KH-UBND (chưa rõ ngày)\n"
            + "06 Tỉnh Bắc Kạn         13-CTr/TU (22/01/2018)       723/QĐ-UBND (09/5/2018)\n"
            + "46 Tỉnh Thừa Thiên Huế  71-KH/TU (24/4/2018)         chưa có\n"
            + "91 Tỉnh Kiên Giang      Chương trình (chưa rõ ngày)  chưa có\n"
            + "Cấp ủy Đảng: 4/63 đơn vị đã có văn bản (1 chưa rõ ngày)\n"
            + "Ủy ban nhân dân: 2/63 đơn vị đã có văn bản (1 chưa rõ ngày)\n");

    LagReport lags = LagReport.of(cascade, root, LocalDate.of(2024, 1, 31));
    assertThat(lags.format(Language.EN)).contains(
        "Level           Documents  Min  Median  Max\n"
            + "--------------  ---------  ---  ------  ---\n"
            + "province level          5   41      94  181\n"
            + "district level          1  148     148  148\n");
  }
}
