package vn.danso.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples in the Javadoc of the builders of the admin package (reorganisation events, their parts, unit rows),
 * each run as written (BuilderExampleCoverageTest checks that the Javadoc and these lines agree).
 */
class AdminExamplesTest {
  @Test
  void theTypeChangeBuilderExampleRuns() {
    TypeChange hue = TypeChange.builder()
        .effectiveDate(LocalDate.of(2025, 1, 1))
        .code(UnitCode.of("46"))                                 // Tỉnh Thừa Thiên Huế
        .type(UnitType.THANH_PHO_TRUC_THUOC_TRUNG_UONG)
        .name("Thành phố Huế")
        .basis("Nghị quyết 175/2024/QH15 (30/11/2024)")
        .build();

    assertThat(hue.kind()).isEqualTo(EventKind.TYPE_CHANGE);
    assertThat(hue.name()).contains("Thành phố Huế");
  }

  @Test
  void theLevelAbolitionBuilderExampleRuns() {
    LevelAbolition noDistricts = LevelAbolition.builder()
        .effectiveDate(LocalDate.of(2025, 7, 1))
        .level(AdministrativeLevel.DISTRICT)
        .basis("Luật Tổ chức chính quyền địa phương 72/2025/QH15, Điều 1")
        .build();

    assertThat(noDistricts.level()).isEqualTo(AdministrativeLevel.DISTRICT);
    assertThat(noDistricts.basis()).isPresent();
  }

  @Test
  void theMergerBuilderExampleRuns() {
    Merger anGiang = Merger.builder()
        .effectiveDate(LocalDate.of(2025, 7, 1))
        .successor(NewUnit.of("91", "Tỉnh An Giang", UnitType.TINH, null))
        .addPredecessors(MergerPart.whole("89"), MergerPart.whole("91"))   // An Giang and Kiên Giang
        .basis("Nghị quyết 202/2025/QH15")
        .build();

    assertThat(anGiang.predecessors()).extracting(MergerPart::code).containsExactly(UnitCode.of("89"), UnitCode.of("91"));
    assertThat(anGiang.basis()).contains("Nghị quyết 202/2025/QH15");
  }

  @Test
  void theNewUnitBuilderExampleRuns() {
    NewUnit anGiang = NewUnit.builder()
        .code(UnitCode.of("91"))
        .name("Tỉnh An Giang")
        .type(UnitType.TINH)
        .build();                       // a province: no parent

    assertThat(anGiang).isEqualTo(NewUnit.of("91", "Tỉnh An Giang", UnitType.TINH, null));
  }

  @Test
  void theMergerPartBuilderExampleRuns() {
    MergerPart partOfOldCommune = MergerPart.builder()     // codes for illustration
        .code(UnitCode.of("31018"))
        .coverage(Coverage.PARTIAL)
        .shareOfPredecessor(0.4)      // 40 % of the old commune went into the new one
        .build();

    assertThat(partOfOldCommune).isEqualTo(MergerPart.part("31018", 0.4));
  }

  @Test
  void theSplitPartBuilderExampleRuns() {
    SplitPart newCommune = SplitPart.builder()             // codes for illustration
        .unit(NewUnit.of("31099", "Xã Mới", UnitType.XA, "909"))
        .coverage(Coverage.PARTIAL)
        .shareOfPredecessor(0.3)
        .build();

    assertThat(newCommune.shareOfPredecessor()).hasValue(0.3);
  }

  @Test
  void theSplitBuilderExampleRuns() {
    Split split = Split.builder()                          // codes for illustration
        .effectiveDate(LocalDate.of(2024, 1, 1))
        .predecessor(UnitCode.of("31018"))
        .addSuccessors(SplitPart.of(NewUnit.of("31018", "Xã A", UnitType.XA, "909"), 0.7))
        .addSuccessors(SplitPart.of(NewUnit.of("31099", "Xã B", UnitType.XA, "909"), 0.3))
        .continues(true)              // Xã A goes on, smaller, as the same unit
        .build();

    assertThat(split.successors()).hasSize(2);
    assertThat(split.continues()).isTrue();
  }

  @Test
  void theRenamingBuilderExampleRuns() {
    Renaming renaming = Renaming.builder()                 // codes for illustration
        .effectiveDate(LocalDate.of(2024, 1, 1))
        .code(UnitCode.of("31018"))
        .name("Xã Thứ Mười Một")
        .build();

    assertThat(renaming).isEqualTo(Renaming.of(LocalDate.of(2024, 1, 1), "31018", "Xã Thứ Mười Một"));
  }

  @Test
  void theMoveBuilderExampleRuns() {
    Move move = Move.builder()                             // codes for illustration
        .effectiveDate(LocalDate.of(2024, 1, 1))
        .code(UnitCode.of("31018"))
        .parent(UnitCode.of("910"))   // from now on under unit 910, with its own children
        .build();

    assertThat(move).isEqualTo(Move.of(LocalDate.of(2024, 1, 1), "31018", "910"));
  }

  @Test
  void theAbolitionBuilderExampleRuns() {
    Abolition abolition = Abolition.builder()              // codes for illustration
        .effectiveDate(LocalDate.of(2024, 1, 1))
        .code(UnitCode.of("31018"))   // its last day is 2023-12-31
        .build();

    assertThat(abolition).isEqualTo(Abolition.of(LocalDate.of(2024, 1, 1), "31018"));
  }

  @Test
  void theEstablishmentBuilderExampleRuns() {
    Establishment establishment = Establishment.builder()  // codes for illustration
        .effectiveDate(LocalDate.of(2024, 1, 1))
        .unit(NewUnit.of("31099", "Xã Mới", UnitType.XA, "909"))
        .build();

    assertThat(establishment.unit().parent()).contains(UnitCode.of("909"));
  }

  @Test
  void theUnitRowBuilderExampleRuns() {
    UnitRow row = UnitRow.builder().code("31018").name("Thị trấn Thứ Mười Một").parent("909")
        .source("data[62].level2s[7].level3s[0]").build();

    assertThat(row.parent()).contains("909");
    assertThat(row.type()).isEmpty();
  }

  @Test
  void theHierarchyExampleRuns() {
    List<UnitRow> districtsAndCommunes = List.of(UnitRow.of("909", "Huyện An Minh", "91"));
    List<ReorganisationEvent> mapping = List.of();

    HierarchyResult built = VietnamCatalogue.builder().addRows(districtsAndCommunes).addEvents(mapping).build();
    Hierarchy vietnam = built.hierarchy();
    vietnam.asOf(LocalDate.of(2025, 6, 30)).unit("91").get().name();   // "Kiên Giang"
    vietnam.asOf(LocalDate.of(2025, 7, 1)).unit("91").get().name();    // "An Giang"

    assertThat(vietnam.asOf(LocalDate.of(2025, 6, 30)).unit("91").get().name()).isEqualTo("Kiên Giang");
    assertThat(vietnam.asOf(LocalDate.of(2025, 7, 1)).unit("91").get().name()).isEqualTo("An Giang");
  }
}
