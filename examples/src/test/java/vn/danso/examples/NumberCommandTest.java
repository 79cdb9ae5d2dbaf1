package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberCommandTest extends CommandTestSupport {
  @Test
  void printsThePartsOfEachNumber() {
    assertThat(run("--lang", "en", "number", "Số: 49 – KH/ÐUK", "07/2025/pl-ubtvqh15")).isZero();
    assertThat(out())
        .contains("canonical:     49-KH/ĐUK   (in the header: Số 49-KH/ĐUK)")
        .contains("family:        Party document")
        .contains("type:          KH — plan [observed in real documents]")
        .contains("issuer:        ĐUK — bloc Party committee")
        .contains("number:        49")
        .contains("scope:         from 01 per type within the committee's term")
        .contains("issuer:        UBTVQH — National Assembly Standing Committee [official rule], term 15")
        .contains("scope:         legislature 15");
  }

  @Test
  void pointsAtTheFirstCharacterItCannotRead() {
    assertThat(run("number", "21-NQ/TW", "21-NQ/")).isEqualTo(1);
    assertThat(out()).contains("  21-NQ/\n        ^\n  lỗi tại vị trí 6: thiếu chữ viết tắt cơ quan ban hành");
  }

  @Test
  void eachFormOfANumberIsNamedForWhatItIs() {
    assertThat(run("--lang", "en", "number", "Số: 1281/-UBND", "808-BYT/QĐ")).isZero();
    assertThat(out())
        .contains("form:          the type abbreviation missing before the issuer (a defective print, as in 1281/-UBND)")
        .contains("form:          an older form of a ministry, the issuer before the type (as in 808-BYT/QĐ)")
        .doesNotContain("an older form of the Government");
  }

  @Test
  void aNumberFollowedByTextPointsToTheFinder() {
    assertThat(run("--lang", "en", "number", "1234/QĐ-UBND ngày 3/4/2021", "21-NQ/")).isEqualTo(1);
    assertThat(out())
        .contains("error at index 13: unexpected text at the end\n"
            + "  the number alone reads as 1234/QĐ-UBND; to find every number, date and issuer in running text, "
            + "use: number --find FILE")
        .containsOnlyOnce("number --find");
  }

  @Test
  void theCaretIgnoresCombiningMarksAndShowsInvisibleCharacters() {
    String[] nfd = NumberCommand.pointer("So\u0302\u0301 94x", 8);
    assertThat(nfd[1]).isEqualTo("      ^");
    String[] invisible = NumberCommand.pointer("\u200B21#", 3);
    assertThat(invisible[0]).isEqualTo("·21#");
    assertThat(invisible[1]).isEqualTo("   ^");
  }

  @Test
  void reportsWhatTheValidatorFinds() {
    assertThat(run("number", "12/2020/NĐ-UBND")).isZero();
    assertThat(out()).contains("lỗi:").contains("[document.number.type-not-for-issuer]");
  }

  @Test
  void showsTheOlderFormsOfRealNumbers() {
    assertThat(run("--lang", "en", "number", "19-2018/NQ-CP", "216-CP")).isZero();
    assertThat(out())
        .contains("canonical:     19-2018/NQ-CP   (in the header: Số: 19-2018/NQ-CP)")
        .contains("form:          the year after a hyphen (an older form, as in 19-2018/NQ-CP)")
        .contains("scope:         year 2018")
        .contains("[document.number.year-after-hyphen]")
        .contains("canonical:     216-CP")
        .contains("form:          an older form of the Government without a type (as in 216-CP)")
        .contains("type:          given by the document (the number names none)")
        .contains("[document.number.old-form-without-type]");
  }

  @Test
  void withoutArgumentsItReadsTheSeedsNumbers() {
    assertThat(run("number")).isZero();
    assertThat(out()).contains("\"Số 49-KH/ĐUK\"").contains("\"số: 13-CTr/TU\"").contains("CTr — Chương trình")
        .doesNotContain("lỗi tại");
  }
}
