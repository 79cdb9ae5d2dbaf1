package vn.danso.data;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.indicator.Category;
import vn.danso.indicator.ElementCode;
import vn.danso.indicator.IndicatorCode;
import vn.danso.indicator.PeriodType;
import vn.danso.indicator.ValueRange;
import vn.danso.validation.Severity;

/**
 * The built-in kinds of check written as text: each typed check has one canonical call, such as
 * {@code components(births, male, female)} or {@code range(CBR, [0, 80], [5, 40])}, which this class writes and
 * reads back into the same typed value. The settings that are not the kind's defaults (severity, missing values,
 * tolerance, periods) are written as properties by {@link RuleFile}.
 */
final class CheckKinds {
  private CheckKinds() {}

  /** The call of every kind, for messages. */
  static final String KINDS = "required(key), whole(keys), range(keys, plausible, expected), "
      + "components(element, category, category…), computed(indicator), children_sum(keys), complete([level]), "
      + "year_on_year(keys, threshold, minimum change), year_on_year_absolute(keys, threshold), "
      + "peer_outlier(keys, threshold, minimum peers), "
      + "target(indicator[, baseline year])";

  /** Writes the call of a typed rule (not an expression rule). */
  static String call(DataCheck rule) {
    if (rule instanceof Required required) {
      return "required(" + required.key() + ")";
    }
    if (rule instanceof WholeNonNegative whole) {
      return "whole(" + whole.keys() + ")";
    }
    if (rule instanceof InRange range) {
      return "range(" + range.keys() + ", " + interval(range.plausible()) + ", " + interval(range.expected()) + ")";
    }
    if (rule instanceof ComponentsSum sum) {
      StringBuilder out = new StringBuilder("components(").append(sum.element());
      sum.parts().forEach(p -> out.append(", ").append(p.code()));
      return out.append(')').toString();
    }
    if (rule instanceof ComputedMatchesReported computed) {
      return "computed(" + computed.indicator() + ")";
    }
    if (rule instanceof ParentEqualsChildrenSum sum) {
      return "children_sum(" + sum.keys() + ")";
    }
    if (rule instanceof Completeness complete) {
      return "complete(" + complete.level().map(l -> l.name().toLowerCase(Locale.ROOT)).orElse("")
          + ")";
    }
    if (rule instanceof YearOnYearChange change && change.measure() == YearOnYearChange.Measure.ABSOLUTE) {
      return "year_on_year_absolute(" + change.keys() + ", " + ExpressionNode.format(change.threshold()) + ")";
    }
    if (rule instanceof YearOnYearChange change) {
      return "year_on_year(" + change.keys() + ", " + ExpressionNode.format(change.threshold()) + ", "
          + ExpressionNode.format(change.minimumChange()) + ")";
    }
    if (rule instanceof PeerOutlier outlier) {
      return "peer_outlier(" + outlier.keys() + ", " + ExpressionNode.format(outlier.threshold()) + ", "
          + outlier.minimumPeers() + ")";
    }
    TargetCheck target = (TargetCheck) rule;
    return "target(" + target.indicator() + target.baselineYear().map(y -> ", " + y).orElse("") + ")";
  }

  private static String interval(Optional<ValueRange> range) {
    if (range.isEmpty()) {
      return "none";
    }
    ValueRange r = range.get();
    return (r.isLowerClosed() ? "[" : "(") + bound(r.lower()) + ", " + bound(r.upper()) + (r.isUpperClosed() ? "]"
        : ")");
  }

  private static String bound(double value) {
    return Double.isInfinite(value) ? (value > 0 ? "inf" : "-inf") : ExpressionNode.format(value);
  }

  /** The settings a rule file gives a typed rule beside its call; null where not given. */
  record Settings(Severity severity, MissingValueStrategy missing, Double tolerance,
      ImmutableSet<PeriodType> periods) {
    /** No setting given: the kind's defaults. */
    static final Settings NONE = new Settings(null, null, null, null);
  }

  /** Reads the call of a kind after its name, with the given settings (the kind's defaults where null). */
  static DataCheck read(ExpressionParser in, String kind, int at, Settings settings) {
    in.expect('(', "after " + kind);
    DataCheck rule = readArguments(in, kind, at, settings);
    in.expect(')', "to close the arguments of " + kind);
    if (in.peek() != 0) {
      throw in.error("unexpected text after the rule", in.position());
    }
    return rule;
  }

