package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danso.admin.Coverage;
import vn.danso.admin.Merger;
import vn.danso.admin.MergerPart;
import vn.danso.admin.Move;
import vn.danso.text.Language;

/** The statistics office's 2025 conversion table, one row per pair of a new commune and an old unit. */
class ConversionTableTest extends CommandTestSupport {
  private static final String HEAD = "Đơn vị hành chính từ ngày 01/7/2025,,,Đơn vị hành chính trước ngày 01/7/2025,,,,,\n"
      + "\"Tỉnh, thành phố\",Tên Xã mới,Mã Xã mới,Tên Xã cũ,Mã Xã cũ,Ghi chú,Quận/huyện,Tỉnh cũ,\n";

  @TempDir
  Path dir;

  @Test
  void theRowsOfANewCommuneMakeOneMergerWithWholeAndPartialParts() {
    ConversionTable table = ConversionTable.parse(HEAD
        + "THÀNH PHỐ HÀ NỘI  ,,,,,,,,\n"
        + "Thành phố Hà Nội (01),Phường Ba Đình,00004,Phường Trúc Bạch,00004,Nhập toàn bộ,Quận Ba Đình (001),"
        + "Thành phố Hà Nội (01),\n"
        + "Thành phố Hà Nội (01),Phường Ba Đình,00004,Phường Ngọc Hà,00016,Nhập một phần,Quận Ba Đình (001),"
        + "Thành phố Hà Nội (01),\n"
        + "Thành phố Hà Nội (01),Phường Ba Đình,00004,Phường Thụy Khuê,00112,\"Nhập một phần diện tích,\n"
        + "toàn bộ dân số\",Quận Tây Hồ (003),Thành phố Hà Nội (01),\n"
        + "Thành phố Hải Phòng (31),\"Đặc khu Bạch Long Vĩ\n\",11948,,,Sắp xếp toàn bộ huyện Bạch Long Vĩ thành đặc "
        + "khu Bạch Long Vĩ,Huyện Bạch Long Vĩ (318),Thành phố Hải Phòng (31),\n"
        + "Tỉnh Kiên Giang (91),Xã An Minh,31018,Xã An Minh,31018,Giữ nguyên,Huyện An Minh (909),"
        + "Tỉnh Kiên Giang (91),\n", "table.csv");
    assertThat(table.rows()).isEqualTo(6);
    assertThat(table.headings()).isEqualTo(1);
    assertThat(table.taken()).isEqualTo(5);
    assertThat(table.rejected()).isZero();
    Mapping2025 mapping = table.mapping();
    assertThat(mapping.communes()).isEqualTo(3);
    assertThat(mapping.report().findings()).extracting(f -> f.ruleId() + " " + f.message(Language.EN))
        .as("each new province is compared with the catalogue: this table names only part of their old provinces")
        .containsExactly(
            "loader.province-merger-differs line 9: new province 31 is formed from 31 in the file but from 30 + 31 in "
                + "the catalogue",
            "loader.province-merger-differs line 10: new province 91 is formed from 91 in the file but from 89 + 91 "
                + "in the catalogue");
    Merger baDinh = (Merger) mapping.events().get(0);
    assertThat(baDinh.predecessors()).extracting(MergerPart::coverage)
        .containsExactly(Coverage.FULL, Coverage.PARTIAL, Coverage.PARTIAL);
    Merger island = (Merger) mapping.events().get(1);
    assertThat(island.predecessors()).extracting(p -> p.code().value() + " " + p.coverage())
        .containsExactly("318 FULL");
    assertThat(island.successor().name()).isEqualTo("Đặc khu Bạch Long Vĩ");
    assertThat(mapping.events().get(2)).as("a commune kept whole under its code continues").isInstanceOf(Move.class);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Nhập toàn bộ|FULL", "Giữ nguyên|FULL", "Đổi tên|FULL", "Đổi loại hình|FULL", "Nhập toàn bộ diện tích|FULL",
      "Sắp xếp toàn bộ xã Thổ Châu thành đặc khu Thổ Châu|FULL", "Nhập một phần|PARTIAL",
      "Nhâp một phần diện tích|PARTIAL", "Nhập một phần diện tích, toàn bộ dân số|PARTIAL",
      "Nhập một phần dân số|PARTIAL", "Phần còn lại sau khi tách một phần vào xã Canh Vinh|PARTIAL",
      "Đổi tên, đổi loại hình từ một phần thị trấn Lai Uyên|PARTIAL", "NHẬP  TOÀN BỘ|FULL"})
  void theNoteSaysWholeOrPart(String note, Coverage coverage) {
    assertThat(ConversionTable.coverage(note)).isEqualTo(coverage);
  }

  @Test
  void everyRowItCannotTakeIsReportedWithItsLine() {
    ConversionTable table = ConversionTable.parse(HEAD
        + "Thành phố Hà Nội (01),Phường Ba Đình,00004,Phường Trúc Bạch,00004,Nhập toàn bộ,Quận Ba Đình (001),"
        + "Thành phố Hà Nội (01),\n"
        + "Thành phố Hà Nội,Phường Ba Đình,00004,Phường Quán Thánh,00013,Nhập toàn bộ,Quận Ba Đình (001),"
        + "Thành phố Hà Nội (01),\n"
        + "Thành phố Hà Nội (01),Phường Ba Đình,00004,Phường Ngọc Hà,00016,Sáp nhập,Quận Ba Đình (001),"
        + "Thành phố Hà Nội (01),\n"
        + "Tỉnh Ninh Bình (37),Xã Kim Đông,14698,Khu vực bãi bồi ven biển do huyện Kim Sơn quản lý,,Nhập toàn bộ,"
        + "Huyện Kim Sơn (376),Tỉnh Ninh Bình (37),\n"
        + "Tỉnh Hà Giang (02),Phường Ba Đình,00004,Phường Kim Mã,00028,Nhập một phần,Quận Ba Đình (001),"
        + "Thành phố Hà Nội (01),\n"
        + "Thành phố Hà Nội (01),Phường Ba Đình\n", "table.csv");
    assertThat(table.rows()).isEqualTo(6);
    assertThat(table.taken()).isEqualTo(1);
    assertThat(table.rejected()).isEqualTo(5);
    assertThat(table.mapping().report().findings()).filteredOn(f -> f.ruleId().toString().equals("loader.shape"))
        .extracting(f -> f.message(Language.EN))
        .containsExactly(
            "line 4: a new unit needs a province with its code in parentheses, a 5-digit code and a name: "
                + "\"Thành phố Hà Nội\", \"00004\", \"Phường Ba Đình\"; the row is not used",
            "line 5: the note \"Sáp nhập\" says neither whole (toàn bộ) nor part (một phần); the row is not used",
            "line 6: the old unit \"Khu vực bãi bồi ven biển do huyện Kim Sơn quản lý\" has no 5-digit code; the row "
                + "is not used",
            "line 7: new commune 00004 is in province 02, but line 3 gives province 01; the row is not used",
            "line 8: 2 cells, expected at least 8; the row is not used");
  }

  @Test
  void aTableSavedWithSemicolonsIsReadTheSameWay() {
    ConversionTable table = ConversionTable.parse("Đơn vị hành chính từ ngày 01/7/2025;;;Đơn vị hành chính trước ngày "
        + "01/7/2025;;;;;\nTỉnh, thành phố;Tên Xã mới;Mã Xã mới;Tên Xã cũ;Mã Xã cũ;Ghi chú;Quận/huyện;Tỉnh cũ;\n"
        + "Thành phố Hà Nội (01);Phường Ba Đình;00004;Phường Trúc Bạch;00004;Nhập toàn bộ;Quận Ba Đình (001);"
        + "Thành phố Hà Nội (01);\n", "table.csv");
    assertThat(table.taken()).isEqualTo(1);
    assertThat(table.rejected()).isZero();
  }

  @Test
  void aFileWithoutTheColumnsIsNotAConversionTable() {
    assertThatThrownBy(() -> ConversionTable.read("a,b\n1,2\n3,4\n5,6\n7,8\n9,10\n", "x.csv"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("x.csv is not a conversion table: none of its first 5 rows names the columns "
            + "Tỉnh, thành phố, Tên Xã mới, Mã Xã mới, Tên Xã cũ, Mã Xã cũ, Ghi chú, Quận/huyện, Tỉnh cũ");
  }

  @Test
  void theHierarchyCommandTakesTheTableAsItsMapping() throws Exception {
    Path table = Files.writeString(dir.resolve("chuyen-doi.csv"), "\uFEFF" + HEAD
        + "Tỉnh Cà Mau (96),Xã Đông Hưng,31036,Xã Đông Hưng,31036,Giữ nguyên,Huyện An Minh (909),Tỉnh Kiên Giang (91),"
        + "\n");
    assertThat(run("--lang", "en", "hierarchy", resource("gso-export-sample.json"), table.toString(),
        "--export-date", "2025-03-01")).isEqualTo(ExitStatus.FINDINGS);
    assertThat(out()).contains("Mapping chuyen-doi.csv: 1 province, 1 new commune-level unit, 1 event")
        .contains("new province 96 is formed from 91 in the file but from 95 + 96 in the catalogue");
  }
}
