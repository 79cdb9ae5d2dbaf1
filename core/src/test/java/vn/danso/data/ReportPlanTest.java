package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;
import vn.danso.testing.Gen;
import vn.danso.validation.Finding;

/**
 * One report is checked as a one-unit dataset with a plan kept for its shape: what is kept depends on the shape only,
 * so a validator that has seen many reports checks the next one exactly as a new validator would.
 */
class ReportPlanTest {
  private static final UnitCode AN_MINH = UnitCode.of("909");
  private static final Period Y2023 = Period.year(2023);

  static Stream<Long> seeds() {
    return Gen.seeds(100);
  }

  /** The same keys, in the same order, with the generator's figures of another report. */
  private static Submission sameShape(Submission shape, Submission figures) {
    Submission.Builder out = Submission.builder(shape.unit(), shape.period());
    for (int i = 0; i < shape.size(); i++) {
      DataValue value = shape.values().get(i);
      double v = i < figures.size() ? figures.values().get(i).value() : value.value();
      out.add(DataKey.parse(value.key().toString()), v, value.decimals().orElse(0));
    }
    return out.build();
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void aValidatorThatKeptPlansChecksEachReportAsANewValidatorWould(long seed) {
    Gen gen = new Gen(seed);
    DataGen data = new DataGen(gen);
    DataValidator seasoned = DataValidator.builtIn();
    Submission shape = data.submission(AN_MINH, Period.month(2023, gen.intBetween(1, 12)));
    for (int i = 0; i < 20; i++) {
      Submission report = sameShape(shape, data.submission(AN_MINH, shape.period()));
      assertThat(seasoned.validate(report).findings()).as("seed %s, report %s", seed, i)
          .isEqualTo(DataValidator.builtIn().validate(report).findings());
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void theOrderValuesAreGivenInDoesNotChangeTheFindings(long seed) {
    Gen gen = new Gen(seed);
    Submission report = new DataGen(gen).submission(AN_MINH, Y2023);
    List<DataKey> seen = new ArrayList<>();
    List<DataValue> once = new ArrayList<>();
    for (DataValue value : report.values()) {
      if (!seen.contains(value.key())) {
        seen.add(value.key());
        once.add(value);
      }
    }
    List<DataValue> shuffled = new ArrayList<>(once);
    Collections.shuffle(shuffled, new java.util.Random(seed));
    DataValidator validator = DataValidator.builtIn();

    List<Finding> inOrder = validator.validate(Submission.of(AN_MINH, Y2023, once)).findings();

    assertThat(validator.validate(Submission.of(AN_MINH, Y2023, shuffled)).findings()).isEqualTo(inOrder);
  }

  @Test
  void aKeyGivenTwiceIsAnotherShapeThanTheKeyGivenOnce() {
    DataValidator validator = DataValidator.builtIn();
    Submission once = Submission.builder(AN_MINH, Y2023).add("births", 10).add("deaths", 3).build();
    Submission twice = Submission.builder(AN_MINH, Y2023).add("births", 10).add("births", 12).add("deaths", 3)
        .build();

    assertThat(validator.validate(once).findings()).isEmpty();
    assertThat(validator.validate(twice).findings()).extracting(f -> f.ruleId().value())
        .containsExactly("data.value.duplicate");
    assertThat(validator.validate(once).findings()).isEmpty();
  }

  @Test
  void anEmptyReportHasItsRequiredFiguresReportedMissing() {
    DataValidator validator = DataValidator.builder().checks(DataCheckSet.of(Required.of("births"))).build();

    assertThat(validator.validate(Submission.builder(AN_MINH, Y2023).build()).findings())
        .extracting(f -> f.ruleId().value()).containsExactly("data.value.missing");
  }

  @Test
  void aReportIsCheckedWithoutTheRulesThatCompareUnitsEvenWhenTheValidatorHasATree() {
    UnitTree tree = UnitTree.of(UnitCode.of("91"), u -> u.equals(UnitCode.of("91")) ? List.of(AN_MINH) : List.of());
    DataValidator validator = DataValidator.builder().units(tree)
        .checks(DataCheckSet.of(ParentEqualsChildrenSum.of("births[*]"), Completeness.ofLeaves())).build();

    assertThat(validator.validate(Submission.builder(UnitCode.of("91"), Y2023).add("births", 10).build())
        .findings()).isEmpty();
  }
}
