package vn.danso.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.testing.Gen;

/**
 * Properties of the date and place-line readers, over 100,000 generated values and 100,000 arbitrary texts each per
 * build: what is written reads back equal; any text reads or fails with the documented exception.
 */
class DateAndPlacePropertyTest {
  private static final int SEEDS = 20;
  private static final int PER_SEED = 5_000;
  private static final String[] PLACES = {
      "Thành phố Huế", "Hà Nội", "An Minh", "TP. Hồ Chí Minh", "Bà Rịa - Vũng Tàu", "Thừa Thiên Huế", "Phường 12",
      "Bắc Kạn", "Hạ Long", "Đắk Lắk", "Thị xã Sơn Tây", "Huyện Côn Đảo", "Xã Vân Khánh"};

  static Stream<Long> seeds() {
    return Gen.seeds(SEEDS);
  }

  static VietnameseDate date(Gen gen) {
    LocalDate day = LocalDate.ofEpochDay(gen.longBetween(LocalDate.of(1900, 1, 1).toEpochDay(),
        LocalDate.of(2100, 12, 31).toEpochDay()));
    DateStyle style = gen.pick(DateStyle.values());
    return new VietnameseDate(day, style, gen.chance(0.7), gen.chance(0.5), gen.chance(0.5));
  }

  /** The date as written, then made messy: capital N, no diacritics, extra spaces, NFD. */
  static String messy(Gen gen, String written) {
    String text = written;
    if (gen.chance(0.3)) {
      text = text.replace("ngày", "Ngày");
    }
    if (gen.chance(0.2)) {
      text = text.replace("ngày", "ngay").replace("Ngày", "Ngay").replace("tháng", "thang").replace("năm", "nam");
    }
    if (gen.chance(0.3)) {
      text = text.replace(" ", "  ").replace("/", " / ");
    }
    if (gen.chance(0.2)) {
      text = "\u00A0" + text + "\t";
    }
    return gen.chance(0.2) ? Normalizer.normalize(text, Normalizer.Form.NFD) : text;
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void aWrittenDateReadsBackEqual(long seed) {
    Gen gen = new Gen(seed);
    for (int i = 0; i < PER_SEED; i++) {
      VietnameseDate date = date(gen);
      assertThat(VietnameseDate.parse(date.format())).as("seed=%s case %s", seed, i).isEqualTo(date);
      String messy = messy(gen, date.format());
      assertThat(VietnameseDate.tryParse(messy).value()).as("seed=%s case %s: %s", seed, i, messy)
          .contains(date);
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void aWrittenPlaceLineReadsBackEqual(long seed) {
    Gen gen = new Gen(seed);
    for (int i = 0; i < PER_SEED; i++) {
      PlaceLine line = PlaceLine.of(gen.pick(PLACES), date(gen));
      assertThat(PlaceLine.parse(line.format())).as("seed=%s case %s", seed, i).isEqualTo(line);
      String messy = messy(gen, line.format());
      assertThat(PlaceLine.tryParse(messy).value()).as("seed=%s case %s: %s", seed, i, messy).contains(line);
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void anyTextReadsAsADateOrFailsWithTheDocumentedException(long seed) {
    Gen gen = new Gen(seed);
    for (int i = 0; i < PER_SEED; i++) {
      String text = gen.chance(0.5) ? gen.arbitraryText(30)
          : DocumentNumberPropertyTest.mutate(gen, date(gen).format());
      check(seed, i, text, VietnameseDate::parse, VietnameseDate::tryParse);
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void anyTextReadsAsAPlaceLineOrFailsWithTheDocumentedException(long seed) {
    Gen gen = new Gen(seed);
    for (int i = 0; i < PER_SEED; i++) {
      String text = gen.chance(0.5) ? gen.arbitraryText(50)
          : DocumentNumberPropertyTest.mutate(gen, PlaceLine.of(gen.pick(PLACES), date(gen)).format());
      check(seed, i, text, PlaceLine::parse, PlaceLine::tryParse);
    }
  }

  private static <T> void check(long seed, int i, String text, Function<String, T> parse,
      Function<String, ParseResult<T>> tryParse) {
    ParseResult<T> lenient;
    try {
      lenient = tryParse.apply(text);
    } catch (RuntimeException e) {
      throw new AssertionError("seed=" + seed + " case " + i + ": tryParse threw on \"" + text + "\"", e);
    }
    try {
      T strict = parse.apply(text);
      assertThat(lenient.value()).as("seed=%s case %s", seed, i).contains(strict);
    } catch (DocumentParseException e) {
      assertThat(lenient.isSuccess()).as("seed=%s case %s", seed, i).isFalse();
      assertThat(e.errorIndex()).as("seed=%s case %s: %s", seed, i, text).isEqualTo(lenient.errorIndex())
          .isBetween(0, text.length());
      assertThat(e.problem()).isEqualTo(lenient.problem().get());
    } catch (RuntimeException e) {
      throw new AssertionError("seed=" + seed + " case " + i + ": parse threw " + e + " on \"" + text + "\"", e);
    }
  }
}
