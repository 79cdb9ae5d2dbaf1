package vn.danso.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danso.text.Language;
import vn.danso.validation.Finding;

class DocumentHeadingTest {
  /** The heading of Quyết định 457/QĐ-UBND of Sơn La (examples/samples/texts/son-la-457-qd-ubnd.txt). */
  private static final String SON_LA = "ỦY BAN NHÂN DÂN TỈNH SƠN LA\n"
      + "Số: 457/QĐ-UBND\n"
      + "Sơn La, ngày 05 tháng 3 năm 2018\n"
      + "\n"
      + "QUYẾT ĐỊNH\n"
      + "\n"
      + "ỦY BAN NHÂN DÂN TỈNH SƠN LA\n"
      + "Căn cứ Nghị quyết số 21-NQ/TW ngày 25 tháng 10 năm 2017 của Ban Chấp hành Trung ương Đảng;\n";

  @Test
  void readsTheIssuerNumberDateAndTypeOfARealHeading() {
    DocumentHeading heading = DocumentHeading.read(SON_LA);
    assertThat(heading.issuerLines()).containsExactly("ỦY BAN NHÂN DÂN TỈNH SƠN LA");
    assertThat(heading.number().map(DocumentNumber::format)).contains("457/QĐ-UBND");
    assertThat(heading.date()).contains(LocalDate.of(2018, 3, 5));
    assertThat(heading.placeLine().map(PlaceLine::place)).contains("Sơn La");
    assertThat(heading.type()).contains(DocumentType.DECISION);
    assertThat(heading.report().findings()).isEmpty();
    assertThat(SON_LA.substring(heading.bodyStart())).startsWith("\n\nỦY BAN NHÂN DÂN TỈNH SƠN LA\nCăn cứ");
  }

  @Test
  void theMottoAndRulesAreNotTheIssuerAndAProgrammeTitleIsAProgramme() {
    DocumentHeading heading = DocumentHeading.read("TỈNH ỦY LẠNG SƠN\n*\nSố 35-CTr/TU\r\n"
        + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐẢNG CỘNG SẢN VIỆT NAM\n-----\n"
        + "Lạng Sơn, ngày 20 tháng 3 năm 2018\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết 21-NQ/TW\n");
    assertThat(heading.issuerLines()).containsExactly("TỈNH ỦY LẠNG SƠN");
    assertThat(heading.type()).contains(DocumentType.PROGRAMME);
    assertThat(heading.number().map(DocumentNumber::format)).contains("35-CTr/TU");
    assertThat(heading.date()).contains(LocalDate.of(2018, 3, 20));
  }

  @Test
  void twoNumbersAndTwoDatesAreFindingsNotAFailure() {
    DocumentHeading heading = DocumentHeading.read("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nSố: 91/KH-UBND\n"
        + "Quảng Ngãi, ngày 17 tháng 6 năm 2021\nSố: 94/KH-UBND\nQuảng Ngãi, ngày 18 tháng 6 năm 2021\n"
        + "Số: 91/KH-UBND\n\nKẾ HOẠCH\n");
    assertThat(heading.number().map(DocumentNumber::format)).contains("91/KH-UBND");
    assertThat(heading.date()).contains(LocalDate.of(2021, 6, 17));
    assertThat(heading.type()).contains(DocumentType.PLAN);
    assertThat(heading.report().findings()).extracting(Finding::ruleId)
        .containsExactly(HeadingRules.TWO_NUMBERS.id(), HeadingRules.TWO_DATES.id());
    assertThat(heading.report().findings().get(0).message(Language.EN))
        .isEqualTo("The heading prints number 91/KH-UBND and also 94/KH-UBND; the first is used");
  }

  @Test
  void aHeadingWithoutNumberOrDateSaysSo() {
    DocumentHeading heading = DocumentHeading.read("Căn cứ Nghị quyết số 21-NQ/TW ngày 25 tháng 10 năm 2017;\n"
        + "Số: không rõ\n");
    assertThat(heading.number()).isEmpty();
    assertThat(heading.date()).isEmpty();
    assertThat(heading.report().findings()).extracting(Finding::ruleId)
        .containsExactly(HeadingRules.NO_NUMBER.id(), HeadingRules.NO_DATE.id());
    assertThat(heading.report().findings().get(0).message(Language.VI)).contains("\"Số: không rõ\"");
    assertThat(DocumentHeading.read("").report().findings()).hasSize(2);
  }

  @Test
  void headingsLaidOutAsATableOrOneItemALineAreRead() {
    // hethongphapluat.com prints Quảng Ngãi's 91/KH-UBND heading as table rows
    DocumentHeading table = DocumentHeading.read("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        + "Số: 91/KH-UBND | Quảng Ngãi, ngày 17 tháng 6 năm 2021 |\n");
    assertThat(table.issuerLines()).containsExactly("ỦY BAN NHÂN DÂN");
    assertThat(table.number().map(DocumentNumber::format)).contains("91/KH-UBND");
    assertThat(table.date()).contains(LocalDate.of(2021, 6, 17));
    // thuviennhadat.vn prints Quảng Trị's 06/2010/NQ-HĐND one item a line, "Số:" and "ngày" before a line break
    DocumentHeading lines = DocumentHeading.read("HỘI ĐỒNG\nNHÂN DÂN\nTỈNH QUẢNG TRỊ\n--------\n|\nCỘNG HÒA XÃ\n"
        + "HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố:\n06/2010/NQ-HĐND\n|\n"
        + "Đông Hà, ngày\n20 tháng 4 năm 2010\n|\nNGHỊ QUYẾT\nVỀ CHÍNH SÁCH DÂN SỐ\n");
    assertThat(lines.number().map(DocumentNumber::format)).contains("06/2010/NQ-HĐND");
    assertThat(lines.date()).contains(LocalDate.of(2010, 4, 20));
    assertThat(lines.type()).contains(DocumentType.RESOLUTION);
    assertThat(lines.issuerLines()).containsExactly("HỘI ĐỒNG", "NHÂN DÂN", "TỈNH QUẢNG TRỊ");
    assertThat(lines.report().findings()).isEmpty();
  }
}
