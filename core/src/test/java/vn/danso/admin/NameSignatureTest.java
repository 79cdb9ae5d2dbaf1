package vn.danso.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.testing.Gen;

/** The name signature of the duplicate-name check, against its definition through {@link Character}. */
class NameSignatureTest {
  static Stream<Long> seeds() {
    return Gen.seeds(300);
  }

  /** The definition: letters and digits counted, consonants and digits hashed, all lower case. */
  private static long reference(String name) {
    int count = 0;
    int hash = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      count++;
      char lower = Character.toLowerCase(c);
      boolean consonant = lower == 'đ' || (lower >= '0' && lower <= '9')
          || (lower >= 'b' && lower <= 'z' && "eiouy".indexOf(lower) < 0);
      if (consonant) {
        hash = hash * 31 + lower;
      }
    }
    return ((long) count << 32) | (hash & 0xFFFF_FFFFL);
  }

  @Test
  void everyCharacterIsSignedAsItsDefinitionSays() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String one = String.valueOf((char) c);
      assertThat(HierarchyChecks.signature(one)).as("U+%04X", c).isEqualTo(reference(one));
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void namesAreSignedAsTheirDefinitionSays(long seed) {
    Gen gen = new Gen(seed);
    String name = gen.chance(0.5) ? gen.arbitraryText(40)
        : gen.string("AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYaăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạỳýỷỹỵ 0123456789-", 30);
    assertThat(HierarchyChecks.signature(name)).as("seed %s: %s", seed, name).isEqualTo(reference(name));
  }
}
