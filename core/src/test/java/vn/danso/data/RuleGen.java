package vn.danso.data;

import com.google.common.collect.ImmutableList;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.indicator.AgeGroup;
import vn.danso.indicator.ElementCode;
import vn.danso.indicator.IndicatorCode;
import vn.danso.indicator.PeriodType;
import vn.danso.indicator.Residence;
import vn.danso.indicator.Sex;
import vn.danso.indicator.ValueRange;
import vn.danso.testing.Gen;
import vn.danso.validation.Severity;

/**
 * Random rules of every kind, and random expression rules over the figures {@link DataGen} reports, some of them
 * reading other reports ({@code previous(x)}, {@code last_year(x)}, {@code sum(children(x))}).
 */
final class RuleGen {
  static final ImmutableList<String> KEYS = ImmutableList.of("births", "births[male]", "births[female]",
      "births[urban]", "deaths", "marriages", "population.average", "elderly", "SRB", "CDR");

  private final Gen gen;
  private int ids;

  RuleGen(Gen gen) {
    this.gen = gen;
  }

  private Severity severity() {
    return gen.pick(Severity.values());
  }

  private MissingValueStrategy strategy() {
    return gen.pick(MissingValueStrategy.values());
  }

  private KeyPattern pattern() {
    return KeyPattern.parse(gen.pick("births[*]", "births", "births[male]", "deaths[*]", "SRB", "CBR"));
  }

  private ValueRange range() {
    double lower = gen.chance(0.1) ? -magnitude() : anyOften(gen.intBetween(-5, 50) / 4.0);
    double sum = lower + anyOften(gen.intBetween(0, 400) / 8.0);
    double upper = Double.isFinite(sum) ? sum : lower;
    switch (gen.intBetween(0, 4)) {
      case 0:
        return ValueRange.closed(lower, upper);
      case 1:
        return ValueRange.atLeast(lower);
      case 2:
        return ValueRange.greaterThan(lower);
      case 3:
        return ValueRange.atMost(upper);
      default:
        return ValueRange.all();
    }
  }

  /** A rule of any kind, with random settings. */
  DataCheck any() {
    switch (gen.intBetween(0, 10)) {
      case 0:
        return Required.builder().key(DataKey.parse(gen.pick(KEYS))).severity(severity()).build();
      case 1:
        return WholeNonNegative.builder().keys(pattern()).severity(severity()).build();
      case 2: {
        InRange.Builder b = InRange.builder().keys(pattern()).severity(severity());
        if (gen.chance(0.8)) {
          b.plausible(range());
        }
        b.expected(range());
        if (gen.chance(0.5)) {
          b.addPeriodTypes(gen.pick(PeriodType.values()));
        }
        return b.build();
      }
      case 3:
        return ComponentsSum.builder().element(ElementCode.of(gen.pick("births", "population.average")))
            .addAllParts(gen.chance(0.5) ? ImmutableList.of(Sex.MALE, Sex.FEMALE)
                : gen.chance(0.5) ? ImmutableList.of(Residence.URBAN, Residence.RURAL)
                    : ImmutableList.of(AgeGroup.UNDER_15, AgeGroup.WORKING_AGE, AgeGroup.AGED_65_PLUS))
            .tolerance(anyOften(gen.intBetween(0, 4) / 2.0)).severity(severity()).missingValues(strategy()).build();
      case 4:
        return ComputedMatchesReported.builder().indicator(IndicatorCode.of(gen.pick("SRB", "CBR", "NIR", "TFR")))
            .severity(severity()).missingValues(strategy()).build();
      case 5:
        return ParentEqualsChildrenSum.builder().keys(pattern()).tolerance(gen.intBetween(0, 3))
            .severity(severity()).missingValues(strategy()).build();
      case 6: {
        Completeness.Builder b = Completeness.builder().severity(severity());
        if (gen.chance(0.5)) {
          b.level(gen.pick(AdministrativeLevel.values()));
        }
        return b.build();
      }
      case 7:
        return YearOnYearChange.builder().keys(pattern()).threshold(anyOften(gen.intBetween(0, 100) / 100.0))
            .minimumChange(anyOften(gen.intBetween(0, 40) / 4.0)).severity(severity()).missingValues(strategy()).build();
      case 8:
        return PeerOutlier.builder().keys(pattern()).threshold(1 + anyOften(gen.intBetween(0, 50) / 10.0))
            .minimumPeers(gen.intBetween(3, 9)).severity(severity()).missingValues(strategy()).build();
      case 9: {
        TargetCheck.Builder b = TargetCheck.builder().indicator(IndicatorCode.of(gen.pick("SRB", "TFR")));
        if (gen.chance(0.5)) {
          b.baselineYear(gen.intBetween(2015, 2024));
        }
        return b.build();
      }
      default:
        return expressionRule();
    }
  }

