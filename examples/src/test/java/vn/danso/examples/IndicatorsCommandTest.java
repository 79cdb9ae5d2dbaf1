package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorsCommandTest extends CommandTestSupport {
  @Test
  void printsTheCatalogueWithTargetsAndTheirSources() {
    assertThat(run("indicators")).isZero();
    assertThat(out())
        .contains("Danh mục chỉ tiêu có sẵn: 33 chỉ tiêu, 20 phần tử dữ liệu")
        .contains("SRB  Tỷ số giới tính khi sinh  [/100]")
        .contains("    công thức: births[male] / births[female] × 100")
        .contains("    mục tiêu: < 109 năm 2030\n        nguồn: Quyết định 1679/QĐ-TTg (22/11/2019), mục tiêu cụ thể 3")
        .contains("PRENATAL_SCREENING  Tỷ lệ phụ nữ mang thai được sàng lọc trước sinh  [%] (*)");
  }

  @Test
  void assessesThePublishedNationalFiguresInEnglish() {
    assertThat(run("--lang", "en", "indicators")).isZero();
    assertThat(out())
        .contains("TFR 2.09 (2019): ACHIEVED — target ≈ 2.1 children per woman (2.05–2.15) by 2030")
        .contains("TFR 1.96 (2023): OFF TRACK")
        .contains("TFR 1.91 (2024): OFF TRACK")
        .contains("SRB 111.5 (2019): NOT ACHIEVED — target < 109 by 2030")
        .contains("    figure: suckhoe.vn, số liệu năm 2019")
        .contains("computed from the counts: 100.5607 → matches 100.6");
  }

  @Test
  void showsOneIndicatorInFull() {
    assertThat(run("--lang", "en", "indicators", "CBR")).isZero();
    assertThat(out())
        .contains("CBR  Crude birth rate")
        .contains("aggregation: ratio of sums")
        .contains("births: form Thông tư 01/2022/TT-BYT (10/01/2022), Phụ lục IV, Biểu 01-DSH, mục 4");
  }

  @Test
  void anUnknownCodeIsExplained() {
    assertThat(run("indicators", "XYZ")).isEqualTo(2);
    assertThat(err()).contains("Không có chỉ tiêu \"XYZ\"");
  }
}
