package vn.danso.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitCode;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.testing.Fuzz;
import vn.danso.testing.FuzzText;
import vn.danso.validation.Subject;

/**
 * Issuers named in words, however the words come: read or not, never a throw, in bounded time; words read alone read
 * the same given the citing province, and give no finding.
 */
class IssuerWordsFuzzTest {
  private static final HierarchySnapshot DAY = VietnamCatalogue.hierarchy().asOf(LocalDate.of(2021, 6, 1));
  private static final List<String> WORDS = List.of("UBND tỉnh Sơn La", "Ủy ban nhân dân tỉnh Quảng Ngãi",
      "Thành ủy Hà Nội", "Ban Chấp hành Đảng bộ tỉnh", "Tỉnh ủy", "Hội đồng nhân dân tỉnh Hải Dương",
      "Ban Thường vụ Tỉnh ủy Lạng Sơn", "UBND tỉnh Sài Gòn", "Sở Y tế tỉnh Thái Bình");

  @Test
  void issuersNamedInWordsAreReadOrNotWithoutThrowing() {
    Subject subject = Subject.of("reference", "fuzz");
    Fuzz.run("IssuerWords.read", r -> FuzzText.text(r, WORDS), words -> {
      Optional<Body> read = IssuerWords.read(words, DAY);
      Optional<Body> inProvince = IssuerWords.read(words, DAY, UnitCode.of("14"));
      assertThat(IssuerWords.check(words, DAY, subject).size()).isBetween(0, 1);
      if (read.isPresent()) {
        // Words that name their place read the same whatever the citing document's province.
        assertThat(inProvince).isEqualTo(read);
        assertThat(IssuerWords.check(words, DAY, subject).isEmpty()).isTrue();
      }
    });
  }
}
