package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.data.DataValidator;
import vn.danso.data.Dataset;
import vn.danso.text.LocalizedText;
import vn.danso.validation.ReportFormat;
import vn.danso.validation.Rule;
import vn.danso.validation.Severity;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/** The JSON form of reports: read back by a real parser, and checked against docs/report.schema.json. */
class JsonReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long SEED = 20261202L;
  private static final Rule ANY = Rule.builder().id("test.any").severity(Severity.WARNING)
      .title("Bất kỳ", "Any").message("{name}: {actual}", "{name}: {actual}").build();
  private static JsonSchema schema;

  @BeforeAll
  static void readSchema() throws IOException {
    Path file = Path.of(System.getProperty("danso.docs.dir", "../docs"), "report.schema.json");
    try (InputStream in = Files.newInputStream(file)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  private static JsonNode checked(ValidationReport report) throws IOException {
    JsonNode json = JSON.readTree(ReportFormat.json().format(report));
    Set<ValidationMessage> errors = schema.validate(json);
    assertThat(errors).as("schema errors in %s", json).isEmpty();
    return json;
  }

  @Test
  void anEmptyReportIsValidWithZeroCounts() throws IOException {
    JsonNode json = checked(ValidationReport.empty());
    assertThat(json.get("valid").asBoolean()).isTrue();
    assertThat(json.get("counts").get("total").asInt()).isZero();
    assertThat(json.get("findings").size()).isZero();
  }

  @Test
  void aRealReportCarriesRuleSeveritySubjectValuesMessagesAndCounts() throws IOException {
    Dataset figures = Dataset.builder()
        .add(vn.danso.admin.UnitCode.of("909"), vn.danso.indicator.Period.parse("2023"),
            vn.danso.data.DataKey.parse("births"), 1073, -1)
        .add(vn.danso.admin.UnitCode.of("909"), vn.danso.indicator.Period.parse("2023"),
            vn.danso.data.DataKey.parse("births[male]"), 540, -1)
        .add(vn.danso.admin.UnitCode.of("909"), vn.danso.indicator.Period.parse("2023"),
            vn.danso.data.DataKey.parse("births[female]"), 535, -1)
        .build();
    ValidationReport report = DataValidator.builder().build().validate(figures);
    JsonNode json = checked(report);
    assertThat(json.get("valid").asBoolean()).isFalse();
    assertThat(json.get("counts").get("error").asInt()).isEqualTo(report.count(Severity.ERROR)).isPositive();
    JsonNode finding = json.get("findings").get(0);
    assertThat(finding.get("rule").asText()).isEqualTo("data.components.sum-mismatch");
    assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
    assertThat(finding.get("subject").get("path").asText()).isEqualTo("unit[909] › period[2023] › element[births]");
    assertThat(finding.get("subject").get("segments").get(0).get("key").asText()).isEqualTo("909");
    assertThat(finding.get("expected").get("value").isNumber()).isTrue();
    assertThat(finding.get("actual").get("value").asInt()).isEqualTo(1073);
    assertThat(finding.get("message").get("en").asText()).isEqualTo(report.findings().get(0).message(
        vn.danso.text.Language.EN));
  }

  @Test
  void valuesKeepTheirMachineFormBesideTheirText() throws IOException {
    ValidationReport report = ValidationReport.of(
        ANY.finding(Subject.root()).arg("name", "n").expected(100.6).actual(Double.NaN).build(),
        ANY.finding(Subject.of("unit", "91")).arg("name", "d").expected(LocalDate.of(2025, 7, 1))
            .actual(LocalizedText.of("một phần", "partly")).build());
    JsonNode findings = checked(report).get("findings");
    assertThat(findings.get(0).get("subject").get("path").asText()).isEqualTo("*");
    assertThat(findings.get(0).get("expected").get("value").decimalValue()).isEqualByComparingTo("100.6");
    assertThat(findings.get(0).get("expected").get("vi").asText()).isEqualTo("100,6");
    assertThat(findings.get(0).get("actual").get("value").asText()).isEqualTo("NaN");
    assertThat(findings.get(1).get("expected").get("value").asText()).isEqualTo("2025-07-01");
    assertThat(findings.get(1).get("expected").get("vi").asText()).isEqualTo("01/07/2025");
    assertThat(findings.get(1).get("actual").has("value")).as("text in two languages has no machine form").isFalse();
    assertThat(findings.get(1).get("actual").get("en").asText()).isEqualTo("partly");
  }

  static Stream<String> awkwardTexts() {
    Random random = new Random(SEED);
    String alphabet = "\"\\/\b\f\n\r\t\u0000\u001f\u007f\u2028\u2029ĐđẠạ́ \uD83D\uDE00\uD800\uDC00aZ09,;{}[]:";
    Stream<String> generated = IntStream.range(0, 200).mapToObj(i -> {
      StringBuilder text = new StringBuilder("x");
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return text.toString();
    });
    return Stream.concat(Stream.of("\"quoted\"", "back\\slash", "tab\tnew\nline", "Xã Đông Hòa", "\uD800alone",
        "end\uDC00", "Ðồng Tháp"), generated);
  }

  @ParameterizedTest(name = "[{index}] seed " + SEED)
  @MethodSource("awkwardTexts")
  void everyTextSurvivesARealParser(String text) throws IOException {
    ValidationReport report = ValidationReport.of(
        ANY.finding(Subject.of("unit", text)).arg("name", text).actual(text).build());
    JsonNode finding = checked(report).get("findings").get(0);
    assertThat(finding.get("actual").get("value").asText()).isEqualTo(text);
    assertThat(finding.get("message").get("vi").asText()).isEqualTo(text + ": " + text);
    assertThat(finding.get("subject").get("segments").get(0).get("key").asText())
        .isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
  }
}
