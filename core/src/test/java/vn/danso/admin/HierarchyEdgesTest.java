package vn.danso.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.ReportFormat;
import vn.danso.validation.ValidationReport;

/** The hierarchy builder takes the edges of the date range and rejects impossible shares as documented. */
class HierarchyEdgesTest {
  @Test
  void theFirstAndLastDaysADateCanBeMeanAlways() {
    HierarchyResult result = Hierarchy.builder().addRows(List.of(
        UnitRow.builder().code("91").name("Tỉnh Kiên Giang").validFrom(LocalDate.MIN).build(),
        UnitRow.builder().code("909").name("Huyện An Minh").parent("91").validFrom(LocalDate.MIN)
            .validThrough(LocalDate.MAX).build())).build();
    assertThat(result.report().findings()).isEmpty();
    AdministrativeUnit unit = result.hierarchy().units(UnitCode.of("909")).get(0);
    assertThat(unit.validity().hasLowerBound()).as(unit.toString()).isFalse();
    assertThat(unit.lastDay()).isEmpty();
    assertThat(unit.isValidOn(LocalDate.of(1, 1, 1))).isTrue();
    assertThat(unit.isValidOn(LocalDate.of(9999, 12, 31))).isTrue();
  }

  @Test
  @Timeout(120)
  void aCycleThirtyThousandUnitsLongIsReportedAndWrittenInBoundedTime() {
    int n = 30_000;
    List<UnitRow> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      rows.add(UnitRow.of(String.format("%05d", i), "Xã Số " + i, UnitType.XA, String.format("%05d", (i + 1) % n)));
    }
    HierarchyResult result = Hierarchy.builder().addRows(rows).build();
    List<Finding> cycles = result.report().withRule(HierarchyRules.CYCLE.id()).findings();
    assertThat(cycles).hasSize(1);
    String text = ReportFormat.text(Language.EN).format(ValidationReport.of(cycles.get(0)));
    assertThat(text).contains("00000").contains("29999");
  }

  @Test
  void aShareThatIsNotAFractionIsRejectedWithTheDocumentedException() {
    for (double share : new double[] {Double.NaN, 0, -0.5, 1.5, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> MergerPart.part("31018", share)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is not a fraction in (0, 1]");
      assertThatThrownBy(() -> SplitPart.of(NewUnit.of("31019", "Xã Mới", UnitType.XA, "909"), share))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> MergerPart.builder().code(UnitCode.of("31018")).coverage(Coverage.PARTIAL)
          .shareOfSuccessor(share).build()).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("a share is a fraction in (0, 1]");
    }
  }
}
