package vn.danso.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples of docs/hierarchy.md, as written there. */
class HierarchyGuideTest {
  @Test
  void buildingAHierarchyAndAskingItsViews() {
    HierarchyResult result = VietnamCatalogue.builder()
        .addRows(List.of(
            UnitRow.of("909", "Huyện An Minh", "91"),
            UnitRow.of("31018", "Thị trấn Thứ Mười Một", "909"),
            UnitRow.of("31033", "Xã Đông Hưng", "909")))
        .addEvent(Merger.of(LocalDate.of(2025, 7, 1),
            NewUnit.of("31018", "Xã An Minh", UnitType.XA, "91"),
            MergerPart.whole("31018"), MergerPart.whole("31033")))
        .build();
    assertThat(result.report().findings()).isEmpty();
    Hierarchy vietnam = result.hierarchy();
    HierarchySnapshot july = vietnam.asOf(LocalDate.of(2025, 7, 1));
    assertThat(july.unit("91").orElseThrow().fullName()).isEqualTo("Tỉnh An Giang");
    assertThat(july.name("31018")).contains("An Minh");
    assertThat(july.type("46")).contains(UnitType.THANH_PHO_TRUC_THUOC_TRUNG_UONG);
    assertThat(july.parent("31018").orElseThrow().fullName()).isEqualTo("Tỉnh An Giang");
    assertThat(july.childCodes("91")).containsExactly(UnitCode.of("31018"));
    assertThat(july.isWithin("31018", "91")).isTrue();
    assertThat(july.ancestors("31018")).extracting(UnitVersion::fullName)
        .containsExactly("Tỉnh An Giang", "Nước Việt Nam");
    assertThat(july.path("31018")).extracting(UnitVersion::name).containsExactly("Việt Nam", "An Giang", "An Minh");
    assertThat(july.countsByType()).containsEntry(UnitType.TINH, 28).containsEntry(UnitType.XA, 1);
    Crosswalk walk = vietnam.crosswalk(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 7, 1));
    assertThat(walk.links("31033")).singleElement().satisfies(l -> assertThat(l.coverage()).isEqualTo(Coverage.FULL));
    assertThat(walk.reaggregate(Map.of(UnitCode.of("909"), 1073), AdministrativeLevel.PROVINCE).values())
        .containsExactly(Map.entry(UnitCode.of("91"), 1073.0));
  }
}
