package vn.danso.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;
import vn.danso.data.DataRules;
import vn.danso.data.UnitTree;
import vn.danso.validation.Finding;
import vn.danso.validation.Subject;

/** How figures are split: a province with all below it per group, the nation and provinces together once more. */
class UnitGroupsTest {
  private static final SyntheticNation NATION = new SyntheticNation(3, 2, 2);
  private static final UnitGroups GROUPS = new UnitGroups(NATION.tree());

  @Test
  void aCommuneAndItsDistrictAreCheckedWithTheirProvince() {
    assertThat(GROUPS.groupsOf(NATION.communeCode(0))).containsExactly(1);
    assertThat(GROUPS.groupsOf(NATION.districtCode(0))).containsExactly(1);
    assertThat(GROUPS.groupsOf(NATION.communeCode(11))).containsExactly(3);
  }

  @Test
  void aProvinceIsCheckedInItsGroupAndWithTheOtherProvinces() {
    assertThat(GROUPS.groupsOf(NATION.provinceCode(1))).containsExactly(UnitGroups.TOP, 2);
    assertThat(GROUPS.groupsOf("VN")).containsExactly(UnitGroups.TOP);
    assertThat(GROUPS.isBranch(NATION.provinceCode(1))).isTrue();
    assertThat(GROUPS.isBranch(NATION.districtCode(0))).isFalse();
    assertThat(GROUPS.assignments()).extracting(r -> r.getString(0) + " " + r.getInt(1))
        .contains(NATION.provinceCode(1) + " 0", NATION.provinceCode(1) + " 2", "VN 0")
        .hasSize(1 + 2 * 3 + 6 + 12);
  }

  @Test
  void aUnitOutsideTheTreeHasNoGroupOfTheTree() {
    assertThat(GROUPS.groupsOf("99999")).isEmpty();
    assertThat(GROUPS.groupsOf(null)).isEmpty();
    assertThat(GROUPS.treeGroups()).containsExactly(0, 1, 2, 3);
  }

  @Test
  void aProvincesGroupIsCheckedAgainstTheNationAboveThatProvinceOnly() {
    UnitTree tree = GROUPS.treeOf(2);
    UnitCode province = UnitCode.of(NATION.provinceCode(1));
    assertThat(tree.children(UnitCode.of("VN"))).containsExactly(province);
    assertThat(tree.size()).isEqualTo(1 + 1 + 2 + 4);
    UnitTree top = GROUPS.treeOf(UnitGroups.TOP);
    assertThat(top.children(UnitCode.of("VN"))).hasSize(3);
    assertThat(top.isLeaf(province)).as("a province keeps its children in the top group").isFalse();
    assertThat(top.children(UnitCode.of(NATION.districtCode(2)))).isEmpty();
  }

  @Test
  void onlyTheTopGroupReportsTheNationAndProvincesAsOutliersAmongProvinces() {
    Finding aboutNation = sum("VN");
    Finding provinceOutlier = outlier(NATION.provinceCode(0));
    Finding provinceSum = sum(NATION.provinceCode(0));
    Finding communeOutlier = outlier(NATION.communeCode(0));
    assertThat(GROUPS.owns(UnitGroups.TOP, aboutNation)).isTrue();
    assertThat(GROUPS.owns(UnitGroups.TOP, provinceOutlier)).isTrue();
    assertThat(GROUPS.owns(UnitGroups.TOP, provinceSum)).isFalse();
    assertThat(GROUPS.owns(1, aboutNation)).isFalse();
    assertThat(GROUPS.owns(1, provinceOutlier)).isFalse();
    assertThat(GROUPS.owns(1, provinceSum)).isTrue();
    assertThat(GROUPS.owns(1, communeOutlier)).isTrue();
  }

  private static Subject subject(String unit) {
    return Subject.of("unit", unit).child("period", "2024-01");
  }

  private static Finding sum(String unit) {
    return DataRules.HIERARCHY_SUM_MISMATCH.finding(subject(unit)).arg("key", "births").expected(10).actual(12)
        .arg("reported", 2).arg("children", 2).arg("difference", 2).arg("missing", "-").build();
  }

  private static Finding outlier(String unit) {
    return DataRules.OUTLIER_PEER.finding(subject(unit)).arg("key", "births").expected(10).actual(90)
        .arg("peers", 5).arg("score", 12.0).arg("threshold", 3.5).build();
  }
}
