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
  void anEventOnTheFirstDayADateCanHoldIsReportedNotPlayed() {
    List<UnitRow> rows = List.of(UnitRow.builder().code("91").name("Tỉnh Kiên Giang").build(),
        UnitRow.builder().code("909").name("Huyện An Minh").parent("91").build());
    HierarchyResult result = Hierarchy.builder().addRows(rows)
        .addEvent(Abolition.builder().effectiveDate(LocalDate.MIN).basis("—").code(UnitCode.of("909")).build())
        .addEvent(Renaming.builder().effectiveDate(LocalDate.MIN).basis("—").code(UnitCode.of("91"))
            .name("An Giang").build())
        .build();
    assertThat(result.report().findings()).extracting(f -> f.ruleId().toString())
        .containsExactly("hierarchy.event-conflict", "hierarchy.event-conflict");
    assertThat(result.report().findings().get(0).message(Language.EN)).contains("909")
        .contains("has no day before it");
    assertThat(result.hierarchy().asOf(LocalDate.MIN).contains("909")).isTrue();
    assertThat(result.hierarchy().asOf(LocalDate.MAX).unit("91").orElseThrow().fullName())
        .isEqualTo("Tỉnh Kiên Giang");
  }

  @Test
  void anEventOnTheLastDayADateCanHoldAndOnTheDayAfterTheFirstArePlayed() {
    List<UnitRow> rows = List.of(UnitRow.builder().code("91").name("Tỉnh Kiên Giang").build(),
        UnitRow.builder().code("909").name("Huyện An Minh").parent("91").build());
    HierarchyResult result = Hierarchy.builder().addRows(rows)
        .addEvent(Renaming.builder().effectiveDate(LocalDate.MIN.plusDays(1)).basis("—").code(UnitCode.of("909"))
            .name("An Minh Mới").build())
        .addEvent(Abolition.builder().effectiveDate(LocalDate.MAX).basis("—").code(UnitCode.of("909")).build())
        .build();
    assertThat(result.report().findings()).isEmpty();
    Hierarchy hierarchy = result.hierarchy();
    assertThat(hierarchy.asOf(LocalDate.MIN).unit("909").orElseThrow().fullName()).isEqualTo("Huyện An Minh");
    assertThat(hierarchy.asOf(LocalDate.MAX.minusDays(1)).unit("909").orElseThrow().fullName())
        .isEqualTo("Huyện An Minh Mới");
    assertThat(hierarchy.asOf(LocalDate.MAX).contains("909")).isFalse();
    assertThat(hierarchy.crosswalk(LocalDate.MIN, LocalDate.MAX.minusDays(1)).links("909"))
        .extracting(l -> l.target().fullName()).containsExactly("Huyện An Minh Mới");
    assertThat(hierarchy.crosswalk(LocalDate.MAX.minusDays(1), LocalDate.MIN).links("909"))
        .extracting(l -> l.target().fullName()).containsExactly("Huyện An Minh");
    assertThat(hierarchy.crosswalk(LocalDate.MIN, LocalDate.MAX).links("909")).isEmpty();
  }

  @Test
  void crosswalksBetweenTheFirstAndLastDaysADateCanHoldKeepAnOpenUnit() {
    HierarchyResult result = Hierarchy.builder().addRows(List.of(
        UnitRow.builder().code("91").name("Tỉnh Kiên Giang").validFrom(LocalDate.MIN).build(),
        UnitRow.builder().code("909").name("Huyện An Minh").parent("91").validFrom(LocalDate.MIN)
            .validThrough(LocalDate.MAX).build())).build();
    Hierarchy hierarchy = result.hierarchy();
    for (LocalDate[] pair : new LocalDate[][] {{LocalDate.MIN, LocalDate.MAX}, {LocalDate.MAX, LocalDate.MIN},
        {LocalDate.MIN, LocalDate.MIN}, {LocalDate.MAX, LocalDate.MAX}}) {
      assertThat(hierarchy.crosswalk(pair[0], pair[1]).links("909")).as("%s → %s", pair[0], pair[1])
          .extracting(CrosswalkLink::coverage).containsExactly(Coverage.FULL);
    }
  }

  @Test
  @Timeout(120)
  void aCycleAHundredThousandUnitsLongIsReportedAndWrittenInBoundedTime() {
    int n = 100_000;
    List<UnitRow> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      rows.add(UnitRow.of(String.format("%05d", i), "Xã Số " + i, UnitType.XA, String.format("%05d", (i + 1) % n)));
    }
    HierarchyResult result = Hierarchy.builder().addRows(rows).build();
    List<Finding> cycles = result.report().withRule(HierarchyRules.CYCLE.id()).findings();
    assertThat(cycles).hasSize(1);
    String text = ReportFormat.text(Language.EN).format(ValidationReport.of(cycles.get(0)));
    assertThat(text).contains("00000").contains("99999");
    assertThat(result.report().format(Language.VI)).contains("99999");
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
