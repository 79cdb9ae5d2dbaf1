package vn.danso.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.Rule;
import vn.danso.validation.Severity;
import vn.danso.validation.ValidationReport;

/** Each defect a list or an event can have is reported, with a message that says what was wrong. */
class HierarchyBuilderTest {
  private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
  private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

  private static HierarchyResult build(UnitRow... rows) {
    return VietnamCatalogue.builder().addRows(List.of(rows)).build();
  }

  private static List<Finding> findings(HierarchyResult result, Rule rule) {
    return result.report().withRule(rule.id()).findings();
  }

  @Test
  void aMalformedCodeIsReportedAndItsRowNotUsed() {
    HierarchyResult result = build(UnitRow.builder().code("9091").name("Huyện An Minh").parent("91")
        .source("line 7").build());
    Finding finding = findings(result, HierarchyRules.CODE_FORMAT).get(0);
    assertThat(finding.subject()).hasToString("unit[9091] › source[line 7]");
    assertThat(finding.message(Language.EN)).contains("Code \"9091\" is not an administrative unit code");
    assertThat(finding.expectedText(Language.EN)).contains("VN, 2, 3 or 5 digits, or commune-suffix");
    assertThat(finding.expectedText(Language.VI)).contains("VN, 2, 3 hoặc 5 chữ số, hoặc mã xã-hậu tố");
    assertThat(result.hierarchy().units(UnitCode.of("909"))).isEmpty();
  }

  @Test
  void twoDifferentRowsWithOneCodeAtOneTimeAreAnOverlap() {
    HierarchyResult result = build(UnitRow.of("909", "Huyện An Minh", "91"), UnitRow.of("909", "Huyện U Minh", "91"));
    assertThat(findings(result, HierarchyRules.CODE_OVERLAP)).singleElement()
        .satisfies(f -> assertThat(f.message(Language.EN)).contains("Code 909 already belongs to 909 Huyện An Minh"));
    assertThat(result.hierarchy().asOf(MARCH_1).name("909")).contains("An Minh");
  }

  @Test
  void oneCodeMayBeUsedAgainAfterItsFirstUnitEnded() {
    HierarchyResult result = build(
        UnitRow.builder().code("909").name("Huyện An Minh").parent("91").validThrough(LocalDate.of(2020, 12, 31))
            .build(),
        UnitRow.builder().code("909").name("Huyện Mới").parent("91").validFrom(LocalDate.of(2021, 1, 1)).build());
    assertThat(result.report().findings()).isEmpty();
    assertThat(result.hierarchy().units(UnitCode.of("909"))).hasSize(2);
  }

  @Test
  void aRepeatedRowIsUsedOnce() {
    HierarchyResult result = build(UnitRow.of("909", "Huyện An Minh", "91"), UnitRow.of("909", "Huyện  An Minh", "91"));
    assertThat(findings(result, HierarchyRules.DUPLICATE_ROW)).hasSize(1);
    assertThat(result.hierarchy().units(UnitCode.of("909"))).hasSize(1);
  }

  @Test
  void twoUnitsOfOneNameAndTypeUnderOneParentAreReportedAsPossiblyStale() {
    HierarchyResult result = build(
        UnitRow.of("380", "Thành phố Thanh Hóa", UnitType.THANH_PHO_THUOC_TINH, "38"),
        UnitRow.of("16387", "Xã Đông Khê", "380"),
        UnitRow.of("16408", "Xã Đông Khê", "380"),
        UnitRow.of("16405", "Xã Đông Hoà", "380"),
        UnitRow.of("16406", "Phường Đông Hòa", "380"));
    assertThat(findings(result, HierarchyRules.DUPLICATE_NAME)).singleElement()
        .satisfies(f -> assertThat(f.message(Language.EN))
            .isEqualTo("16408 and 16387 are both \"Xã Đông Khê\" in 380 (until 2025-06-30); one row may be stale"));
    assertThat(result.hierarchy().asOf(MARCH_1).childCodes("380")).hasSize(4);
  }

  @Test
  void sameNamesInDifferentToneMarkStylesAreDuplicatesToo() {
    HierarchyResult result = build(UnitRow.of("909", "Huyện An Minh", "91"),
        UnitRow.of("31021", "Xã Thuận Hoà", "909"), UnitRow.of("31022", "Xã Thuận  Hòa", "909"));
    assertThat(findings(result, HierarchyRules.DUPLICATE_NAME)).hasSize(1);
  }

