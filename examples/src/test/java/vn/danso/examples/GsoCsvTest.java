package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danso.admin.UnitRow;
import vn.danso.admin.UnitType;
import vn.danso.text.Language;

/** The statistics office's flat table, as its site exports it and a spreadsheet saves it. */
class GsoCsvTest extends CommandTestSupport {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
  private static final String HEADER = "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh\n";

  @TempDir
  Path dir;

  private static GsoExport read(String text) {
    return GsoCsv.read(text, "units.csv", DAY, null);
  }

  private static UnitRow row(GsoExport export, String code) {
    return export.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void eachCommuneRowGivesItsDistrictOnceAndItself() {
    GsoExport export = read(HEADER
        + "Thành phố Hà Nội,01,Quận Ba Đình,001,Phường Phúc Xá,00001,Phường,\n"
        + "Thành phố Hà Nội,01,Quận Ba Đình,001,Phường Trúc Bạch,00004,Phường,\n"
        + "Thành phố Hồ Chí Minh,79,Thành phố Thủ Đức,769,Phường Linh Xuân,26800,Phường,Linh Xuan Ward\n"
        + "Tỉnh Kiên Giang,91,Huyện An Minh,909,Thị trấn Thứ Mười Một,31015,Thị trấn,\n"
        + "Thành phố Hải Phòng,31,Huyện Bạch Long Vĩ,318,,,Huyện,\n");
    assertThat(export.provinces()).isEqualTo(4);
    assertThat(export.districts()).isEqualTo(4);
    assertThat(export.communes()).isEqualTo(4);
    assertThat(export.report().findings()).isEmpty();
    assertThat(row(export, "001").type()).contains(UnitType.QUAN);
    assertThat(row(export, "769").type()).as("a city of a centrally governed city")
        .contains(UnitType.THANH_PHO_THUOC_THANH_PHO);
    assertThat(row(export, "318").type()).contains(UnitType.HUYEN);
    assertThat(row(export, "318").parent()).contains("31");
    assertThat(row(export, "31015").type()).contains(UnitType.THI_TRAN);
    assertThat(row(export, "31015").parent()).contains("909");
    assertThat(row(export, "00004").source()).contains("line 3");
  }

  @Test
  void columnsAreFoundByTheirNamesInAnyOrderAndSpelling() {
    GsoExport export = read("\"Mã PX\",CẤP,\"Phường / Xã\",Mã QH,Quận / Huyện,MÃ TP,"
        + "Tỉnh / Thành phố\n"
        + "00001,Phường,Phường Phúc Xá,001,Quận Ba Đình,01,Thành phố Hà Nội\n");
    assertThat(export.report().findings()).isEmpty();
    assertThat(row(export, "00001").parent()).contains("001");
  }

  @Test
  void aTableSavedWithSemicolonsIsReadTheSameWay() {
    GsoExport export = read(HEADER.replace(',', ';')
        + "Thành phố Hà Nội;01;Quận Ba Đình;001;Phường Phúc Xá;00001;Phường;\n"
        + "Thành phố Hà Nội;01;Quận Ba Đình;001;Phường Trúc Bạch;00004;Phường;\n");
    assertThat(export.report().findings()).isEmpty();
    assertThat(export.communes()).isEqualTo(2);
  }

  @Test
  void codesSavedAsNumbersAreReadWithTheirZerosAndReported() {
    GsoExport export = read(HEADER + "Thành phố Hà Nội,1,Quận Ba Đình,1,Phường Phúc Xá,1,Phường,\n");
    assertThat(row(export, "00001").parent()).contains("001");
    assertThat(row(export, "001").parent()).contains("01");
    assertThat(export.report().findings()).extracting(f -> f.ruleId() + " " + f.message(Language.EN))
        .containsExactly(
            "loader.code-zeros line 2: \"Mã TP\" is 1, read as code \"01\" (the leading zeros a spreadsheet dropped "
                + "restored)",
            "loader.code-zeros line 2: \"Mã QH\" is 1, read as code \"001\" (the leading zeros a spreadsheet dropped "
                + "restored)",
            "loader.code-zeros line 2: \"Mã PX\" is 1, read as code \"00001\" (the leading zeros a spreadsheet "
                + "dropped restored)");
  }

  @Test
  void everyRowItCannotTakeIsReportedWithItsLine() {
    GsoExport export = read(HEADER
        + "Thành phố Hà Nội,01,Quận Ba Đình,001,Phường Phúc Xá,00001,Phường,\n"
        + "Thành phố Hà Nội,01,Quận Ba Đình\n"
        + "Thành phố Hà Nội,01,Quận Tây Hồ,001,Phường Trúc Bạch,00004,Phường,\n"
        + "Thành phố Hà Nội,01,Quận Ba Đình,001,Phường Vĩnh Phúc,0000X,Phường,\n"
        + "Tỉnh Hà Giang,01,Huyện Mèo Vạc,027,Xã Pả Vi,00760,Xã,\n"
        + "Tỉnh Hà Giang,02,Quận Ba Đình,001,Phường Cống Vị,00007,Phường,\n"
        + "Thành phố Hà Nội,01,Quận Ba Đình,001,,00010,Phường,\n"
        + "Thành phố Hà Nội,01,Quận Ba Đình,001,Phường Liễu Giai,00008,Phuong,\n");
    assertThat(export.communes()).as("Phúc Xá, and Liễu Giai with its type read from the name").isEqualTo(2);
    assertThat(export.report().findings()).extracting(f -> f.ruleId() + " " + f.message(Language.EN))
        .containsExactly(
            "loader.shape line 3: 3 cells, expected at least 7; the row is not used",
            "loader.shape line 4: district 001 is \"Quận Tây Hồ\" but an earlier row has \"Quận Ba Đình\"; the row "
                + "is not used",
            "loader.shape line 5: \"Mã PX\" is \"0000X\", expected a code of 5 digits; the row is not used",
            "loader.shape line 6: province 01 is \"Tỉnh Hà Giang\" but an earlier row has \"Thành phố Hà Nội\"; the "
                + "row is not used",
            "loader.shape line 7: district 001 is in province 02, but line 2 put it in province 01; the row is not "
                + "used",
            "loader.shape line 8: no commune name for code 00010; the row is not used",
            "loader.type-unknown line 9: type \"Phuong\" does not exist at this level (expected phường, thị trấn, "
                + "xã); the type is read from the name");
    assertThat(export.report().findings().get(0).subject()).hasToString("file[units.csv] › line[3]");
  }

  @Test
  void aTableWithoutTheColumnsIsNotAUnitList() {
    assertThatThrownBy(() -> read("unit,period,key,value\n909,2023,births,1073\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("units.csv is not a unit list: its first row lacks the columns Tỉnh Thành Phố, Mã TP, "
            + "Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp");
  }

  @Test
  void theHierarchyCommandReadsATableSavedWithAByteOrderMark() throws IOException {
    Path table = dir.resolve("Xa_2025-03-01.csv");
    Files.write(table, ("\uFEFF" + HEADER
        + "Tỉnh Kiên Giang,91,Huyện An Minh,909,Thị trấn Thứ Mười Một,31015,Thị trấn,\n"
        + "Tỉnh Kiên Giang,91,Huyện An Minh,909,Xã Đông Hưng,31036,Xã,\n").getBytes(StandardCharsets.UTF_8));
    assertThat(run("--lang", "en", "hierarchy", table.toString())).isEqualTo(ExitStatus.VALID);
    assertThat(out())
        .contains("Unit list Xa_2025-03-01.csv as of 2025-03-01 (from the file name): 1 province, 1 district, "
            + "2 communes read")
        .contains("commune level: 2 (commune 1, township 1)")
        .contains("Findings: 0 (0 errors, 0 warnings, 0 notes)");
  }
}
