package vn.danso.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import com.google.common.math.LongMath;
import com.google.common.primitives.Ints;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.internal.IntArrays;
import vn.danso.testing.Gen;
import vn.danso.validation.RuleId;

/**
 * Code written by hand so that a program's first calls load fewer classes computes what the library code it
 * replaced computed: codes' equality and hash codes as a record's, and the whitespace trimmed from category codes
 * as Guava's, greatest common divisors as Guava's {@code LongMath}, categories sorted and compared as Guava's lists
 * sort and compare them, index lists turned into arrays as by Guava's {@code Ints}.
 */
class StartPathEquivalenceTest {
  @Test
  void codesAreEqualByTheirTextAndHashAsTheirText() {
    assertThat(ElementCode.of("births")).isEqualTo(ElementCode.of("births"))
        .isNotEqualTo(ElementCode.of("deaths")).isNotEqualTo("births");
    assertThat(ElementCode.of("births").hashCode()).isEqualTo("births".hashCode());
    assertThat(IndicatorCode.of("SRB")).isEqualTo(IndicatorCode.of("SRB")).isNotEqualTo(IndicatorCode.of("TFR"));
    assertThat(IndicatorCode.of("SRB").hashCode()).isEqualTo("SRB".hashCode());
    assertThat(RuleId.of("data.range")).isEqualTo(RuleId.of("data.range")).isNotEqualTo(RuleId.of("data.sum"));
    assertThat(RuleId.of("data.range").hashCode()).isEqualTo("data.range".hashCode());
  }

  @Test
  void categoryCodesAreTrimmedOfExactlyGuavasWhitespace() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(Disaggregation.isWhitespace(c)).as("U+%04X", (int) c)
          .isEqualTo(CharMatcher.whitespace().matches(c));
    }
    assertThat(Disaggregation.parse("\u3000female ,\u00A015-19\t").code()).isEqualTo("female,15-19");
    assertThatThrownBy(() -> Disaggregation.parse("female,")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Disaggregation.parse(",female")).isInstanceOf(IllegalArgumentException.class);
  }

  static Stream<Long> seeds() {
    return Gen.seeds(500);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void greatestCommonDivisorsAreGuavas(long seed) {
    Gen gen = new Gen(seed);
    for (int i = 0; i < 200; i++) {
      long a = gen.pick(0L, 1L, gen.longBetween(0, 1000), gen.longBetween(0, Long.MAX_VALUE - 1),
          gen.longBetween(0, 1L << 20) << gen.intBetween(0, 40), Long.MAX_VALUE);
      long b = gen.pick(0L, 1L, gen.longBetween(0, 1000), gen.longBetween(0, Long.MAX_VALUE - 1),
          gen.longBetween(0, 1L << 20) << gen.intBetween(0, 40), a * gen.longBetween(0, 7) & Long.MAX_VALUE);
      assertThat(LongFraction.gcd(a, b)).as("gcd(%s, %s)", a, b).isEqualTo(LongMath.gcd(a, b));
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void categoriesAreSortedAndComparedAsGuavasListsDo(long seed) {
    Gen gen = new Gen(seed);
    List<Category> chosen = categories(gen);
    Disaggregation d = Disaggregation.of(chosen);
    ImmutableList<Category> guavaSorted = ImmutableList.sortedCopyOf(
        (x, y) -> x.dimension().compareTo(y.dimension()), chosen);
    assertThat(d.categories()).isEqualTo(guavaSorted);
    Disaggregation same = Disaggregation.of(ImmutableList.copyOf(chosen).reverse());
    assertThat(d).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(d.hashCode()).isEqualTo(guavaSorted.hashCode());
    if (!chosen.isEmpty()) {
      Disaggregation fewer = Disaggregation.of(chosen.subList(1, chosen.size()));
      assertThat(d).isNotEqualTo(fewer);
    }
    // Another draw, equal to the first or not, of its size or not: equal exactly when Guava's lists are.
    Disaggregation other = Disaggregation.of(categories(gen));
    assertThat(d.equals(other)).as("%s, %s", d, other).isEqualTo(d.categories().equals(other.categories()));
  }

  /** At most one category of each dimension, drawn at random, in a random order. */
  private static List<Category> categories(Gen gen) {
    List<Category> pool = new ArrayList<>();
    pool.add(gen.pick(Sex.values()));
    pool.add(gen.pick(Residence.values()));
    pool.add(gen.pick(AgeGroup.UNDER_15, AgeGroup.WORKING_AGE, AgeGroup.AGED_65_PLUS));
    pool.add(gen.pick(Region.values()));
    List<Category> chosen = new ArrayList<>();
    for (Category c : pool) {
      if (gen.chance(0.6)) {
        chosen.add(gen.intBetween(0, chosen.size()), c);
      }
    }
    return chosen;
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void indexListsBecomeArraysAsGuavasDo(long seed) {
    Gen gen = new Gen(seed);
    List<Integer> values = new ArrayList<>();
    for (int i = gen.intBetween(0, 50); i > 0; i--) {
      values.add((int) gen.longBetween(Integer.MIN_VALUE, Integer.MAX_VALUE));
    }
    assertThat(IntArrays.of(values)).containsExactly(Ints.toArray(values));
  }

  @Test
  void decimalsAreReadWithTheirPowerOfTen() {
    for (int scale = 1; scale < 18; scale++) {
      BigDecimal value = BigDecimal.valueOf(123_456_789L, scale);
      assertThat(Rational.of(value)).isEqualTo(Rational.of(123_456_789L, LongMath.pow(10, scale)));
    }
  }
}
