package vn.danso.examples;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.danso.admin.UnitCode;
import vn.danso.data.DataCheckSet;
import vn.danso.data.DataKey;
import vn.danso.data.DataValidator;
import vn.danso.data.Dataset;
import vn.danso.data.IdentityChecks;
import vn.danso.indicator.Period;
import vn.danso.validation.ValidationReport;

/**
 * A year's published population growth rates by province (%, table E02.20) held against the two accounts of the
 * year's change: each province's natural increase rate (E02.12-14) and its net migration rate (E02.21-23), in ‰, by
 * the identity {@code GROWTH_RATE * 10 ~= NIR + NET_MIGRATION_RATE} ({@link IdentityChecks#POPULATION_GROWTH}).
 */
final class GrowthFigures {
  private final int year;
  private final ImmutableMap<UnitCode, ProvincialFigures.Figure> growth;
  private final Dataset dataset;

  private GrowthFigures(int year, ImmutableMap<UnitCode, ProvincialFigures.Figure> growth, Dataset dataset) {
    this.year = year;
    this.growth = growth;
    this.dataset = dataset;
  }

  /** Whether a table is one of population growth rates, by its title. */
  static boolean isGrowthTable(PxTable table) {
    return table.title().toLowerCase(Locale.ROOT).contains("population growth rate");
  }

  /**
   * Takes the growth rates of a year (a column labelled with the year alone) from the table matched to the provinces
   * of the year's last day, with each province's natural increase and net migration rates of the same year. A cell
   * {@code ..} gives no figure and is reported.
   */
  static GrowthFigures of(int year, PxTable table, ProvinceRows rows, ProvincialFigures crude,
      MigrationFigures migration, ValidationReport.Builder report) {
    Map<UnitCode, ProvincialFigures.Figure> growth = new LinkedHashMap<>();
    int column = FertilityFigures.tfrColumn(table, year);
    if (column >= 0) {
      rows.provinces().forEach((unit, row) -> {
        PxTable.Cell cell = row.cells().get(column);
        if (cell.isAvailable()) {
          growth.put(unit, new ProvincialFigures.Figure(cell.value().getAsDouble(), cell.decimals()));
        } else if (cell.isMarkedNotAvailable()) {
          report.add(TableRules.NOT_AVAILABLE.finding(PxTable.subject(table.file(), row.line()))
              .arg("file", table.file()).arg("line", row.line()).arg("name", row.name().strip())
              .arg("column", table.columns().get(column)).build());
        }
      });
    }
    Dataset.Builder dataset = Dataset.builder();
    Period period = Period.year(year);
    growth.forEach((unit, figure) -> {
      dataset.add(unit, period, DataKey.parse("GROWTH_RATE"), figure.value(), figure.decimals());
      crude.rate(unit, ProvincialFigures.Rate.NIR).ifPresent(nir ->
          dataset.add(unit, period, DataKey.parse("NIR"), nir.value(), nir.decimals()));
      ProvincialFigures.Figure net = migration.rates().getOrDefault(unit, ImmutableMap.of())
          .get(MigrationFigures.Rate.NET);
      if (net != null) {
        dataset.add(unit, period, DataKey.parse("NET_MIGRATION_RATE"), net.value(), net.decimals());
      }
    });
    return new GrowthFigures(year, ImmutableMap.copyOf(growth), dataset.build());
  }

  int year() {
    return year;
  }

  /** The growth rate of each province, in %, as printed. */
  ImmutableMap<UnitCode, ProvincialFigures.Figure> growth() {
    return growth;
  }

  /** The growth rates with the natural increase and net migration rates: keys {@code GROWTH_RATE}, {@code NIR}, {@code NET_MIGRATION_RATE}. */
  Dataset dataset() {
    return dataset;
  }

  /** Checks each province's growth rate against its natural increase and net migration. */
  ValidationReport validate() {
    return DataValidator.builder().checks(DataCheckSet.of(IdentityChecks.POPULATION_GROWTH)).build()
        .check(dataset).toReport();
  }
}