  private static DataCheck readArguments(ExpressionParser in, String kind, int at, Settings s) {
    switch (kind) {
      case "required": {
        Required.Builder b = Required.builder().key(key(in));
        Optional.ofNullable(s.severity()).ifPresent(b::severity);
        return b.build();
      }
      case "whole": {
        WholeNonNegative.Builder b = WholeNonNegative.builder().keys(pattern(in));
        Optional.ofNullable(s.severity()).ifPresent(b::severity);
        return b.build();
      }
      case "range":
        return range(in, s);
      case "components":
        return components(in, s);
      case "computed": {
        ComputedMatchesReported.Builder b = ComputedMatchesReported.builder().indicator(indicator(in));
        Optional.ofNullable(s.severity()).ifPresent(b::severity);
        Optional.ofNullable(s.missing()).ifPresent(b::missingValues);
        return b.build();
      }
      case "children_sum": {
        ParentEqualsChildrenSum.Builder b = ParentEqualsChildrenSum.builder().keys(pattern(in));
        Optional.ofNullable(s.severity()).ifPresent(b::severity);
        Optional.ofNullable(s.missing()).ifPresent(b::missingValues);
        Optional.ofNullable(s.tolerance()).ifPresent(b::tolerance);
        return b.build();
      }
      case "complete":
        return complete(in, s);
      case "year_on_year":
      case "year_on_year_absolute":
        return yearOnYear(in, kind.equals("year_on_year_absolute"), s);
      case "peer_outlier":
        return peerOutlier(in, s);
      case "target": {
        TargetCheck.Builder target = TargetCheck.builder().indicator(indicator(in));
        if (in.accept(',')) {
          target.baselineYear(whole(in));
        }
        return target.build();
      }
      default:
        throw in.error("no rule kind \"" + kind + "\": the kinds are " + KINDS, at);
    }
  }

  /** Reads {@code year_on_year(keys, threshold, minimum change)} or {@code year_on_year_absolute(keys, threshold)}. */
  private static YearOnYearChange yearOnYear(ExpressionParser in, boolean absolute, Settings s) {
    KeyPattern keys = pattern(in);
    YearOnYearChange.Builder b = YearOnYearChange.builder().keys(keys);
    if (absolute) {
      b.measure(YearOnYearChange.Measure.ABSOLUTE).threshold(nextNumber(in));
    } else {
      double threshold = nextNumber(in);
      b.threshold(threshold).minimumChange(nextNumber(in));
    }
    Optional.ofNullable(s.severity()).ifPresent(b::severity);
    Optional.ofNullable(s.missing()).ifPresent(b::missingValues);
    return b.build();
  }

  /** Reads {@code peer_outlier(keys, threshold, minimum peers)}. */
  private static PeerOutlier peerOutlier(ExpressionParser in, Settings s) {
    KeyPattern keys = pattern(in);
    double threshold = nextNumber(in);
    comma(in);
    PeerOutlier.Builder b = PeerOutlier.builder().keys(keys).threshold(threshold).minimumPeers(whole(in));
    Optional.ofNullable(s.severity()).ifPresent(b::severity);
    Optional.ofNullable(s.missing()).ifPresent(b::missingValues);
    return b.build();
  }

  private static void comma(ExpressionParser in) {
    in.expect(',', "between arguments");
  }

  private static double nextNumber(ExpressionParser in) {
    comma(in);
    return signed(in);
  }

  private static int whole(ExpressionParser in) {
    int at = in.position();
    double value = signed(in);
    if (value != Math.rint(value) || Math.abs(value) > 100_000) {
      throw in.error("expected a whole number, not " + ExpressionNode.format(value), at);
    }
    return (int) value;
  }

  static double signed(ExpressionParser in) {
    boolean negative = in.accept('-') || in.accept('−');
    double value = in.number();
    return negative ? -value : value;
  }

  private static DataKey key(ExpressionParser in) {
    int at = in.position();
    return in.key(at, in.name());
  }

  private static KeyPattern pattern(ExpressionParser in) {
    in.skipSpaces();
    int at = in.position();
    String text = in.keyText(in.name());
    try {
      return KeyPattern.parse(text);
    } catch (IllegalArgumentException e) {
      throw in.error("\"" + text + "\" is not a key or a pattern such as births[*]: " + e.getMessage(), at);
    }
  }

  private static IndicatorCode indicator(ExpressionParser in) {
    in.skipSpaces();
    int at = in.position();
    String name = in.name();
    try {
      return IndicatorCode.of(name);
    } catch (IllegalArgumentException e) {
      throw in.error("\"" + name + "\" is not an indicator code: " + e.getMessage(), at);
    }
  }

  private static InRange range(ExpressionParser in, Settings s) {
    InRange.Builder range = InRange.builder().keys(pattern(in));
    comma(in);
    interval(in).ifPresent(range::plausible);
    comma(in);
    interval(in).ifPresent(range::expected);
    Optional.ofNullable(s.severity()).ifPresent(range::severity);
    Optional.ofNullable(s.periods()).ifPresent(range::addAllPeriodTypes);
    return range.build();
  }

