package vn.danso.validation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.danso.text.Language;

/**
 * The answer of every validator (báo cáo kiểm tra): all findings, in the order they were found.
 *
 * <p>A report is complete: validators report every defect, never only the first, and a report is never truncated.
 * It is {@linkplain #isValid() valid} when it holds no error (warnings and information notes do not make input
 * invalid). Reports {@linkplain #merge merge} by concatenation, which is associative with the
 * {@linkplain #empty() empty} report as identity, and keep their order under {@linkplain #filter filtering}.
 *
 * <p>{@link #toString()} and {@link #format(Language)} write the report for people; {@link ReportFormat} has the
 * other forms (CSV for machines). Immutable and thread-safe.
 */
public final class ValidationReport {
  private static final ValidationReport EMPTY = new ValidationReport(ImmutableList.of());

  private final ImmutableList<Finding> findings;
  private final int errors;
  private final int warnings;

  private ValidationReport(ImmutableList<Finding> findings) {
    this.findings = findings;
    int e = 0;
    int w = 0;
    for (Finding finding : findings) {
      if (finding.severity() == Severity.ERROR) {
        e++;
      } else if (finding.severity() == Severity.WARNING) {
        w++;
      }
    }
    this.errors = e;
    this.warnings = w;
  }

  /**
   * Returns the report with no findings.
   *
   * @return the empty report
   */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * Returns a report of the given findings, in iteration order.
   *
   * @param findings the findings
   * @return the report
   */
  public static ValidationReport of(Iterable<Finding> findings) {
    ImmutableList<Finding> list = ImmutableList.copyOf(checkNotNull(findings, "findings is null"));
    return list.isEmpty() ? EMPTY : new ValidationReport(list);
  }

  /**
   * Returns a report of the given findings, in order.
   *
   * @param findings the findings
   * @return the report
   */
  public static ValidationReport of(Finding... findings) {
    return of(ImmutableList.copyOf(findings));
  }

