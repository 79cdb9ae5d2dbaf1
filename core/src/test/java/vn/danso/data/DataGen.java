package vn.danso.data;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;
import vn.danso.testing.Gen;

/**
 * Random reports for property tests: the figures of a commune's or district's report, with every kind of defect the
 * engine must find (mismatched sums and ratios, values at the exact precision boundary, NaN, infinities, negative and
 * fractional counts, absurd magnitudes, duplicated and unknown keys, missing parts).
 */
final class DataGen {
  static final ImmutableList<String> PLAIN = ImmutableList.of(
      "deaths", "marriages", "marriages.child", "population.resident", "women.married-15-49",
      "pregnant-women", "pregnant-women.screened", "elderly", "elderly.health-insured", "newborns.screened");

  /** Two daemon threads for the tests that check datasets in parallel. */
  static final java.util.concurrent.Executor POOL = java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
    Thread thread = new Thread(r, "danso-test");
    thread.setDaemon(true);
    return thread;
  });

  private final Gen gen;

  DataGen(Gen gen) {
    this.gen = gen;
  }

  /** A count: mostly sensible, sometimes bad. */
  double count(int typical) {
    int kind = gen.intBetween(0, 99);
    if (kind == 0) {
      return Double.NaN;
    }
    if (kind == 1) {
      return gen.pick(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }
    if (kind == 2) {
      return -gen.intBetween(1, 50);
    }
    if (kind == 3) {
      return gen.intBetween(0, typical) + 0.5;
    }
    if (kind == 4) {
      return 3e11;
    }
    return gen.intBetween(0, typical);
  }

  /** One unit's report for one period. */
  Submission submission(UnitCode unit, Period period) {
    Submission.Builder s = Submission.builder(unit, period);
    int boys = gen.intBetween(0, 600);
    int girls = gen.intBetween(0, 600);
    if (gen.chance(0.9)) {
      s.add("births[male]", gen.chance(0.05) ? count(600) : boys);
    }
    if (gen.chance(0.9)) {
      s.add("births[female]", gen.chance(0.05) ? count(600) : girls);
    }
    if (gen.chance(0.9)) {
      s.add("births", gen.chance(0.8) ? boys + girls : boys + girls + gen.intBetween(-3, 3));
    }
    if (gen.chance(0.5)) {
      int urban = gen.intBetween(0, boys + girls);
      s.add("births[urban]", urban).add("births[rural]", gen.chance(0.9) ? boys + girls - urban : count(100));
    }
    if (gen.chance(0.7)) {
      int decimals = gen.intBetween(0, 2);
      double srb = girls == 0 ? gen.intBetween(90, 120) : 100.0 * boys / girls;
      double scale = Math.pow(10, decimals);
      double reported = gen.chance(0.8) ? Math.round(srb * scale) / scale
          : gen.chance(0.5) ? Math.round((srb + 0.5 / scale) * scale) / scale : gen.doubleBetween(80, 130);
      if (gen.chance(0.1)) {
        // Exactly halfway between two reported values: 2001 boys, 2000 girls give 100,05.
        boys = 2001;
        girls = 2000;
        reported = gen.pick(100.0, 100.1);
        decimals = 1;
      }
      if (gen.chance(0.7)) {
        s.add("SRB", reported, decimals);
      } else {
        s.add("SRB", reported);
      }
    }
    int deaths = gen.intBetween(0, 300);
    int population = gen.intBetween(0, 50_000);
    if (gen.chance(0.5)) {
      s.add("deaths", deaths).add("population.average", gen.chance(0.95) ? population : 0);
      if (gen.chance(0.5)) {
        double cdr = population == 0 ? 7 : 1000.0 * deaths / population;
        s.add("CDR", gen.chance(0.8) ? Math.round(cdr * 10) / 10.0 : cdr + 1, 1);
      }
    }
    for (String key : PLAIN) {
      if (gen.chance(0.3) && !(key.equals("deaths") && s.build().get(DataKey.parse("deaths")).isPresent())) {
        s.add(key, count(1000));
      }
    }
    if (gen.chance(0.1)) {
      s.add(gen.pick("birth", "marriages[male]", "XYZ", "deaths[female,urban]", "births[15-19]"), gen.intBetween(0, 10));
    }
    if (gen.chance(0.1)) {
      s.add(gen.pick("births", "SRB", "marriages", "births[male]"), gen.intBetween(0, 700));
    }
    if (gen.chance(0.05)) {
      s.add("births", gen.intBetween(0, 700), 0);
    }
    return s.build();
  }

  /** Submissions of a few units over a few periods, each unit reporting most periods. */
  List<Submission> submissions(List<UnitCode> units, List<Period> periods) {
    List<Submission> out = new ArrayList<>();
    for (UnitCode unit : units) {
      for (Period period : periods) {
        if (gen.chance(0.85)) {
          out.add(submission(unit, period));
        }
      }
    }
    return out;
  }
}
