package vn.danso.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VietnamCatalogueTest {
  private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
  private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

  @Test
  void theBuiltInCatalogueIsClean() {
    HierarchyResult result = VietnamCatalogue.builder().build();
    assertThat(result.report().findings()).isEmpty();
  }

  @Test
  void sixtyThreeProvincesBeforeTheReformAndThirtyFourAfter() {
    Hierarchy vietnam = VietnamCatalogue.hierarchy();
    HierarchySnapshot march = vietnam.asOf(LocalDate.of(2025, 3, 1));
    assertThat(march.units(AdministrativeLevel.PROVINCE)).hasSize(63);
    assertThat(march.countsByType()).containsEntry(UnitType.TINH, 57)
        .containsEntry(UnitType.THANH_PHO_TRUC_THUOC_TRUNG_UONG, 6);
    HierarchySnapshot july = vietnam.asOf(JULY_1);
    assertThat(july.units(AdministrativeLevel.PROVINCE)).hasSize(34);
    assertThat(july.countsByType()).containsEntry(UnitType.TINH, 28)
        .containsEntry(UnitType.THANH_PHO_TRUC_THUOC_TRUNG_UONG, 6);
  }

  @Test
  void code91IsKienGiangUntilJune30AndTheNewAnGiangFromJuly1() {
    Hierarchy vietnam = VietnamCatalogue.hierarchy();
    UnitVersion before = vietnam.asOf(JUNE_30).unit("91").orElseThrow();
    UnitVersion after = vietnam.asOf(JULY_1).unit("91").orElseThrow();
    assertThat(before.fullName()).isEqualTo("Tỉnh Kiên Giang");
    assertThat(after.fullName()).isEqualTo("Tỉnh An Giang");
    assertThat(before.unit()).isNotEqualTo(after.unit());
    assertThat(after.unit()).hasToString("91@2025-07-01");
    assertThat(vietnam.units(UnitCode.of("91"))).hasSize(2);
    assertThat(vietnam.unit(before.unit()).orElseThrow().lastDay()).contains(JUNE_30);
  }

  @Test
  void thuaThienHueIsATinhOnNewYearsEveAndACentrallyGovernedCityFromNewYearsDay() {
    Hierarchy vietnam = VietnamCatalogue.hierarchy();
    UnitVersion eve = vietnam.asOf(LocalDate.of(2024, 12, 31)).unit("46").orElseThrow();
    UnitVersion day = vietnam.asOf(LocalDate.of(2025, 1, 1)).unit("46").orElseThrow();
    assertThat(eve.type()).isEqualTo(UnitType.TINH);
    assertThat(eve.fullName()).isEqualTo("Tỉnh Thừa Thiên Huế");
    assertThat(day.type()).isEqualTo(UnitType.THANH_PHO_TRUC_THUOC_TRUNG_UONG);
    assertThat(day.fullName()).isEqualTo("Thành phố Huế");
    assertThat(eve.unit()).isEqualTo(day.unit());
    assertThat(vietnam.asOf(JULY_1).unit("46").orElseThrow().unit()).isEqualTo(day.unit());
  }

  @Test
  void eachNewProvinceKnowsTheOldProvincesItWasFormedFrom() {
    Hierarchy vietnam = VietnamCatalogue.hierarchy();
    UnitId anGiang = vietnam.asOf(JULY_1).unit("91").orElseThrow().unit();
    assertThat(vietnam.predecessors(anGiang)).extracting(l -> l.predecessor().toString())
        .containsExactly("89", "91");
    UnitId phuTho = vietnam.asOf(JULY_1).unit("25").orElseThrow().unit();
    assertThat(vietnam.predecessors(phuTho)).extracting(l -> l.predecessor().toString())
        .containsExactlyInAnyOrder("17", "25", "26");
    assertThat(VietnamCatalogue.provinceMergers()).hasSize(23);
    int oldProvincesMerged = VietnamCatalogue.provinceMergers().stream().mapToInt(m -> m.predecessors().size()).sum();
    assertThat(oldProvincesMerged + 11).isEqualTo(63);
  }

  @Test
  void aLaterChangeIsAUserEventNotABuiltInFact() {
    LocalDate april30 = LocalDate.of(2026, 4, 30);
    assertThat(VietnamCatalogue.hierarchy().asOf(april30).type("75")).contains(UnitType.TINH);
    HierarchyResult result = VietnamCatalogue.builder()
        .addEvent(TypeChange.of(april30, "75", UnitType.THANH_PHO_TRUC_THUOC_TRUNG_UONG))
        .build();
    assertThat(result.report().findings()).isEmpty();
    HierarchySnapshot after = result.hierarchy().asOf(april30);
    assertThat(after.unit("75").orElseThrow().fullName()).isEqualTo("Thành phố Đồng Nai");
    assertThat(after.countsByType()).containsEntry(UnitType.THANH_PHO_TRUC_THUOC_TRUNG_UONG, 7);
    assertThat(result.hierarchy().asOf(april30.minusDays(1)).type("75")).contains(UnitType.TINH);
  }

  @Test
  void everyProvinceHangsUnderTheNation() {
    HierarchySnapshot july = VietnamCatalogue.hierarchy().asOf(JULY_1);
    assertThat(july.childCodes("VN")).hasSize(34);
    assertThat(july.countsByLevel()).isEqualTo(Map.of(AdministrativeLevel.NATION, 1,
        AdministrativeLevel.PROVINCE, 34));
  }
}
