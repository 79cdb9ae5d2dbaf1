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
