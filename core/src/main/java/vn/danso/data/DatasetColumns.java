package vn.danso.data;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;

/**
 * A columnar view of figures an integrator already holds (bộ số liệu theo cột), turned into a {@link Dataset} without
 * a call per value: per key one {@code double[]} with a cell per unit and period, in the integrator's own order of
 * units and periods, and optionally which cells were reported.
 *
 * <pre>{@code
 * Dataset dataset = Dataset.columns(communes, months)        // the integrator's lists, in their order
 *     .column(DataKey.parse("births"), births)               // births[u * months.size() + m]; every cell reported
 *     .column(DataKey.parse("deaths"), deaths, reported)     // only the cells whose bit is set
 *     .column(DataKey.parse("SRB"), srb, srbReported, 1)     // reported with one decimal
 *     .build();
 * }</pre>
 *
 * <p>Cell {@code u * periods.size() + p} of a column is unit {@code u}'s figure for period {@code p}. A NaN or an
 * infinity in a reported cell is kept, to be reported; a cell not reported is not read. The arrays are copied by
 * {@link #build()} (a dataset is immutable), laid out in the dataset's order (units by level then code, periods in
 * order, keys in order): one pass over each column, no object per value. A dataset built so is equal, figure for
 * figure, to the dataset {@link Dataset.Builder} makes of the same figures with the same periods declared: units that
 * reported nothing are left out, every period given is kept. Not thread-safe.
 */
public final class DatasetColumns {
  private final ImmutableList<UnitCode> units;
  private final ImmutableList<Period> periods;
  private final int cells;
  private final Map<DataKey, Column> columns = new TreeMap<>();

  private static final class Column {
    final double[] values;
    final BitSet present;
    final int decimals;

    Column(double[] values, BitSet present, int decimals) {
      this.values = values;
      this.present = present;
      this.decimals = decimals;
    }

    boolean isPresent(int cell) {
      return present == null || present.get(cell);
    }
  }

  DatasetColumns(List<UnitCode> units, List<Period> periods) {
    this.units = ImmutableList.copyOf(checkNotNull(units, "units is null"));
    this.periods = ImmutableList.copyOf(checkNotNull(periods, "periods is null"));
    checkArgument(new HashSet<>(this.units).size() == this.units.size(),
        "a unit is given twice among %s: give each unit once", this.units);
    checkArgument(new HashSet<>(this.periods).size() == this.periods.size(),
        "a period is given twice among %s: give each period once", this.periods);
    long count = (long) this.units.size() * this.periods.size();
    checkArgument(count < Integer.MAX_VALUE,
        "%s units × %s periods is too many cells for one dataset: split it, e.g. by province or year",
        this.units.size(), this.periods.size());
    this.cells = (int) count;
  }

  /**
   * Adds a key's figures, every cell reported.
   *
   * @param key the key
   * @param values one value per unit and period: {@code values[u * periods.size() + p]}
   * @return this view
   * @throws IllegalArgumentException if the key was given already or the array has another length
   */
  public DatasetColumns column(DataKey key, double[] values) {
    return add(key, values, null, -1);
  }

  /**
   * Adds a key's figures, only the cells whose bit is set reported.
   *
   * @param key the key
   * @param values one value per unit and period: {@code values[u * periods.size() + p]}
   * @param reported the cells reported, by the same index
   * @return this view
   * @throws IllegalArgumentException if the key was given already, the array has another length or a bit is set
   *     beyond the last cell
   */
  public DatasetColumns column(DataKey key, double[] values, BitSet reported) {
    return add(key, values, checkNotNull(reported, "reported is null: use column(key, values) when every cell is"),
        -1);
  }

  /**
   * Adds a key's figures reported with a number of decimals (an indicator, such as SRB with one), only the cells
   * whose bit is set reported.
   *
   * @param key the key
   * @param values one value per unit and period: {@code values[u * periods.size() + p]}
   * @param reported the cells reported, by the same index; null when every cell is
   * @param decimals the number of decimals every reported value was written with
   * @return this view
   * @throws IllegalArgumentException if the key was given already, the array has another length, a bit is set
   *     beyond the last cell or the decimals are out of range
   */
  public DatasetColumns column(DataKey key, double[] values, BitSet reported, int decimals) {
    DataValue.checkDecimals(decimals);
    return add(key, values, reported, decimals);
  }

