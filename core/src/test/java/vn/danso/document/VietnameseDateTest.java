package vn.danso.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseDateTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ngày 04 tháng 6 năm 2018|2018-06-04|WORDS",
      "Ngày 4 tháng 6 năm 2018|2018-06-04|WORDS",
      "ngay 4 thang 6 nam 2018|2018-06-04|WORDS",
      "04 tháng 6 năm 2018|2018-06-04|WORDS",
      "ngày 22 tháng 01 năm 2018|2018-01-22|WORDS",
      "ngày 25/10/2017|2017-10-25|SLASH",
      "25/10/2017|2017-10-25|SLASH",
      "ngày 27/1/2018|2018-01-27|SLASH",
      "25-10-2017|2017-10-25|DASH",
      "25.10.2017|2017-10-25|DOT",
      "  ngày 25 / 10 / 2017 |2017-10-25|SLASH",
      "29/02/2020|2020-02-29|SLASH",
  })
  void theFormsDocumentsUseAreRead(String text, LocalDate day, DateStyle style) {
    VietnameseDate date = VietnameseDate.parse(text);
    assertThat(date.toLocalDate()).isEqualTo(day);
    assertThat(date.style()).isEqualTo(style);
  }

  @Test
  void decomposedTextReadsTheSame() {
    String nfd = Normalizer.normalize("Ngày 04 tháng 6 năm 2018", Normalizer.Form.NFD);
    assertThat(VietnameseDate.parse(nfd)).isEqualTo(VietnameseDate.parse("ngày 04 tháng 6 năm 2018"));
  }

  @Test
  void theOfficialFormFollowsTheLeadingZeroRule() {
    assertThat(VietnameseDate.format(LocalDate.of(2018, 6, 4))).isEqualTo("ngày 04 tháng 6 năm 2018");
    assertThat(VietnameseDate.format(LocalDate.of(2023, 2, 1))).isEqualTo("ngày 01 tháng 02 năm 2023");
    assertThat(VietnameseDate.format(LocalDate.of(2023, 7, 5))).isEqualTo("ngày 05 tháng 7 năm 2023");
    assertThat(VietnameseDate.format(LocalDate.of(2017, 10, 25))).isEqualTo("ngày 25 tháng 10 năm 2017");
    assertThat(VietnameseDate.of(LocalDate.of(2018, 1, 27), DateStyle.SLASH).format()).isEqualTo("27/01/2018");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ngày 04 tháng 6 năm 2018|true",
      "ngày 4 tháng 6 năm 2018|false",
      "ngày 22 tháng 01 năm 2018|true",
      "ngày 22 tháng 1 năm 2018|false",
      "ngày 09 tháng 5 năm 2018|true",
      "ngày 09 tháng 05 năm 2018|false",
      "ngày 25 tháng 10 năm 2017|true",
      "Hà Nội, ngày 03 tháng 4 năm 2018|true",
  })
  void theLeadingZeroRuleIsAPropertyNotAReasonToReject(String text, boolean follows) {
    VietnameseDate date = text.contains(",") ? PlaceLine.parse(text).date() : VietnameseDate.parse(text);
    assertThat(date.followsLeadingZeroRule()).isEqualTo(follows);
  }

  @Test
  void theWrittenFormIsKept() {
    VietnameseDate date = VietnameseDate.parse("Ngay 4 thang 6 nam 2018");
    assertThat(date.format()).isEqualTo("ngày 4 tháng 6 năm 2018");
    assertThat(date.isDayPadded()).isFalse();
    assertThat(date.official().format()).isEqualTo("ngày 04 tháng 6 năm 2018");
    assertThat(VietnameseDate.parse("ngày 6/7/2022").format()).isEqualTo("ngày 6/7/2022");
    assertThat(VietnameseDate.parse("ngày 6/7/2022").isWrittenInFull()).isFalse();
    assertThat(VietnameseDate.parse("ngày 6/7/2022")).isNotEqualTo(VietnameseDate.parse("06/7/2022"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "''|0|EMPTY",
      "ngày|4|DAY_EXPECTED",
      "ngày 31 tháng 6 năm 2018|5|DAY_NOT_IN_MONTH",
      "29/02/2019|0|DAY_NOT_IN_MONTH",
      "ngày 32/1/2018|5|DAY_OUT_OF_RANGE",
      "ngày 0 tháng 1 năm 2018|5|DAY_OUT_OF_RANGE",
      "13/13/2020|3|MONTH_OUT_OF_RANGE",
      "ngày 12 thg 3 năm 2020|8|MONTH_WORD_EXPECTED",
      "ngày 12 tháng năm 2020|14|MONTH_EXPECTED",
      "ngày 12 tháng 3 2020|16|YEAR_WORD_EXPECTED",
      "12/3-2020|4|YEAR_WORD_EXPECTED",
      "12/3/|5|YEAR_EXPECTED",
      "25/10/17|6|YEAR_MALFORMED",
      "25/10/2017 x|11|TRAILING_TEXT",
      "25/10/2017x|10|UNEXPECTED_CHARACTER",
  })
  void impossibleOrMalformedDatesAreRejectedPrecisely(String text, int index, ParseProblem problem) {
    ParseResult<VietnameseDate> result = VietnameseDate.tryParse(text);
    assertThat(result.problem()).contains(problem);
    assertThat(result.errorIndex()).isEqualTo(index);
    assertThatThrownBy(() -> VietnameseDate.parse(text)).isInstanceOfSatisfying(DocumentParseException.class,
        e -> assertThat(e.errorIndex()).isEqualTo(index));
  }
}
