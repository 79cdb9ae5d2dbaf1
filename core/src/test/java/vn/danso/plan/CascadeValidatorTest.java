package vn.danso.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danso.plan.Seeds.CTR13;
import static vn.danso.plan.Seeds.KH74;
import static vn.danso.plan.Seeds.NQ21;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;
import vn.danso.body.Body;
import vn.danso.body.BodyKinds;
import vn.danso.body.Jurisdiction;
import vn.danso.document.Document;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentType;
import vn.danso.document.PlaceLine;
import vn.danso.indicator.Citation;
import vn.danso.indicator.Observation;
import vn.danso.indicator.Period;
import vn.danso.indicator.Target;
import vn.danso.indicator.TargetKind;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.RuleId;
import vn.danso.validation.Severity;
import vn.danso.validation.ValidationReport;

class CascadeValidatorTest {
  private static final CascadeValidator VALIDATOR = CascadeValidator.of(Seeds.HIERARCHY);

  /** Quyết định 1679/QĐ-TTg (22/11/2019): the Population Strategy, SRB below 109 by 2030 (mục tiêu cụ thể 3). */
  static final Document QD1679 = Seeds.doc("1679/QĐ-TTg", DocumentType.DECISION, Seeds.PRIME_MINISTER, 2019, 11, 22);
  static final Citation QD1679_SOURCE = Citation.of("Quyết định 1679/QĐ-TTg", LocalDate.of(2019, 11, 22),
      "mục tiêu cụ thể 3");

  static PlanTarget target(String indicator, TargetKind kind, String value, int year) {
    return PlanTarget.of(Target.builder().indicator(indicator).kind(kind).value(value).year(year)
        .addSources(QD1679_SOURCE).build());
  }

  /** A target that says it implements the strategy's target ("đạt chỉ tiêu của Quyết định 1679/QĐ-TTg"). */
  static PlanTarget claimed(String indicator, TargetKind kind, String value, int year) {
    return PlanTarget.implementing(target(indicator, kind, value, year).target(), QD1679.reference());
  }

  static Plan strategy() {
    return Plan.builder().document(QD1679).addTargets(target("SRB", TargetKind.BELOW, "109", 2030)).build();
  }

  /** A deliberately made-up provincial plan implementing the strategy, for the broken variants. */
  static Document hanoiPlan(int year, int month, int day) {
    return Seeds.doc("200/KH-UBND", DocumentType.PLAN, Seeds.HANOI_UBND, year, month, day, QD1679.reference());
  }

  static ValidationReport validate(Plan... plans) {
    return VALIDATOR.validate(Cascade.of(List.of(plans)));
  }

  static ValidationReport validateWithSeeds(Plan... variants) {
    List<Plan> plans = new ArrayList<>(Seeds.plans());
    plans.addAll(List.of(variants));
    return VALIDATOR.validate(Cascade.of(plans));
  }

  static List<RuleId> rules(ValidationReport report) {
    return report.findings().stream().map(Finding::ruleId).toList();
  }

  /** The findings of the seeds alone, which every variant also has. */
  static List<RuleId> seedFindings() {
    return List.of(PlanRules.INCOMPLETE.id(), PlanRules.INCOMPLETE.id());
  }

  static List<RuleId> seedsAnd(RuleId... more) {
    List<RuleId> all = new ArrayList<>(seedFindings());
    all.addAll(List.of(more));
    return all;
  }

  @Test
  void theSeedsValidateWithTheExpectedFindingsOnly() {
    ValidationReport report = validateWithSeeds();
    assertThat(rules(report)).isEqualTo(seedFindings());
    assertThat(report.isValid()).isTrue();
    assertThat(report.count(Severity.INFO)).isEqualTo(2);
  }

  @Nested
  class BrokenVariants {
    @Test
    void aDistrictPlanDatedBeforeItsProvincesGivesBeforeParent() {
      Document baDinh = Seeds.doc("10-KH/QU", DocumentType.PLAN, Seeds.BA_DINH_QU, 2018, 1, 10, KH74.reference());
      ValidationReport report = validateWithSeeds(Plan.of(baDinh));
      assertThat(rules(report)).isEqualTo(seedsAnd(PlanRules.BEFORE_PARENT.id()));
      Finding finding = report.withRule(PlanRules.BEFORE_PARENT.id()).findings().get(0);
      assertThat(finding.expected()).contains(LocalDate.of(2018, 1, 27));
      assertThat(finding.actual()).contains(LocalDate.of(2018, 1, 10));
      assertThat(finding.subject().toString()).contains("party.qu.001").contains("10-KH/QU");
    }