  @Test
  void namesInTheLessUsedToneMarkPlacementAreNoted() {
    HierarchyResult result = build(UnitRow.of("909", "Huyện An Minh", "91"),
        UnitRow.of("31021", "Xã Thuận Hoà", "909"), UnitRow.of("31024", "Xã Đông Hòa", "909"));
    assertThat(findings(result, HierarchyRules.NAME_TONE_MARK_STYLE)).singleElement()
        .satisfies(f -> assertThat(f.subject()).hasToString("unit[31021]"));
  }

  @Test
  void aRowEndingBeforeItBeginsIsReported() {
    HierarchyResult result = build(UnitRow.builder().code("909").name("Huyện An Minh").parent("91")
        .validFrom(LocalDate.of(2025, 1, 2)).validThrough(LocalDate.of(2025, 1, 1)).build());
    assertThat(findings(result, HierarchyRules.VALIDITY_EMPTY)).hasSize(1);
  }

  @Test
  void theTypeIsReadFromThePrefixOrReportedMissing() {
    HierarchyResult result = build(UnitRow.of("909", "Huyện An Minh", "91"), UnitRow.of("910", "Vĩnh Thuận", "91"),
        UnitRow.of("911", "Thành phố Rạch Giá", "91"));
    assertThat(result.hierarchy().asOf(MARCH_1).type("909")).contains(UnitType.HUYEN);
    assertThat(findings(result, HierarchyRules.TYPE_MISSING)).hasSize(2);
    assertThat(findings(result, HierarchyRules.TYPE_MISSING).get(0).message(Language.EN))
        .contains("expected one of: Huyện, Quận, Thị xã, Thành phố");
  }

  @Test
  void aTypeOfAnotherLevelIsReported() {
    HierarchyResult result = build(UnitRow.of("909", "An Minh", UnitType.XA, "91"));
    assertThat(findings(result, HierarchyRules.TYPE_LEVEL)).singleElement()
        .satisfies(f -> assertThat(f.message(Language.EN))
            .isEqualTo("909 is a district level code but has type commune, a commune level type"));
  }

  @Test
  void blankAndUntidyNamesAreReportedAndTidied() {
    HierarchyResult result = build(
        UnitRow.of("909", "Huyện An Minh", "91"),
        UnitRow.of("31018", " ", UnitType.THI_TRAN, "909"),
        UnitRow.of("31021", "Xã  Thuận Hoà ", "909"),
        UnitRow.of("31024", "Thị Trấn Đông Hòa", "909"));
    assertThat(findings(result, HierarchyRules.NAME_BLANK)).hasSize(1);
    List<Finding> untidy = findings(result, HierarchyRules.NAME_NOT_NORMALIZED);
    assertThat(untidy).hasSize(3);
    assertThat(untidy.get(1).message(Language.EN)).isEqualTo("The name of 31021 \"Xã  Thuận Hoà \": has a leading "
        + "or trailing space; has two or more spaces in a row; using \"Xã Thuận Hoà\"");
    assertThat(untidy.get(2).message(Language.VI))
        .isEqualTo("Tên của 31024 \"Thị Trấn Đông Hòa\": tiền tố \"Thị Trấn\" viết hoa sai; dùng \"Thị trấn Đông Hòa\"");
    assertThat(result.hierarchy().asOf(MARCH_1).unit("31021").orElseThrow().fullName()).isEqualTo("Xã Thuận Hoà");
  }

  @Test
  void aPrefixThatContradictsTheTypeIsReportedAndTheStatedTypeKept() {
    HierarchyResult result = build(UnitRow.of("768", "Quận Phú Nhuận", "79"),
        UnitRow.of("27046", "Phường 5", UnitType.XA, "768"));
    assertThat(findings(result, HierarchyRules.NAME_PREFIX_TYPE)).singleElement()
        .satisfies(f -> assertThat(f.message(Language.EN))
            .isEqualTo("The name \"Phường 5\" of 27046 starts with \"Phường\" but the type is commune"));
    assertThat(result.hierarchy().asOf(MARCH_1).type("27046")).contains(UnitType.XA);
  }