  private static Optional<ValueRange> interval(ExpressionParser in) {
    char open = in.peek();
    int at = in.position();
    if (open != '[' && open != '(') {
      String word = ExpressionParser.isNameStart(open) ? in.name() : "";
      if (word.equals("none")) {
        return Optional.empty();
      }
      throw in.error("expected an interval such as [0, 80] or [0, inf), or none", at);
    }
    in.accept(open);
    double lower = boundValue(in);
    in.expect(',', "between the bounds of the interval");
    double upper = boundValue(in);
    char close = in.peek();
    if (close != ']' && close != ')') {
      throw in.error("expected \"]\" or \")\" to close the interval", in.position());
    }
    in.accept(close);
    boolean lowerClosed = open == '[';
    boolean upperClosed = close == ']';
    if (Double.isInfinite(lower) && Double.isInfinite(upper) && !lowerClosed && !upperClosed) {
      return Optional.of(ValueRange.all());
    }
    if (Double.isInfinite(upper) && !upperClosed) {
      return Optional.of(lowerClosed ? ValueRange.atLeast(lower) : ValueRange.greaterThan(lower));
    }
    if (Double.isInfinite(lower) && !lowerClosed && upperClosed) {
      return Optional.of(ValueRange.atMost(upper));
    }
    if (lowerClosed && upperClosed && !Double.isInfinite(lower) && !Double.isInfinite(upper)) {
      if (lower > upper) {
        throw in.error("the interval is empty: its lower bound is above its upper bound", at);
      }
      return Optional.of(ValueRange.closed(lower, upper));
    }
    throw in.error("this kind of interval is not supported: write [a, b], [a, inf), (a, inf), (-inf, b] or "
        + "(-inf, inf)", at);
  }

  private static double boundValue(ExpressionParser in) {
    boolean negative = in.accept('-') || in.accept('−');
    if (!negative) {
      in.accept('+');
    }
    char c = in.peek();
    double value;
    if (c == '∞') {
      in.accept('∞');
      value = Double.POSITIVE_INFINITY;
    } else if (ExpressionParser.isNameStart(c)) {
      int at = in.position();
      if (!in.name().equals("inf")) {
        throw in.error("expected a number or inf", at);
      }
      value = Double.POSITIVE_INFINITY;
    } else {
      value = in.number();
    }
    return negative ? -value : value;
  }

  private static ComponentsSum components(ExpressionParser in, Settings s) {
    in.skipSpaces();
    int at = in.position();
    String element = in.name();
    ComponentsSum.Builder sum = ComponentsSum.builder();
    try {
      sum.element(ElementCode.of(element));
    } catch (IllegalArgumentException e) {
      throw in.error("\"" + element + "\" is not an element code: " + e.getMessage(), at);
    }
    List<Category> parts = new ArrayList<>();
    while (in.accept(',')) {
      in.skipSpaces();
      int partAt = in.position();
      String code = categoryCode(in);
      parts.add(Category.tryParse(code).orElseThrow(() -> in.error("\"" + code + "\" is not a category: write "
          + "male, female, urban, rural or an age group such as 15-49 or 65+", partAt)));
    }
    if (parts.size() < 2) {
      throw in.error("components needs the element and two or more categories, e.g. components(births, male, "
          + "female)", at);
    }
    Optional.ofNullable(s.severity()).ifPresent(sum::severity);
    Optional.ofNullable(s.missing()).ifPresent(sum::missingValues);
    Optional.ofNullable(s.tolerance()).ifPresent(sum::tolerance);
    return sum.addAllParts(parts).build();
  }

  /** A category code: letters, digits, "-" and "+" (15-49, 65+). */
  private static String categoryCode(ExpressionParser in) {
    String text = in.text();
    int start = in.position();
    int end = start;
    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-'
        || text.charAt(end) == '+' || text.charAt(end) == '_')) {
      end++;
    }
    if (end == start) {
      throw in.error("expected a category such as male or 15-49", start);
    }
    in.seek(end);
    return text.substring(start, end);
  }

  private static Completeness complete(ExpressionParser in, Settings s) {
    Completeness.Builder b = Completeness.builder();
    Optional.ofNullable(s.severity()).ifPresent(b::severity);
    if (in.peek() == ')') {
      return b.build();
    }
    int at = in.position();
    String name = in.name();
    for (AdministrativeLevel level : AdministrativeLevel.values()) {
      if (level.name().toLowerCase(Locale.ROOT).equals(name)) {
        return b.level(level).build();
      }
    }
    throw in.error("no level \"" + name + "\": write " + levelNames() + ", or nothing for the leaves", at);
  }

  static String levelNames() {
    List<String> names = new ArrayList<>();
    for (AdministrativeLevel level : AdministrativeLevel.values()) {
      names.add(level.name().toLowerCase(Locale.ROOT));
    }
    return String.join(", ", names);
  }

  /** The kinds, for the documentation test. */
  static ImmutableList<String> names() {
    return ImmutableList.of("required", "whole", "range", "components", "computed", "children_sum", "complete",
        "year_on_year", "year_on_year_absolute", "peer_outlier", "target");
  }
}
