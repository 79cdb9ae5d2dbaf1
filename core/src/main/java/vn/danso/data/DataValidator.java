package vn.danso.data;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.concurrent.Executor;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.validation.ValidationReport;
import vn.danso.validation.Validator;

/**
 * The data validation engine (bộ kiểm tra số liệu báo cáo): checks reported figures with a {@link DataCheckSet}
 * compiled once, one submission at a time or a whole dataset at once, and answers with every finding.
 *
 * <p>One engine, two ways in. {@link #check(Dataset)} is for a province's or the nation's figures: it runs compiled
 * loops over the dataset's primitive columns, block by block, in parallel across provinces (or across slices of units
 * without a {@link UnitTree}), and returns a compact {@link DatasetReport} whose findings are made only when asked
 * for; in the calling thread, unless an {@link Builder#executor executor} is given for more.
 * {@link #validate(Submission)} is the request/response case: one unit's report for one period, laid out as a
 * one-unit dataset and checked by the same engine in microseconds, with the plan kept for the report's shape (its
 * keys, its unit's level, its period's type), so a stream of similar reports is planned once. For the rules that
 * read one report, checking a dataset gives the same findings in the same order as checking each of its reports;
 * the rules that compare units or periods ({@link ParentEqualsChildrenSum}, {@link Completeness},
 * {@link YearOnYearChange}, {@link PeerOutlier}, {@link TargetCheck} with a baseline, and an {@link ExpressionCheck}
 * whose condition {@linkplain Expression#readsOtherReports() reads other reports}) need a dataset, and
 * {@link #validate(Submission)} does not check them.
 *
 * <p>Bad figures never throw: NaN and infinite values, negative and fractional counts, absurd magnitudes, keys given
 * twice and keys the catalogue does not define all become findings. Findings are listed by unit (by level, then
 * code), period, rule (the implicit checks of duplicated, non-finite and unknown figures first, then the rule set's
 * order) and key.
 *
 * <pre>{@code
 * DataValidator validator = DataValidator.builder()
 *     .catalogue(IndicatorCatalogue.builtIn())
 *     .units(UnitTree.of(UnitCode.of("VN"), snapshot::childCodes))
 *     .build();
 * ValidationReport one = validator.validate(anMinh2023);
 * DatasetReport all = validator.check(nationalDataset);
 * all.size(); all.countsByRule(); all.toReport().format(Language.EN);
 * }</pre>
 *
 * <p>A validator keeps the plan of each shape of dataset it checks (its units, periods and keys, up to 16 shapes) and
 * the buffers of its largest check, lent to one check at a time: checking next month's national figures, or the same
 * dataset again, allocates its result (8 bytes per flagged figure) and the exact fractions that decide a computed
 * indicator reported at a rounding boundary, and nothing for the other figures.
 *
 * <p>Immutable and thread-safe: one validator serves any number of threads.
 */
public final class DataValidator implements Validator<Submission> {
  private final CompiledChecks compiled;
  private final Optional<UnitTree> units;
  private final int parallelism;
  private final Executor executor;
  /** The plans of the shapes of dataset checked, and buffers lent to each check. */
  private final DatasetPlans plans = new DatasetPlans();

  private DataValidator(CompiledChecks compiled, Optional<UnitTree> units, int parallelism, Executor executor) {
    this.compiled = compiled;
    this.units = units;
    this.parallelism = parallelism;
    this.executor = executor;
  }

