package vn.danso.data;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;

/**
 * Many units' reports for many periods (bộ số liệu): a province's or the nation's monthly figures, held in columns of
 * primitive values so that millions of them take little memory and are checked fast.
 *
 * <p>A dataset holds one column per {@linkplain #keys() key}, with a cell for every {@linkplain #units() unit} and
 * {@linkplain #periods() period}: 8 bytes per cell, one bit saying whether the cell was reported (so a reported NaN
 * is told from a missing value), and the reported number of decimals only for keys reported with one. A national
 * dataset of 10.743 communes and districts × 40 keys × 12 months holds 8,1 bytes per value; a sparse dataset pays for
 * its empty cells ({@link #arrayBytes()} says how much it holds).
 *
 * <p>Nothing given is dropped. A value given again for the same unit, period and key is kept as a duplicate: the
 * first value given is the cell's value, used by every check, and the later ones are reported with it
 * ({@code data.value.duplicate}). NaN and infinite values are kept as given, to be reported.
 *
 * <p>Units are ordered by level, then code; periods chronologically; keys as {@link DataKey} orders them. This is the
 * order of {@link #submissions()} and of the findings of a validation. Immutable and thread-safe.
 */
public final class Dataset {
  private final ImmutableList<UnitCode> units;
  private final ImmutableList<Period> periods;
  private final ImmutableList<DataKey> keys;
  private final ImmutableMap<UnitCode, Integer> unitIndex;
  private final ImmutableMap<Period, Integer> periodIndex;
  private final ImmutableMap<DataKey, Integer> keyIndex;
  private final double[][] values;
  private final long[][] present;
  private final byte[][] decimals;
  private final long[] reported;
  private final int size;
  private final Duplicates duplicates;

  Dataset(ImmutableList<UnitCode> units, ImmutableList<Period> periods, ImmutableList<DataKey> keys,
      double[][] values, long[][] present, byte[][] decimals, long[] reported, int size, Duplicates duplicates) {
    this(units, periods, keys, indexOf(keys), values, present, decimals, reported, size, duplicates);
  }

  /** A dataset whose key index is known already (kept with a report's layout). */
  Dataset(ImmutableList<UnitCode> units, ImmutableList<Period> periods, ImmutableList<DataKey> keys,
      ImmutableMap<DataKey, Integer> keyIndex, double[][] values, long[][] present, byte[][] decimals,
      long[] reported, int size, Duplicates duplicates) {
    this.units = units;
    this.periods = periods;
    this.keys = keys;
    this.unitIndex = indexOf(units);
    this.periodIndex = indexOf(periods);
    this.keyIndex = keyIndex;
    this.values = values;
    this.present = present;
    this.decimals = decimals;
    this.reported = reported;
    this.size = size;
    this.duplicates = duplicates;
  }

