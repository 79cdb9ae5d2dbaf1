package vn.danso.data;

import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;

/**
 * Reads a {@link Dataset}'s cells back as {@link Submission}s: one unit's report for one period, the first value of
 * each key in key order, each followed by the values given again for it in the order given.
 */
final class DatasetSubmissions {
  private DatasetSubmissions() {}

  /**
   * Returns the submission of a cell the unit reported something for.
   *
   * @param dataset the dataset
   * @param cell the cell, {@code unit * periods + period}
   * @return the submission
   */
  static Submission at(Dataset dataset, int cell) {
    int periods = dataset.periodCount();
    UnitCode unit = dataset.units().get(cell / periods);
    Period period = dataset.periods().get(cell % periods);
    Duplicates duplicates = dataset.duplicates();
    Submission.Builder builder = Submission.builder(unit, period);
    for (int k = 0; k < dataset.keys().size(); k++) {
      if (dataset.isPresent(k, cell)) {
        DataKey key = dataset.keys().get(k);
        builder.add(DataValue.of(unit, period, key, dataset.column(k)[cell]).withDecimals(dataset.decimals(k, cell)));
        for (int d : duplicates.at(k, cell)) {
          builder.add(DataValue.of(unit, period, key, duplicates.value(d)).withDecimals(duplicates.decimals(d)));
        }
      }
    }
    return builder.build();
  }
}
