package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetworkCommandTest extends CommandTestSupport {
  @Test
  void printsCoveragePerWardAndTheNetworksFindings() {
    assertThat(run("--lang", "en", "network")).isZero();
    assertThat(out())
        .contains("  Phường Bình Hàn [10510]         4        3        4            4  yes\n")
        .contains("Groups with a collaborator: 7/8")
        .contains("Validation report: VALID — 3 findings (0 errors, 2 warnings, 1 info)")
        .contains("Tổ dân phố số 4 [10510-4] (Phường Bình Hàn) has no population collaborator on 2021-11-09")
        .contains("Collaborator ctv-10507-4 covers villages in 2 communes");
  }

  @Test
  void theMapOfTheExampleIsClean() {
    assertThat(SeedNetwork.map().report().isEmpty()).as("%s", SeedNetwork.map().report()).isTrue();
  }

  @Test
  void takesNoArguments() {
    assertThat(run("network", "x")).isEqualTo(2);
  }
}
