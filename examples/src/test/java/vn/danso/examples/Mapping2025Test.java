package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.danso.admin.Coverage;
import vn.danso.admin.Merger;
import vn.danso.admin.Move;
import vn.danso.admin.ReorganisationEvent;
import vn.danso.admin.TypeChange;
import vn.danso.text.Language;

class Mapping2025Test {
  static Mapping2025 read(String resource) throws IOException {
    try (InputStream in = Mapping2025Test.class.getResourceAsStream(resource)) {
      return Mapping2025.read(in);
    }
  }

  private static String describe(ReorganisationEvent event) {
    if (event instanceof Merger) {
      Merger merger = (Merger) event;
      return "merger " + merger.successor().code() + " " + merger.successor().type() + " < "
          + merger.successor().parent().orElseThrow() + " from " + merger.predecessors().stream()
              .map(p -> p.code() + (p.coverage() == Coverage.FULL ? "" : "~")).collect(Collectors.joining(","));
    }
    if (event instanceof Move) {
      return "move " + ((Move) event).code() + " to " + ((Move) event).parent();
    }
    return event.kind() + " " + ((TypeChange) event).code();
  }

  @Test
  void eachNewCommuneIsAMergerOfItsOldUnitsUnderItsNewProvince() throws IOException {
    Mapping2025 mapping = read("mapping-sample-merges.json");
    List<String> events = mapping.events().stream().map(Mapping2025Test::describe).collect(Collectors.toList());
    assertThat(events).contains(
        "merger 31018 XA < 91 from 31018,31033,31039",
        "merger 27043 PHUONG < 79 from 27043,27046~",
        "merger 27049 PHUONG < 79 from 27046~,27049");
    assertThat(mapping.communes()).isEqualTo(12);
  }

  @Test
  void aCommuneThatGoesOnUnderItsOwnCodeIsMovedNotMerged() throws IOException {
    Mapping2025 mapping = read("mapping-sample-merges.json");
    assertThat(mapping.events().stream().map(Mapping2025Test::describe)).contains("move 26794 to 79")
        .doesNotContain("merger 26794 PHUONG < 79 from 26794");
  }

  @Test
  void whatTheFileSaysWronglyIsReportedWithItsPath() throws IOException {
    Mapping2025 mapping = read("mapping-sample-merges.json");
    assertThat(mapping.report().findings()).extracting(f -> f.ruleId() + " " + f.message(Language.EN))
        .containsExactly(
            "loader.province-merger-differs data[0]: new province 19 is formed from 06 in the file but from 06 + 19 "
                + "in the catalogue",
            "loader.shape data[2].level2s[3].merges[0]: \"type\" is \"sometimes\", expected full or partial; the "
                + "row is not used",
            "loader.shape data[2].level2s[3]: the new unit's code or type (name prefix) cannot be read: 26795 Linh "
                + "Xuân Mới; the row is not used");
  }

  @Test
  void theSplitsFormatGivesTheSameEvents() throws IOException {
    List<String> merges = read("mapping-sample-merges.json").events().stream().map(Mapping2025Test::describe)
        .sorted().collect(Collectors.toList());
    Mapping2025 splits = read("mapping-sample-splits.json");
    assertThat(splits.events().stream().map(Mapping2025Test::describe).sorted()).containsExactlyElementsOf(merges);
    assertThat(splits.report().findings()).extracting(f -> f.ruleId().toString())
        .containsExactly("loader.province-merger-differs");
  }
}