    @Test
    void aHaNoiDistrictImplementingBacKansPlanGivesOutsideParentJurisdiction() {
      Document baDinh = Seeds.doc("11-KH/QU", DocumentType.PLAN, Seeds.BA_DINH_QU, 2018, 3, 1, CTR13.reference());
      ValidationReport report = validateWithSeeds(Plan.of(baDinh));
      assertThat(rules(report)).isEqualTo(seedsAnd(PlanRules.OUTSIDE_PARENT_JURISDICTION.id()));
      Finding finding = report.withRule(PlanRules.OUTSIDE_PARENT_JURISDICTION.id()).findings().get(0);
      assertThat(finding.expected()).contains("06 Tỉnh Bắc Kạn");
      assertThat(finding.actual()).contains("001 Quận Ba Đình");
      assertThat(finding.message(Language.EN)).startsWith("Quận ủy Ba Đình (unit 001 Quận Ba Đình) does not lie "
          + "within 06 Tỉnh Bắc Kạn");
    }

    @Test
    void aProvinceLoweringTheSrbAmbitionGivesAWeakerTarget() {
      Plan province = Plan.builder().document(hanoiPlan(2020, 3, 1))
          .addTargets(claimed("SRB", TargetKind.BELOW, "112", 2030)).build();
      ValidationReport report = validateWithSeeds(strategy(), province);
      assertThat(rules(report)).isEqualTo(seedsAnd(PlanRules.WEAKER_TARGET.id()));
      Finding finding = report.withRule(PlanRules.WEAKER_TARGET.id()).findings().get(0);
      assertThat(finding.message(Language.VI)).isEqualTo("Chỉ tiêu SRB năm 2030: < 112 chấp nhận cả giá trị mà chỉ "
          + "tiêu < 109 của 1679/QĐ-TTg ngày 22/11/2019 (Thủ tướng Chính phủ) không chấp nhận (tốt nhất trong một "
          + "khoảng)");
      assertThat(finding.subject().toString()).endsWith("target[SRB 2030]");
    }
  }

  @Test
  void aStricterOrEqualTargetIsFine() {
    Plan stricter = Plan.builder().document(hanoiPlan(2020, 3, 1))
        .addTargets(claimed("SRB", TargetKind.BELOW, "108", 2030), claimed("SRB", TargetKind.AT_MOST, "108.9", 2030))
        .build();
    assertThat(validate(strategy(), stricter).findings()).isEmpty();
  }

  @Test
  void anOwnTargetThatDiffersIsInformationWhetherStricterOrLooser() {
    Plan stricter = Plan.builder().document(hanoiPlan(2020, 3, 1))
        .addTargets(target("SRB", TargetKind.BELOW, "108", 2030)).build();
    Plan looser = Plan.builder().document(hanoiPlan(2020, 3, 1))
        .addTargets(target("SRB", TargetKind.BELOW, "112", 2030)).build();
    Plan same = Plan.builder().document(hanoiPlan(2020, 3, 1))
        .addTargets(target("SRB", TargetKind.BELOW, "109", 2030)).build();
    ValidationReport report = validate(strategy(), looser);
    assertThat(rules(report)).containsExactly(PlanRules.OWN_TARGET.id());
    assertThat(report.isValid()).isTrue();
    assertThat(report.findings().get(0).message(Language.EN)).isEqualTo("Own target for SRB by 2030: < 112, where "
        + "1679/QĐ-TTg of 2019-11-22 (Thủ tướng Chính phủ) sets < 109");
    assertThat(rules(validate(strategy(), stricter))).containsExactly(PlanRules.OWN_TARGET.id());
    assertThat(validate(strategy(), same).findings()).isEmpty();
  }

  @Test
  void aTargetClaimingAnotherDocumentsTargetIsOwnTowardsThisOne() {
    Document other = Seeds.doc("999/QĐ-TTg", DocumentType.DECISION, Seeds.PRIME_MINISTER, 2019, 1, 2);
    Plan plan = Plan.builder().document(hanoiPlan(2020, 3, 1))
        .addTargets(PlanTarget.implementing(target("SRB", TargetKind.BELOW, "112", 2030).target(),
            other.reference()))
        .build();
    assertThat(rules(validate(strategy(), plan))).containsExactly(PlanRules.OWN_TARGET.id());
  }

  @Test
  void atMost109AcceptsTheValueBelow109Excludes() {
    Plan plan = Plan.builder().document(hanoiPlan(2020, 3, 1))
        .addTargets(claimed("SRB", TargetKind.AT_MOST, "109", 2030)).build();
    assertThat(rules(validate(strategy(), plan))).containsExactly(PlanRules.WEAKER_TARGET.id());
  }

