package vn.danso.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.indicator.Citation;
import vn.danso.indicator.Observation;
import vn.danso.indicator.Polarity;
import vn.danso.indicator.Target;
import vn.danso.indicator.TargetKind;
import vn.danso.plan.TargetComparison.Outcome;

class TargetComparisonTest {
  private static PlanTarget t(String statement) {
    String[] parts = statement.split(" ");
    TargetKind kind;
    switch (parts[0]) {
      case "<":
        kind = TargetKind.BELOW;
        break;
      case "<=":
        kind = TargetKind.AT_MOST;
        break;
      case ">":
        kind = TargetKind.ABOVE;
        break;
      case ">=":
        kind = TargetKind.AT_LEAST;
        break;
      case "~":
        kind = TargetKind.ABOUT;
        break;
      case "-":
        kind = TargetKind.REDUCE_BY;
        break;
      default:
        kind = TargetKind.INCREASE_BY;
    }
    Target target = Target.builder().indicator("X").kind(kind).value(parts[1]).year(2030)
        .addSources(Citation.of("thử", LocalDate.of(2020, 1, 1))).build();
    return parts.length > 2 ? PlanTarget.of(target, Observation.of(2019, Double.parseDouble(parts[2])))
        : PlanTarget.of(target);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // child, parent, polarity, outcome
        Arguments.of("< 112", "< 109", Polarity.BAND, Outcome.WEAKER),
        Arguments.of("< 108", "< 109", Polarity.BAND, Outcome.NOT_WEAKER),
        Arguments.of("< 109", "< 109", Polarity.BAND, Outcome.NOT_WEAKER),
        Arguments.of("<= 109", "< 109", Polarity.BAND, Outcome.WEAKER),
        Arguments.of("< 109", "<= 109", Polarity.BAND, Outcome.NOT_WEAKER),
        Arguments.of("< 112", "< 109", Polarity.LOWER_IS_BETTER, Outcome.WEAKER),
        Arguments.of("< 112", "< 109", Polarity.HIGHER_IS_BETTER, Outcome.NOT_WEAKER),
        Arguments.of("~ 2.0", "~ 2.1", Polarity.BAND, Outcome.WEAKER),
        Arguments.of("~ 2.10", "~ 2.1", Polarity.BAND, Outcome.NOT_WEAKER),
        Arguments.of(">= 95", ">= 90", Polarity.HIGHER_IS_BETTER, Outcome.NOT_WEAKER),
        Arguments.of(">= 85", ">= 90", Polarity.HIGHER_IS_BETTER, Outcome.WEAKER),
        Arguments.of("> 90", ">= 90", Polarity.HIGHER_IS_BETTER, Outcome.NOT_WEAKER),
        Arguments.of(">= 90", "> 90", Polarity.HIGHER_IS_BETTER, Outcome.WEAKER),
        Arguments.of("<= 95", ">= 90", Polarity.HIGHER_IS_BETTER, Outcome.WEAKER),
        Arguments.of(">= 80", "~ 70", Polarity.HIGHER_IS_BETTER, Outcome.NOT_WEAKER),
        Arguments.of(">= 80", "~ 70", Polarity.BAND, Outcome.WEAKER),
        Arguments.of("~ 5", "<= 10", Polarity.LOWER_IS_BETTER, Outcome.NOT_WEAKER),
        Arguments.of(">= 5", "<= 10", Polarity.LOWER_IS_BETTER, Outcome.WEAKER),
        Arguments.of("- 40", "- 50", Polarity.LOWER_IS_BETTER, Outcome.WEAKER),
        Arguments.of("- 60", "- 50", Polarity.LOWER_IS_BETTER, Outcome.NOT_WEAKER),
        Arguments.of("+ 10", "+ 20", Polarity.HIGHER_IS_BETTER, Outcome.WEAKER),
        Arguments.of("<= 10", "- 50", Polarity.LOWER_IS_BETTER, Outcome.INCOMPARABLE),
        Arguments.of("<= 10", "- 50 20", Polarity.LOWER_IS_BETTER, Outcome.NOT_WEAKER),
        Arguments.of("<= 11", "- 50 20", Polarity.LOWER_IS_BETTER, Outcome.WEAKER),
        Arguments.of("- 40 30", "- 50 20", Polarity.LOWER_IS_BETTER, Outcome.WEAKER),
        Arguments.of("+ 10 100", "- 50 20", Polarity.LOWER_IS_BETTER, Outcome.WEAKER),
        Arguments.of("+ 10", "- 50", Polarity.LOWER_IS_BETTER, Outcome.INCOMPARABLE));
  }

  @ParameterizedTest(name = "{0} against {1} ({2}): {3}")
  @MethodSource("cases")
  void comparesByTheValuesEachAcceptsInTheDirectionThatMatters(String child, String parent, Polarity polarity,
      Outcome outcome) {
    assertThat(TargetComparison.compare(t(child), t(parent), polarity)).isEqualTo(outcome);
  }
}
