package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;
import vn.danso.indicator.PeriodType;
import vn.danso.testing.Gen;
import vn.danso.validation.Finding;

/**
 * A validator keeps the plan of each shape of dataset it checked and lends its buffers from check to check: a dataset
 * of a shape seen before, with other figures, gets exactly the findings a new validator gives it, whatever was checked
 * in between and however many threads check at once.
 */
class KeptPlansTest {
  static Stream<Long> seeds() {
    return Gen.seeds(40);
  }

  private static List<UnitCode> units(Gen gen) {
    List<UnitCode> units = new ArrayList<>();
    for (int i = 0, n = gen.intBetween(1, 30); i < n; i++) {
      units.add(UnitCode.of(String.format("%05d", gen.intBetween(1, 32_000))));
    }
    units.add(UnitCode.of(String.format("%03d", gen.intBetween(1, 999))));
    return units;
  }

  /** The same units, periods, keys and duplicated keys, other figures: some changed, some made NaN. */
  private static Dataset otherFigures(Dataset dataset, Gen gen) {
    List<Submission> out = new ArrayList<>();
    dataset.submissions().forEach(s -> {
      Submission.Builder builder = Submission.builder(s.unit(), s.period());
      for (DataValue v : s.values()) {
        double value = gen.chance(0.05) ? Double.NaN : gen.chance(0.3) ? v.value() + gen.intBetween(1, 9) : v.value();
        builder.add(DataValue.of(s.unit(), s.period(), v.key(), value).withDecimals(v.decimalsOrMinusOne()));
      }
      out.add(builder.build());
    });
    return Dataset.of(out);
  }

  private static List<Finding> fresh(Dataset dataset) {
    return DataValidator.builder().build().validate(dataset).findings();
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void aShapeSeenBeforeGetsTheFindingsOfANewValidator(long seed) {
    Gen gen = new Gen(seed);
    List<UnitCode> units = units(gen);
    List<Period> months = Period.year(2023).parts(PeriodType.MONTH).subList(0, gen.intBetween(1, 12));
    Dataset first = Dataset.of(new DataGen(gen).submissions(units, months));
    Dataset second = otherFigures(first, gen);
    Dataset other = Dataset.of(new DataGen(new Gen(seed + 1)).submissions(units(gen), months));
    DataValidator validator = DataValidator.builder().parallelism(gen.intBetween(1, 3)).executor(DataGen.POOL)
        .build();
    int flagged = 0;
    for (Dataset dataset : List.of(first, second, other, second, first, other)) {
      List<Finding> findings = validator.validate(dataset).findings();
      assertThat(findings).isEqualTo(fresh(dataset));
      flagged += findings.size();
    }
    assertThat(flagged).isPositive();
  }

  @Test
  void aValidatorCheckedFromManyThreadsAtOnceGivesEachItsOwnFindings() throws Exception {
    Gen gen = new Gen(11);
    List<UnitCode> units = units(gen);
    List<Period> months = Period.year(2023).parts(PeriodType.MONTH);
    List<Dataset> datasets = new ArrayList<>();
    datasets.add(Dataset.of(new DataGen(gen).submissions(units, months)));
    for (int i = 0; i < 7; i++) {
      datasets.add(i % 2 == 0 ? otherFigures(datasets.get(0), gen)
          : Dataset.of(new DataGen(gen).submissions(units(gen), months)));
    }
    DataValidator validator = DataValidator.builtIn();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 5; round++) {
        List<Future<List<Finding>>> found = new ArrayList<>();
        for (Dataset dataset : datasets) {
          found.add(threads.submit(() -> validator.validate(dataset).findings()));
        }
        for (int i = 0; i < datasets.size(); i++) {
          assertThat(found.get(i).get()).as("dataset %s", i).isEqualTo(fresh(datasets.get(i)));
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
