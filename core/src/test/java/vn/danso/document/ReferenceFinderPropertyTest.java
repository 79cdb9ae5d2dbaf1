package vn.danso.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Any text, however hostile: the finder never throws, and its spans are in order, inside the text and as written. */
class ReferenceFinderPropertyTest {
  private static final String[] PIECES = {"Kế hoạch số ", "Nghị quyết ", "Số:", "số ", "21", "-", "/", "NQ", "TW",
      "KH-UBND", "2017", "/2020/", "ngày ", "25/10/", "tháng ", "năm ", "của ", "Ban Chấp hành ", "khóa ", "XII",
      "về ", "và ", ", ", ". ", ";", "(", ")", "\n", "-\n", "  ", "Ð", "\u0301", "\u200B", "Chiến lược Dân số ",
      "Việt Nam đến năm 2030", "ẞ", "\uD83D\uDE00", "kèm theo ", "Căn cứ ", "0", "999999999999", "QĐ", "TTg", "."};

  static LongStream seeds() {
    return LongStream.range(0, 300).map(i -> 0x5EED_13L * 31 + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void spansAreOrderedInsideTheTextAndAsWritten(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(200);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    String input = text.toString();
    for (ReferenceFinder finder : new ReferenceFinder[] {ReferenceFinder.standard(),
        ReferenceFinder.standard().lenient()}) {
      ReferenceScan scan = finder.find(input);
      int previousEnd = 0;
      for (ReferenceMatch m : scan.matches()) {
        assertThat(m.start()).as("seed %s", seed).isGreaterThanOrEqualTo(previousEnd);
        assertThat(m.end()).as("seed %s", seed).isLessThanOrEqualTo(input.length());
        assertThat(input.substring(m.start(), m.end())).as("seed %s", seed).isEqualTo(m.text());
        previousEnd = m.end();
      }
    }
  }
}
