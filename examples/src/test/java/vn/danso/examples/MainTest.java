package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

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
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Không có lệnh \"nope\"");
    assertThat(run("--lang", "fr")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unsupported language tag \"fr\"");
  }
}
