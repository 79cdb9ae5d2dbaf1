package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;
import vn.danso.testing.Fuzz;
import vn.danso.validation.Finding;
import vn.danso.validation.ValidationReport;

/**
 * A report of any values, extreme ones included (NaN, infinities, ±1e308, the smallest double, huge counts), is
 * checked by the single path and the bulk path alike: no exception, the same findings in the same order, and every
 * message can be written in both languages.
 */
class DataEngineFuzzTest {
  private static final UnitCode AN_MINH = UnitCode.of("909");
  private static final List<String> KEYS = List.of("births", "deaths", "population.average", "births[male]",
      "births[female]", "population.average[0-14]", "population.average[65+]", "SRB", "CBR", "CDR", "NIR");
  private static final double[] EXTREMES = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
      Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, 1e307, -1e308, 0, -0.0, 1e15, -1, 0.5};
  private static final DataValidator VALIDATOR = DataValidator.builtIn();

  private static Submission submission(SplittableRandom r) {
    Submission.Builder submission = Submission.builder(AN_MINH, Period.year(2023));
    java.util.Set<String> keys = new java.util.LinkedHashSet<>();
    int values = 1 + r.nextInt(6);
    for (int i = 0; i < values; i++) {
      keys.add(KEYS.get(r.nextInt(KEYS.size())));
    }
    for (String key : keys) {
      double value = r.nextInt(3) == 0 ? EXTREMES[r.nextInt(EXTREMES.length)] : r.nextInt(2000);
      submission.add(key, value, r.nextInt(3));
    }
    return submission.build();
  }

  /** A submission shown with its values, so that a failure can be read. */
  private static final class Described {
    final Submission submission;

    Described(Submission submission) {
      this.submission = submission;
    }

    @Override
    public String toString() {
      return submission.values().toString();
    }
  }

  @Test
  void anyValuesGiveTheSameFindingsOnBothPathsAndMessagesThatCanBeWritten() {
    Fuzz.run("DataValidator.validate", r -> new Described(submission(r)), described -> {
      Submission submission = described.submission;
      ValidationReport single = VALIDATOR.validate(submission);
      ValidationReport bulk = VALIDATOR.check(Dataset.of(List.of(submission))).toReport();
      assertThat(bulk.findings()).isEqualTo(single.findings());
      for (Finding finding : single.findings()) {
        assertThat(finding.message(vn.danso.text.Language.VI)).isNotEmpty();
        assertThat(finding.message(vn.danso.text.Language.EN)).isNotEmpty();
      }
    });
  }
}