  private DatasetColumns add(DataKey key, double[] values, BitSet reported, int decimals) {
    checkNotNull(key, "key is null");
    checkNotNull(values, "values of %s is null", key);
    checkArgument(!columns.containsKey(key), "key %s is given twice: give each key's column once", key);
    checkArgument(values.length == cells,
        "column %s has %s values for %s units × %s periods: give one per unit and period, cell u × %s + p",
        key, values.length, units.size(), periods.size(), periods.size());
    checkArgument(reported == null || reported.length() <= cells,
        "column %s has cell %s reported, beyond its %s cells", key, reported == null ? 0 : reported.length() - 1,
        cells);
    columns.put(key, new Column(values, reported == null ? null : (BitSet) reported.clone(), decimals));
    return this;
  }

  /** The units with a figure in some column, in code order: a unit only named is left out of the dataset. */
  private List<Integer> reportedUnits() {
    int periodCount = periods.size();
    boolean[] reportedUnit = new boolean[units.size()];
    for (Column column : columns.values()) {
      for (int u = 0; u < units.size(); u++) {
        for (int p = 0; p < periodCount && !reportedUnit[u]; p++) {
          reportedUnit[u] = column.isPresent(u * periodCount + p);
        }
      }
    }
    List<Integer> kept = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      if (reportedUnit[u]) {
        kept.add(u);
      }
    }
    kept.sort(Comparator.comparing(units::get));
    return kept;
  }

  /**
   * Returns the dataset, its columns copied in the dataset's order.
   *
   * @return the dataset
   */
  public Dataset build() {
    int periodCount = periods.size();
    List<Integer> kept = reportedUnits();
    Integer[] byPeriod = new Integer[periodCount];
    for (int p = 0; p < periodCount; p++) {
      byPeriod[p] = p;
    }
    Arrays.sort(byPeriod, Comparator.comparing(periods::get));
    int[] periodRank = new int[periodCount];
    for (int r = 0; r < periodCount; r++) {
      periodRank[byPeriod[r]] = r;
    }
    int outCells = kept.size() * periodCount;
    int keyCount = columns.size();
    double[][] values = new double[keyCount][outCells];
    long[][] present = new long[keyCount][BitWords.words(outCells)];
    byte[][] decimals = new byte[keyCount][];
    long[] reported = new long[BitWords.words(outCells)];
    int size = 0;
    int k = 0;
    for (Column column : columns.values()) {
      if (column.decimals >= 0) {
        decimals[k] = new byte[outCells];
        Arrays.fill(decimals[k], (byte) -1);
      }
      for (int rank = 0; rank < kept.size(); rank++) {
        int from = kept.get(rank) * periodCount;
        int to = rank * periodCount;
        for (int p = 0; p < periodCount; p++) {
          if (column.isPresent(from + p)) {
            int cell = to + periodRank[p];
            values[k][cell] = column.values[from + p];
            BitWords.set(present[k], cell);
            BitWords.set(reported, cell);
            if (decimals[k] != null) {
              decimals[k][cell] = (byte) column.decimals;
            }
            size++;
          }
        }
      }
      k++;
    }
    ImmutableList.Builder<UnitCode> unitList = ImmutableList.builderWithExpectedSize(kept.size());
    kept.forEach(u -> unitList.add(units.get(u)));
    ImmutableList.Builder<Period> periodList = ImmutableList.builderWithExpectedSize(periodCount);
    for (Integer p : byPeriod) {
      periodList.add(periods.get(p));
    }
    return new Dataset(unitList.build(), periodList.build(), ImmutableList.copyOf(columns.keySet()), values, present,
        decimals, reported, size, Duplicates.NONE_GIVEN);
  }

  @Override
  public String toString() {
    return "DatasetColumns[" + units.size() + " units, " + periods.size() + " periods, " + columns.size() + " keys]";
  }
}
