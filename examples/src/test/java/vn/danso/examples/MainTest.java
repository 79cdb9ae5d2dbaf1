package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest extends CommandTestSupport {
  @Test
  void helpListsEveryCommand() {
    assertThat(run("--help")).isZero();
    for (Command command : Main.COMMANDS) {
      assertThat(out()).contains("  " + command.name());
    }
    assertThat(out()).contains("--lang vi|en");
  }

  @Test
  void helpSpeaksEnglishWhenAsked() {
    assertThat(run("--lang", "en", "--help")).isZero();
    assertThat(out()).contains("Commands (default: tour)");
  }

  @Test
  void tourIsTheDefaultAndPrintsAReport() {
    assertThat(run()).isZero();
    assertThat(out()).contains("Báo cáo kiểm tra: HỢP LỆ").contains("Báo cáo kiểm tra: KHÔNG HỢP LỆ");
  }

  @Test
  void tourReportsBothDefectsOfTheMistypedFigures() {
    assertThat(run("--lang=en", "tour")).isZero();
    assertThat(out())
        .contains("example.births-add-up")
        .contains("Total births 1073 differ from boys 540 plus girls 535 = 1075")
        .contains("example.srb-matches-counts")
        .contains("Reported sex ratio at birth 100.6 differs from 540 boys / 535 girls = 100.9");
  }

  @Test
  void tourEndsWithTheSeedsCascade() {
    assertThat(run("--lang=en")).isZero();
    assertThat(out())
        .contains("Checking the cascade: 4 findings, 0 errors")
        .contains("Party committee of provinces with a document: 4/63")
        .contains("province level          5   41      94  181");
  }

  @Test
  void unknownCommandsAndLanguagesAreExplained() {
    assertThat(run("nope")).isEqualTo(2);
    assertThat(err()).contains("Không có lệnh \"nope\"");
    assertThat(run("--lang", "fr")).isEqualTo(2);
    assertThat(err()).contains("unsupported language tag \"fr\"");
  }

  @Test
  void tourShowsWhat2025ChangedForTheSeedsPlaces() {
    assertThat(run("--lang", "en")).isZero();
    assertThat(out())
        .contains("  06    Tỉnh Bắc Kạn         Tỉnh Bắc Kạn      Tỉnh Thái Nguyên [19]     whole\n")
        .contains("  91    Tỉnh Kiên Giang      Tỉnh Kiên Giang   Tỉnh An Giang [91]        whole\n")
        .contains("  46    Tỉnh Thừa Thiên Huế  Thành phố Huế     Thành phố Huế [46]        whole\n")
        .contains("  30    Tỉnh Hải Dương       Tỉnh Hải Dương    Thành phố Hải Phòng [31]  whole\n")
        .contains("Hải Dương's population network on 2021-11-09");
  }
}
