package vn.danso.data;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import vn.danso.admin.UnitCode;
import vn.danso.validation.Finding;
import vn.danso.validation.RuleId;
import vn.danso.validation.Severity;
import vn.danso.validation.ValidationReport;

/**
 * The result of checking a dataset (kết quả kiểm tra bộ số liệu): which units, periods and figures were found wrong,
 * kept compactly (one {@code long} each), with their findings made the first time they are asked for.
 *
 * <p>A national check flags tens of thousands of figures in milliseconds; writing each as a finding with its
 * messages in two languages takes longer, so it is done once, on demand: {@link #toReport()} and everything derived
 * from it ({@link #size()}, {@link #isValid()}, {@link #countsByRule()}). {@link #flagged()} and {@link #isClean()}
 * need no findings. Immutable and thread-safe.
 */
public final class DatasetReport {
  private final BulkRun bulk;
  private final ColumnCheck[] checks;
  private final long[] hits;
  /** Made when first asked for (held here rather than by a memoizing supplier: no lambda to spin on first use). */
  private final AtomicReference<ValidationReport> report = new AtomicReference<>();

  DatasetReport(BulkRun bulk, ColumnCheck[] checks, long[] hits) {
    this.bulk = bulk;
    this.checks = checks;
    this.hits = hits;
  }

  private ValidationReport materialize() {
    List<Finding> findings = new ArrayList<>(hits.length + hits.length / 4);
    for (long hit : hits) {
      checks[bulk.check(hit)].findings(bulk, bulk.ordinal(hit), bulk.period(hit), findings);
    }
    return ValidationReport.of(findings);
  }

  /**
   * Returns how many times a rule found something about a unit, period and key; each gives one finding or more
   * (a negative fraction is both negative and not whole).
   *
   * @return the number of flagged figures
   */
  public int flagged() {
    return hits.length;
  }

  /**
   * Returns how many figures each check of the set flagged, without making any finding: a cheap count per check, in
   * the check set's order (checks that flagged nothing included with zero). The checks every dataset gets
   * (duplicated, non-finite and unknown figures) are not in the set and are counted by {@link #flagged()} only.
   *
   * @return the counts, by check
   */
  public ImmutableList<Integer> flaggedByCheck() {
    int[] counts = new int[bulk.compiled.size()];
    for (long hit : hits) {
      int rule = checks[bulk.check(hit)].order - CompiledChecks.IMPLICIT;
      if (rule >= 0) {
        counts[rule]++;
      }
    }
    return ImmutableList.copyOf(com.google.common.primitives.Ints.asList(counts));
  }

  /**
   * Returns how many figures one check of the set flagged for each unit, without making any finding.
   *
   * @param check the index of the check in the check set
   * @return the counts, by unit, only the units with a flagged figure
   */
  public ImmutableMap<UnitCode, Integer> flaggedByUnit(int check) {
    com.google.common.base.Preconditions.checkElementIndex(check, bulk.compiled.size(), "check index");
    java.util.Map<UnitCode, Integer> counts = new java.util.LinkedHashMap<>();
    for (long hit : hits) {
      if (checks[bulk.check(hit)].order - CompiledChecks.IMPLICIT == check) {
        counts.merge(bulk.units.get(bulk.ordinal(hit)), 1, Integer::sum);
      }
    }
    return ImmutableMap.copyOf(counts);
  }

  /**
   * Returns true if nothing was found.
   *
   * @return whether the dataset passed every rule
   */
  public boolean isClean() {
    return hits.length == 0;
  }

  /**
   * Returns every finding, in order: by unit (level, then code), period, rule and key.
   *
   * @return the report
   */
  public ValidationReport toReport() {
    ValidationReport made = report.get();
    if (made == null) {
      synchronized (report) {
        made = report.get();
        if (made == null) {
          made = materialize();
          report.set(made);
        }
      }
    }
    return made;
  }

  /**
   * Returns the number of findings.
   *
   * @return the size of {@link #toReport()}
   */
  public int size() {
    return toReport().size();
  }

  /**
   * Returns true if no finding is an error.
   *
   * @return whether the dataset is valid
   */
  public boolean isValid() {
    return toReport().isValid();
  }

  /**
   * Returns the number of findings of a severity.
   *
   * @param severity the severity
   * @return the count
   */
  public int count(Severity severity) {
    return toReport().count(severity);
  }

  /**
   * Returns the number of findings per rule, in order of each rule's first finding.
   *
   * @return the counts
   */
  public ImmutableMap<RuleId, Integer> countsByRule() {
    return toReport().countsByRule();
  }

  /**
   * Returns the number of values checked, duplicates included.
   *
   * @return the dataset's size
   */
  public int valuesChecked() {
    return bulk.dataset.size();
  }

  @Override
  public String toString() {
    return "DatasetReport[" + bulk.dataset.size() + " values, " + hits.length + " flagged]";
  }
}
