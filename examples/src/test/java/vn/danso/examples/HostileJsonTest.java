package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.danso.text.Language;
import vn.danso.validation.Finding;

/** The JSON loaders read or report every unit, whatever the file holds: nothing is lost without a word. */
class HostileJsonTest {
  private static GsoExport gso(String json) throws IOException {
    return GsoExport.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), LocalDate.of(2025, 3, 1),
        null);
  }

  private static String export(String provinceCode, String districtCode, String communeCode, String communeName) {
    return "{\"data\":[{\"level1_id\":" + provinceCode + ",\"name\":\"Tỉnh Kiên Giang\",\"type\":\"Tỉnh\","
        + "\"level2s\":[{\"level2_id\":" + districtCode + ",\"name\":\"Huyện An Minh\",\"type\":\"Huyện\","
        + "\"level3s\":[{\"level3_id\":" + communeCode + ",\"name\":\"" + communeName + "\",\"type\":\"Xã\"}]}]}]}";
  }

  @Test
  void codesWrittenAsJsonNumbersAreReadWithTheirLeadingZerosAndReported() throws IOException {
    GsoExport export = gso(export("91", "909", "1234", "Xã Đông Thạnh"));
    assertThat(export.rows()).extracting(r -> r.code()).containsExactly("909", "01234");
    assertThat(export.report().findings()).extracting(Finding::ruleId).extracting(Object::toString)
        .containsOnly("loader.code-number");
    assertThat(export.report().findings()).extracting(f -> f.message(Language.EN)).contains(
        "data[0].level2s[0].level3s[0]: \"level3_id\" is the JSON number 1234, read as code \"01234\" "
            + "(leading zeros restored)");
  }

  @Test
  void aNumberThatCannotBeACodeIsReportedPerRow() throws IOException {
    GsoExport export = gso(export("\"91\"", "\"909\"", "1234567", "Xã Đông Thạnh"));
    assertThat(export.rows()).extracting(r -> r.code()).containsExactly("909");
    assertThat(export.report().findings()).extracting(f -> f.message(Language.EN)).containsExactly(
        "data[0].level2s[0].level3s[0]: field \"level3_id\" is the JSON number 1234567; write it as text, which "
            + "keeps leading zeros; the row is not used");
  }

  @Test
  void contentAfterTheDocumentIsReported() throws IOException {
    GsoExport export = gso(export("\"91\"", "\"909\"", "\"31018\"", "Xã Đông Thạnh") + "\n{\"data\":[]} trailing");
    assertThat(export.rows()).hasSize(2);
    assertThat(export.report().findings()).extracting(f -> f.message(Language.EN)).containsExactly(
        "$: content after the JSON document (line 2), that part; the row is not used");
    GsoExport garbage = gso(export("\"91\"", "\"909\"", "\"31018\"", "Xã Đông Thạnh") + " ]]");
    assertThat(garbage.report().findings()).hasSize(1);
  }

  @Test
  @Timeout(30)
  void aNameWithAHundredThousandCombiningMarksIsReadInBoundedTime() throws IOException {
    GsoExport export = gso(export("\"91\"", "\"909\"", "\"31018\"", "Xã A" + "\\u0301".repeat(100_000)));
    assertThat(export.rows()).hasSize(2);
    assertThat(vn.danso.admin.Hierarchy.builder().addRows(export.rows()).build().report()).isNotNull();
  }
}
