package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.Period;
import vn.danso.text.Language;
import vn.danso.validation.Finding;

/**
 * Conditions that read other reports than the one checked: {@code previous(x)}, {@code last_year(x)} and
 * {@code sum(children(x))}, over a dataset; not checked on a lone submission.
 */
class OtherReportsExpressionTest {
  private static final UnitCode AN_MINH = UnitCode.of("909");
  private static final UnitCode KIEN_GIANG = UnitCode.of("91");
  private static final UnitCode DISTRICT_899 = UnitCode.of("899");
  private static final UnitCode DISTRICT_908 = UnitCode.of("908");
  private static final UnitTree TREE = UnitTree.of(UnitCode.of("VN"), u -> Map.of(
      UnitCode.of("VN"), List.of(KIEN_GIANG),
      KIEN_GIANG, List.of(DISTRICT_899, DISTRICT_908, AN_MINH)).getOrDefault(u, List.of()));

  private static ExpressionCheck check(String expression, MissingValueStrategy missing) {
    return ExpressionCheck.builder().id("test.other").expression(expression).missingValues(missing).build();
  }

  private static List<String> flagged(ExpressionCheck check, Dataset dataset, UnitTree tree) {
    DataValidator.Builder builder = DataValidator.builder().checks(DataCheckSet.of(check));
    if (tree != null) {
      builder.units(tree);
    }
    return builder.build().validate(dataset).findings().stream()
        .filter(f -> f.ruleId().value().equals("test.other"))
        .map(f -> f.subject().toString()).collect(Collectors.toList());
  }

