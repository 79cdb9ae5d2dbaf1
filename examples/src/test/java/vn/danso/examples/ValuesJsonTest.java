package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.danso.text.Language;

/** Figures sent as JSON: extreme numbers are refused as values, never taken down the service. */
class ValuesJsonTest {
  private static ValuesCsv read(String json) {
    return ValuesJson.read(json.getBytes(StandardCharsets.UTF_8), "request");
  }

  @Test
  void aNumberOfABillionDigitsIsRefusedNotWrittenOut() {
    ValuesCsv figures = read("{\"values\":[{\"unit\":\"909\",\"period\":\"2023\",\"key\":\"births\",\"value\":"
        + "1e999999999},{\"unit\":\"909\",\"period\":\"2023\",\"key\":\"deaths\",\"value\":1e-999999999},"
        + "{\"unit\":\"909\",\"period\":\"2023\",\"key\":\"SRB\",\"value\":1e300}]}");
    assertThat(figures.rows()).isEqualTo(3);
    assertThat(figures.taken()).as("1e300 in plain digits is a number").isEqualTo(1);
    assertThat(figures.report().findings()).extracting(f -> f.message(Language.EN))
        .allMatch(m -> m.contains("is not a number written with a decimal point"))
        .anyMatch(m -> m.contains("\"1E+999999999\""));
  }

  @Test
  void anExponentPastWhatADecimalHoldsIsAnInputError() {
    assertThatThrownBy(() -> read("{\"values\":[{\"unit\":\"909\",\"period\":\"2023\",\"key\":\"births\","
        + "\"value\":1E-9919999999}]}"))
        .isInstanceOf(InputException.class).hasMessageContaining("request has a number out of range");
  }
}
