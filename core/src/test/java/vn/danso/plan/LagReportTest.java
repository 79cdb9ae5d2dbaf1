package vn.danso.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danso.plan.Seeds.CTR13;
import static vn.danso.plan.Seeds.KH49;
import static vn.danso.plan.Seeds.KH71;
import static vn.danso.plan.Seeds.KH74;
import static vn.danso.plan.Seeds.KH77;
import static vn.danso.plan.Seeds.NQ21;
import static vn.danso.plan.Seeds.QD723;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.document.Document;
import vn.danso.text.Language;

class LagReportTest {
  private static final Cascade SEEDS = Cascade.of(Seeds.plans());
  private static final CascadeNode ROOT = node(NQ21);
  private static final LagReport REPORT = LagReport.of(SEEDS, ROOT, LocalDate.of(2024, 1, 31));

  private static CascadeNode node(Document document) {
    return SEEDS.node(document).orElseThrow();
  }

  private static long days(Document parent, Document child) {
    return REPORT.lag(node(parent), node(child)).orElseThrow().days();
  }

  @Test
  void theLagsOfTheSeedsCheckedByHand() {
    assertThat(days(NQ21, KH74)).isEqualTo(94);
    assertThat(days(NQ21, CTR13)).isEqualTo(89);
    assertThat(days(NQ21, KH71)).isEqualTo(181);
    assertThat(days(NQ21, KH77)).isEqualTo(148);
    assertThat(days(KH71, KH49)).isEqualTo(41);
    assertThat(days(CTR13, QD723)).isEqualTo(107);
  }

  @Test
  void summariesPerLevelOfTheImplementingIssuer() {
    LagSummary province = REPORT.summary(AdministrativeLevel.PROVINCE).orElseThrow();
    assertThat(province.count()).isEqualTo(5);
    assertThat(province.min()).isEqualTo(41);
    assertThat(province.median()).isEqualTo(94.0);
    assertThat(province.max()).isEqualTo(181);
    LagSummary district = REPORT.summary(AdministrativeLevel.DISTRICT).orElseThrow();
    assertThat(district.count()).isEqualTo(1);
    assertThat(district.median()).isEqualTo(148.0);
    assertThat(REPORT.summaries()).extracting(LagSummary::level)
        .containsExactly(AdministrativeLevel.PROVINCE, AdministrativeLevel.DISTRICT);
    assertThat(REPORT.summary(AdministrativeLevel.COMMUNE)).isEmpty();
  }

  @Test
  void linksToDocumentsOfUnknownDateAreCountedNotMeasured() {
    // 21-NQ/TW → the Kiên Giang programme → 77-KH/HU, and 74-KH/TU → 94/KH-UBND.
    assertThat(REPORT.unmeasured()).isEqualTo(3);
    assertThat(REPORT.lags()).hasSize(6);
  }

  @Test
  void depthCountsTheLongestChainBelowTheRoot() {
    assertThat(REPORT.depth()).isEqualTo(2);
    assertThat(LagReport.of(SEEDS, node(KH71), LocalDate.of(2024, 1, 31)).depth()).isEqualTo(1);
  }

  @Test
  void documentsIssuedAfterTheDateDoNotCount() {
    LagReport february = LagReport.of(SEEDS, ROOT, LocalDate.of(2018, 2, 28));
    assertThat(february.lags()).extracting(l -> l.child().number().orElseThrow().format())
        .containsExactly("74-KH/TU", "13-CTr/TU");
    assertThat(february.summary(AdministrativeLevel.PROVINCE).orElseThrow().median()).isEqualTo(91.5);
    assertThat(february.depth()).isEqualTo(2);
  }

  @Test
  void formatAlignsTheTableInBothLanguages() {
    String vi = REPORT.format(Language.VI);
    assertThat(vi)
        .contains("Cấp        Số văn bản  Ít nhất  Trung vị  Nhiều nhất\n"
            + "---------  ----------  -------  --------  ----------\n"
            + "cấp tỉnh            5       41        94         181\n"
            + "cấp huyện           1      148       148         148\n")
        .contains("Không tính được: 3 quan hệ thiếu ngày ban hành.")
        .contains("Độ sâu của chuỗi: 2");
    String en = REPORT.format(Language.EN);
    assertThat(en).startsWith("Lag (days from a document to the one implementing it) below 21-NQ/TW of 2017-10-25")
        .contains("province level          5   41      94  181");
    assertThat(REPORT.formatLags(Language.VI)).contains("21-NQ/TW → 74-KH/TU: 94 ngày")
        .contains("71-KH/TU → 49-KH/ĐUK: 41 ngày");
  }
}
