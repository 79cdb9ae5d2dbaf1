package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;
import vn.danso.indicator.PeriodType;
import vn.danso.testing.Gen;

/**
 * Figures an integrator holds in arrays become the same dataset as when given value by value: same units, periods,
 * keys and figures, so the same findings.
 */
class DatasetColumnsTest {
  private static final List<String> KEYS = List.of("births", "births[male]", "births[female]", "deaths",
      "population.average", "SRB", "CBR");
  private static final UnitCode AN_MINH = UnitCode.of("909");

  static Stream<Long> seeds() {
    return Gen.seeds(150);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void columnsGiveTheDatasetTheBuilderGivesForTheSameFigures(long seed) {
    Gen gen = new Gen(seed);
    List<UnitCode> units = new ArrayList<>();
    for (int i = gen.intBetween(1, 12); i > 0; i--) {
      UnitCode unit = UnitCode.of(gen.chance(0.8) ? String.format("%05d", gen.intBetween(1, 32_000))
          : String.format("%03d", gen.intBetween(1, 999)));
      if (!units.contains(unit)) {
        units.add(unit);
      }
    }
    List<Period> periods = new ArrayList<>(Period.year(2023).parts(PeriodType.MONTH).subList(0, gen.intBetween(1, 6)));
    Collections.shuffle(periods, new java.util.Random(seed));
    int cells = units.size() * periods.size();
    DatasetColumns columns = Dataset.columns(units, periods);
    Dataset.Builder builder = Dataset.builder();
    periods.forEach(builder::period);
    for (String text : KEYS) {
      if (gen.chance(0.2)) {
        continue;
      }
      DataKey key = DataKey.parse(text);
      double[] values = new double[cells];
      BitSet reported = new BitSet();
      boolean all = gen.chance(0.3);
      int decimals = key.isIndicator() ? 1 : -1;
      for (int c = 0; c < cells; c++) {
        values[c] = gen.chance(0.05) ? Double.NaN : key.isIndicator() ? gen.intBetween(0, 2000) / 10.0
            : gen.intBetween(-2, 500);
        if (all || gen.chance(0.7)) {
          reported.set(c);
          builder.add(units.get(c / periods.size()), periods.get(c % periods.size()), key, values[c], decimals);
        }
      }
      if (decimals >= 0) {
        columns.column(key, values, all ? null : reported, decimals);
      } else if (all) {
        columns.column(key, values);
      } else {
        columns.column(key, values, reported);
      }
    }

    Dataset fromColumns = columns.build();
    Dataset fromValues = builder.build();

    assertThat(fromColumns.units()).isEqualTo(fromValues.units());
    assertThat(fromColumns.periods()).isEqualTo(fromValues.periods());
    assertThat(fromColumns.size()).isEqualTo(fromValues.size());
    assertThat(fromColumns.submissions().collect(Collectors.toList()))
        .isEqualTo(fromValues.submissions().collect(Collectors.toList()));
    DataValidator validator = DataValidator.builtIn();
    assertThat(validator.validate(fromColumns).findings()).isEqualTo(validator.validate(fromValues).findings());
  }

  @Test
  void aCellNotReportedIsNotRead() {
    BitSet reported = new BitSet();
    reported.set(1);
    Dataset dataset = Dataset.columns(List.of(AN_MINH), List.of(Period.year(2022), Period.year(2023)))
        .column(DataKey.parse("births"), new double[] {Double.NaN, 1073}, reported)
        .build();

    assertThat(dataset.get(AN_MINH, Period.year(2022), DataKey.parse("births"))).isEmpty();
    assertThat(DataValidator.builtIn().validate(dataset).findings()).isEmpty();
  }

  @Test
  void aColumnOfAnotherLengthIsRefusedWithItsShape() {
    DatasetColumns columns = Dataset.columns(List.of(AN_MINH), List.of(Period.year(2022), Period.year(2023)));

    assertThatThrownBy(() -> columns.column(DataKey.parse("births"), new double[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("births has 3 values for 1 units × 2 periods: give one per unit and period");
  }

  @Test
  void aKeyGivenTwiceIsRefused() {
    DatasetColumns columns = Dataset.columns(List.of(AN_MINH), List.of(Period.year(2023)))
        .column(DataKey.parse("births"), new double[] {1});

    assertThatThrownBy(() -> columns.column(DataKey.parse("births"), new double[] {2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("give each key's column once");
  }

  @Test
  void theArraysAreCopied() {
    double[] births = {1073};
    Dataset dataset = Dataset.columns(List.of(AN_MINH), List.of(Period.year(2023)))
        .column(DataKey.parse("births"), births).build();
    births[0] = -1;

    assertThat(dataset.get(AN_MINH, Period.year(2023), DataKey.parse("births"))).hasValue(1073);
  }
}
