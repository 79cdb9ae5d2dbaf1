package vn.danso.examples;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import vn.danso.admin.UnitCode;
import vn.danso.data.DataKey;
import vn.danso.data.DataCheckSet;
import vn.danso.data.DataValidator;
import vn.danso.data.Dataset;
import vn.danso.indicator.Period;
import vn.danso.validation.ValidationReport;

/**
 * A year's published provincial rates (crude birth rate, crude death rate, natural increase rate, in ‰) with the
 * average population of each province, as read from the statistics office's tables: the figures as a dataset (each
 * rate with the decimals it was printed with), their validation, and the national rate rebuilt from the provinces as a
 * ratio of sums.
 */
final class ProvincialFigures {
  /** A rate of the table: the indicator code and the words of its column label before the year. */
  enum Rate {
    CBR("Crude birth rate"), CDR("Crude death rate"), NIR("Natural increase rate");

    final String label;

    Rate(String label) {
      this.label = label;
    }
  }

  /** A figure as printed: its value and its decimals. */
  record Figure(double value, int decimals) {}

  private final int year;
  private final ImmutableMap<UnitCode, ImmutableMap<Rate, Figure>> rates;
  private final ImmutableMap<UnitCode, Double> population;
  private final ImmutableMap<Rate, Figure> country;

  private ProvincialFigures(int year, ImmutableMap<UnitCode, ImmutableMap<Rate, Figure>> rates,
      ImmutableMap<UnitCode, Double> population, ImmutableMap<Rate, Figure> country) {
    this.year = year;
    this.rates = rates;
    this.population = population;
    this.country = country;
  }

  /**
   * Takes the figures of a year from a table of rates and a table of average populations (thousands of persons), both
   * matched to the provinces of the year's last day. A province whose cell is {@code ..} has no figure, and the cell
   * is reported.
   */
  static ProvincialFigures of(int year, PxTable ratesTable, ProvinceRows rateRows, PxTable populationTable,
      ProvinceRows populationRows, ValidationReport.Builder report) {
    Map<UnitCode, ImmutableMap<Rate, Figure>> rates = new LinkedHashMap<>();
    rateRows.provinces().forEach((unit, row) -> rates.put(unit, figures(ratesTable, row, year, report)));
    ImmutableMap<Rate, Figure> country = rateRows.country()
        .map(row -> figures(ratesTable, row, year, null))
        .orElse(ImmutableMap.of());
    int column = populationTable.column(Integer.toString(year), "Average population");
    Map<UnitCode, Double> population = new LinkedHashMap<>();
    if (column >= 0) {
      populationRows.provinces().forEach((unit, row) -> {
        PxTable.Cell cell = row.cells().get(column);
        if (cell.isAvailable()) {
          population.put(unit, new BigDecimal(cell.text()).movePointRight(3).doubleValue());
        } else if (cell.isMarkedNotAvailable()) {
          notAvailable(populationTable, row, column, report);
        }
      });
    }
    return new ProvincialFigures(year, ImmutableMap.copyOf(rates), ImmutableMap.copyOf(population), country);
  }

  /** The rates of a row; a cell not available is reported when a report is given. */
  private static ImmutableMap<Rate, Figure> figures(PxTable table, PxTable.Row row, int year,
      ValidationReport.Builder report) {
    ImmutableMap.Builder<Rate, Figure> figures = ImmutableMap.builder();
    for (Rate rate : Rate.values()) {
      int column = table.column(rate.label, Integer.toString(year));
      if (column < 0) {
        continue;
      }
      PxTable.Cell cell = row.cells().get(column);
      if (cell.isAvailable()) {
        figures.put(rate, new Figure(cell.value().getAsDouble(), cell.decimals()));
      } else if (report != null && cell.isMarkedNotAvailable()) {
        notAvailable(table, row, column, report);
      }
    }
    return figures.build();
  }

  private static void notAvailable(PxTable table, PxTable.Row row, int column, ValidationReport.Builder report) {
    report.add(TableRules.NOT_AVAILABLE.finding(PxTable.subject(table.file(), row.line()))
        .arg("file", table.file()).arg("line", row.line()).arg("name", row.name().strip())
        .arg("column", table.columns().get(column)).build());
  }

  int year() {
    return year;
  }

  /** The rates of each province, as printed. */
  ImmutableMap<UnitCode, ImmutableMap<Rate, Figure>> rates() {
    return rates;
  }

  /** The average population of each province, in persons. */
  ImmutableMap<UnitCode, Double> population() {
    return population;
  }

  /** The country's rates as printed, if the table has its row. */
  ImmutableMap<Rate, Figure> country() {
    return country;
  }

  /**
   * The figures as a dataset: each province's rates, reported with their printed decimals (keys {@code CBR},
   * {@code CDR}, {@code NIR}), and its average population ({@code population.average}), for the year.
   */
  Dataset dataset() {
    Dataset.Builder dataset = Dataset.builder();
    Period period = Period.year(year);
    rates.forEach((unit, figures) -> figures.forEach((rate, figure) ->
        dataset.add(unit, period, DataKey.parse(rate.name()), figure.value(), figure.decimals())));
    population.forEach((unit, persons) -> dataset.add(unit, period, DataKey.parse("population.average"), persons));
    return dataset.build();
  }

  /** Checks the figures with a rule set: the built-in rules today, more when they are written. */
  ValidationReport validate(DataCheckSet rules) {
    return DataValidator.builder().checks(rules).build().check(dataset()).toReport();
  }

  /**
   * A rate for the whole country rebuilt from the provinces as a ratio of sums: Σ rate × population / Σ population,
   * over the provinces with both; empty if none has.
   */
  OptionalDouble fromProvinces(Rate rate) {
    double events = 0;
    double persons = 0;
    for (Map.Entry<UnitCode, ImmutableMap<Rate, Figure>> entry : rates.entrySet()) {
      Figure figure = entry.getValue().get(rate);
      Double p = population.get(entry.getKey());
      if (figure != null && p != null) {
        events += figure.value() * p;
        persons += p;
      }
    }
    return persons > 0 ? OptionalDouble.of(events / persons) : OptionalDouble.empty();
  }

  /** The last day of the year: the day the table's provinces are read on. */
  LocalDate day() {
    return LocalDate.of(year, 12, 31);
  }

  /** The rate of a province, if it has one. */
  Optional<Figure> rate(UnitCode unit, Rate rate) {
    return Optional.ofNullable(rates.getOrDefault(unit, ImmutableMap.of()).get(rate));
  }
}
