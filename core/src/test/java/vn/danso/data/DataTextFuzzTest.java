package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.danso.testing.Fuzz;
import vn.danso.testing.FuzzText;

/** Data keys and key patterns from outside are read or rejected as documented, and read back equal. */
class DataTextFuzzTest {
  private static final List<String> KEYS = List.of("births", "SRB", "population.average[0-14]", "births[*]",
      "NIR", "SHARE_65_PLUS", "deaths[female,urban]", "population.average[*]");

  @Test
  void dataKeysAndPatternsReadOrFailAsDocumentedAndReadBack() {
    Fuzz.run("DataKey.parse", r -> FuzzText.text(r, KEYS), text -> {
      DataKey key = Fuzz.orRejected(IllegalArgumentException.class, () -> DataKey.parse(text));
      assertThat(DataKey.tryParse(text)).isEqualTo(Optional.ofNullable(key));
      if (key != null) {
        assertThat(DataKey.parse(key.toString())).isEqualTo(key);
      }
      KeyPattern pattern = Fuzz.orRejected(IllegalArgumentException.class, () -> KeyPattern.parse(text));
      if (pattern != null) {
        assertThat(KeyPattern.parse(pattern.toString())).isEqualTo(pattern);
      }
    });
  }
}
