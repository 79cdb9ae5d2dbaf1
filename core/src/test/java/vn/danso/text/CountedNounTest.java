package vn.danso.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Counts with their nouns: singular for one, plural otherwise, digits grouped as each language groups them. */
class CountedNounTest {
  private static final CountedNoun UNIT = CountedNoun.of("đơn vị", "unit", "units");

  @Test
  void oneTakesTheSingularAndEveryOtherCountThePlural() {
    assertThat(UNIT.format(1, Language.EN)).isEqualTo("1 unit");
    assertThat(UNIT.format(0, Language.EN)).isEqualTo("0 units");
    assertThat(UNIT.format(2, Language.EN)).isEqualTo("2 units");
    assertThat(UNIT.format(-1, Language.EN)).isEqualTo("-1 units");
    assertThat(UNIT.format(1, Language.VI)).isEqualTo("1 đơn vị");
    assertThat(UNIT.format(2, Language.VI)).isEqualTo("2 đơn vị");
    assertThat(CountedNoun.english(1, "finding", "findings")).isEqualTo("1 finding");
  }

  @Test
  void digitsAreGroupedInThreesAsEachLanguageWritesThem() {
    assertThat(UNIT.format(10599, Language.EN)).isEqualTo("10,599 units");
    assertThat(UNIT.format(10599, Language.VI)).isEqualTo("10.599 đơn vị");
    assertThat(CountedNoun.groupDigits(999, Language.EN)).isEqualTo("999");
    assertThat(CountedNoun.groupDigits(1000, Language.EN)).isEqualTo("1,000");
    assertThat(CountedNoun.groupDigits(1_220_000_000L, Language.EN)).isEqualTo("1,220,000,000");
    assertThat(CountedNoun.groupDigits(-1234567, Language.VI)).isEqualTo("-1.234.567");
    assertThat(CountedNoun.groupDigits(Long.MIN_VALUE, Language.EN)).isEqualTo("-9,223,372,036,854,775,808");
  }

  static LongStream seededNumbers() {
    Random random = new Random(18);
    return LongStream.concat(LongStream.of(0, 1, 9, 10, 99, 100, 999, 1000, Long.MAX_VALUE),
        LongStream.generate(() -> random.nextLong() >> random.nextInt(63)).limit(200));
  }

  @ParameterizedTest
  @MethodSource("seededNumbers")
  void groupedDigitsReadBackAsTheNumber(long n) {
    String grouped = CountedNoun.groupDigits(n, Language.EN);
    assertThat(Long.parseLong(grouped.replace(",", ""))).as("seed 18, %s", n).isEqualTo(n);
    assertThat(grouped.replace("-", "")).as("seed 18, %s", n).matches("\\d{1,3}(,\\d{3})*");
  }

  @Test
  void aBlankFormIsMisuse() {
    assertThatThrownBy(() -> CountedNoun.of("đơn vị", "unit", " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("give the Vietnamese noun and both English forms");
  }
}
