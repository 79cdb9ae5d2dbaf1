package vn.danso.benchmarks;

import vn.danso.data.ComponentsSum;
import vn.danso.data.ComputedMatchesReported;
import vn.danso.data.DataCheckSet;
import vn.danso.data.InRange;
import vn.danso.data.ParentEqualsChildrenSum;
import vn.danso.data.RuleFile;
import vn.danso.indicator.AgeGroup;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.Residence;
import vn.danso.indicator.Sex;
import vn.danso.indicator.ValueRange;

/**
 * The national job of {@link DataValidationBenchmark}, as an integrator would give it to danso: four checks over the
 * national monthly figures, typed in Java and the same written as rule text. The checks are those {@link PlainLoops}
 * writes as loops: a range per element (every part of each of the 14 counted elements between 0 and 200 million),
 * the 8 component sums, SRB computed against SRB reported, and each district against the sum of its communes for
 * each counted element.
 */
final class NationalJob {
  /** The counted elements of {@link NationalDataset}. */
  static final String[] ELEMENTS = {
      "births", "couples.premarital-counselled", "deaths", "elderly", "elderly.health-insured", "marriages",
      "marriages.child", "marriages.consanguineous", "newborns.screened", "population.average", "pregnant-women",
      "pregnant-women.screened", "women.married-15-49", "women.married-15-49.contraceptive-users"};

  private NationalJob() {}

  /** The four checks, typed. */
  static DataCheckSet typed() {
    DataCheckSet.Builder set = DataCheckSet.builder();
    for (String element : ELEMENTS) {
      set.add(InRange.builder().keys(element + "[*]").plausible(ValueRange.closed(0, 200_000_000)).build());
    }
    set.add(ComponentsSum.of("births", Sex.MALE, Sex.FEMALE))
        .add(ComponentsSum.of("births", Residence.URBAN, Residence.RURAL))
        .add(ComponentsSum.of("deaths", Sex.MALE, Sex.FEMALE))
        .add(ComponentsSum.of("deaths", Residence.URBAN, Residence.RURAL))
        .add(ComponentsSum.of("population.average", Sex.MALE, Sex.FEMALE))
        .add(ComponentsSum.of("population.average", AgeGroup.UNDER_15, AgeGroup.WORKING_AGE, AgeGroup.AGED_65_PLUS))
        .add(ComponentsSum.of("elderly", Sex.MALE, Sex.FEMALE))
        .add(ComponentsSum.of("elderly.health-insured", Sex.MALE, Sex.FEMALE))
        .add(ComputedMatchesReported.of("SRB"));
    for (String element : ELEMENTS) {
      set.add(ParentEqualsChildrenSum.of(element + "[*]"));
    }
    return set.build();
  }

  /** The same four checks, written as rule text. */
  static String text() {
    StringBuilder text = new StringBuilder("# The national job: ranges, component sums, SRB, districts = Σ communes\n");
    for (String element : ELEMENTS) {
      text.append("rule: range(").append(element).append("[*], [0, 200000000], none)\n");
    }
    text.append("rule: components(births, male, female)\n")
        .append("rule: components(births, urban, rural)\n")
        .append("rule: components(deaths, male, female)\n")
        .append("rule: components(deaths, urban, rural)\n")
        .append("rule: components(population.average, male, female)\n")
        .append("rule: components(population.average, 0-14, 15-64, 65+)\n")
        .append("rule: components(elderly, male, female)\n")
        .append("rule: components(elderly.health-insured, male, female)\n")
        .append("rule: computed(SRB)\n");
    for (String element : ELEMENTS) {
      text.append("rule: children_sum(").append(element).append("[*])\n");
    }
    return text.toString();
  }

  /** The checks read from {@link #text()}; fails if the text does not read back as the typed checks. */
  static DataCheckSet fromText() {
    RuleFile file = RuleFile.read(text(), IndicatorCatalogue.builtIn());
    if (!file.problems().isEmpty()) {
      throw new IllegalStateException("the national job's text does not read: " + file.problems());
    }
    if (!file.checks().equals(typed())) {
      throw new IllegalStateException("the national job's text reads as other checks than the typed ones:\n"
          + RuleFile.format(file.checks()));
    }
    return file.checks();
  }
}