  private static Dataset births(Object... unitPeriodValue) {
    Dataset.Builder data = Dataset.builder();
    for (int i = 0; i < unitPeriodValue.length; i += 3) {
      data.add((UnitCode) unitPeriodValue[i], (Period) unitPeriodValue[i + 1], DataKey.parse("births"),
          ((Number) unitPeriodValue[i + 2]).doubleValue());
    }
    return data.build();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "abs(births - previous(births)) / previous(births) <= 25% "
          + "| abs(births - previous(births)) / previous(births) <= 0.25",
      "births==sum( children( births ) ) | births == sum(children(births))",
      "births[male] <= 2 * last_year(births[male]) | births[male] <= 2 * last_year(births[male])",
  })
  void aFigureOfAnotherReportIsWrittenBackCanonically(String text, String canonical) {
    Expression expression = Expression.parse(text);
    assertThat(expression.toString()).isEqualTo(canonical);
    assertThat(Expression.parse(canonical)).isEqualTo(expression);
    assertThat(expression.readsOtherReports()).isTrue();
  }

  @Test
  void anExpressionKnowsWhetherItReadsOtherReports() {
    assertThat(Expression.parse("births >= deaths").readsOtherReports()).isFalse();
    assertThat(Expression.parse("not (max(births, previous(births)) > 0)").readsOtherReports()).isTrue();
    assertThat(Expression.parse("births == sum(children(births))").keys()).containsExactly(DataKey.parse("births"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "previous(births - deaths) > 0 | 16 | to close previous(births)",
      "previous(2) > 0 | 9 | previous takes one figure",
      "children(births) > 0 | 0 | add them up, e.g. sum(children(births))",
      "sum(births) > 0 | 4 | sum takes the figures of the units below",
      "sum(children(births) > 0 | 21 | to close sum(children(births))",
      "next(births) > 0 | 0 | previous(key), last_year(key), sum(children(key))",
  })
  void aMisusedFunctionIsRefusedWhereItStands(String text, int index, String reason) {
    assertThatThrownBy(() -> Expression.parse(text)).isInstanceOfSatisfying(RuleTextException.class, e -> {
      assertThat(e.errorIndex()).isEqualTo(index);
      assertThat(e.getMessage()).contains(reason);
    });
  }

  @Test
  void previousReadsThePeriodJustBeforeOfTheSameUnit() {
    Dataset data = births(AN_MINH, Period.year(2022), 1000, AN_MINH, Period.year(2023), 1300,
        AN_MINH, Period.year(2024), 1350, DISTRICT_908, Period.year(2023), 900, DISTRICT_908, Period.year(2024), 400);
    ExpressionCheck check = check("abs(births - previous(births)) / previous(births) <= 0.25",
        MissingValueStrategy.SKIP_IF_ANY_MISSING);
    assertThat(flagged(check, data, null)).containsExactly("unit[908] › period[2024]", "unit[909] › period[2023]");
  }

  @Test
  void theFindingShowsTheFigureOfTheOtherReport() {
    Dataset data = births(AN_MINH, Period.year(2023), 1000, AN_MINH, Period.year(2024), 1400);
    ExpressionCheck check = check("births <= 1.25 * previous(births)", MissingValueStrategy.SKIP_IF_ANY_MISSING);
    Finding finding = DataValidator.builder().checks(DataCheckSet.of(check)).build().validate(data).findings()
        .get(0);
    assertThat(finding.message(Language.EN)).contains("births = 1400; previous(births) = 1000");
    assertThat(finding.actualText(Language.EN)).contains("1400");
    assertThat(finding.expectedText(Language.EN)).contains("1250");
  }

  @Test
  void lastYearReadsTheSamePeriodAYearBefore() {
    Dataset data = births(AN_MINH, Period.month(2023, 3), 100, AN_MINH, Period.month(2024, 2), 100,
        AN_MINH, Period.month(2024, 3), 200);
    assertThat(flagged(check("births <= 1.5 * last_year(births)", MissingValueStrategy.SKIP_IF_ANY_MISSING), data,
        null)).containsExactly("unit[909] › period[2024-03]");
    assertThat(flagged(check("births <= 1.5 * previous(births)", MissingValueStrategy.SKIP_IF_ANY_MISSING), data,
        null)).containsExactly("unit[909] › period[2024-03]");
  }

  @Test
  void aMissingPreviousFigureFollowsTheMissingValueStrategy() {
    Dataset data = Dataset.builder()
        .add(AN_MINH, Period.year(2023), DataKey.parse("deaths"), 5)
        .add(AN_MINH, Period.year(2024), DataKey.parse("births"), 300).build();
    String rule = "births - previous(births) <= 100";
    assertThat(flagged(check(rule, MissingValueStrategy.SKIP_IF_ANY_MISSING), data, null)).isEmpty();
    assertThat(flagged(check(rule, MissingValueStrategy.SKIP_IF_ALL_MISSING), data, null))
        .containsExactly("unit[909] › period[2024]");
    assertThat(flagged(check(rule, MissingValueStrategy.NEVER_SKIP), data, null))
        .containsExactly("unit[909] › period[2024]");
  }

  @Test
  void aPeriodTheDatasetDoesNotCoverIsNotCheckedWhateverTheStrategy() {
    Dataset data = births(AN_MINH, Period.year(2024), 300);
    assertThat(flagged(check("births - previous(births) <= 100", MissingValueStrategy.NEVER_SKIP), data, null))
        .isEmpty();
  }

  @Test
  void sumOfChildrenAddsTheUnitsBelowInTheTree() {
    Period y = Period.year(2023);
    Dataset data = births(KIEN_GIANG, y, 3000, DISTRICT_899, y, 1000, DISTRICT_908, y, 900, AN_MINH, y, 1073);
    ExpressionCheck check = check("births == sum(children(births))", MissingValueStrategy.SKIP_IF_ANY_MISSING);
    assertThat(flagged(check, data, TREE)).containsExactly("unit[91] › period[2023]");
    Finding finding = DataValidator.builder().checks(DataCheckSet.of(check)).units(TREE).build().validate(data)
        .findings().get(0);
    assertThat(finding.message(Language.EN)).contains("sum(children(births)) = 2973");
    Dataset balanced = births(KIEN_GIANG, y, 2973, DISTRICT_899, y, 1000, DISTRICT_908, y, 900, AN_MINH, y, 1073);
    assertThat(flagged(check, balanced, TREE)).isEmpty();
  }

  @Test
  void aMissingChildFollowsTheMissingValueStrategy() {
    Period y = Period.year(2023);
    Dataset data = births(KIEN_GIANG, y, 3000, DISTRICT_899, y, 1000, AN_MINH, y, 1073);
    String rule = "births == sum(children(births))";
    assertThat(flagged(check(rule, MissingValueStrategy.SKIP_IF_ANY_MISSING), data, TREE)).isEmpty();
    assertThat(flagged(check(rule, MissingValueStrategy.SKIP_IF_ALL_MISSING), data, TREE))
        .containsExactly("unit[91] › period[2023]");
    // The unit's own figure is one of the figures read: with it present, nothing below is still "not all missing".
    Dataset noneBelow = births(KIEN_GIANG, y, 3000);
    assertThat(flagged(check(rule, MissingValueStrategy.SKIP_IF_ANY_MISSING), noneBelow, TREE)).isEmpty();
    assertThat(flagged(check(rule, MissingValueStrategy.SKIP_IF_ALL_MISSING), noneBelow, TREE))
        .containsExactly("unit[91] › period[2023]");
    Dataset deathsOnly = Dataset.builder().add(KIEN_GIANG, y, DataKey.parse("deaths"), 10).build();
    assertThat(flagged(check(rule, MissingValueStrategy.SKIP_IF_ALL_MISSING), deathsOnly, TREE)).isEmpty();
    assertThat(flagged(check("births + 1 == sum(children(births))", MissingValueStrategy.NEVER_SKIP), deathsOnly,
        TREE)).containsExactly("unit[91] › period[2023]");
  }

  @Test
  void aUnitWithNothingBelowItOrNoTreeIsNotChecked() {
    Period y = Period.year(2023);
    Dataset data = births(KIEN_GIANG, y, 3000, AN_MINH, y, 1073);
    ExpressionCheck check = check("births == sum(children(births))", MissingValueStrategy.NEVER_SKIP);
    assertThat(flagged(check, data, TREE)).containsExactly("unit[91] › period[2023]");
    assertThat(flagged(check, data, null)).isEmpty();
  }

  @Test
  void aLoneSubmissionIsNotCheckedByARuleThatReadsOtherReports() {
    ExpressionCheck check = check("births == sum(children(births)) and births <= previous(births)",
        MissingValueStrategy.NEVER_SKIP);
    assertThat(check.isWithinSubmission()).isFalse();
    assertThat(check("births >= 0", MissingValueStrategy.NEVER_SKIP).isWithinSubmission()).isTrue();
    Submission alone = Submission.builder(KIEN_GIANG, Period.year(2023)).add("births", 3000).build();
    DataValidator validator = DataValidator.builder().checks(DataCheckSet.of(check)).units(TREE).build();
    assertThat(validator.validate(alone).findings()).isEmpty();
    assertThat(validator.validate(Dataset.of(List.of(alone))).findings()).isEmpty();
  }

  @Test
  void aRuleFileReadsAndWritesTheFunctions() {
    String text = "check kien-giang.births-below: births == sum(children(births))\n"
        + "  missing: skip-if-any-missing\n"
        + "check kien-giang.births-change: abs(births - previous(births)) <= 0.25 * previous(births)\n";
    RuleFile file = RuleFile.read(text, IndicatorCatalogue.builtIn());
    assertThat(file.problems().findings()).isEmpty();
    assertThat(file.checks().checks()).hasSize(2);
    assertThat(RuleFile.read(RuleFile.format(file.checks()), IndicatorCatalogue.builtIn()).checks())
        .isEqualTo(file.checks());
    RuleFile unknown = RuleFile.read("check x.y: previous(birth) >= 0\n", IndicatorCatalogue.builtIn());
    assertThat(unknown.problems().findings()).extracting(f -> f.ruleId().value())
        .containsExactly("data.rule-text.unknown-key");
  }

  @Test
  void aSumOverTheUnitsBelowCarriesTheRoundingOfEachFigure() {
    // Each figure given with 0 decimals stands for ± 0.5: three below and the unit itself tolerate 2 in all.
    Period y = Period.year(2023);
    ExpressionCheck check = check("births ~= sum(children(births))", MissingValueStrategy.SKIP_IF_ANY_MISSING);
    for (int total : new int[] {2971, 2975, 2970, 2976}) {
      Dataset data = Dataset.builder().add(KIEN_GIANG, y, DataKey.parse("births"), total, 0)
          .add(DISTRICT_899, y, DataKey.parse("births"), 1000, 0).add(DISTRICT_908, y, DataKey.parse("births"), 900, 0)
          .add(AN_MINH, y, DataKey.parse("births"), 1073, 0).build();
      boolean within = Math.abs(total - 2973) <= 2;
      assertThat(flagged(check, data, TREE)).as("total %s", total).hasSize(within ? 0 : 1);
    }
  }
}