  /** An expression rule over the generated figures, with random scope, strategy and severity. */
  ExpressionCheck expressionRule() {
    ExpressionCheck.Builder b = ExpressionCheck.builder().id("test.rule-" + ids++)
        .expression(Expression.parse(condition(0))).severity(severity()).missingValues(strategy());
    if (gen.chance(0.3)) {
      b.addLevels(gen.pick(AdministrativeLevel.COMMUNE, AdministrativeLevel.DISTRICT, AdministrativeLevel.PROVINCE));
    }
    if (gen.chance(0.3)) {
      b.addPeriodTypes(gen.pick(PeriodType.MONTH, PeriodType.YEAR));
    }
    if (gen.chance(0.3)) {
      b.message("{left} và {right}: {values}", "{left} and {right}: {values}");
    }
    return b.build();
  }

  private String condition(int depth) {
    if (depth < 2 && gen.chance(0.25)) {
      String left = condition(depth + 1);
      String right = condition(depth + 1);
      return gen.chance(0.2) ? "not (" + left + ")" : "(" + left + ") " + gen.pick("and", "or") + " (" + right + ")";
    }
    // Every comparison reads a figure on its left, so that no generated rule is constant.
    String left = gen.chance(0.5) ? figure()
        : "(" + figure() + " " + gen.pick("+", "-", "*", "/") + " " + number(depth) + ")";
    String right = number(depth);
    if (right.equals(left)) {
      right = "1";
    }
    return left + " " + gen.pick("==", "~=", "!=", "<", "<=", ">", ">=") + " " + right;
  }

  /** A figure of the report checked, or sometimes of another report: the period before, a year before, below. */
  private String figure() {
    String key = gen.pick(KEYS);
    if (gen.chance(0.8)) {
      return key;
    }
    return gen.pick("previous(" + key + ")", "last_year(" + key + ")", "sum(children(" + key + "))");
  }

  private String number(int depth) {
    int kind = gen.intBetween(0, depth > 2 ? 1 : 6);
    switch (kind) {
      case 0:
        return figure();
      case 1:
        return ExpressionNode.format(anyOften(gen.intBetween(0, 600) / (gen.chance(0.5) ? 1 : 10.0)));
      case 2:
        return "abs(" + number(depth + 1) + ")";
      case 3:
        return gen.pick("min", "max") + "(" + number(depth + 1) + ", " + number(depth + 1) + ")";
      case 4:
        return "-" + number(depth + 1);
      default:
        return "(" + number(depth + 1) + " " + gen.pick("+", "-", "*", "/") + " " + number(depth + 1) + ")";
    }
  }

  /**
   * Mostly the usual value; one time in ten any finite non-negative double, from the smallest subnormal to the
   * largest, so that every number a typed rule can hold is printed and read back.
   */
  private double anyOften(double usual) {
    return gen.chance(0.1) ? magnitude() : usual;
  }

  private double magnitude() {
    double value;
    do {
      value = Math.abs(Double.longBitsToDouble(gen.longBetween(0, Long.MAX_VALUE - 1)));
    } while (!Double.isFinite(value));
    return value;
  }
}