  @Test
  void aRepeatedPrefixIsANoteAndTheProperNameKeepsTheSecondWord() {
    HierarchyResult result = build(UnitRow.of("474", "Quận Thuận Hóa", "46"),
        UnitRow.of("19780", "Phường Phường Đúc", "474"));
    assertThat(findings(result, HierarchyRules.NAME_PREFIX_REPEATED)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(result.hierarchy().asOf(MARCH_1).name("19780")).contains("Phường Đúc");
  }

  @Test
  void aParentThatDoesNotExistOrIsNotGivenIsReported() {
    HierarchyResult result = build(UnitRow.of("909", "Huyện An Minh", "99"), UnitRow.of("31018", "Xã An Minh", null),
        UnitRow.of("31021", "Xã Thuận Hoà", "9x"));
    List<Finding> missing = findings(result, HierarchyRules.MISSING_PARENT);
    assertThat(missing).extracting(f -> f.message(Language.EN)).containsExactlyInAnyOrder(
        "909 (all time): parent \"99\" not found",
        "31018 (all time): parent (none given) not found",
        "31021 (all time): parent \"9x\" not found");
    assertThat(result.hierarchy().asOf(MARCH_1).contains("909")).isTrue();
    assertThat(result.hierarchy().asOf(MARCH_1).parent("909")).isEmpty();
  }

  @Test
  void aParentNotAboveItsChildIsReported() {
    HierarchyResult result = build(UnitRow.of("909", "Huyện An Minh", "91"),
        UnitRow.of("31018", "Xã An Minh", "909"), UnitRow.of("31021", "Xã Thuận Hoà", "31018"));
    assertThat(findings(result, HierarchyRules.PARENT_LEVEL)).singleElement()
        .satisfies(f -> assertThat(f.message(Language.EN))
            .isEqualTo("31021 (commune level) has parent 31018 at the commune level; a higher level is needed"));
  }

  @Test
  void aCycleIsReportedAndCutSoThatEveryViewIsATree() {
    HierarchyResult result = Hierarchy.builder().addRows(List.of(
        UnitRow.of("31018-1", "Thôn Một", "31018-2"),
        UnitRow.of("31018-2", "Thôn Hai", "31018-3"),
        UnitRow.of("31018-3", "Thôn Ba", "31018-1"))).build();
    assertThat(findings(result, HierarchyRules.CYCLE)).singleElement()
        .satisfies(f -> assertThat(f.message(Language.EN)).contains("the parent link of 31018-1 is dropped"));
    HierarchySnapshot view = result.hierarchy().asOf(MARCH_1);
    assertThat(view.parent("31018-1")).isEmpty();
    assertThat(view.ancestors("31018-2")).extracting(v -> v.code().value()).containsExactly("31018-3", "31018-1");
    assertThat(view.isWithin("31018-2", "31018-1")).isTrue();
  }

  @Test
  void aChildValidOutsideItsParentIsReported() {
    HierarchyResult result = build(
        UnitRow.builder().code("909").name("Huyện An Minh").parent("91").validThrough(LocalDate.of(2019, 12, 31))
            .build(),
        UnitRow.builder().code("31018").name("Xã An Minh").parent("909").validFrom(LocalDate.of(2019, 1, 1))
            .build());
    assertThat(findings(result, HierarchyRules.CHILD_OUTSIDE_PARENT)).singleElement()
        .satisfies(f -> assertThat(f.message(Language.EN))
            .isEqualTo("31018@2019-01-01 belongs to 909 (from 2019-01-01) but 909 exists only until 2019-12-31"));
  }

  @Test
  void eventsAboutUnitsThatDoNotExistAreReported() {
    HierarchyResult result = VietnamCatalogue.builder()
        .addEvent(Renaming.of(MARCH_1, "909", "Huyện Mới"))
        .addEvent(Merger.of(MARCH_1, NewUnit.of("31018", "Xã An Minh", UnitType.XA, "91"),
            MergerPart.whole("31033")))
        .build();
    assertThat(findings(result, HierarchyRules.EVENT_UNKNOWN_UNIT)).extracting(f -> f.message(Language.EN))
        .containsExactly(
            "Event merger of 2025-03-01 names 31033, which does not exist on 2025-02-28; that part of the event is "
                + "not applied",
            "Event renaming of 2025-03-01 names 909, which does not exist on 2025-03-01; that part of the event is "
                + "not applied");
    assertThat(result.hierarchy().asOf(MARCH_1).contains("31018")).isTrue();
  }

  @Test
  void anEventThatContradictsARowIsReported() {
    HierarchyResult result = VietnamCatalogue.builder()
        .addRow(UnitRow.builder().code("909").name("Huyện An Minh").parent("91")
            .validThrough(LocalDate.of(2025, 12, 31)).build())
        .addEvent(Abolition.of(MARCH_1, "909"))
        .build();
    assertThat(findings(result, HierarchyRules.EVENT_CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.message(Language.EN))
            .isEqualTo("Event abolition of 2025-03-01 about 909: the row says the unit lasts until 2025-12-31"));
    assertThat(result.hierarchy().unit(UnitId.of(UnitCode.of("909"))).orElseThrow().lastDay())
        .contains(LocalDate.of(2025, 2, 28));
  }

  @Test
  void aUnitLinkedWholeAndElsewhereIsAConflict() {
    HierarchyResult result = AnMinh.build();
    HierarchyResult conflicting = VietnamCatalogue.builder().addRows(AnMinh.ROWS).addEvents(AnMinh.EVENTS)
        .addEvent(Merger.of(JULY_1, NewUnit.of("31099", "Xã Thử", UnitType.XA, "91"), MergerPart.part("31018")))
        .build();
    assertThat(result.report().atLeast(Severity.WARNING).findings()).isEmpty();
    assertThat(findings(conflicting, HierarchyRules.LINK_CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.message(Language.EN)).isEqualTo(
            "31018 went whole into 31018@2025-07-01 on 2025-07-01 but is also linked to 31099@2025-07-01"));
  }

  @Test
  void aSinglePartialLinkLeavesPartOfTheUnitNowhere() {
    HierarchyResult result = VietnamCatalogue.builder().addRows(AnMinh.ROWS)
        .addEvent(Merger.of(JULY_1, NewUnit.of("31018", "Xã An Minh", UnitType.XA, "91"), MergerPart.part("31018")))
        .build();
    assertThat(findings(result, HierarchyRules.PARTIAL_ALONE)).hasSize(1);
  }

  @Test
  void sharesOfOnePredecessorMustAddUpToTheWhole() {
    HierarchyResult result = VietnamCatalogue.builder().addRows(AnMinh.ROWS)
        .addEvent(Split.of(JULY_1, "31018",
            SplitPart.of(NewUnit.of("31018", "Xã An Minh", UnitType.XA, "91"), 0.5),
            SplitPart.of(NewUnit.of("31019", "Xã An Minh Mới", UnitType.XA, "91"), 0.6)))
        .build();
    assertThat(findings(result, HierarchyRules.WEIGHTS_SUM)).singleElement()
        .satisfies(f -> assertThat(f.message(Language.EN)).isEqualTo("The shares of 31018 on 2025-07-01 add up to "
            + "1.1, expected 1"));
  }

  @Test
  void everyDefectIsReportedAtOnceAndEveryUsableRowIsKept() {
    HierarchyResult result = build(
        UnitRow.of("9091", "Huyện Sai Mã", "91"),
        UnitRow.of("909", "Huyện  An Minh", "91"),
        UnitRow.of("27046", "Phường 5", UnitType.XA, "909"),
        UnitRow.of("31018", "Xã An Minh", "999"),
        UnitRow.of("31021", "Thuận Hoà", "909"),
        UnitRow.of("31024", "Xã Đông Hòa", UnitType.HUYEN, "909"));
    ValidationReport report = result.report();
    assertThat(report.countsByRule().keySet()).extracting(Object::toString).containsExactlyInAnyOrder(
        "hierarchy.code-format", "hierarchy.name-not-normalized", "hierarchy.name-prefix-type",
        "hierarchy.missing-parent", "hierarchy.type-missing", "hierarchy.type-level");
    assertThat(result.hierarchy().asOf(MARCH_1).units(AdministrativeLevel.COMMUNE)).hasSize(3);
    assertThat(result.isValid()).isFalse();
  }
}
