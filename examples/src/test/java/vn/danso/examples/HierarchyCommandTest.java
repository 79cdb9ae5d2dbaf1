package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HierarchyCommandTest extends CommandTestSupport {
  @TempDir
  Path dir;

  @Test
  void printsCountsPerLevelAndTypeForEachDay() throws URISyntaxException {
    assertThat(run("--lang", "en", "hierarchy", resource("gso-export-sample.json"),
        resource("mapping-sample-merges.json"), "--export-date", "2025-03-01")).isEqualTo(ExitStatus.FINDINGS);
    assertThat(out())
        .contains("Unit list gso-export-sample.json as of 2025-03-01 (from --export-date): 5 provinces, 5 districts, "
            + "18 communes read")
        .contains("== 2025-03-01 ==\n  province level: 63 (province 57, centrally governed city 6)\n"
            + "  district level: 5 (rural district 1, urban district 2, provincial city 1, "
            + "city within a centrally governed city 1)\n"
            + "  commune level: 18 (commune 11, ward 6, township 1)")
        .contains("== 2025-07-01 ==\n  province level: 34 (province 28, centrally governed city 6)\n");
  }

  @Test
  void printsEveryFindingOfTheFilesAndTheHierarchy() throws URISyntaxException {
    assertThat(run("--lang", "en", "hierarchy", resource("gso-export-sample.json"),
        resource("mapping-sample-merges.json"), "--all", "--export-date", "2025-03-01"))
        .as("the sample has rows that cannot be used: errors").isEqualTo(ExitStatus.FINDINGS);
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
    assertThat(run("hierarchy", resource("gso-export-sample.json"), resource("mapping-sample-splits.json"),
        "--export-date", "2025-03-01")).isEqualTo(ExitStatus.FINDINGS);
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
        "--crosswalk", "31021", "--export-date", "2025-03-01")).isEqualTo(ExitStatus.FINDINGS);
    assertThat(out()).contains("== 2024-12-31 ==").doesNotContain("== 2025-03-01 ==")
        .contains("Sample crosswalk 2025-03-01 → 2024-12-31: Xã Thuận Hoà (31021)");
  }

  @Test
  void theCrosswalkNeverMapsAListOntoItsOwnDay() throws URISyntaxException {
    run("--lang", "en", "hierarchy", resource("gso-export-sample.json"), "--export-date", "2025-03-01");
    assertThat(out()).contains("Sample crosswalk: no day other than the list's own (2025-03-01) to map to")
        .doesNotContain("Sample crosswalk 2025-03-01 → 2025-03-01");
  }

  @Test
  void theExportDateIsReadFromTheFileNameAndSaid() throws IOException, URISyntaxException {
    Path named = dir.resolve("dvhcvn_2025-03-01.json");
    Files.copy(Path.of(resource("gso-export-sample.json")), named);
    run("--lang", "en", "hierarchy", named.toString());
    assertThat(out()).contains("Unit list dvhcvn_2025-03-01.json as of 2025-03-01 (from the file name)");
  }

  @Test
  void withoutADateInTheFileNameTheExportDateIsRequired() throws URISyntaxException {
    assertThat(run("--lang", "en", "hierarchy", resource("gso-export-sample.json"))).isEqualTo(2);
    assertThat(err()).contains("The file name gso-export-sample.json carries no date for the list: give "
        + "--export-date YYYY-MM-DD");
  }

  @Test
  void aMappingGivenAsTheUnitListIsDetectedAndSaid() throws URISyntaxException {
    assertThat(run("--lang", "en", "hierarchy", resource("mapping-sample-merges.json"), "--export-date",
        "2025-03-01")).isEqualTo(2);
    assertThat(err()).contains("mapping-sample-merges.json is a 2025 mapping (it has \"merges\"/\"splits\"), "
        + "not the unit list: give the unit list first, then the mapping");
    assertThat(out()).as("nothing printed before the inputs are known to be usable").isEmpty();
  }

  @Test
  void aFileThatIsNotJsonIsSaidWithoutTheParsersText() throws IOException {
    Path text = Files.writeString(dir.resolve("units_2025-03-01.json"), "<html>not json</html>");
    assertThat(run("--lang", "en", "hierarchy", text.toString())).isEqualTo(2);
    assertThat(err()).contains("units_2025-03-01.json is not JSON (error at line:column 1:1)")
        .doesNotContain("Unexpected character").doesNotContain("Exception");
  }

  @Test
  void missingFilesAndDirectoriesAreInputErrorsInTheReadersLanguage() {
    assertThat(run("hierarchy", "no-such-file.json", "--export-date", "2025-03-01")).isEqualTo(2);
    assertThat(err()).contains("Không có tệp no-such-file.json");
    assertThat(run("--lang", "en", "hierarchy", dir.toString(), "--export-date", "2025-03-01")).isEqualTo(2);
    assertThat(err()).contains(dir + " is a directory, not a file");
  }

  @Test
  void badArgumentsAreUsageErrors() throws URISyntaxException {
    assertThat(run("hierarchy")).isEqualTo(2);
    assertThat(err()).contains("Thiếu: UNIT_LIST.json");
    assertThat(run("hierarchy", resource("gso-export-sample.json"), "--date", "31/12/2024")).isEqualTo(2);
    assertThat(err()).contains("--date: 31/12/2024 không phải ngày viết YYYY-MM-DD");
  }
}
