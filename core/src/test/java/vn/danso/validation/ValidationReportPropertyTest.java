package vn.danso.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.testing.Gen;

/** Report invariants over generated reports: merge is associative, counts match contents, order is kept. */
class ValidationReportPropertyTest {
  static Stream<Long> seeds() {
    return Gen.seeds(500);
  }

  static ValidationReport randomReport(Gen gen) {
    int n = gen.intBetween(0, 12);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Subject subject = Subject.of("unit", String.valueOf(gen.intBetween(1, 5)));
      if (gen.chance(0.5)) {
        subject = subject.child("period", String.valueOf(gen.intBetween(2020, 2023)));
      }
      Rule rule = gen.pick(TestRules.CODE_FORMAT, TestRules.SRB_RANGE, TestRules.NOTE);
      Finding.Builder builder = rule.finding(subject).expected(gen.intBetween(0, 9)).actual(gen.doubleBetween(0, 200));
      if (rule == TestRules.CODE_FORMAT) {
        builder.arg("code", gen.string("0123456789", gen.intBetween(1, 6)));
      }
      if (gen.chance(0.2)) {
        builder.severity(gen.pick(Severity.values()));
      }
      findings.add(builder.build());
    }
    return ValidationReport.of(findings);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void mergeIsAssociativeWithEmptyAsIdentity(long seed) {
    Gen gen = new Gen(seed);
    ValidationReport a = randomReport(gen);
    ValidationReport b = randomReport(gen);
    ValidationReport c = randomReport(gen);
    assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
    assertThat(a.merge(ValidationReport.empty())).isEqualTo(a);
    assertThat(ValidationReport.empty().merge(a)).isEqualTo(a);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void countsMatchContents(long seed) {
    ValidationReport report = randomReport(new Gen(seed));
    int sum = 0;
    for (Severity severity : Severity.values()) {
      long counted = report.findings().stream().filter(f -> f.severity() == severity).count();
      assertThat(report.count(severity)).isEqualTo((int) counted);
      sum += report.count(severity);
    }
    assertThat(sum).isEqualTo(report.size());
    assertThat(report.countsByRule().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(report.size());
    report.countsByRule().forEach((id, n) -> assertThat(report.withRule(id).size()).isEqualTo(n));
    assertThat(report.isValid()).isEqualTo(report.count(Severity.ERROR) == 0);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void mergeAndFilterKeepOrder(long seed) {
    Gen gen = new Gen(seed);
    ValidationReport a = randomReport(gen);
    ValidationReport b = randomReport(gen);
    List<Finding> expected = new ArrayList<>(a.findings());
    expected.addAll(b.findings());
    assertThat(a.merge(b).findings()).containsExactlyElementsOf(expected);
    Subject unit = Subject.of("unit", "3");
    ValidationReport about = a.merge(b).about(unit);
    assertThat(about.findings())
        .containsExactlyElementsOf(expected.stream().filter(f -> f.subject().startsWith(unit)).toList());
    ValidationReport merged = a.merge(b);
    assertThat(merged.filter(f -> true)).isSameAs(merged);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void formatsNeverLoseAFinding(long seed) {
    ValidationReport report = randomReport(new Gen(seed));
    String csv = ReportFormat.csv(vn.danso.text.Language.EN).format(report);
    assertThat(csv.split("\r\n", -1)).hasSize(report.size() + 2);
    for (Finding finding : report.findings()) {
      assertThat(report.format(vn.danso.text.Language.VI)).contains(finding.message());
    }
  }
}
