package vn.danso.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danso.indicator.Citation;
import vn.danso.indicator.Observation;
import vn.danso.indicator.Period;
import vn.danso.indicator.PeriodType;
import vn.danso.indicator.Target;
import vn.danso.indicator.TargetKind;
import vn.danso.text.Language;

class PlanTest {
  private static final Citation SOURCE = Citation.of("Kế hoạch thử", LocalDate.of(2020, 1, 1));

  private static Target target(TargetKind kind, String value) {
    return Target.builder().indicator("SRB").kind(kind).value(value).year(2030).addSources(SOURCE).build();
  }

  @Test
  void aPlanOfADocumentTakesItsReferenceAndWhatItImplements() {
    Plan plan = Plan.of(Seeds.KH49);
    assertThat(plan.reference()).isEqualTo(Seeds.KH49.reference());
    assertThat(plan.implemented()).containsExactly(Seeds.KH71.reference());
    assertThat(plan.date()).contains(LocalDate.of(2018, 6, 4));
    assertThat(plan.issuer()).contains(Seeds.HUE_DUK);
    assertThat(plan.isKnownOnlyByReference()).isFalse();
  }

  @Test
  void aPlanKnownByReferenceKeepsWhatTheReferenceGives() {
    Plan programme = Plan.builder().reference(Seeds.KIEN_GIANG_PROGRAMME).implemented(Seeds.NQ21.reference())
        .build();
    assertThat(programme.isKnownOnlyByReference()).isTrue();
    assertThat(programme.number()).isEmpty();
    assertThat(programme.date()).isEmpty();
    assertThat(programme.issuer()).contains(Seeds.KIEN_GIANG_TU);
    assertThat(programme.implemented()).containsExactly(Seeds.NQ21.reference());
  }

  @Test
  void aPlanNeedsADocumentOrAReference() {
    assertThatThrownBy(() -> Plan.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("reference(…)");
  }

  @Test
  void aDocumentAndAnotherReferenceContradictEachOther() {
    assertThatThrownBy(() -> Plan.builder().document(Seeds.KH74).reference(Seeds.KIEN_GIANG_PROGRAMME).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("leave reference(…) out");
    assertThatThrownBy(() -> Plan.builder().document(Seeds.KH74).implemented(Seeds.KH71.reference()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("give them to the document");
  }

  @Test
  void theEffectiveHorizonRunsFromIssueToTheLastPhaseOrTargetYear() {
    assertThat(Plan.of(Seeds.NQ21).effectiveHorizon()).isEmpty();
    Plan withTarget = Plan.builder().document(Seeds.NQ21).addTargets(PlanTarget.of(target(TargetKind.BELOW, "109")))
        .build();
    assertThat(withTarget.effectiveHorizon()).contains(Period.phase(2017, 2030));
    Plan withPhases = Plan.builder().reference(Seeds.KIEN_GIANG_PROGRAMME)
        .addPhases(Phase.parse("2021–2025"), Phase.parse("2026 - 2030")).build();
    assertThat(withPhases.effectiveHorizon()).contains(Period.phase(2021, 2030));
    Plan stated = Plan.builder().document(Seeds.NQ21).horizon(Period.phase(2018, 2035)).build();
    assertThat(stated.effectiveHorizon()).contains(Period.phase(2018, 2035));
  }

  @Test
  void aHorizonSpansWholeYears() {
    assertThatThrownBy(() -> Plan.builder().document(Seeds.NQ21).horizon(Period.quarter(2020, 1)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("whole years");
  }

  @Test
  void acceptedValuesOfEachKindOfTarget() {
    assertThat(PlanTarget.of(target(TargetKind.BELOW, "109")).acceptedValues())
        .contains(Range.lessThan(new BigDecimal("109")));
    assertThat(PlanTarget.of(target(TargetKind.AT_LEAST, "90")).acceptedValues())
        .contains(Range.atLeast(new BigDecimal("90")));
    assertThat(PlanTarget.of(target(TargetKind.ABOUT, "2.1")).acceptedValues())
        .contains(Range.closed(new BigDecimal("2.05"), new BigDecimal("2.15")));
    PlanTarget halved = PlanTarget.of(target(TargetKind.REDUCE_BY, "50"), Observation.of(2019, 26.6));
    assertThat(halved.acceptedValues().orElseThrow().upperEndpoint()).isEqualByComparingTo("13.3");
    assertThat(PlanTarget.of(target(TargetKind.REDUCE_BY, "50")).acceptedValues()).isEmpty();
  }

  @Test
  void planTargetLabels() {
    PlanTarget halved = PlanTarget.of(target(TargetKind.REDUCE_BY, "50"), Observation.of(2019, 26.6));
    assertThat(halved.label(Language.VI)).isEqualTo("SRB giảm 50% so với năm gốc, năm 2030 (năm gốc 2019: 26,6)");
    assertThat(PlanTarget.of(target(TargetKind.BELOW, "109")).toString()).isEqualTo("SRB < 109 by 2030");
  }

  @Test
  void phasesAreWholeYears() {
    Phase phase = Phase.of(Period.phase(2021, 2025), "Giữ ổn định mô hình tổ chức bộ máy");
    assertThat(phase.firstYear()).isEqualTo(2021);
    assertThat(phase.lastYear()).isEqualTo(2025);
    assertThat(phase.description()).contains("Giữ ổn định mô hình tổ chức bộ máy");
    assertThat(Phase.of(Period.year(2021))).isEqualTo(Phase.parse("2021"));
    assertThatThrownBy(() -> Phase.of(Period.month(2021, 3))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole years");
    assertThatThrownBy(() -> Phase.of(Period.year(2021), " ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTaskIsAssignedToItsLeadAndPartners() {
    Task task = Task.builder().label("Một là").text("Tăng cường tuyên truyền").lead(Seeds.HANOI_UBND)
        .addPartners(Seeds.BA_DINH_QU).build();
    assertThat(task.bodies()).containsExactly(Seeds.HANOI_UBND, Seeds.BA_DINH_QU);
    assertThat(Task.of("Kiểm tra, giám sát").bodies()).isEmpty();
    assertThat(task.toString()).isEqualTo("Một là Tăng cường tuyên truyền");
    assertThatThrownBy(() -> Task.of(" ")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void onlyAPeriodicReportHasAFrequency() {
    ReportingDuty yearly = ReportingDuty.builder().kind(ReportingKind.PERIODIC_REPORT).frequency(PeriodType.YEAR)
        .recipient(Seeds.HUE_DUK).build();
    assertThat(yearly.kind().isReview()).isFalse();
    assertThatThrownBy(() -> ReportingDuty.builder().kind(ReportingKind.FINAL_REVIEW).frequency(PeriodType.YEAR)
        .build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("no frequency");
    assertThatThrownBy(() -> ReportingDuty.builder().kind(ReportingKind.PERIODIC_REPORT)
        .frequency(PeriodType.PHASE).build()).isInstanceOf(IllegalStateException.class);
    assertThat(ReportingKind.MID_TERM_REVIEW.label(Language.VI)).isEqualTo("sơ kết");
  }
}
