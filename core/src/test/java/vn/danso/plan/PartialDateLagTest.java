package vn.danso.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danso.plan.Seeds.NQ21;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.danso.document.Document;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentReference;
import vn.danso.document.DocumentType;
import vn.danso.document.PartialDate;
import vn.danso.text.Language;

/** References dated only to the month or year: carried into the cascade, lags bounded, nothing invented. */
class PartialDateLagTest {
  /** 94/KH-UBND of Hà Nội known as "tháng 3 năm 2018" (a made-up month: the seed gives no date). */
  private static final DocumentReference KH94_MARCH = DocumentReference.builder()
      .number(DocumentNumber.parse("94/KH-UBND")).type(DocumentType.PLAN).issuer(Seeds.HANOI_UBND)
      .partialDate(PartialDate.of(YearMonth.of(2018, 3))).build();

  @Test
  void aReferenceKnownToTheMonthIsCompleteAndMatchesOnlyDaysOfThatMonth() {
    assertThat(KH94_MARCH.isComplete()).isTrue();
    assertThat(KH94_MARCH.knownDate()).contains(new PartialDate(2018, 3, 0));
    Document march = Seeds.doc("94/KH-UBND", DocumentType.PLAN, Seeds.HANOI_UBND, 2018, 3, 30);
    Document april = Seeds.doc("94/KH-UBND", DocumentType.PLAN, Seeds.HANOI_UBND, 2018, 4, 2);
    assertThat(KH94_MARCH.matches(march)).isTrue();
    assertThat(KH94_MARCH.matches(april)).isFalse();
    assertThat(KH94_MARCH.toString()).isEqualTo("Kế hoạch 94/KH-UBND tháng 3/2018 của Ủy ban nhân dân thành phố Hà Nội");
  }

  @Test
  void theLagFromAndToADateKnownToTheMonthOrYearIsARange() {
    Plan kh94 = Plan.builder().reference(KH94_MARCH).implemented(Seeds.KH74.reference()).build();
    DocumentReference yearOnly = DocumentReference.builder().number(DocumentNumber.parse("15-KH/QU"))
        .type(DocumentType.PLAN).issuer(Seeds.BA_DINH_QU).partialDate(PartialDate.ofYear(2018)).build();
    Plan district = Plan.builder().reference(yearOnly).implemented(Seeds.KH74.reference()).build();
    Cascade cascade = Cascade.builder().add(NQ21).add(Seeds.KH74).add(kh94).add(district).build();
    CascadeNode root = cascade.node(NQ21).orElseThrow();
    LagReport lags = LagReport.of(cascade, root, LocalDate.of(2024, 1, 31));
    CascadeNode kh74 = cascade.node(Seeds.KH74).orElseThrow();
    CascadeNode march = cascade.children(kh74).get(0);
    assertThat(march.knownDate()).contains(new PartialDate(2018, 3, 0));
    assertThat(march.label(Language.VI)).contains("94/KH-UBND tháng 3/2018");
    Lag lag = lags.lag(kh74, march).orElseThrow();
    assertThat(lag.isExact()).isFalse();
    assertThat(lag.minDays()).isEqualTo(33);   // 27/1/2018 → 1/3/2018
    assertThat(lag.maxDays()).isEqualTo(63);   // 27/1/2018 → 31/3/2018
    assertThat(lag.label(Language.VI)).isEqualTo("74-KH/TU → 94/KH-UBND: 33–63 ngày");
    assertThatThrownBy(lag::days).isInstanceOf(IllegalStateException.class).hasMessageContaining("minDays()");
    Lag year = lags.lag(kh74, cascade.children(kh74).get(1)).orElseThrow();
    assertThat(year.minDays()).isEqualTo(-26);  // the plan may be of 1/1/2018, before 74-KH/TU
    assertThat(year.maxDays()).isEqualTo(338);  // or of 31/12/2018
    assertThat(lags.boundedLags()).hasSize(2);
    assertThat(lags.summary(vn.danso.admin.AdministrativeLevel.PROVINCE).orElseThrow().count()).isEqualTo(1);
    assertThat(lags.unmeasured()).isZero();
    assertThat(lags.format(Language.EN)).contains("Known only as a range: 2 links");
  }

  @Test
  void aPartialDateThatIsADayIsMisuse() {
    assertThatThrownBy(() -> DocumentReference.builder().number(DocumentNumber.parse("94/KH-UBND"))
        .partialDate(PartialDate.of(LocalDate.of(2018, 3, 5))).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("give it as date(…)");
  }
}
