package vn.danso.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HierarchySnapshotTest {
  private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
  private static final Hierarchy HIERARCHY = AnMinh.build().hierarchy();

  @Test
  void theFixtureBuildsWithOnlyANoteAboutItsOneOldStyleName() {
    assertThat(AnMinh.build().report().findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(HierarchyRules.NAME_TONE_MARK_STYLE.id());
      assertThat(f.message(vn.danso.text.Language.EN)).isEqualTo("The name \"Xã Thuận Hoà\" of 31021 places its "
          + "tone mark in the old (Hoà) style; the list writes 6 other names in the new (Hòa) style; both are "
          + "correct and match each other");
    });
  }

  @Test
  void unitParentChildrenAndLevelOnADay() {
    HierarchySnapshot march = HIERARCHY.asOf(MARCH_1);
    assertThat(march.unit("31018").orElseThrow().fullName()).isEqualTo("Thị trấn Thứ Mười Một");
    assertThat(march.parent("31018").orElseThrow().fullName()).isEqualTo("Huyện An Minh");
    assertThat(march.childCodes("909")).extracting(UnitCode::value)
        .containsExactly("31018", "31021", "31024", "31030", "31031", "31033", "31036", "31039", "31042", "31045",
            "31048");
    assertThat(march.children("909")).hasSize(11);
    assertThat(march.level("909")).contains(AdministrativeLevel.DISTRICT);
    assertThat(march.name("31021")).contains("Thuận Hoà");
    assertThat(march.type("31018")).contains(UnitType.THI_TRAN);
  }

  @Test
  void afterJuly1TheCommunesHangDirectlyUnderTheNewProvince() {
    HierarchySnapshot july = HIERARCHY.asOf(AnMinh.JULY_1);
    assertThat(july.contains("909")).isFalse();
    assertThat(july.parent("31018").orElseThrow().fullName()).isEqualTo("Tỉnh An Giang");
    assertThat(july.childCodes("91")).extracting(UnitCode::value)
        .containsExactly("31018", "31024", "31031", "31036", "31042");
    assertThat(july.unit("31018").orElseThrow().fullName()).isEqualTo("Xã An Minh");
    assertThat(july.units(AdministrativeLevel.DISTRICT)).isEmpty();
  }

  @Test
  void whenTheDistrictLevelEndsCommunesFollowTheirProvinceIntoItsSuccessor() {
    HierarchyResult result = VietnamCatalogue.builder()
        .addRows(List.of(UnitRow.of("883", "Thành phố Long Xuyên", UnitType.THANH_PHO_THUOC_TINH, "89"),
            UnitRow.of("30280", "Phường Mỹ Bình", "883")))
        .build();
    assertThat(result.report().findings()).isEmpty();
    HierarchySnapshot july = result.hierarchy().asOf(AnMinh.JULY_1);
    assertThat(july.contains("883")).isFalse();
    assertThat(july.parent("30280").orElseThrow().unit()).hasToString("91@2025-07-01");
    assertThat(result.hierarchy().asOf(MARCH_1).parent("30280").orElseThrow().code().value()).isEqualTo("883");
    assertThat(result.hierarchy().unit(UnitCode.of("30280"), MARCH_1).orElseThrow().versions()).hasSize(2);
  }

  @Test
  void ancestorsPathAndDescendants() {
    HierarchySnapshot march = HIERARCHY.asOf(MARCH_1);
    assertThat(march.ancestors("31018")).extracting(v -> v.code().value()).containsExactly("909", "91", "VN");
    assertThat(march.path("31018")).extracting(UnitVersion::fullName)
        .containsExactly("Nước Việt Nam", "Tỉnh Kiên Giang", "Huyện An Minh", "Thị trấn Thứ Mười Một");
    assertThat(march.descendants("91")).extracting(v -> v.code().value()).startsWith("909", "31018", "31021");
    assertThat(march.descendants("91")).hasSize(12);
    assertThat(march.descendants("31018")).isEmpty();
    assertThat(march.ancestorAt("31018", AdministrativeLevel.PROVINCE).orElseThrow().name()).isEqualTo("Kiên Giang");
  }

  @Test
  void jurisdictionAnswersIsXWithinY() {
    HierarchySnapshot march = HIERARCHY.asOf(MARCH_1);
    assertThat(march.isWithin("31018", "909")).isTrue();
    assertThat(march.isWithin("31018", "91")).isTrue();
    assertThat(march.isWithin("31018", "VN")).isTrue();
    assertThat(march.isWithin("31018", "31018")).isTrue();
    assertThat(march.isWithin("909", "31018")).isFalse();
    assertThat(march.isWithin("31018", "89")).isFalse();
    assertThat(march.isWithin("31018", "nope")).isFalse();
    HierarchySnapshot july = HIERARCHY.asOf(AnMinh.JULY_1);
    assertThat(july.isWithin("31018", "91")).isTrue();
    assertThat(july.isWithin(UnitCode.of("31018"), UnitCode.of("909"))).isFalse();
  }

  @Test
  void unknownCodesFindNothing() {
    HierarchySnapshot march = HIERARCHY.asOf(MARCH_1);
    assertThat(march.unit("12345")).isEmpty();
    assertThat(march.parent("12345")).isEmpty();
    assertThat(march.children("12345")).isEmpty();
    assertThat(march.ancestors("12345")).isEmpty();
    assertThat(march.path("12345")).isEmpty();
    assertThat(march.parent("VN")).isEmpty();
  }

  @Test
  void namesAreFoundWhateverTheirToneMarkStyleCaseOrPrefix() {
    HierarchySnapshot march = HIERARCHY.asOf(MARCH_1);
    assertThat(march.findByName("Xã Thuận Hòa")).extracting(v -> v.code().value()).containsExactly("31021");
    assertThat(march.findByName("đông  hoà")).extracting(v -> v.code().value()).containsExactly("31024");
  }

  @Test
  void aTypePrefixInTheNameSelectsTheType() {
    // Two units of one proper name and different types (a fixture, not real units).
    HierarchySnapshot day = VietnamCatalogue.builder()
        .addRows(List.of(
            UnitRow.of("909", "Huyện An Minh", "91"),
            UnitRow.of("31024", "Xã Đông Hòa", "909"),
            UnitRow.of("908", "Thị xã Hà Tiên", "91"),
            UnitRow.of("30001", "Phường Đông Hoà", "908")))
        .build().hierarchy().asOf(MARCH_1);
    assertThat(day.findByName("Xã Đông Hoà")).extracting(v -> v.code().value()).containsExactly("31024");
    assertThat(day.findByName("Phường Đông Hòa")).extracting(v -> v.code().value()).containsExactly("30001");
    assertThat(day.findByName("Đông Hòa")).extracting(v -> v.code().value()).containsExactlyInAnyOrder("31024", "30001");
  }

  @Test
  void aChainAMillionUnitsDeepDoesNotOverflowTheStack() {
    int depth = 1_000_000;
    List<UnitRow> rows = new ArrayList<>(depth);
    rows.add(UnitRow.of("31018-0", "Thôn 0", UnitType.THON, "VN"));
    for (int i = 1; i < depth; i++) {
      rows.add(UnitRow.of("31018-" + Integer.toString(i, 36), "Thôn " + i, UnitType.THON,
          "31018-" + Integer.toString(i - 1, 36)));
    }
    HierarchyResult result = Hierarchy.builder().addRows(rows).build();
    HierarchySnapshot view = result.hierarchy().asOf(MARCH_1);
    String deepest = "31018-" + Integer.toString(depth - 1, 36);
    assertThat(view.isWithin(deepest, "31018-0")).isTrue();
    assertThat(view.isWithin("31018-0", deepest)).isFalse();
    assertThat(view.ancestors(deepest)).hasSize(depth);
    assertThat(view.descendants("31018-0")).hasSize(depth - 1);
    assertThat(view.path(deepest).get(1).code().value()).isEqualTo("31018-0");
    // Each village under a village is at its own level: every link is reported, none breaks the build.
    assertThat(result.report().count(HierarchyRules.PARENT_LEVEL.id())).isEqualTo(depth - 1);
  }
}
