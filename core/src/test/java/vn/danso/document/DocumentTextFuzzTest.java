package vn.danso.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danso.testing.Fuzz;
import vn.danso.testing.FuzzText;

/**
 * The readers of document text reject any input only with their documented exception, in bounded time, and what they
 * read writes back to text that reads back equal.
 */
class DocumentTextFuzzTest {
  private static final List<String> NUMBERS = List.of("49-KH/ĐUK", "74-KH/TU", "21-NQ/TW", "94/KH-UBND",
      "05/2020/TT-BYT", "1679/QĐ-TTg", "Số: 12-CT/TU", "số 39/2015/NĐ-CP", "588/QĐ-TTg", "36-HD/VPTW");
  private static final List<String> DATES = List.of("ngày 25/10/2017", "ngày 27 tháng 1 năm 2018",
      "ngày 03 tháng 4 năm 2018", "25-10-2017", "ngày 29/02/2020", "ngày 31 tháng 12 năm 9999");
  private static final List<String> PLACES = List.of("Hà Nội, ngày 03 tháng 4 năm 2018",
      "Thành phố Huế, ngày 04 tháng 6 năm 2018", "Cà Mau, ngày 25/10/2017", "Tp. Hồ Chí Minh, 1/1/2020",
      "Đắk Lắk, ngày 01 tháng 7 năm 2025");
  private static final List<String> RECIPIENTS = List.of("- Ban Thường vụ Tỉnh ủy;    (để b/c)", "- Lưu VP.",
      "• Các chi bộ, đảng bộ cơ sở;", "- Như trên (để t/h);", "r;,(c)", "- Sở Y tế,", "(để b/c) Ban");

  private static final List<String> PARAGRAPHS = List.of(
      "Thực hiện Nghị quyết số 21-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về công tác dân số "
          + "trong tình hình mới và Kế hoạch số 74-KH/TU ngày 27/01/2018 của Thành ủy Hà Nội,",
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Quyết định số 1679/QĐ-TTg ngày "
          + "22/11/2019 của Thủ tướng Chính phủ phê duyệt Chiến lược Dân số Việt Nam đến năm 2030;",
      "Số: 89/KH-UBND\nThái Bình, ngày 29 tháng 6 năm 2021\nKẾ HOẠCH\nThực hiện Chương trình Củng cố và phát\n"
          + "triển hệ thống thông tin chuyên ngành Dân số đến năm 2030",
      "Ban hành kèm theo Quyết định số 457/QĐ-UBND ngày 05/3/2018 của UBND tỉnh Sơn La; thay thế Quyết định số "
          + "12/QĐ-UBND và bãi bỏ Kế hoạch số 55/KH-UBND ngày 2/2/2016 (21/NQ-TW, 12-KH/UBND, tháng 10/2017)");

  /** The finder over any text: it never throws, in bounded time, and its spans are in order and as written. */
  @Test
  void referencesAreFoundInAnyTextWithSpansAsWritten() {
    ReferenceFinder strict = ReferenceFinder.standard();
    ReferenceFinder lenient = strict.lenient();
    Fuzz.run("ReferenceFinder.find", r -> FuzzText.text(r, PARAGRAPHS), text -> {
      for (ReferenceFinder finder : List.of(strict, lenient)) {
        ReferenceScan scan = finder.find(text);
        int previousEnd = 0;
        for (ReferenceMatch m : scan.matches()) {
          assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
          assertThat(m.end()).isBetween(m.start(), text.length());
          assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
          previousEnd = m.end();
        }
      }
    });
  }

  @Test
  void documentNumbersReadOrFailAsDocumentedAndReadBack() {
    Fuzz.run("DocumentNumber.parse", r -> FuzzText.text(r, NUMBERS), text -> {
      DocumentNumber number = Fuzz.orRejected(DocumentParseException.class, () -> DocumentNumber.parse(text));
      assertThat(DocumentNumber.tryParse(text).isSuccess()).isEqualTo(number != null);
      if (number != null) {
        assertThat(DocumentNumber.parse(number.format())).isEqualTo(number);
        assertThat(DocumentNumber.normalize(text)).isEqualTo(number.format());
      }
    });
  }

  @Test
  void datesReadOrFailAsDocumentedAndReadBack() {
    Fuzz.run("VietnameseDate.parse", r -> FuzzText.text(r, DATES), text -> {
      VietnameseDate date = Fuzz.orRejected(DocumentParseException.class, () -> VietnameseDate.parse(text));
      assertThat(VietnameseDate.tryParse(text).isSuccess()).isEqualTo(date != null);
      if (date != null) {
        assertThat(VietnameseDate.parse(date.format())).isEqualTo(date);
      }
    });
  }

  @Test
  void placeLinesReadOrFailAsDocumentedAndReadBack() {
    Fuzz.run("PlaceLine.parse", r -> FuzzText.text(r, PLACES), text -> {
      PlaceLine line = Fuzz.orRejected(DocumentParseException.class, () -> PlaceLine.parse(text));
      assertThat(PlaceLine.tryParse(text).isSuccess()).isEqualTo(line != null);
      if (line != null) {
        assertThat(PlaceLine.parse(line.format())).isEqualTo(line);
        assertThat(PlaceLine.of(line.place(), line.date())).isEqualTo(line);
      }
    });
  }

  private static final List<String> HEADINGS = List.of(
      "ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSố: 457/QĐ-UBND\nSơn La, ngày 05 tháng 3 năm 2018\n\nQUYẾT ĐỊNH\n",
      "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 91/KH-UBND | Quảng Ngãi, ngày 17 tháng 6 năm 2021 |",
      "HỘI ĐỒNG\nNHÂN DÂN\n--------\n|\nSố:\n06/2010/NQ-HĐND\n|\nĐông Hà, ngày\n20 tháng 4 năm 2010\nNGHỊ QUYẾT",
      "TỈNH ỦY\n*\nSố 35-CTr/TU\r\nLạng Sơn, ngày 20 tháng 3 năm 2018\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n");

  @Test
  void headingsAreReadWithoutThrowingAndSayWhatIsMissing() {
    Fuzz.run("DocumentHeading.read", r -> FuzzText.text(r, HEADINGS), text -> {
      DocumentHeading heading = DocumentHeading.read(text);
      assertThat(heading.bodyStart()).isBetween(0, text.length());
      assertThat(heading.report().withRule(HeadingRules.NO_NUMBER.id()).isEmpty())
          .isEqualTo(heading.number().isPresent());
      assertThat(heading.report().withRule(HeadingRules.NO_DATE.id()).isEmpty())
          .isEqualTo(heading.date().isPresent());
    });
  }

  @Test
  void recipientLinesReadOrFailAsDocumentedAndReadBack() {
    Fuzz.run("Recipient.fromLine", r -> FuzzText.text(r, RECIPIENTS), text -> {
      Recipient recipient = Fuzz.orRejected(IllegalArgumentException.class, () -> Recipient.fromLine(text));
      if (recipient != null) {
        assertThat(Recipient.fromLine(recipient.format())).isEqualTo(recipient);
      }
    });
  }
}
