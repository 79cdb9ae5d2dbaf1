package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest extends CommandTestSupport {
  private static final List<String> COMMANDS =
      List.of("tour", "hierarchy", "number", "network", "indicators", "cascade", "validate", "serve");

  @Test
  void helpListsEveryCommand() {
    assertThat(run("--help")).isZero();
    for (String command : COMMANDS) {
      assertThat(out()).contains("  " + command + " ");
    }
    assertThat(out()).contains("--lang=vi|en").contains("Mã thoát:");
  }

  @Test
  void helpSpeaksEnglishWhenAsked() {
    assertThat(run("--lang", "en", "--help")).isZero();
    assertThat(out()).contains("Without a command: the tour.").contains("Exit status:");
  }

  @Test
  void everyCommandHasHelpForEachOptionThatFitsOneHundredColumns() {
    for (String lang : List.of("vi", "en")) {
      for (String command : COMMANDS) {
        assertThat(run("--lang", lang, command, "--help")).as(command).isZero();
      }
    }
    assertThat(out().lines()).as("no blank option description").noneMatch(line -> line.matches("\\s+--?[a-z-]+\\s*"));
    assertThat(out().lines()).allMatch(line -> line.codePointCount(0, line.length()) <= 100, "fits 100 columns");
    assertThat(out()).contains("--export-date=YYYY-MM-DD").contains("--crosswalk=CODE").contains("--all")
        .contains("--fail-on-warning").contains("--json").contains("--level=LEVEL");
  }

  @Test
  void versionNamesTheRelease() {
    assertThat(run("--version")).isZero();
    assertThat(out()).matches("(?s)danso \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? — Java .*");
  }

  @Test
  void aMistypedOptionIsAUsageErrorWithASuggestion() {
    assertThat(run("--lang", "en", "validate", "--dat", "2025-01-01", "x.csv")).isEqualTo(2);
    assertThat(err()).contains("Unknown argument: --dat").contains("Did you mean: --date?");
  }

  @Test
  void aMistypedIndicatorCodeIsAUsageErrorWithASuggestion() {
    assertThat(run("indicators", "srb")).isEqualTo(2);
    assertThat(err()).contains("Không có chỉ tiêu \"srb\"").contains("Có phải ý bạn là: SRB?");
  }

  @Test
  void aDayThatDoesNotExistIsRefusedWithTheReason() {
    assertThat(run("--lang", "en", "cascade", "--date", "2025-02-30")).isEqualTo(2);
    assertThat(err()).contains("--date: 2025-02-30: 2025-02 has 28 days");
    assertThat(run("cascade", "--date", "2025-13-01")).isEqualTo(2);
    assertThat(err()).contains("không có tháng 13");
    assertThat(run("--lang", "en", "cascade", "--date", "1/7/2025")).isEqualTo(2);
    assertThat(err()).contains("1/7/2025 is not a date written YYYY-MM-DD");
  }

  @Test
  void tourIsTheDefaultAndPrintsAReport() {
    assertThat(run()).isZero();
    assertThat(out()).contains("Báo cáo kiểm tra: HỢP LỆ").contains("Báo cáo kiểm tra: KHÔNG HỢP LỆ");
  }

  @Test
  void tourReadsEveryNumberTheSeedsCite() {
    assertThat(run("--lang=en", "tour")).isZero();
    assertThat(out())
        .contains("001   số: 13-CTr/TU   Party document                 programme              TU      2018-01-22\n")
        .contains("003   Số 49-KH/ĐUK    Party document                 plan                   ĐUK     2018-06-04\n");
  }

  @Test
  void tourModelsSeed003sPlanAsADocument() {
    assertThat(run("--lang=en")).isZero();
    assertThat(out())
        .contains("  Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế — Số 49-KH/ĐUK\n  Thành phố Huế, ngày 04 tháng 6 năm 2018\n")
        .contains("    III. Tổ chức thực hiện\n  T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ THƯỜNG TRỰC / Nguyễn Hữu Tiến\n")
        .contains("    - Ban Thường vụ Tỉnh ủy (để b/c);\n");
  }

  @Test
  void tourShowsTheCascadeWithItsLags() {
    assertThat(run("--lang=en")).isZero();
    assertThat(out())
        .contains("      49-KH/ĐUK of 2018-06-04 (Đảng ủy Khối các cơ quan tỉnh Thừa Thiên Huế)  +41 days")
        .contains("Validation report: VALID — 4 findings (0 errors, 0 warnings, 4 info)")
        .contains("Party committee: 4/63 units have a document (1 of unknown date)")
        .contains("province level          5   41      94  181");
  }

  @Test
  void tourChecksAnMinhsFiguresThroughTheDataEngine() {
    assertThat(run("--lang=en")).isZero();
    assertThat(out())
        .contains("The figures as published:\nValidation report: VALID — no findings\n")
        .contains("data.components.sum-mismatch — unit[909] › period[2023] › element[births]")
        .contains("indicator.value.reported-mismatch — unit[909] › period[2023] › indicator[SRB]")
        .contains("  SRB        2019  111.5  < 109 by 2030");
  }

  @Test
  void tourEndsWithASummaryOfEveryCheck() {
    assertThat(run("--lang=en")).isZero();
    String out = out();
    assertThat(out.substring(out.indexOf("What the checks found")))
        .contains("  3. The 21-NQ/TW cascade            0        0     4  valid\n")
        .contains("  5. Hải Dương's network             0        2     1  valid\n");
    assertThat(out.lines().filter(line -> line.codePointCount(0, line.length()) > 100)).as("fits a terminal")
        .isEmpty();
  }

  @Test
  void unknownCommandsAndLanguagesAreExplained() {
    assertThat(run("nope")).isEqualTo(2);
    assertThat(err()).contains("Không hiểu tham số: nope");
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
        .contains("Hải Dương's population network on 2021-11-09")
        .contains("(Hierarchy.successionGraph)")
        .contains("[91@2025-07-01].");
  }
}
