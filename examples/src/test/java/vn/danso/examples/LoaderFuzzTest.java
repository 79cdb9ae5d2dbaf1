package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.danso.admin.Hierarchy;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.Merger;
import vn.danso.admin.MergerPart;
import vn.danso.admin.Move;
import vn.danso.admin.ReorganisationEvent;
import vn.danso.admin.UnitRow;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.data.DataCheckSet;
import vn.danso.data.IdentityChecks;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.ReportFormat;
import vn.danso.validation.ValidationReport;

/**
 * The example loaders over generated hostile files ({@link LoaderInputs}): no exception but the documented one, and
 * every unit, mapping part or row either taken or reported with its JSON path or line, never dropped without a word.
 * 100,000 inputs per loader in every build; more, another seed or one input with the {@code danso.fuzz.*} properties
 * (see {@code docs/reliability.md}).
 */
class LoaderFuzzTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final LocalDate EXPORT_DAY = LocalDate.of(2025, 3, 1);
  private static final Hierarchy HIERARCHY = VietnamCatalogue.hierarchy();
  private static final HierarchySnapshot END_OF_2024 = HIERARCHY.asOf(LocalDate.of(2024, 12, 31));
  private static final DataCheckSet FIGURES_CHECKS = DataCheckSet.builder()
      .addAll(DataCheckSet.builtIn(IndicatorCatalogue.builtIn())).addAll(IdentityChecks.all()).build();

  /** The JSON paths of findings, without the document's own ({@code $}). */
  private static Set<String> reportedPaths(ValidationReport report) {
    Set<String> paths = new HashSet<>();
    for (Finding finding : report.findings()) {
      finding.subject().keyOf("json").filter(p -> !p.equals("$")).ifPresent(paths::add);
    }
    return paths;
  }

  /** True if the path or one of its ancestors is reported. */
  private static boolean reported(Set<String> paths, String path) {
    for (String at = path; !at.isEmpty(); at = parent(at)) {
      if (paths.contains(at)) {
        return true;
      }
    }
    return false;
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }

  /** The document as Jackson reads it alone, or empty when it is not JSON (then the loader must say so). */
  private static Optional<JsonNode> independently(String json) {
    try {
      // From bytes, as the loaders read: Jackson takes a byte-order mark there, not in a string.
      return Optional.ofNullable(MAPPER.readTree(json.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static List<String> elements(JsonNode node, String field, String path) {
    List<String> paths = new ArrayList<>();
    JsonNode array = node == null || !node.isObject() ? null : node.get(field);
    for (int i = 0; array != null && array.isArray() && i < array.size(); i++) {
      paths.add(path + (path.isEmpty() ? "" : ".") + field + "[" + i + "]");
    }
    return paths;
  }

  private static JsonNode at(JsonNode root, String path) {
    JsonNode node = root;
    for (String step : path.split("\\.")) {
      int open = step.indexOf('[');
      node = node.get(step.substring(0, open)).get(Integer.parseInt(step.substring(open + 1, step.length() - 1)));
    }
    return node;
  }

  @Test
  void theStatisticsOfficeExportTakesOrReportsEveryUnit() {
    LoaderFuzz.run("GsoExport.read", LoaderInputs::gsoExport, json -> {
      GsoExport export;
      try {
        export = GsoExport.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), EXPORT_DAY, null);
      } catch (IOException e) {
        assertThat(independently(json)).as("rejected as not JSON: " + e).isEmpty();
        return;
      }
      JsonNode root = independently(json).orElseThrow();
      Set<String> taken = new HashSet<>();
      for (UnitRow row : export.rows()) {
        assertThat(taken.add(row.source().orElseThrow())).as("one row per object").isTrue();
      }
      Set<String> reported = reportedPaths(export.report());
      List<String> units = new ArrayList<>();
      for (String province : elements(root, "data", "")) {
        for (String district : elements(at(root, province), "level2s", province)) {
          units.add(district);
          units.addAll(elements(at(root, district), "level3s", district));
        }
      }
      for (String unit : units) {
        assertThat(taken.contains(unit) || reported(reported, unit)).as("%s taken or reported", unit).isTrue();
      }
      assertThat(units).containsAll(taken);
      assertThat(export.report().format(Language.EN)).isNotEmpty();
    });
  }

  @Test
  void theMappingOf2025TakesOrReportsEveryPart() {
    LoaderFuzz.run("Mapping2025.read", LoaderInputs::mapping, json -> {
      Mapping2025 mapping;
      try {
        mapping = Mapping2025.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
      } catch (IOException e) {
        assertThat(independently(json)).as("rejected as not JSON: " + e).isEmpty();
        return;
      }
      JsonNode root = independently(json).orElseThrow();
      Map<String, Set<String>> linked = new HashMap<>();  // new code → old codes the events link to it
      for (ReorganisationEvent event : mapping.events()) {
        if (event instanceof Merger merger) {
          for (MergerPart part : merger.predecessors()) {
            linked.computeIfAbsent(merger.successor().code().value(), c -> new HashSet<>()).add(part.code().value());
          }
        } else if (event instanceof Move move) {
          linked.computeIfAbsent(move.code().value(), c -> new HashSet<>()).add(move.code().value());
        }
      }
      Set<String> reported = reportedPaths(mapping.report());
      JsonNode data = root.get("data");
      boolean merges = data != null && data.isArray() && (data.isEmpty() || data.get(0).has("merges"));
      Map<String, String> firstPathOfNew = new HashMap<>();
      for (String province : elements(root, "data", "")) {
        List<String> units = merges ? elements(at(root, province), "level2s", province) : new ArrayList<>();
        if (!merges) {
          units.addAll(elements(at(root, province), "level2s", province));
          units.addAll(elements(at(root, province), "level3s", province));
        }
        for (String unit : units) {
          JsonNode node = at(root, unit);
          String field = merges ? "merges" : "splits";
          for (String part : elements(node, field, unit)) {
            JsonNode partNode = at(root, part);
            String idField = merges ? "old_id" : "new_id";
            JsonNode self = node.get(merges ? "level2_id" : unit.contains("level2s") ? "level2_id" : "level3_id");
            JsonNode other = partNode.get(idField);
            JsonNode newName = merges ? node.get("name") : partNode.get("name");
            if (self == null || other == null || !self.isTextual() || !other.isTextual() || newName == null
                || !newName.isTextual()) {
              assertThat(reported(reported, part)).as("%s reported", part).isTrue();
              continue;
            }
            String newCode = merges ? self.asText() : other.asText();
            String oldCode = merges ? other.asText() : self.asText();
            firstPathOfNew.putIfAbsent(newCode, unit);
            boolean taken = linked.getOrDefault(newCode, Set.of()).contains(oldCode)
                || linked.getOrDefault(newCode, Set.of()).contains(newCode) && oldCode.equals(newCode);
            assertThat(taken || reported(reported, part) || reported(reported, firstPathOfNew.get(newCode)))
                .as("%s (%s → %s) taken or reported", part, oldCode, newCode).isTrue();
          }
        }
      }
      assertThat(mapping.report().format(Language.VI)).isNotEmpty();
    });
  }

  @Test
  void theFiguresOfValidateTakeOrReportEveryRow() {
    LoaderFuzz.run("ValuesCsv.read", r -> new Bytes(LoaderInputs.valuesCsv(r)), input -> {
      ValuesCsv csv;
      try {
        csv = ValuesCsv.read(input.bytes(), "values.csv", "values.csv");
      } catch (InputException e) {
        assertThat(e.getMessage()).isNotBlank();
        return;
      }
      assertThat(csv.taken() + csv.report().size()).as("rows taken and reported").isEqualTo(csv.rows());
      assertThat(csv.dataset().size()).isEqualTo(csv.taken());
      Set<String> lines = new HashSet<>();
      for (Finding finding : csv.report().findings()) {
        String line = finding.subject().keyOf("line").orElseThrow();
        assertThat(lines.add(line)).as("one finding per line, line %s", line).isTrue();
        assertThat(Long.parseLong(line)).isPositive();
      }
      assertThat(ReportFormat.csv(Language.EN).format(csv.report())).isNotNull();
    });
  }

  @Test
  void theStatisticsOfficesTableTakesOrReportsEveryRow() {
    LoaderFuzz.run("GsoCsv.read", r -> new Bytes(LoaderInputs.gsoCsv(r)), input -> {
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(input.bytes())).toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        return; // the command refuses a file that is not UTF-8 before the loader sees it
      }
      GsoExport export;
      try {
        export = GsoCsv.read(text, "units.csv", EXPORT_DAY, null);
      } catch (InputException e) {
        assertThat(e.getMessage()).isNotBlank();
        return;
      }
      // Every record after the header is taken (a row with its line as source) or reported with its line.
      Set<String> lines = new HashSet<>();
      export.rows().forEach(row -> lines.add(row.source().orElseThrow().substring("line ".length())));
      export.report().findings().forEach(f -> lines.add(f.subject().keyOf("line").orElseThrow()));
      assertThat(lines).hasSize(records(text) - 1);
      assertThat(export.rows()).hasSize(export.districts() + export.communes());
      assertThat(ReportFormat.csv(Language.EN).format(export.report())).isNotNull();
    });
  }

  @Test
  void theConversionTableTakesOrReportsEveryRow() {
    LoaderFuzz.run("ConversionTable.read", r -> new Bytes(LoaderInputs.conversionTable(r)), input -> {
      String text = new String(input.bytes(), StandardCharsets.UTF_8);
      ConversionTable table;
      try {
        table = ConversionTable.parse(text, "table.csv");
      } catch (InputException e) {
        assertThat(e.getMessage()).isNotBlank();
        return;
      }
      long linesReported = table.mapping().report().findings().stream()
          .filter(f -> f.ruleId().toString().equals("loader.shape"))
          .map(f -> f.subject().keyOf("line").orElseThrow()).distinct().count();
      assertThat(linesReported).as("a line reported for each row not taken").isGreaterThanOrEqualTo(table.rejected());
      for (Finding finding : table.mapping().report().findings()) {
        assertThat(Long.parseLong(finding.subject().keyOf("line").orElseThrow())).isPositive();
      }
      assertThat(table.mapping().events().size()).isLessThanOrEqualTo(2 * table.taken());
      assertThat(ReportFormat.csv(Language.EN).format(table.mapping().report())).isNotNull();
    });
  }

  @Test
  void theFiguresSentAsJsonTakeOrReportEveryValue() {
    LoaderFuzz.run("ValuesJson.read", r -> new Bytes(LoaderInputs.valuesJson(r)), input -> {
      ValuesCsv figures;
      try {
        figures = ValuesJson.read(input.bytes(), "request");
      } catch (InputException e) {
        assertThat(e.getMessage()).isNotBlank();
        return;
      }
      assertThat(figures.taken() + figures.report().size()).as("values taken and reported").isEqualTo(figures.rows());
      assertThat(figures.dataset().size()).isEqualTo(figures.taken());
      for (Finding finding : figures.report().findings()) {
        assertThat(finding.subject().keyOf("json").orElseThrow()).startsWith("values[");
      }
    });
  }

  /** The records of a table as the CSV reader counts them, empty lines aside. */
  private static int records(String text) {
    org.apache.commons.csv.CSVFormat format = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
        .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
    try (org.apache.commons.csv.CSVParser parser =
        org.apache.commons.csv.CSVParser.parse(new StringReader(text), format)) {
      return parser.getRecords().size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void thePublishedTablesTakeOrReportEveryRow() {
    LoaderFuzz.run("PxTable.read", r -> new Tables(LoaderInputs.pxTable(r, true), LoaderInputs.pxTable(r, false)),
        tables -> {
          PxTable rates = table(tables.rates(), "rates.csv");
          PxTable population = table(tables.population(), "population.csv");
          for (PxTable table : List.of(rates, population)) {
            Set<Integer> reportedLines = new HashSet<>();
            table.report().findings().forEach(f -> reportedLines.add(Integer.parseInt(f.subject().keyOf("line")
                .orElse("0"))));
            Set<Integer> rowLines = new HashSet<>();
            table.rows().forEach(row -> rowLines.add(row.line()));
            // Lines as a BufferedReader ends them: LF, CR or CRLF.
            String text = table == rates ? tables.rates() : tables.population();
            String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\r|\n", -1);
            if (reportedLines.contains(0)) {
              continue;  // no header: the whole file is reported
            }
            int header = -1;
            boolean titled = false;
            for (int i = 0; i < lines.length; i++) {
              if (lines[i].isBlank()) {
                continue;
              }
              List<String> cells = PxTable.split(lines[i]);
              if (header < 0 && cells.size() > 1) {
                header = i;
              } else if (header < 0 && cells.get(0).isEmpty()) {
                continue;  // a title line with nothing in it ("" or a lone quote) holds nothing to lose
              } else if (header < 0 && !titled && !table.title().isEmpty()) {
                titled = true;
              } else if (header >= 0 || titled) {
                assertThat(rowLines.contains(i + 1) || reportedLines.contains(i + 1))
                    .as("line %s taken or reported", i + 1).isTrue();
              }
            }
          }
        });
  }

  /**
   * The same tables through the rest of the {@code figures} command: every row matched to a province of the day or
   * reported, the figures checked and restated for the provinces of 2025. Costly (the provinces' names keyed and a
   * crosswalk over the 2025 reorganisation each time), so one input in a hundred of the count.
   */
  @Test
  void publishedTablesAreCheckedAndRestatedWhateverTheyHold() {
    LoaderFuzz.run("FiguresReport", 100,
        r -> new Tables(LoaderInputs.pxTable(r, true), LoaderInputs.pxTable(r, false)), tables -> {
          PxTable rates = table(tables.rates(), "rates.csv");
          PxTable population = table(tables.population(), "population.csv");
          ProvinceRows rateRows = ProvinceRows.match(rates, END_OF_2024);
          ProvinceRows populationRows = ProvinceRows.match(population, END_OF_2024);
          for (ProvinceRows rows : List.of(rateRows, populationRows)) {
            assertThat(rows.matches()).hasSameSizeAs((rows == rateRows ? rates : population).rows());
            long aside = rows.matches().stream().filter(m -> m.kind() != ProvinceRows.Kind.PROVINCE
                && m.kind() != ProvinceRows.Kind.COUNTRY && m.kind() != ProvinceRows.Kind.REGION).count();
            assertThat(rows.report().size()).as("every row set aside is reported").isEqualTo((int) aside);
          }
          ValidationReport.Builder loading = ValidationReport.builder();
          ProvincialFigures figures = ProvincialFigures.of(2024, rates, rateRows, population, populationRows,
              loading);
          assertThat(loading.build().format(Language.EN)).isNotNull();
          assertThat(figures.validate(FIGURES_CHECKS).format(Language.VI)).isNotNull();
          Restatement.of(figures, HIERARCHY, VietnamCatalogue.TWO_TIER_FROM);
        });
  }

  /** A file's bytes, shown in a failure as their UTF-8 text (a byte that is not UTF-8 shown as U+FFFD). */
  private record Bytes(byte[] bytes) {
    @Override
    public String toString() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** Two tables, shown in a failure one after the other. */
  private record Tables(String rates, String population) {
    @Override
    public String toString() {
      return rates + "\n----\n" + population;
    }
  }

  private static PxTable table(String text, String file) {
    try {
      return PxTable.read(new StringReader(text), file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);  // a StringReader does not fail
    }
  }
}