  @Test
  void aTargetIsHeldAgainstTheNearestDocumentAboveThatSetsOne() {
    Document province = hanoiPlan(2020, 3, 1);
    Document district = Seeds.doc("15-KH/QU", DocumentType.PLAN, Seeds.BA_DINH_QU, 2020, 5, 1,
        province.reference());
    Plan districtPlan = Plan.builder().document(district)
        .addTargets(claimed("SRB", TargetKind.BELOW, "112", 2030)).build();
    ValidationReport report = validate(strategy(), Plan.of(province), districtPlan);
    assertThat(rules(report)).containsExactly(PlanRules.WEAKER_TARGET.id());
    assertThat(report.findings().get(0).message(Language.EN)).contains("of 1679/QĐ-TTg");
  }

  @Test
  void aTargetForALaterYearThanTheParentsIsReported() {
    Plan plan = Plan.builder().document(hanoiPlan(2020, 3, 1))
        .addTargets(target("SRB", TargetKind.BELOW, "109", 2035)).build();
    ValidationReport report = validate(strategy(), plan);
    assertThat(rules(report)).containsExactly(PlanRules.LATER_TARGET_YEAR.id());
    assertThat(report.findings().get(0).expected()).contains(2030);
  }

  @Test
  void anEarlierIntermediateTargetIsNotComparedWithTheFinalOne() {
    Plan plan = Plan.builder().document(hanoiPlan(2020, 3, 1))
        .addTargets(target("SRB", TargetKind.BELOW, "113", 2025)).build();
    assertThat(validate(strategy(), plan).findings()).isEmpty();
  }

  @Test
  void relativeTargetsCompareByTheirPercentages() {
    Plan parent = Plan.builder().document(QD1679)
        .addTargets(target("CHILD_MARRIAGES", TargetKind.REDUCE_BY, "50", 2030)).build();
    Plan child = Plan.builder().document(hanoiPlan(2020, 3, 1))
        .addTargets(claimed("CHILD_MARRIAGES", TargetKind.REDUCE_BY, "40", 2030)).build();
    assertThat(rules(validate(parent, child))).containsExactly(PlanRules.WEAKER_TARGET.id());
  }

