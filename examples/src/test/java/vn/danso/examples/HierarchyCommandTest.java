package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;

class HierarchyCommandTest extends CommandTestSupport {
  @Test
  void printsCountsPerLevelAndTypeForEachDay() throws URISyntaxException {
    assertThat(run("--lang", "en", "hierarchy", resource("gso-export-sample.json"),
        resource("mapping-sample-merges.json"))).isZero();
    assertThat(out())
        .contains("Unit list gso-export-sample.json: 5 provinces, 5 districts, 18 communes read")
        .contains("== 2025-03-01 ==\n  province level: 63 (province 57, centrally governed city 6)\n"
            + "  district level: 5 (rural district 1, urban district 2, provincial city 1, "
            + "city within a centrally governed city 1)\n"
            + "  commune level: 18 (commune 11, ward 6, township 1)")
        .contains("== 2025-07-01 ==\n  province level: 34 (province 28, centrally governed city 6)\n");
  }

  @Test
  void printsEveryFindingOfTheFilesAndTheHierarchy() throws URISyntaxException {
    assertThat(run("--lang", "en", "hierarchy", resource("gso-export-sample.json"),
        resource("mapping-sample-merges.json"), "--all")).isZero();
    assertThat(out())
        .contains("loader.shape: 4")
        .contains("json[data[3].level2s[0].level3s[11]]: data[3].level2s[0].level3s[11]: field \"level3_id\" "
            + "missing or not text; the row is not used")
        .contains("hierarchy.name-prefix-type: 1")
        .contains("hierarchy.name-prefix-repeated: 1")
        .contains("hierarchy.name-not-normalized: 2");
  }

  @Test
  void printsTheSampleCrosswalkOfHuyenAnMinh() throws URISyntaxException {
    assertThat(run("hierarchy", resource("gso-export-sample.json"), resource("mapping-sample-splits.json")))
        .isZero();
    assertThat(out()).contains("Bảng chuyển đổi mẫu 01/03/2025 → 01/07/2025: Huyện An Minh (909)\n"
        + "  → Tỉnh An Giang (91):\n"
        + "      Xã An Minh (31018), một phần\n"
        + "      Xã Đông Hòa (31024), một phần\n"
        + "      Xã Tân Thạnh (31031), một phần\n"
        + "      Xã Đông Hưng (31036), một phần\n"
        + "      Xã Vân Khánh (31042), một phần\n");
  }

  @Test
  void chosenDaysAndUnitReplaceTheDefaults() throws URISyntaxException {
    assertThat(run("--lang", "en", "hierarchy", resource("gso-export-sample.json"), "--date", "2024-12-31",
        "--crosswalk", "31021")).isZero();
    assertThat(out()).contains("== 2024-12-31 ==").doesNotContain("== 2025-03-01 ==")
        .contains("Sample crosswalk 2025-03-01 → 2024-12-31: Xã Thuận Hoà (31021)");
  }

  @Test
  void badArgumentsAndUnreadableFilesAreExplained() throws URISyntaxException {
    assertThat(run("hierarchy")).isEqualTo(2);
    assertThat(run("hierarchy", resource("gso-export-sample.json"), "--date", "31/12/2024")).isEqualTo(2);
    assertThat(run("hierarchy", "no-such-file.json")).isEqualTo(1);
    assertThat(err()).contains("Cách dùng: hierarchy GSO_EXPORT.json")
        .contains("no-such-file.json");
  }
}
