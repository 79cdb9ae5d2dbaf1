package vn.danso.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.testing.Gen;
import vn.danso.text.Language;

class PeriodTest {
  @Test
  void codesParseToTheirPeriods() {
    assertThat(Period.parse("2023")).isEqualTo(Period.year(2023));
    assertThat(Period.parse("2023Q1")).isEqualTo(Period.quarter(2023, 1));
    assertThat(Period.parse("2023-01")).isEqualTo(Period.month(2023, 1));
    assertThat(Period.parse("2021-2025")).isEqualTo(Period.phase(2021, 2025));
  }

  @Test
  void whatPeopleTypeIsAccepted() {
    assertThat(Period.parse(" 2023q4 ")).isEqualTo(Period.quarter(2023, 4));
    assertThat(Period.parse("2021 – 2025")).isEqualTo(Period.phase(2021, 2025));
    assertThat(Period.parse("2026—2030")).isEqualTo(Period.phase(2026, 2030));
  }

  @Test
  void periodsFollowTheCalendar() {
    Period q1 = Period.quarter(2024, 1);
    assertThat(q1.start()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(q1.end()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(Period.month(2024, 2).end()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(Period.phase(2021, 2025).months()).isEqualTo(60);
    assertThat(Period.year(2023).contains(Period.quarter(2023, 3))).isTrue();
    assertThat(Period.year(2023).contains(Period.month(2024, 1))).isFalse();
    assertThat(Period.phase(2021, 2025).contains(Period.year(2025))).isTrue();
    assertThat(Period.quarter(2023, 2).contains(LocalDate.of(2023, 6, 30))).isTrue();
  }

  @Test
  void periodsMoveByTheirOwnLengthOrByYears() {
    assertThat(Period.month(2023, 1).previous()).isEqualTo(Period.month(2022, 12));
    assertThat(Period.quarter(2023, 4).next()).isEqualTo(Period.quarter(2024, 1));
    assertThat(Period.phase(2021, 2025).next()).isEqualTo(Period.phase(2026, 2030));
    assertThat(Period.quarter(2024, 2).plusYears(-1)).isEqualTo(Period.quarter(2023, 2));
    assertThatThrownBy(() -> Period.year(9999).next()).hasMessageContaining("out of range");
  }

  @Test
  void periodsSplitIntoTheirParts() {
    assertThat(Period.year(2023).parts(PeriodType.QUARTER)).extracting(Period::code)
        .containsExactly("2023Q1", "2023Q2", "2023Q3", "2023Q4");
    assertThat(Period.quarter(2023, 2).parts(PeriodType.MONTH)).extracting(Period::code)
        .containsExactly("2023-04", "2023-05", "2023-06");
    assertThat(Period.phase(2021, 2025).parts(PeriodType.YEAR)).hasSize(5).last().isEqualTo(Period.year(2025));
    assertThat(Period.year(2023).parts(PeriodType.MONTH)).hasSize(12);
    assertThatThrownBy(() -> Period.month(2023, 1).parts(PeriodType.YEAR)).hasMessageContaining("no parts");
  }

  @Test
  void labelsInBothLanguages() {
    assertThat(Period.quarter(2023, 1).label(Language.VI)).isEqualTo("quý I/2023");
    assertThat(Period.quarter(2023, 1).label(Language.EN)).isEqualTo("Q1 2023");
    assertThat(Period.month(2023, 1).label(Language.VI)).isEqualTo("tháng 01/2023");
    assertThat(Period.month(2023, 1).label(Language.EN)).isEqualTo("January 2023");
    assertThat(Period.phase(2021, 2025).label(Language.VI)).isEqualTo("giai đoạn 2021–2025");
    assertThat(Period.year(2023).label(Language.VI)).isEqualTo("năm 2023");
  }

  @Test
  void periodsOrderByFirstThenLastMonth() {
    assertThat(Stream.of(Period.year(2023), Period.month(2023, 1), Period.quarter(2023, 1), Period.phase(2021, 2025))
        .sorted()).containsExactly(Period.phase(2021, 2025), Period.month(2023, 1), Period.quarter(2023, 1),
            Period.year(2023));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "''|0|empty period code",
      "23|2|expected a 4-digit year",
      "20231|4|too many digits",
      "2023Q5|5|quarter 5 is not 1 to 4",
      "2023Q|5|expected a quarter",
      "2023-13|5|month 13 is not 01 to 12",
      "2023-1|5|expected a 2-digit month or a 4-digit last year",
      "2025-2021|5|a phase must end after it starts",
      "2023/01|4|expected Q, a dash or the end",
      "2023-01x|7|unexpected text after the period",
      "0999|0|year 0999 is before 1000"})
  void malformedCodesSayWhereAndWhy(String text, int index, String message) {
    PeriodParseException e = catchThrowableOfType(PeriodParseException.class, () -> Period.parse(text));
    assertThat(e.errorIndex()).isEqualTo(index);
    assertThat(e.input()).isEqualTo(text);
    assertThat(e.getMessage()).contains(message);
    assertThat(Period.tryParse(text)).isEmpty();
  }

  @Test
  void misuseFailsFast() {
    assertThatThrownBy(() -> Period.quarter(2023, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Period.phase(2023, 2023)).hasMessageContaining("Period.year");
    assertThat(Period.tryParse(null)).isEmpty();
  }

  static Stream<Long> seeds() {
    return Gen.seeds(1000);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void everyPeriodRoundTripsThroughItsCode(long seed) {
    Gen gen = new Gen(seed);
    int year = gen.intBetween(1000, 9998);
    Period period = gen.pick(Period.year(year), Period.quarter(year, gen.intBetween(1, 4)),
        Period.month(year, gen.intBetween(1, 12)), Period.phase(year, gen.intBetween(year + 1, 9999)));
    assertThat(Period.parse(period.code())).isEqualTo(period);
    assertThat(period.contains(period)).isTrue();
    assertThat(YearMonth.from(period.start())).isEqualTo(period.firstMonth());
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void arbitraryTextNeverThrowsAnythingButAParseException(long seed) {
    String text = new Gen(seed).arbitraryText(12);
    try {
      Period period = Period.parse(text);
      assertThat(Period.parse(period.code())).isEqualTo(period);
    } catch (PeriodParseException e) {
      assertThat(e.errorIndex()).isBetween(0, text.length());
    }
  }
}