  @Test
  void aReductionWithoutBaselineCannotBeComparedWithABound() {
    Plan parent = Plan.builder().document(QD1679)
        .addTargets(target("CHILD_MARRIAGES", TargetKind.REDUCE_BY, "50", 2030)).build();
    Plan child = Plan.builder().document(hanoiPlan(2020, 3, 1))
        .addTargets(claimed("CHILD_MARRIAGES", TargetKind.AT_MOST, "10", 2030)).build();
    ValidationReport report = validate(parent, child);
    assertThat(rules(report)).containsExactly(PlanRules.INCOMPARABLE_TARGET.id());
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void withABaselineAReductionBecomesABoundAndLowerIsBetter() {
    Plan parent = Plan.builder().document(QD1679)
        .addTargets(PlanTarget.of(target("CHILD_MARRIAGES", TargetKind.REDUCE_BY, "50", 2030).target(),
            Observation.of(2019, 20)))
        .build();
    Plan looser = Plan.builder().document(hanoiPlan(2020, 3, 1))
        .addTargets(claimed("CHILD_MARRIAGES", TargetKind.AT_MOST, "12", 2030)).build();
    Plan band = Plan.builder().document(hanoiPlan(2020, 3, 1))
        .addTargets(claimed("CHILD_MARRIAGES", TargetKind.ABOUT, "5", 2030)).build();
    assertThat(rules(validate(parent, looser))).containsExactly(PlanRules.WEAKER_TARGET.id());
    assertThat(validate(parent, band).findings()).isEmpty();
  }

  @Test
  void forAHigherIsBetterIndicatorOnlyTheLowerEndMatters() {
    Plan parent = Plan.builder().document(QD1679)
        .addTargets(target("PRENATAL_SCREENING", TargetKind.ABOUT, "70", 2030)).build();
    Plan higher = Plan.builder().document(hanoiPlan(2020, 3, 1))
        .addTargets(claimed("PRENATAL_SCREENING", TargetKind.AT_LEAST, "80", 2030)).build();
    Plan lower = Plan.builder().document(hanoiPlan(2020, 3, 1))
        .addTargets(claimed("PRENATAL_SCREENING", TargetKind.AT_LEAST, "65", 2030)).build();
    assertThat(validate(parent, higher).findings()).isEmpty();
    assertThat(rules(validate(parent, lower))).containsExactly(PlanRules.WEAKER_TARGET.id());
  }

  @Test
  void aProvinceImplementingADistrictPlanIsFromAHigherLevel() {
    Document district = Seeds.doc("3-KH/QU", DocumentType.PLAN, Seeds.BA_DINH_QU, 2018, 2, 1);
    Document province = Seeds.doc("80-KH/TU", DocumentType.PLAN, Seeds.HANOI_TU, 2018, 3, 1, district.reference());
    ValidationReport report = validate(Plan.of(district), Plan.of(province));
    assertThat(rules(report)).containsExactly(PlanRules.HIGHER_LEVEL.id());
    assertThat(report.findings().get(0).message(Language.EN))
        .isEqualTo("Thành ủy Hà Nội (province level) is above Quận ủy Ba Đình (district level) yet implements "
            + "03-KH/QU of 2018-02-01 (Quận ủy Ba Đình)");
  }

  @Test
  void aStateBodyImplementingThePartyPlanOfItsLevelIsNormal() {
    assertThat(validate(Plan.of(Seeds.CTR13), Plan.of(Seeds.QD723)).findings())
        .extracting(Finding::ruleId).containsExactly(PlanRules.UNRESOLVED.id());
  }

  @Test
  void anIssuerWhoseUnitTheHierarchyLacksIsReportedOnce() {
    Body vinhThuan = Seeds.body("party.hu.910", "Huyện ủy Vĩnh Thuận", BodyKinds.DISTRICT_PARTY_COMMITTEE,
        Jurisdiction.of(UnitCode.of("910"), "Vĩnh Thuận"), null);
    Document plan = Seeds.doc("20-KH/HU", DocumentType.PLAN, vinhThuan, 2018, 4, 1, NQ21.reference());
    ValidationReport report = validate(Plan.of(NQ21), Plan.of(plan));
    assertThat(rules(report)).containsExactly(PlanRules.UNIT_UNKNOWN.id());
    assertThat(report.findings().get(0).actual()).contains("910");
  }

  @Test
  void aParentWhoseUnitNoLongerExistsOnTheChildsDateIsNotChecked() {
    Body thaiNguyen = Seeds.body("state.ubnd.19", "Ủy ban nhân dân tỉnh Thái Nguyên", BodyKinds.PEOPLES_COMMITTEE,
        Jurisdiction.of(UnitCode.of("19"), "Thái Nguyên"), null);
    Document plan = Seeds.doc("300/KH-UBND", DocumentType.PLAN, thaiNguyen, 2025, 9, 1, CTR13.reference());
    ValidationReport report = validate(Plan.of(NQ21), Plan.of(CTR13), Plan.of(plan));
    assertThat(rules(report)).containsExactly(PlanRules.UNIT_UNKNOWN.id());
    assertThat(report.findings().get(0).message(Language.EN))
        .isEqualTo("Unit 06 of Ban Thường vụ Tỉnh ủy Bắc Kạn is not in the hierarchy on 2025-09-01; its territory "
            + "could not be checked");
  }

  @Nested
  class Content {
    @Test
    void aPhaseOutsideTheParentsHorizon() {
      Plan child = Plan.builder().document(hanoiPlan(2020, 3, 1))
          .addPhases(Phase.parse("2021-2025"), Phase.parse("2026-2035")).build();
      ValidationReport report = validate(strategy(), child);
      assertThat(rules(report)).containsExactly(PlanRules.PHASE_OUTSIDE_PARENT_HORIZON.id());
      assertThat(report.findings().get(0).message(Language.VI))
          .startsWith("Kế hoạch có giai đoạn 2026–2035, nằm ngoài giai đoạn 2019–2030 là thời kỳ của 1679/QĐ-TTg");
    }

    @Test
    void aReviewDueAfterTheParentsReview() {
      Plan parent = Plan.builder().document(QD1679).addReporting(ReportingDuty.builder()
          .kind(ReportingKind.FINAL_REVIEW).due(LocalDate.of(2030, 12, 31)).build()).build();
      Plan child = Plan.builder().document(hanoiPlan(2020, 3, 1)).addReporting(ReportingDuty.builder()
          .kind(ReportingKind.FINAL_REVIEW).due(LocalDate.of(2031, 3, 31)).build()).build();
      ValidationReport report = validate(parent, child);
      assertThat(rules(report)).containsExactly(PlanRules.REVIEW_AFTER_PARENT.id());
      assertThat(report.findings().get(0).message(Language.VI))
          .startsWith("Hạn tổng kết 31/03/2031 muộn hơn hạn 31/12/2030 của 1679/QĐ-TTg");
    }

    @Test
    void aPhaseOutsideTheStatedHorizonAndOverlappingPhases() {
      Plan plan = Plan.builder().document(QD1679).horizon(Period.phase(2021, 2025))
          .addPhases(Phase.parse("2021-2025"), Phase.parse("2025-2030")).build();
      ValidationReport report = validate(plan);
      assertThat(rules(report)).containsExactly(PlanRules.PHASE_OVERLAP.id(), PlanRules.PHASE_OUTSIDE_HORIZON.id());
      assertThat(report.findings().get(0).message(Language.EN)).isEqualTo("Phases overlap: 2021–2025 and 2025–2030");
    }

    @Test
    void aTargetYearBeforeTheYearOfIssue() {
      Plan plan = Plan.builder().document(QD1679).addTargets(target("SRB", TargetKind.BELOW, "115", 2015)).build();
      ValidationReport report = validate(plan);
      assertThat(rules(report)).containsExactly(PlanRules.TARGET_BEFORE_ISSUE.id());
      assertThat(report.findings().get(0).actual()).contains(2015);
    }

    @Test
    void deadlinesBeforeIssueOrAfterTheHorizon() {
      Plan plan = Plan.builder().document(QD1679).horizon(Period.phase(2020, 2025))
          .addTasks(Task.builder().text("Kiện toàn mạng lưới cộng tác viên").deadline(LocalDate.of(2026, 6, 30))
              .build())
          .addReporting(ReportingDuty.builder().kind(ReportingKind.MID_TERM_REVIEW)
              .due(LocalDate.of(2019, 1, 1)).build())
          .build();
      ValidationReport report = validate(plan);
      assertThat(rules(report))
          .containsExactly(PlanRules.DEADLINE_OUTSIDE_HORIZON.id(), PlanRules.DEADLINE_OUTSIDE_HORIZON.id());
      assertThat(report.findings().get(1).message(Language.EN)).isEqualTo("The deadline of mid-term review is "
          + "2019-01-01, outside the span from issue to the end of the horizon (2019-11-22 – 2025-12-31)");
    }

    @Test
    void aTaskAssignedToABodyOfAnotherProvince() {
      Plan plan = Plan.builder().document(KH74)
          .addTasks(Task.builder().label("Một là").text("Tổ chức học tập, quán triệt Nghị quyết")
              .lead(Seeds.HANOI_UBND).addPartners(Seeds.BA_DINH_QU, Seeds.BAC_KAN_UBND).build())
          .build();
      ValidationReport report = validate(Plan.of(NQ21), plan);
      assertThat(rules(report)).containsExactly(PlanRules.TASK_OUTSIDE_JURISDICTION.id());
      Finding finding = report.findings().get(0);
      assertThat(finding.subject().toString()).endsWith("task[Một là]");
      assertThat(finding.actual()).contains("06 Tỉnh Bắc Kạn");
      assertThat(finding.expected()).contains("01 Thành phố Hà Nội");
    }
  }

  @Nested
  class Documents {
    private final Body blocWithoutSeat = Seeds.body("party.duk.46b", "Đảng ủy Khối các cơ quan tỉnh",
        BodyKinds.BLOC_PARTY_COMMITTEE, Jurisdiction.of(UnitCode.of("46"), "Thừa Thiên Huế"), null);

    private Document plan(String place) {
      return Document.builder().number(DocumentNumber.parse("50-KH/ĐUK")).type(DocumentType.PLAN)
          .issuer(blocWithoutSeat).placeLine(PlaceLine.parse(place + ", ngày 05 tháng 6 năm 2018"))
          .addImplemented(Seeds.KH71.reference()).build();
    }

    @Test
    void aPlaceLineNamingACityWithinTheProvinceIsAcceptedThroughTheHierarchy() {
      assertThat(validate(Plan.of(Seeds.KH71), Plan.of(plan("Thành phố Huế"))).findings())
          .extracting(Finding::ruleId).containsExactly(PlanRules.UNRESOLVED.id());
    }

    @Test
    void aPlaceLineNamingAnotherProvinceIsReported() {
      assertThat(validate(Plan.of(Seeds.KH71), Plan.of(plan("Đà Nẵng"))).findings())
          .extracting(f -> f.ruleId().value())
          .containsExactly(PlanRules.UNRESOLVED.id().value(), "document.place.mismatch");
    }

    @Test
    void documentChecksCanBeLeftOut() {
      ValidationReport report = VALIDATOR.withoutDocumentChecks()
          .validate(Cascade.of(ImmutableList.of(Plan.of(Seeds.KH71), Plan.of(plan("Đà Nẵng")))));
      assertThat(rules(report)).containsExactly(PlanRules.UNRESOLVED.id());
    }
  }
}
