package vn.danso.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.danso.data.DataCheckSet;
import vn.danso.data.IdentityChecks;
import vn.danso.indicator.IndicatorCatalogue;

/**
 * {@code figures TABLE.csv…}: reads the statistics office's published provincial tables in pairs (crude rates with
 * average population; total fertility rate with average population by sex), accounts for every row, validates the
 * provinces' figures and restates them for the 34 provinces of 2025 ({@link FiguresReport}); a table of in-, out- and
 * net-migration rates by province is read alone. The figures are checked with the built-in rules and the identities
 * between published rates ({@link IdentityChecks}: {@code NIR ~= CBR - CDR} and {@code NET_MIGRATION_RATE ~=
 * IN_MIGRATION_RATE - OUT_MIGRATION_RATE} within the rounding of each figure).
 */
@Command(name = "figures", description = "Published provincial figures (the statistics office's tables of crude "
    + "rates and average population, of total fertility rate and average population by sex): every row accounted "
    + "for, the figures checked, and the rates restated for the 34 provinces of 2025; the table of in-, out- and "
    + "net-migration rates by province is checked alone, and the population growth rates by province against "
    + "natural increase + net migration.")
final class FiguresCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(arity = "1..*", paramLabel = "TABLE.csv", descriptionKey = "figures.tables",
      description = "The tables, in pairs (PX-Web CSV exports): crude birth, death and natural increase rates by "
          + "province with average population by province; total fertility rate by province with average population "
          + "by sex; and alone, in-, out- and net-migration rates by province; with both the crude rates and the "
          + "migration rates, population growth rates by province.")
  List<Path> tables;

  @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "figures.year",
      description = "The year to read (default: the latest year both tables of a pair hold).")
  Integer year;

  FiguresCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    DataCheckSet rules = DataCheckSet.builder()
        .addAll(DataCheckSet.builtIn(IndicatorCatalogue.builtIn()))
        .addAll(IdentityChecks.all())
        .build();
    return FiguresReport.print(tables, year, rules, console.language(), console.out());
  }
}
