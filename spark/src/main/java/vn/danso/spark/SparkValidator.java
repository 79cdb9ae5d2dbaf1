package vn.danso.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.pmod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import vn.danso.data.DataCheckSet;
import vn.danso.data.UnitTree;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.Period;

/**
 * The data validation engine on Apache Spark (bộ kiểm tra số liệu chạy trên Spark): checks a table of figures with
 * danso's rules, a province per task, and gives the findings the single-machine {@link vn.danso.data.DataValidator}
 * gives for the same figures, finding for finding.
 *
 * <p>The figures are a DataFrame in the shape of {@link FigureSchema#FIGURES} (the {@code validate} command's CSV
 * file as a table: Parquet files, a catalogue table, or generated). The hierarchy, the catalogue and the rules are
 * sent to the executors once. Each row is sent to the group that checks it: its province's (below the root), where
 * the engine sees a unit with the units below it and all its periods, so that parent = Σ children, completeness,
 * outliers among siblings and year-on-year changes are checked where the figures they compare are; the root and the
 * provinces are also checked together for the rules that compare provinces. Each group runs the engine over its
 * rows ({@link vn.danso.data.DataValidator#check}), not a re-implementation of the rules.
 *
 * <pre>{@code
 * SparkValidator validator = SparkValidator.builder()
 *     .units(UnitTree.of(UnitCode.of("VN"), snapshot::childCodes))
 *     .build();                                    // the built-in rules of the built-in catalogue
 * SparkReport report = validator.check(spark.read().parquet("figures/"));
 * report.findings().write().parquet("findings/");  // writing them is the caller's choice
 * report.countsByRule().show();
 * }</pre>
 *
 * <p>Immutable and thread-safe; the result is lazy, as Spark's DataFrames are: nothing runs until it is written,
 * counted or collected.
 */
public final class SparkValidator {
  /** The position of a row in the figures, so that each group reads its rows in the figures' order. */
  private static final String ORDINAL = "ordinal";

  private final UnitTree units;
  private final SerializableSupplier<IndicatorCatalogue> catalogue;
  private final SerializableSupplier<DataCheckSet> rules;

