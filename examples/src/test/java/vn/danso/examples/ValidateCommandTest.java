package vn.danso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest extends CommandTestSupport {
  private static final String AN_MINH = "samples/an-minh-2023.csv";
  private static final String COMMUNES = "samples/an-minh-2023-communes.csv";

  @TempDir
  Path dir;

  /** What was printed, with the line breaks of wrapped messages read as spaces. */
  private String flat() {
    return out().replaceAll("\\s+", " ");
  }

  private String write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file.toString();
  }

  @Test
  void anMinhsReportPasses() {
    assertThat(run("--lang", "en", "validate", AN_MINH)).isZero();
    assertThat(out()).contains("an-minh-2023.csv: 5 rows, 5 taken; 1 unit, 1 period, 5 values")
        .contains("Validation report: VALID — no findings");
  }

  @Test
  void fiveHundredFortyBoysGiveTheSumAndTheRatioFindings() throws IOException {
    String file = write("540.csv", Files.readString(Path.of(AN_MINH)).replace("births[male],538", "births[male],540"));
    assertThat(run("--lang", "en", "validate", file)).as("errors exit 1").isEqualTo(ExitStatus.FINDINGS);
    assertThat(flat()).contains("INVALID — 2 findings (2 errors, 0 warnings, 0 info)")
        .contains("data.components.sum-mismatch — unit[909] › period[2023] › element[births]")
        .contains("indicator.value.reported-mismatch — unit[909] › period[2023] › indicator[SRB]")
        .contains("SRB is reported as 100.6 but its components give 100.9 (100.9346)");
  }

  @Test
  void aFileSavedByAVietnameseSpreadsheetIsRead() throws IOException {
    String file = write("vi.csv", "Mã đơn vị;Kỳ;Chỉ tiêu;Giá trị\n"
        + "909;2023;births;1073\n909;2023;births[male];538\n909;2023;births[female];535\n909;2023;SRB;100,6\n"
        + "909;2023;deaths;1.073\n");
    assertThat(run("--lang", "en", "validate", file)).isEqualTo(ExitStatus.FINDINGS);
    assertThat(flat()).contains("vi.csv: 5 rows, 4 taken")
        .contains("line 6: value \"1.073\" of a count has points between thousands; write 1073")
        .doesNotContain("SRB is reported");
    assertThat(ValuesCsv.usesSemicolons("# note; a; b; c\n\n909;2023;SRB;100,6")).isTrue();
    assertThat(ValuesCsv.usesSemicolons("909,2023,note;a;b;c,1")).isFalse();
    assertThat(ValuesCsv.usesSemicolons("909,2023,SRB,100.6")).isFalse();
  }

  @Test
  void rowsThatCannotBeTakenAreReportedWithTheirLines() throws IOException {
    String file = write("bad.csv", "unit,period,key,value\n"
        + "909,2023,births,1073\n"
        + "9O9,2023,births,1\n"
        + "909,2023-13,births,1\n"
        + "909,2023,birth s,1\n"
        + "909,2023,deaths,1.073\n"
        + "909,2023,deaths,12,x\n"
        + "909,2023\n"
        + "909,2023,SRB,100.60,1\n");
    assertThat(run("--lang", "en", "validate", file)).isEqualTo(ExitStatus.FINDINGS);
    assertThat(flat()).contains("bad.csv: 8 rows, 2 taken")
        .contains("line 3: unit code \"9O9\" is not valid")
        .contains("line 4: period \"2023-13\" is not valid")
        .contains("line 5: key \"birth s\" is not valid")
        .contains("line 6: value \"1.073\" of a count has points between thousands; write 1073")
        .contains("line 7: decimals \"x\" is not valid")
        .contains("line 8: 2 columns, expected 4 or 5");
  }

  @Test
  void aDistrictThatDiffersFromItsCommunesIsReportedWithTheCommunesMissing() throws URISyntaxException {
    assertThat(run("--lang", "en", "validate", COMMUNES, resource("gso-export-sample.json"), "--export-date",
        "2025-03-01")).isEqualTo(ExitStatus.FINDINGS);
    assertThat(flat())
        .contains("gso-export-sample.json (2025-03-01, from --export-date): units as of 2023-12-31, checked below 909")
        .contains("births = 1073 differs from the sum over the 10 of 11 units below that reported = 949 "
            + "(imbalance 124); not reported: 31048")
        .contains("Reports from 10 of 11 units below (90.9%); not reported: 31048")
        .contains("data.value.duplicate — unit[31042] › period[2023] › element[births]")
        .contains("data.count.negative — unit[31045] › period[2023] › element[births]")
        .contains("data.value.not-finite — unit[31039] › period[2023] › element[deaths]");
  }

  @Test
  void csvForMachines() throws URISyntaxException {
    assertThat(run("validate", "--csv", COMMUNES, resource("gso-export-sample.json"), "--export-date", "2025-03-01"))
        .isEqualTo(ExitStatus.FINDINGS);
    assertThat(out()).startsWith("rule,severity,subject,expected,actual,message\r\n")
        .contains("data.hierarchy.sum-mismatch,ERROR,unit[909] › period[2023] › element[births],949,1073,");
  }

  @Test
  void theLoaderKeepsTheDecimalsOfIndicators() throws IOException {
    ValuesCsv csv = ValuesCsv.read(new StringReader("909,2023,SRB,100.60\n909,2023,births,1073\n"), "x.csv");
    assertThat(csv.report().findings()).isEmpty();
    assertThat(csv.dataset().submissions().findFirst().orElseThrow().values())
        .anySatisfy(v -> assertThat(v.decimals()).hasValue(2));
  }

  @Test
  void theActualColumnOfCsvHoldsTheCellNotProse() throws IOException {
    String file = write("cells.csv", "9O9,2023,births,1\n909,2023,deaths,1.073\n");
    assertThat(run("--lang", "en", "validate", "--csv", file)).isEqualTo(ExitStatus.FINDINGS);
    assertThat(out()).contains("loader.cell,ERROR,file[cells.csv] › line[1],\"2, 3 or 5 digits\",9O9,")
        .contains("loader.cell,ERROR,file[cells.csv] › line[2],1073,1.073,");
  }

  @Test
  void badArgumentsAreUsageErrors() {
    assertThat(run("validate")).isEqualTo(2);
    assertThat(err()).contains("Thiếu: VALUES.csv");
    assertThat(run("validate", AN_MINH, "--date", "31/12/2023")).isEqualTo(2);
    assertThat(run("--lang", "en", "validate", AN_MINH, "--csv", "--json")).isEqualTo(2);
    assertThat(err()).contains("Choose one: --csv or --json");
  }

  @Test
  void missingFilesAndDirectoriesAreInputErrors() {
    assertThat(run("--lang", "en", "validate", "no-such-file.csv")).isEqualTo(2);
    assertThat(err()).contains("Error: No such file: no-such-file.csv");
    assertThat(run("validate", dir.toString())).isEqualTo(2);
    assertThat(err()).contains(dir + " là một thư mục, không phải tệp");
    assertThat(out()).isEmpty();
  }

  @Test
  void anEmptyFileIsAnInputErrorNotAValidReport() throws IOException {
    assertThat(run("--lang", "en", "validate", write("empty.csv", ""))).isEqualTo(2);
    assertThat(run("--lang", "en", "validate", write("header.csv", "unit,period,key,value\r\n# nothing yet\r\n")))
        .isEqualTo(2);
    assertThat(err()).contains("empty.csv has no rows of figures").contains("header.csv has no rows of figures");
    assertThat(out()).doesNotContain("VALID");
  }

  @Test
  void aByteOrderMarkQuotedCellsCrlfAndCommentsAreRead() throws IOException {
    Path file = dir.resolve("excel.csv");
    Files.write(file, ("\uFEFFunit,period,key,value\r\n# exported from a spreadsheet\r\n"
        + "\"909\",\"2023\",\"births\",\"1073\"\r\n909,2023,\"births[male]\",538\r\n"
        + "909,2023,births[female],535\r\n").getBytes(StandardCharsets.UTF_8));
    assertThat(run("--lang", "en", "validate", file.toString())).isZero();
    assertThat(out()).contains("excel.csv: 3 rows, 3 taken").contains("VALID — no findings");
  }

  @Test
  void aLineThatIsNotUtf8IsReportedWithItsLineAndTheOthersAreTaken() throws IOException {
    Path file = dir.resolve("latin1.csv");
    byte[] good = "909,2023,births,1073\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "909,2023,births[male],538 Nam\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[good.length + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    all[good.length + 25] = (byte) 0xE0;
    Files.write(file, all);
    assertThat(run("--lang", "en", "validate", file.toString())).isEqualTo(ExitStatus.FINDINGS);
    assertThat(flat()).contains("latin1.csv: 2 rows, 1 taken")
        .contains("line 2: not UTF-8: byte 0xE0 at column 26; save the file as UTF-8");
  }

  @Test
  void warningsPassUnlessAskedToFail() throws IOException {
    String file = write("unknown.csv", "909,2023,births,1073\n909,2023,widgets,12\n");
    int status = run("--lang", "en", "validate", file);
    assertThat(flat()).contains("VALID — 1 finding (0 errors, 1 warning, 0 info)").contains("data.value.unknown-key");
    int strict = run("--lang", "en", "validate", file, "--fail-on-warning");
    assertThat(status).isZero();
    assertThat(strict).isEqualTo(ExitStatus.FINDINGS);
  }

  @Test
  void jsonForServices() throws IOException {
    String file = write("540.csv", Files.readString(Path.of(AN_MINH)).replace("births[male],538", "births[male],540"));
    assertThat(run("validate", "--json", file)).isEqualTo(ExitStatus.FINDINGS);
    assertThat(out()).startsWith("{\"schemaVersion\":\"1.0\",\"valid\":false,")
        .contains("\"counts\":{\"total\":2,\"error\":2,\"warning\":0,\"info\":0}")
        .contains("\"rule\":\"data.components.sum-mismatch\"");
  }

  @Test
  void aProvincesRuleFileIsCheckedBesideTheBuiltInRules() {
    assertThat(run("--lang", "en", "validate", AN_MINH, "--rules", "samples/kien-giang-rules.txt")).isZero();
    assertThat(flat()).contains("kien-giang-rules.txt: 10 rules")
        .contains("data.value.missing — unit[909] › period[2023] › element[deaths]")
        .doesNotContain("kien-giang.boys-share");
  }

  @Test
  void aRuleOfTheFileReadsTheYearBeforeWhenTheFileHasIt() throws IOException {
    // Deaths tripling from one year to the next (made-up figures): the rule reads 2022 when checking 2023.
    String file = write("two-years.csv", Files.readString(Path.of(AN_MINH)) + "909,2023,deaths,300,\n"
        + "909,2022,deaths,100,\n909,2022,births,1100,\n");
    run("--lang", "en", "validate", file, "--rules", "samples/kien-giang-rules.txt");
    assertThat(flat()).contains("kien-giang.deaths-change — unit[909] › period[2023]")
        .doesNotContain("kien-giang.deaths-change — unit[909] › period[2022]");
  }

  @Test
  void mistakesInARuleFileAreReportedWithTheirLinesAndTheOtherRulesAreChecked() throws IOException {
    String rules = write("rules.txt", "check a.boys: births[male] <= 0.5 * births\n"
        + "check a.bad: births = 3\n"
        + "rule: whole(birth[*])\n");
    assertThat(run("--lang", "en", "validate", AN_MINH, "--rules", rules)).isEqualTo(ExitStatus.FINDINGS);
    assertThat(flat()).contains("rules.txt: 1 rule")
        .contains("Line 2, column 21: the rule cannot be read")
        .contains("Line 3, column 7: birth is not defined by the indicator catalogue")
        .contains("a.boys — unit[909] › period[2023]");
  }
}
