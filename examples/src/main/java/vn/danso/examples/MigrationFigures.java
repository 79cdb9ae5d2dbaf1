package vn.danso.examples;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.danso.admin.UnitCode;
import vn.danso.data.DataCheckSet;
import vn.danso.data.DataKey;
import vn.danso.data.DataValidator;
import vn.danso.data.Dataset;
import vn.danso.indicator.Period;
import vn.danso.validation.ValidationReport;

/**
 * A year's published in-, out- and net-migration rates by province (‰), as read from the statistics office's table
 * E02.21-23: the rates as a dataset with their printed decimals and their validation, where the identity
 * {@code NET_MIGRATION_RATE ~= IN_MIGRATION_RATE - OUT_MIGRATION_RATE} holds each province's three printed figures
 * against one another within their rounding.
 */
final class MigrationFigures {
  /** The three rates of the table: the data key each is checked under and the words of its column label. */
  enum Rate {
    IN("IN_MIGRATION_RATE", "Immigration rate"),
    OUT("OUT_MIGRATION_RATE", "Emigration rate"),
    NET("NET_MIGRATION_RATE", "Net - emigration rate");

    final String key;
    final String label;

    Rate(String key, String label) {
      this.key = key;
      this.label = label;
    }
  }

  private final int year;
  private final ImmutableMap<UnitCode, ImmutableMap<Rate, ProvincialFigures.Figure>> rates;

  private MigrationFigures(int year, ImmutableMap<UnitCode, ImmutableMap<Rate, ProvincialFigures.Figure>> rates) {
    this.year = year;
    this.rates = rates;
  }

  /** Whether a table is one of migration rates: it has a column of each of the three rates. */
  static boolean isMigrationTable(PxTable table) {
    for (Rate rate : Rate.values()) {
      if (table.column(rate.label) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The column of a rate in a year, or -1; a preliminary column ("Prel. 2025") is not the year's. */
  static int column(PxTable table, Rate rate, int year) {
    for (int i = 0; i < table.columns().size(); i++) {
      String label = table.columns().get(i).strip();
      if (label.equals(rate.label + " " + year)) {
        return i;
      }
    }
    return -1;
  }

  /** The latest year the table has a column of each rate for, or null. */
  static Integer latestYear(PxTable table) {
    Integer latest = null;
    for (int year = 1900; year <= 2100; year++) {
      boolean all = true;
      for (Rate rate : Rate.values()) {
        all &= column(table, rate, year) >= 0;
      }
      if (all) {
        latest = year;
      }
    }
    return latest;
  }

  /**
   * Takes the rates of a year from the table, matched to the provinces of the year's last day. A cell {@code ..}
   * gives no figure and is reported.
   */
  static MigrationFigures of(int year, PxTable table, ProvinceRows rows, ValidationReport.Builder report) {
    Map<UnitCode, ImmutableMap<Rate, ProvincialFigures.Figure>> rates = new LinkedHashMap<>();
    rows.provinces().forEach((unit, row) -> {
      ImmutableMap.Builder<Rate, ProvincialFigures.Figure> figures = ImmutableMap.builder();
      for (Rate rate : Rate.values()) {
        int column = column(table, rate, year);
        if (column < 0) {
          continue;
        }
        PxTable.Cell cell = row.cells().get(column);
        if (cell.isAvailable()) {
          figures.put(rate, new ProvincialFigures.Figure(cell.value().getAsDouble(), cell.decimals()));
        } else if (cell.isMarkedNotAvailable()) {
          report.add(TableRules.NOT_AVAILABLE.finding(PxTable.subject(table.file(), row.line()))
              .arg("file", table.file()).arg("line", row.line()).arg("name", row.name().strip())
              .arg("column", table.columns().get(column)).build());
        }
      }
      rates.put(unit, figures.build());
    });
    return new MigrationFigures(year, ImmutableMap.copyOf(rates));
  }

  int year() {
    return year;
  }

  /** The rates of each province, as printed. */
  ImmutableMap<UnitCode, ImmutableMap<Rate, ProvincialFigures.Figure>> rates() {
    return rates;
  }

  /** The rates as a dataset, keys {@code IN_MIGRATION_RATE}, {@code OUT_MIGRATION_RATE}, {@code NET_MIGRATION_RATE}. */
  Dataset dataset() {
    Dataset.Builder dataset = Dataset.builder();
    Period period = Period.year(year);
    rates.forEach((unit, figures) -> figures.forEach((rate, figure) ->
        dataset.add(unit, period, DataKey.parse(rate.key), figure.value(), figure.decimals())));
    return dataset.build();
  }

  /** Checks the rates with a rule set (the identity of net migration among them). */
  ValidationReport validate(DataCheckSet rules) {
    return DataValidator.builder().checks(rules).build().check(dataset()).toReport();
  }
}
