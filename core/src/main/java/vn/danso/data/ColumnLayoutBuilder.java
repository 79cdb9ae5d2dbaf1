package vn.danso.data;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;

/**
 * Takes a dataset's values in any order, as a log of interned units, periods and keys, and lays them out in
 * columns: units, periods and keys sorted, one column per key, the first value of each cell kept and the later ones
 * set aside as duplicates. Not thread-safe.
 */
final class ColumnLayoutBuilder {
  private final Map<UnitCode, Integer> unitIds = new HashMap<>();
  private final Map<Period, Integer> periodIds = new HashMap<>();
  private final Map<DataKey, Integer> keyIds = new HashMap<>();
  private final List<UnitCode> unitList = new ArrayList<>();
  private final List<Period> periodList = new ArrayList<>();
  private final List<DataKey> keyList = new ArrayList<>();
  private int[] unitLog = new int[1024];
  private int[] periodLog = new int[1024];
  private int[] keyLog = new int[1024];
  private double[] valueLog = new double[1024];
  private byte[] decimalsLog = new byte[1024];
  private int size;
  private UnitCode lastUnit;
  private int lastUnitId;
  private Period lastPeriod;
  private int lastPeriodId;

  // Identity, not equality, on purpose: the last unit and period are a cache in front of the intern tables, and a
  // miss for an equal but distinct object only costs a lookup that finds the same id.
  @SuppressWarnings("ReferenceEquality")
  void add(UnitCode unit, Period period, DataKey key, double value, int decimals) {
    if (size == unitLog.length) {
      int capacity = size + (size >> 1);
      unitLog = Arrays.copyOf(unitLog, capacity);
      periodLog = Arrays.copyOf(periodLog, capacity);
      keyLog = Arrays.copyOf(keyLog, capacity);
      valueLog = Arrays.copyOf(valueLog, capacity);
      decimalsLog = Arrays.copyOf(decimalsLog, capacity);
    }
    if (unit != lastUnit) {
      lastUnit = unit;
      lastUnitId = intern(unit, unitIds, unitList);
    }
    if (period != lastPeriod) {
      lastPeriod = period;
      lastPeriodId = intern(period, periodIds, periodList);
    }
    unitLog[size] = lastUnitId;
    periodLog[size] = lastPeriodId;
    keyLog[size] = intern(key, keyIds, keyList);
    valueLog[size] = value;
    decimalsLog[size] = (byte) decimals;
    size++;
  }

  /** Adds a period with no value, so that the dataset has it. */
  void declare(Period period) {
    intern(period, periodIds, periodList);
  }

  private static <T> int intern(T item, Map<T, Integer> ids, List<T> list) {
    Integer id = ids.get(item);
    if (id == null) {
      id = list.size();
      ids.put(item, id);
      list.add(item);
    }
    return id;
  }

  Dataset build() {
    int[] unitOrder = order(unitList, UnitCode::compareTo);
    int[] periodOrder = order(periodList, Period::compareTo);
    int[] keyOrder = order(keyList, DataKey::compareTo);
    int unitCount = unitList.size();
    int periodCount = periodList.size();
    long cells = (long) unitCount * periodCount;
    checkArgument(cells < Integer.MAX_VALUE,
        "%s units × %s periods is too many cells for one dataset: split it, e.g. by province or year",
        unitCount, periodCount);
    int keyCount = keyList.size();
    double[][] values = new double[keyCount][(int) cells];
    long[][] present = new long[keyCount][BitWords.words((int) cells)];
    byte[][] decimals = new byte[keyCount][];
    long[] reported = new long[BitWords.words((int) cells)];
    Duplicates.Builder duplicates = new Duplicates.Builder();
    for (int i = 0; i < size; i++) {
      int k = keyOrder[keyLog[i]];
      int cell = unitOrder[unitLog[i]] * periodCount + periodOrder[periodLog[i]];
      if (BitWords.get(present[k], cell)) {
        duplicates.add(k, cell, valueLog[i], decimalsLog[i]);
        continue;
      }
      BitWords.set(present[k], cell);
      BitWords.set(reported, cell);
      values[k][cell] = valueLog[i];
      if (decimalsLog[i] >= 0) {
        if (decimals[k] == null) {
          decimals[k] = new byte[(int) cells];
          Arrays.fill(decimals[k], (byte) -1);
        }
        decimals[k][cell] = decimalsLog[i];
      }
    }
    return new Dataset(sorted(unitList, unitOrder), sorted(periodList, periodOrder), sorted(keyList, keyOrder),
        values, present, decimals, reported, size, duplicates.build());
  }

  /** The rank of each item in sorted order. */
  private static <T> int[] order(List<T> items, Comparator<T> comparator) {
    Integer[] byRank = IntStream.range(0, items.size()).boxed().toArray(Integer[]::new);
    Arrays.sort(byRank, (a, b) -> comparator.compare(items.get(a), items.get(b)));
    int[] rank = new int[items.size()];
    for (int r = 0; r < byRank.length; r++) {
      rank[byRank[r]] = r;
    }
    return rank;
  }

  private static <T> ImmutableList<T> sorted(List<T> items, int[] rank) {
    Object[] out = new Object[items.size()];
    for (int i = 0; i < rank.length; i++) {
      out[rank[i]] = items.get(i);
    }
    @SuppressWarnings("unchecked")
    ImmutableList<T> list = (ImmutableList<T>) ImmutableList.copyOf(Arrays.asList(out));
    return list;
  }
}