  /**
   * Returns the validator of the built-in rules of the built-in catalogue, without a hierarchy.
   *
   * @return the validator
   */
  public static DataValidator builtIn() {
    return builder().build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks one unit's report for one period with the rules that read one report, laid out as a one-unit dataset; an
   * empty report has its required figures reported missing.
   *
   * @param submission the report
   * @return every finding, in order
   */
  @Override
  public ValidationReport validate(Submission submission) {
    return BulkCheck.runReport(compiled, checkNotNull(submission, "submission is null"), plans);
  }

  /**
   * Checks a dataset with every rule; findings are made only when the result is asked for them.
   *
   * @param dataset the dataset
   * @return the result
   */
  public DatasetReport check(Dataset dataset) {
    return BulkCheck.run(compiled, units, checkNotNull(dataset, "dataset is null"), parallelism, executor,
        plans);
  }

  /**
   * Checks a dataset with every rule and makes every finding: {@code check(dataset).toReport()}.
   *
   * @param dataset the dataset
   * @return every finding, in order
   */
  public ValidationReport validate(Dataset dataset) {
    return check(dataset).toReport();
  }

  /**
   * Returns the rules checked.
   *
   * @return the rule set
   */
  public DataCheckSet checks() {
    return DataCheckSet.builder().addAll(compiled.rules).build();
  }

  /**
   * Returns the catalogue keys and indicators are checked against.
   *
   * @return the catalogue
   */
  public IndicatorCatalogue catalogue() {
    return compiled.catalogue;
  }

  /**
   * Returns the units datasets are checked against.
   *
   * @return the tree, or empty
   */
  public Optional<UnitTree> units() {
    return units;
  }

  /**
   * Returns how many threads check a dataset.
   *
   * @return the parallelism, 1 for the calling thread only
   */
  public int parallelism() {
    return parallelism;
  }

  @Override
  public String toString() {
    return "DataValidator[" + compiled.size() + " rules" + units.map(u -> ", " + u).orElse("") + ", parallelism "
        + parallelism + "]";
  }

  /** Builds a {@link DataValidator}; every setting has a default. Not thread-safe. */
  public static final class Builder {
    private IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    private DataCheckSet rules;
    private UnitTree units;
    private int parallelism = 1;
    private Executor executor;

    private Builder() {}

    /**
     * Sets the catalogue keys are checked against and indicators computed with; the built-in one unless set.
     *
     * @param catalogue the catalogue
     * @return this builder
     */
    public Builder catalogue(IndicatorCatalogue catalogue) {
      this.catalogue = checkNotNull(catalogue, "catalogue is null");
      return this;
    }

    /**
     * Sets the rules; unless set, the rules {@linkplain DataCheckSet#builtIn derived} from the catalogue.
     *
     * @param rules the rule set
     * @return this builder
     */
    public Builder checks(DataCheckSet rules) {
      this.rules = checkNotNull(rules, "rules is null");
      return this;
    }

    /**
     * Sets the units datasets are checked against: needed by the rules that compare a unit with the units below
     * it, and to check a national dataset province by province.
     *
     * @param units the tree, such as {@code UnitTree.of(UnitCode.of("VN"), snapshot::childCodes)}
     * @return this builder
     */
    public Builder units(UnitTree units) {
      this.units = checkNotNull(units, "units is null");
      return this;
    }

    /**
     * Sets how many threads check a dataset: the calling thread, and {@code parallelism - 1} tasks given to the
     * {@linkplain #executor executor}; 1 (the calling thread only) unless set. A validator never starts threads or
     * uses a shared pool of its own accord.
     *
     * @param parallelism 1 to check in the calling thread only, or more with an executor
     * @return this builder
     */
    public Builder parallelism(int parallelism) {
      checkArgument(parallelism >= 1, "parallelism %s is below 1: use 1 for the calling thread only", parallelism);
      this.parallelism = parallelism;
      return this;
    }

    /**
     * Sets the executor that runs the other threads' share of a dataset when the parallelism is above 1, such as an
     * application's {@code ExecutorService}; a task it rejects is done by the calling thread instead.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = checkNotNull(executor, "executor is null: leave it unset to check in the calling thread");
      return this;
    }

    /**
     * Returns the validator, its rules compiled.
     *
     * @return the validator
     * @throws IllegalArgumentException if a rule reads an indicator the catalogue does not define or cannot compute
     */
    public DataValidator build() {
      checkArgument(parallelism == 1 || executor != null, "parallelism %s needs an executor to run the other "
          + "threads on: pass one with executor(…), or use parallelism 1 for the calling thread only", parallelism);
      DataCheckSet set = rules != null ? rules : DataCheckSet.builtIn(catalogue);
      return new DataValidator(new CompiledChecks(catalogue, set), Optional.ofNullable(units), parallelism,
          executor);
    }
  }
}