  private static <T> ImmutableMap<T, Integer> indexOf(ImmutableList<T> list) {
    ImmutableMap.Builder<T, Integer> index = ImmutableMap.builderWithExpectedSize(list.size());
    for (int i = 0; i < list.size(); i++) {
      index.put(list.get(i), i);
    }
    return index.buildOrThrow();
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
   * Returns a columnar view to fill with figures already held in arrays, one {@code double[]} per key with a cell
   * per unit and period in the given order ({@code values[u * periods.size() + p]}), without a call per value.
   *
   * @param units the units, in the order of the arrays' cells
   * @param periods the periods, in the order of the arrays' cells; each is in the dataset even if nothing is
   *     reported for it
   * @return the view, to fill with {@link DatasetColumns#column} and {@link DatasetColumns#build}
   * @throws IllegalArgumentException if a unit or period is given twice, or there are too many cells
   */
  public static DatasetColumns columns(List<UnitCode> units, List<Period> periods) {
    return new DatasetColumns(units, periods);
  }

  /**
   * Returns the dataset of the given submissions.
   *
   * @param submissions the submissions
   * @return the dataset
   */
  public static Dataset of(Iterable<Submission> submissions) {
    Builder builder = builder();
    for (Submission submission : checkNotNull(submissions, "submissions is null")) {
      builder.add(submission);
    }
    return builder.build();
  }

  /**
   * Returns the units that reported, by level then code.
   *
   * @return the units
   */
  public ImmutableList<UnitCode> units() {
    return units;
  }

  /**
   * Returns the periods reported, in order.
   *
   * @return the periods
   */
  public ImmutableList<Period> periods() {
    return periods;
  }

  /**
   * Returns the keys reported, in order.
   *
   * @return the keys
   */
  public ImmutableList<DataKey> keys() {
    return keys;
  }

  /**
   * Returns the number of values given, duplicates included.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns the number of values given again for a unit, period and key that already had one.
   *
   * @return the number of duplicates
   */
  public int duplicateCount() {
    return duplicates.size();
  }

  /**
   * Returns the value of a cell: the first one given.
   *
   * @param unit the unit
   * @param period the period
   * @param key the key
   * @return the value (possibly NaN or infinite), or empty when not reported
   */
  public OptionalDouble get(UnitCode unit, Period period, DataKey key) {
    int cell = cellOf(unit, period);
    Integer k = keyIndex.get(checkNotNull(key, "key is null"));
    if (cell < 0 || k == null || !isPresent(k, cell)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(values[k][cell]);
  }

  /**
   * Returns a unit's report for a period, as a submission: the first value of each key in key order, each followed
   * by the values given again for it, in the order given.
   *
   * @param unit the unit
   * @param period the period
   * @return the submission, or empty when the unit reported nothing for the period
   */
  public Optional<Submission> submission(UnitCode unit, Period period) {
    int cell = cellOf(unit, period);
    return cell < 0 || !BitWords.get(reported, cell) ? Optional.empty()
        : Optional.of(DatasetSubmissions.at(this, cell));
  }

  /**
   * Returns every unit's report for every period it reported, by unit then period; built as the stream is read.
   *
   * @return the submissions
   */
  public Stream<Submission> submissions() {
    return IntStream.range(0, units.size() * periods.size())
        .filter(cell -> BitWords.get(reported, cell))
        .mapToObj(cell -> DatasetSubmissions.at(this, cell));
  }

  /**
   * Returns the number of bytes held by the dataset's value arrays (values, presence bits, decimals, reports and
   * duplicates), the measure of its memory per value; the lists of units, periods and keys are not counted.
   *
   * @return the bytes held, array headers included
   */
  public long arrayBytes() {
    long bytes = BitWords.arrayBytes(reported.length, 8) + duplicates.arrayBytes();
    for (int k = 0; k < keys.size(); k++) {
      bytes += BitWords.arrayBytes(values[k].length, 8) + BitWords.arrayBytes(present[k].length, 8);
      if (decimals[k] != null) {
        bytes += BitWords.arrayBytes(decimals[k].length, 1);
      }
    }
    return bytes;
  }

  private int cellOf(UnitCode unit, Period period) {
    Integer u = unitIndex.get(checkNotNull(unit, "unit is null"));
    Integer p = periodIndex.get(checkNotNull(period, "period is null"));
    return u == null || p == null ? -1 : u * periods.size() + p;
  }

  // Package-private access for the validator.

  int unitCount() {
    return units.size();
  }

  int periodCount() {
    return periods.size();
  }

  int unitIndex(UnitCode unit) {
    Integer u = unitIndex.get(unit);
    return u == null ? -1 : u;
  }

  int periodIndex(Period period) {
    Integer p = periodIndex.get(period);
    return p == null ? -1 : p;
  }

  int keyIndex(DataKey key) {
    Integer k = keyIndex.get(key);
    return k == null ? -1 : k;
  }

  /** The column of a key: the value of each cell, zero where nothing was reported. */
  double[] column(int key) {
    return values[key];
  }

  /** The presence bits of a key's column. */
  long[] presence(int key) {
    return present[key];
  }

  boolean isPresent(int key, int cell) {
    return BitWords.get(present[key], cell);
  }

  /** The number of decimals reported for a cell, or -1. */
  int decimals(int key, int cell) {
    return decimals[key] == null ? -1 : decimals[key][cell];
  }

  /** The decimals reported per cell of a key (-1 where none), or null when none of its cells has any. */
  byte[] decimalsColumn(int key) {
    return decimals[key];
  }

  /** Whether the unit reported anything for the period of the cell. */
  boolean hasReport(int cell) {
    return BitWords.get(reported, cell);
  }

  Duplicates duplicates() {
    return duplicates;
  }

  @Override
  public String toString() {
    return "Dataset[" + units.size() + " units, " + periods.size() + " periods, " + keys.size() + " keys, " + size
        + " values]";
  }

  /**
   * Builds a {@link Dataset}: values are taken in any order and laid out in columns by {@link #build()}. Not
   * thread-safe.
   *
   * <p>For example:
   *
   * <pre>{@code
   * Dataset anMinh = Dataset.builder()
   *     .add(UnitCode.of("909"), Period.year(2023), DataKey.parse("births"), 1073)
   *     .add(UnitCode.of("909"), Period.year(2023), DataKey.parse("SRB"), 100.6, 1)   // reported with 1 decimal
   *     .period(Period.year(2024))     // covered although nobody reported in it: completeness reports everyone missing
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final ColumnLayoutBuilder log = new ColumnLayoutBuilder();

    private Builder() {}

    /**
     * Adds a value.
     *
     * @param value the value
     * @return this builder
     */
    public Builder add(DataValue value) {
      checkNotNull(value, "value is null");
      return add(value.unit(), value.period(), value.key(), value.value(), value.decimalsOrMinusOne());
    }

    /**
     * Adds every value of a submission, in order.
     *
     * @param submission the submission
     * @return this builder
     */
    public Builder add(Submission submission) {
      for (DataValue value : checkNotNull(submission, "submission is null").values()) {
        add(value);
      }
      return this;
    }

    /**
     * Adds a value reported without a stated precision.
     *
     * @param unit the unit
     * @param period the period
     * @param key the key
     * @param value the value; NaN and infinities are kept, to be reported
     * @return this builder
     */
    public Builder add(UnitCode unit, Period period, DataKey key, double value) {
      return add(unit, period, key, value, -1);
    }

    /**
     * Adds a value reported with the given number of decimals.
     *
     * @param unit the unit
     * @param period the period
     * @param key the key
     * @param value the value
     * @param decimals the number of decimals it was written with, or -1 when not stated
     * @return this builder
     * @throws IllegalArgumentException if the number of decimals is neither -1 nor 0 to 9
     */
    public Builder add(UnitCode unit, Period period, DataKey key, double value, int decimals) {
      checkNotNull(unit, "unit is null");
      checkNotNull(period, "period is null");
      checkNotNull(key, "key is null");
      if (decimals != -1) {
        DataValue.checkDecimals(decimals);
      }
      log.add(unit, period, key, value, decimals);
      return this;
    }

    /**
     * Declares a period the dataset covers even if no unit reported anything for it, so that the rules that read
     * the dataset's periods see it: {@link Completeness} then reports every unit missing for it, and
     * {@link YearOnYearChange} compares with it. A period that has values needs no declaration; declaring one twice
     * is harmless. Used when a dataset is a slice of a larger one (a province of the nation, as the Spark module
     * checks it) and must cover the larger one's periods.
     *
     * @param period the period
     * @return this builder
     */
    public Builder period(Period period) {
      log.declare(checkNotNull(period, "period is null"));
      return this;
    }

    /**
     * Returns the dataset, laid out in columns.
     *
     * @return the dataset
     * @throws IllegalArgumentException if units × periods exceeds the cells a column can hold (2<sup>31</sup> − 1)
     */
    public Dataset build() {
      return log.build();
    }
  }
}