  /**
   * Returns the concatenation of the reports, in order.
   *
   * @param reports the reports to merge
   * @return one report holding every finding of every report
   */
  public static ValidationReport concat(Iterable<ValidationReport> reports) {
    Builder builder = builder();
    for (ValidationReport report : reports) {
      builder.addAll(report);
    }
    return builder.build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of reports
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns every finding, in the order found.
   *
   * @return the findings
   */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /**
   * Returns true if the report has no finding of severity {@link Severity#ERROR}.
   *
   * @return whether the validated input is valid
   */
  public boolean isValid() {
    return errors == 0;
  }

  /**
   * Returns true if there are no findings at all.
   *
   * @return whether the report is empty
   */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /**
   * Returns the number of findings.
   *
   * @return the number of findings
   */
  public int size() {
    return findings.size();
  }

  /**
   * Returns the number of findings of the given severity.
   *
   * @param severity the severity
   * @return how many findings have it
   */
  public int count(Severity severity) {
    checkNotNull(severity, "severity is null");
    // Tests rather than a switch on the enum, which would compile to one more class to load when a report is read.
    if (severity == Severity.ERROR) {
      return errors;
    }
    return severity == Severity.WARNING ? warnings : findings.size() - errors - warnings;
  }

  /**
   * Returns the number of findings per severity, every severity present, most serious first.
   *
   * @return the counts
   */
  public ImmutableMap<Severity, Integer> countsBySeverity() {
    EnumMap<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, count(severity));
    }
    return Maps.immutableEnumMap(counts);
  }

  /**
   * Returns the number of findings per rule, in order of each rule's first finding.
   *
   * @return the counts; rules without findings are absent
   */
  public ImmutableMap<RuleId, Integer> countsByRule() {
    Map<RuleId, Integer> counts = new LinkedHashMap<>();
    for (Finding finding : findings) {
      counts.merge(finding.ruleId(), 1, Integer::sum);
    }
    return ImmutableMap.copyOf(counts);
  }

  /**
   * Returns the number of findings of the given rule.
   *
   * @param ruleId the rule id
   * @return how many findings the rule produced
   */
  public int count(RuleId ruleId) {
    checkNotNull(ruleId, "ruleId is null");
    int n = 0;
    for (Finding finding : findings) {
      if (finding.ruleId().equals(ruleId)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the report of the findings that match, in the same order.
   *
   * @param predicate which findings to keep
   * @return the filtered report
   */
  public ValidationReport filter(Predicate<? super Finding> predicate) {
    checkNotNull(predicate, "predicate is null");
    List<Finding> kept = new ArrayList<>();
    for (Finding finding : findings) {
      if (predicate.test(finding)) {
        kept.add(finding);
      }
    }
    return kept.size() == findings.size() ? this : of(kept);
  }

  /**
   * Returns the findings of the given rule.
   *
   * @param ruleId the rule id
   * @return the filtered report
   */
  public ValidationReport withRule(RuleId ruleId) {
    checkNotNull(ruleId, "ruleId is null");
    return filter(f -> f.ruleId().equals(ruleId));
  }

  /**
   * Returns the findings of exactly the given severity.
   *
   * @param severity the severity
   * @return the filtered report
   */
  public ValidationReport withSeverity(Severity severity) {
    checkNotNull(severity, "severity is null");
    return filter(f -> f.severity() == severity);
  }

  /**
   * Returns the findings at least as serious as the given severity ({@code atLeast(WARNING)} keeps errors and
   * warnings).
   *
   * @param severity the least severity kept
   * @return the filtered report
   */
  public ValidationReport atLeast(Severity severity) {
    checkNotNull(severity, "severity is null");
    return filter(f -> f.severity().isAtLeast(severity));
  }

  /**
   * Returns the findings whose subject {@linkplain Subject#startsWith starts with} the given one: everything about
   * one unit, one document, one submission.
   *
   * @param subject the subject prefix
   * @return the filtered report
   */
  public ValidationReport about(Subject subject) {
    checkNotNull(subject, "subject is null");
    return filter(f -> f.subject().startsWith(subject));
  }

  /**
   * Returns this report followed by the other's findings.
   *
   * @param other the report to append
   * @return the merged report
   */
  public ValidationReport merge(ValidationReport other) {
    checkNotNull(other, "other report is null");
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    return new ValidationReport(
        ImmutableList.<Finding>builderWithExpectedSize(size() + other.size())
            .addAll(findings)
            .addAll(other.findings)
            .build());
  }

  /**
   * Writes the report for people in the given language: a summary line, then each finding with its subject, message
   * and expected and actual values.
   *
   * @param language the language
   * @return the report as text
   */
  public String format(Language language) {
    return ReportFormat.text(language).format(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport && findings.equals(((ValidationReport) o).findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  /** Returns the report written for people, in Vietnamese (see {@link #format(Language)}). */
  @Override
  public String toString() {
    return format(Language.VI);
  }

  /**
   * Collects findings into a {@link ValidationReport}, in the order added. Not thread-safe: use one per thread and
   * {@linkplain ValidationReport#merge merge} the reports.
   *
   * <p>For example:
   *
   * <pre>{@code
   * ValidationReport all = ValidationReport.builder()
   *     .addAll(DataValidator.builtIn().validate(anMinh2023))   // the figures' findings
   *     .add(late)                                              // and a finding of one of your own rules
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final ImmutableList.Builder<Finding> findings = ImmutableList.builder();

    private Builder() {}

    /**
     * Adds a finding.
     *
     * @param finding the finding
     * @return this builder
     */
    public Builder add(Finding finding) {
      findings.add(checkNotNull(finding, "finding is null"));
      return this;
    }

    /**
     * Adds every finding of a report, in order.
     *
     * @param report the report
     * @return this builder
     */
    public Builder addAll(ValidationReport report) {
      findings.addAll(checkNotNull(report, "report is null").findings);
      return this;
    }

    /**
     * Returns the report of the findings added so far.
     *
     * @return the report
     */
    public ValidationReport build() {
      return of(findings.build());
    }
  }
}
