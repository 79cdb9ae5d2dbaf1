package vn.danso.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceLineTest {
  /**
   * Every character a place may hold, including those its normal form splits into a letter and a mark (U+FB3A, seen
   * by the fuzz suite), gives a line that reads back to itself, and a place that {@link PlaceLine#of} takes.
   */
  @Test
  void everyPlaceTheLineKeepsReadsBack() {
    int read = 0;
    for (char c = 1; c < Character.MAX_VALUE; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      String text = "Đắk" + c + " Lắk, ngày 01 tháng 7 năm 2025";
      ParseResult<PlaceLine> result = PlaceLine.tryParse(text);
      if (result.isSuccess()) {
        PlaceLine line = result.get();
        assertThat(PlaceLine.tryParse(line.format()).isSuccess()).as("U+%04X", (int) c).isTrue();
        assertThat(PlaceLine.parse(line.format())).as("U+%04X", (int) c).isEqualTo(line);
        assertThat(PlaceLine.of(line.place(), line.date())).as("U+%04X", (int) c).isEqualTo(line);
        read++;
      }
    }
    assertThat(read).as("letters, digits and marks of the whole plane").isGreaterThan(40_000);
    assertThat(PlaceLine.parse("Đắk\uFB3A Lắk, ngày 01 tháng 7 năm 2025").place())
        .isEqualTo("Đắk\u05DA\u05BC Lắk");
  }

  @Test
  void seed003sDateLine() {
    PlaceLine line = PlaceLine.parse("Thành phố Huế, ngày 04 tháng 6 năm 2018");
    assertThat(line.place()).isEqualTo("Thành phố Huế");
    assertThat(line.date().toLocalDate()).isEqualTo(LocalDate.of(2018, 6, 4));
    assertThat(line.format()).isEqualTo("Thành phố Huế, ngày 04 tháng 6 năm 2018");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Hà Nội, ngày 03 tháng 4 năm 2018|Hà Nội|2018-04-03",
      "Hạ Long, ngày 20 tháng 02 năm 2018|Hạ Long|2018-02-20",
      "Hà Nội ngày 07 tháng 02 năm 2023|Hà Nội|2023-02-07",
      "  Tiền  Giang ,  ngày 05 tháng 7 năm 2023 |Tiền Giang|2023-07-05",
      "TP. Hồ Chí Minh, ngày 1/7/2025|TP. Hồ Chí Minh|2025-07-01",
      "Bắc Kạn, 09/5/2018|Bắc Kạn|2018-05-09",
  })
  void placeLinesAsWritten(String text, String place, LocalDate day) {
    PlaceLine line = PlaceLine.parse(text);
    assertThat(line.place()).isEqualTo(place);
    assertThat(line.date().toLocalDate()).isEqualTo(day);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "''|0|EMPTY",
      "Hà Nội|6|DATE_EXPECTED",
      "ngày 04 tháng 6 năm 2018|0|PLACE_EXPECTED",
      ", ngày 04 tháng 6 năm 2018|0|PLACE_EXPECTED",
      "Hà Nội; ngày 04 tháng 6 năm 2018|6|UNEXPECTED_CHARACTER",
      "Huế, ngày 31 tháng 4 năm 2018|10|DAY_NOT_IN_MONTH",
      "Huế, ngày|9|DAY_EXPECTED",
  })
  void badLinesAreRejectedPrecisely(String text, int index, ParseProblem problem) {
    ParseResult<PlaceLine> result = PlaceLine.tryParse(text);
    assertThat(result.problem()).contains(problem);
    assertThat(result.errorIndex()).isEqualTo(index);
  }

  @Test
  void aPlaceMustStandInALine() {
    assertThat(PlaceLine.of("Hà  Nội", LocalDate.of(2018, 4, 3)).format())
        .isEqualTo("Hà Nội, ngày 03 tháng 4 năm 2018");
    assertThatThrownBy(() -> PlaceLine.of("Hà Nội; Huế", LocalDate.of(2018, 4, 3)))
        .hasMessageContaining("cannot stand in a date line");
    assertThatThrownBy(() -> PlaceLine.of(" ", LocalDate.of(2018, 4, 3))).hasMessageContaining("blank");
  }
}