  private SparkValidator(Builder builder) {
    this.units = builder.units;
    this.catalogue = builder.catalogue;
    this.rules = builder.rules;
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
   * Checks figures against the periods they have: the distinct periods are read first (one pass over the figures).
   *
   * @param figures the figures, with the columns of {@link FigureSchema#FIGURES} ({@code decimals} may be absent)
   * @return the findings and their counts, to be computed when used
   */
  public SparkReport check(Dataset<Row> figures) {
    Dataset<Row> input = select(figures);
    List<String> periods = input.select(FigureSchema.PERIOD).distinct().as(Encoders.STRING()).collectAsList();
    return run(input, periods.stream().filter(p -> p != null).toArray(String[]::new));
  }

  /**
   * Checks figures that cover the given periods: every period is checked for completeness, even one nobody
   * reported, and no pass is spent finding them.
   *
   * @param figures the figures, with the columns of {@link FigureSchema#FIGURES} ({@code decimals} may be absent)
   * @param periods the periods the figures cover
   * @return the findings and their counts, to be computed when used
   */
  public SparkReport check(Dataset<Row> figures, Iterable<Period> periods) {
    checkNotNull(periods, "periods is null");
    List<String> codes = new ArrayList<>();
    periods.forEach(p -> codes.add(checkNotNull(p, "a period is null").code()));
    return run(select(figures), codes.toArray(new String[0]));
  }

  private static Dataset<Row> select(Dataset<Row> figures) {
    checkNotNull(figures, "figures is null");
    List<String> columns = Arrays.asList(figures.columns());
    for (String required : List.of(FigureSchema.UNIT, FigureSchema.PERIOD, FigureSchema.KEY, FigureSchema.VALUE)) {
      checkArgument(columns.contains(required), "the figures have no column \"%s\": give unit, period, key, value "
          + "and optionally decimals (columns found: %s)", required, columns);
    }
    Column decimals = columns.contains(FigureSchema.DECIMALS) ? col(FigureSchema.DECIMALS) : lit(null);
    return figures.select(col(FigureSchema.UNIT).cast(DataTypes.StringType),
        col(FigureSchema.PERIOD).cast(DataTypes.StringType), col(FigureSchema.KEY).cast(DataTypes.StringType),
        col(FigureSchema.VALUE).cast(DataTypes.DoubleType), decimals.cast(DataTypes.IntegerType));
  }

  private SparkReport run(Dataset<Row> input, String[] periods) {
    SparkSession spark = input.sparkSession();
    UnitGroups groups = new UnitGroups(units);
    ValidationSetup setup = new ValidationSetup(groups, catalogue, rules, periods);
    Broadcast<ValidationSetup> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(setup);
    // Each unit of the tree to its groups (the root's and provinces' rows to two), by a join with a small table.
    Dataset<Row> groupOfUnit = broadcast(spark.createDataFrame(groups.assignments(), UnitGroups.ASSIGNMENTS));
    Column outside = lit(-1).minus(pmod(hash(col(FigureSchema.UNIT)), lit(UnitGroups.OUTSIDE_BUCKETS)));
    Dataset<Row> tagged = input.withColumn(ORDINAL, monotonically_increasing_id())
        .join(groupOfUnit, input.col(FigureSchema.UNIT).equalTo(groupOfUnit.col(UnitGroups.ASSIGNED_UNIT)),
            "left_outer")
        .select(coalesce(col(UnitGroups.GROUP), outside).as(UnitGroups.GROUP), col(FigureSchema.UNIT),
            col(FigureSchema.PERIOD), col(FigureSchema.KEY), col(FigureSchema.VALUE), col(FigureSchema.DECIMALS),
            col(ORDINAL));
    // One empty row per group of the tree, so that a province that sent nothing is still checked.
    List<Row> markers = new ArrayList<>();
    for (int group : groups.treeGroups()) {
      markers.add(RowFactory.create(group, null, null, null, null, null, -1L));
    }
    Dataset<Row> findings = tagged
        .union(spark.createDataFrame(markers, FigureSchema.TAGGED.add(ORDINAL, DataTypes.LongType, false)))
        .repartition(col(UnitGroups.GROUP))
        .sortWithinPartitions(col(UnitGroups.GROUP), col(ORDINAL))
        .drop(ORDINAL)
        .mapPartitions(checkEach(shared), Encoders.row(FigureSchema.FINDINGS));
    return new SparkReport(findings);
  }

  /** Checks each group of a partition, its rows in the order the figures gave them. */
  private static MapPartitionsFunction<Row, Row> checkEach(Broadcast<ValidationSetup> shared) {
    return rows -> {
      List<Row> out = new ArrayList<>();
      PartitionCheck check = null;
      while (rows.hasNext()) {
        Row row = rows.next();
        int group = row.getInt(0);
        if (check == null || check.group() != group) {
          if (check != null) {
            check.findings(out);
          }
          check = new PartitionCheck(shared.value(), group);
        }
        check.add(row);
      }
      if (check != null) {
        check.findings(out);
      }
      return out.iterator();
    };
  }

  /**
   * Returns the hierarchy figures are checked against.
   *
   * @return the tree
   */
  public UnitTree units() {
    return units;
  }

  @Override
  public String toString() {
    return "SparkValidator[" + units + "]";
  }

  /** Builds a {@link SparkValidator}; the units are required. Not thread-safe. */
  public static final class Builder {
    private UnitTree units;
    private SerializableSupplier<IndicatorCatalogue> catalogue = IndicatorCatalogue::builtIn;
    private SerializableSupplier<DataCheckSet> rules;

    private Builder() {}

    /**
     * Sets the units figures are checked against; its root's children (the provinces, below the nation) are the
     * groups figures are checked in.
     *
     * @param units the tree, such as {@code UnitTree.of(UnitCode.of("VN"), snapshot::childCodes)}
     * @return this builder
     */
    public Builder units(UnitTree units) {
      this.units = checkNotNull(units, "units is null");
      return this;
    }

    /**
     * Sets how to make the catalogue; {@code IndicatorCatalogue::builtIn} unless set.
     *
     * @param catalogue a serializable recipe for the catalogue
     * @return this builder
     */
    public Builder catalogue(SerializableSupplier<IndicatorCatalogue> catalogue) {
      this.catalogue = checkNotNull(catalogue, "catalogue is null");
      return this;
    }

    /**
     * Sets how to make the checks; unless set, the checks {@linkplain DataCheckSet#builtIn derived} from the
     * catalogue.
     *
     * @param checks a serializable recipe for the checks, such as {@code () -> DataCheckSet.of(…)}
     * @return this builder
     */
    public Builder checks(SerializableSupplier<DataCheckSet> checks) {
      this.rules = checkNotNull(checks, "checks is null");
      return this;
    }

    /**
     * Returns the validator. The recipes are tried once here, so that a rule set that does not fit the catalogue
     * fails now rather than on an executor.
     *
     * @return the validator
     * @throws IllegalStateException if no units were set
     * @throws IllegalArgumentException if a rule reads an indicator the catalogue does not define
     */
    public SparkValidator build() {
      if (units == null) {
        throw new IllegalStateException("no units: set the tree figures are checked against with units(tree)");
      }
      IndicatorCatalogue made = checkNotNull(catalogue.get(), "the catalogue recipe gave null");
      vn.danso.data.DataValidator.builder().catalogue(made)
          .checks(rules == null ? DataCheckSet.builtIn(made) : checkNotNull(rules.get(), "the rules recipe gave null"))
          .build();
      return new SparkValidator(this);
    }
  }
}
