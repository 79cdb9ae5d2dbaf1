package vn.danso.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitCode;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.validation.Severity;
import vn.danso.validation.Subject;

/** Issuers named in words, from the citations of the real-text corpus (paragraphs.txt). */
class IssuerWordsTest {
  private static final HierarchySnapshot DAY_2018 = VietnamCatalogue.hierarchy().asOf(LocalDate.of(2018, 3, 5));
  private static final UnitCode SON_LA = UnitCode.of("14");

  @Test
  void readsThePartyExecutiveCommitteeOfTheCitingProvince() {
    // Sơn La's programme: "Thực hiện Kế hoạch số 79-KH/TU ngày 17 tháng 12 năm 2017 của Ban Chấp hành Đảng bộ tỉnh"
    Body body = IssuerWords.read("Ban Chấp hành Đảng bộ tỉnh", DAY_2018, SON_LA).orElseThrow();
    assertThat(body.id()).isEqualTo("party.tu.14");
    assertThat(body.name()).isEqualTo("Tỉnh ủy Sơn La");
    assertThat(body.kind()).isEqualTo(BodyKinds.PROVINCIAL_PARTY_COMMITTEE);
    assertThat(body.jurisdiction().unit()).isEqualTo(SON_LA);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // "Kế hoạch số 80-KH/TU của Tỉnh ủy Hải Dương ngày 26/01/2018"
      "Tỉnh ủy Hải Dương|party.tu.30|Tỉnh ủy Hải Dương",
      // "… của Thành ủy Hà Nội về phát triển hệ …"
      "Thành ủy Hà Nội|party.tu.01|Thành ủy Hà Nội",
      "UBND tỉnh Sơn La|state.ubnd.14|Ủy ban nhân dân tỉnh Sơn La",
      // "… của Hội đồng nhân dân tỉnh Hậu Giang khóa VII"
      "Hội đồng nhân dân tỉnh Hậu Giang|state.hdnd.93|Hội đồng nhân dân tỉnh Hậu Giang",
      "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI|state.ubnd.01|Ủy ban nhân dân thành phố Hà Nội"})
  void readsAPlaceWrittenInTheWords(String words, String id, String name) {
    Body body = IssuerWords.read(words, DAY_2018).orElseThrow();
    assertThat(body.id()).isEqualTo(id);
    assertThat(body.name()).isEqualTo(name);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // "Nghị quyết 11/2017/NQ-HĐND ngày 29/7/2017 của HĐND tỉnh về chính sách dân số"
      "HĐND tỉnh|state.hdnd.14",
      // "ngày 02 tháng 4 năm 2010 của UBND tỉnh kèm theo Đề án"
      "UBND tỉnh|state.ubnd.14",
      // "ngày 17/9/2019 của Ban Thường vụ Tỉnh ủy về “truyền thông …"
      "Ban Thường vụ Tỉnh ủy|party.btv.14",
      "Tỉnh ủy|party.tu.14"})
  void readsTinhAloneAsTheCitingProvince(String words, String id) {
    assertThat(IssuerWords.read(words, DAY_2018, SON_LA).map(Body::id)).contains(id);
  }

  @Test
  void keepsTinhAloneWithoutACitingProvince() {
    assertThat(IssuerWords.read("Ban Chấp hành Đảng bộ tỉnh", DAY_2018)).isEmpty();
    // the citing unit is a centrally governed city: "tỉnh" does not name it
    assertThat(IssuerWords.read("UBND tỉnh", DAY_2018, UnitCode.of("01"))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Thành ủy",                       // a provincial city has its own Thành ủy
      "Thành ủy Thái Nguyên",           // the city's committee, not the province's
      "UBND tỉnh Sài Gòn",              // no province bears the name
      "Ban Chấp hành Trung ương Đảng",  // no provincial kind
      "Sở Y tế",
      "UBND huyện"})
  void neverGuesses(String words) {
    assertThat(IssuerWords.read(words, DAY_2018, SON_LA)).isEmpty();
  }

  @Test
  void saysSoWhereAProvincialKindNamesNoProvinceForCertain() {
    Subject subject = Subject.of("citation", "Thành ủy");
    assertThat(IssuerWords.check("Thành ủy", DAY_2018, SON_LA, subject).findings())
        .singleElement().satisfies(f -> {
          assertThat(f.ruleId().value()).isEqualTo("body.issuer-words-unread");
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.actual()).contains("Thành ủy");
        });
    assertThat(IssuerWords.check("Ban Chấp hành Đảng bộ tỉnh", DAY_2018, subject).findings()).hasSize(1);
  }

  @Test
  void saysNothingWhereTheWordsAreReadOrNameAnotherKind() {
    Subject subject = Subject.of("citation", "x");
    assertThat(IssuerWords.check("Ban Chấp hành Đảng bộ tỉnh", DAY_2018, SON_LA, subject).findings()).isEmpty();
    assertThat(IssuerWords.check("Ban Chấp hành Trung ương Đảng", DAY_2018, subject).findings()).isEmpty();
    assertThat(IssuerWords.check("Sở Y tế", DAY_2018, SON_LA, subject).findings()).isEmpty();
  }

  @Test
  void failsFastOnMisuse() {
    assertThatThrownBy(() -> IssuerWords.read("Tỉnh ủy", DAY_2018, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("read(words, day)");
  }
}
