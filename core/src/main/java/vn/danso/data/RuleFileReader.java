package vn.danso.data;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.PeriodType;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Rule;
import vn.danso.validation.RuleId;
import vn.danso.validation.Severity;
import vn.danso.validation.ValidationReport;

/**
 * Reads a rule file line by line: a rule's header, then its properties; when the next rule begins, the rule is
 * built. One problem per rule: a rule whose header cannot be read is skipped with its properties. Not thread-safe.
 */
final class RuleFileReader {
  private final IndicatorCatalogue catalogue;
  final List<DataCheck> rules = new ArrayList<>();
  final ValidationReport.Builder problems = ValidationReport.builder();
  private final Map<String, Integer> ids = new HashMap<>();
  /** The rule being read, or null (one slot, so the field stays final). */
  private final Draft[] current = new Draft[1];
  /** Whether the lines up to the next rule are skipped, its header or a property being bad. */
  private final boolean[] skip = new boolean[1];

  /** A rule's header and properties, until it is built. */
  private static final class Draft {
    final int line;
    final int column;
    final String kind;
    /** The call of a kind, or the id of an expression rule. */
    final String head;
    final Expression expression;
    final Map<String, int[]> where = new LinkedHashMap<>();
    final Map<String, String> values = new LinkedHashMap<>();

    Draft(int line, int column, String kind, String head, Expression expression) {
      this.line = line;
      this.column = column;
      this.kind = kind;
      this.head = head;
      this.expression = expression;
    }
  }

  RuleFileReader(IndicatorCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  void line(int number, String text) {
    String content = text.stripTrailing();
    String stripped = content.strip();
    if (stripped.isEmpty() || stripped.startsWith("#")) {
      return;
    }
    if (!Character.isWhitespace(content.charAt(0))) {
      finish();
      header(number, content);
      return;
    }
    int indent = content.length() - stripped.length();
    if (current[0] == null && !skip[0]) {
      syntax(number, indent + 1, "a property must follow a rule: start the rule with \"rule:\" or \"check ID:\"");
      return;
    }
    if (!skip[0]) {
      property(number, indent, stripped);
    }
  }

  /** Starts a rule at a line with no indent; a rule that cannot be read is reported and its properties skipped. */
  private void header(int line, String content) {
    skip[0] = true;
    current[0] = null;
    if (content.startsWith("rule:")) {
      ruleHeader(line, content);
    } else if (content.startsWith("check ") || content.startsWith("check\t")) {
      checkHeader(line, content);
    } else {
      syntax(line, 1, "a rule starts with \"rule:\" and a kind, such as rule: whole(births[*]), or with "
          + "\"check ID:\" and a condition, such as check province.births: births >= 0");
    }
  }

  /** Reads {@code rule: kind(arguments)}. */
  private void ruleHeader(int line, String content) {
    String call = content.substring(5);
    ExpressionParser in = new ExpressionParser(call);
    try {
      in.skipSpaces();
      int at = in.position();
      String kind = in.name();
      if (!RuleFile.isKind(kind)) {
        throw in.error("no rule kind \"" + kind + "\": the kinds are " + CheckKinds.KINDS, at);
      }
      CheckKinds.read(in, kind, at, CheckKinds.Settings.NONE);
      current[0] = new Draft(line, 6 + at, kind, call, null);
      skip[0] = false;
    } catch (RuleTextException e) {
      syntax(line, 6 + e.errorIndex(), e.reason());
    } catch (IllegalStateException e) {
      syntax(line, 6, e.getMessage());
    }
  }

  /** Reads {@code check ID: condition}: the id must be new to the file and the condition must read known data. */
  private void checkHeader(int line, String content) {
    int colon = content.indexOf(':');
    if (colon < 0) {
      syntax(line, content.length() + 1, "expected \":\" after the rule's id, then the condition");
      return;
    }
    String id = content.substring(6, colon).strip();
    int idColumn = content.indexOf(id, 6) + 1;
    try {
      RuleId.of(id);
    } catch (IllegalArgumentException e) {
      syntax(line, idColumn, e.getMessage());
      return;
    }
    Integer first = ids.get(id);
    if (first != null) {
      problems.add(RuleFile.problem(DataRules.RULE_TEXT_DUPLICATE_ID, line, idColumn).arg("id", id)
          .arg("first", first).build());
      return;
    }
    ids.put(id, line);
    String text = content.substring(colon + 1);
    int offset = colon + 2;
    Expression expression;
    try {
      expression = Expression.parse(text);
    } catch (RuleTextException e) {
      syntax(line, offset + e.errorIndex(), e.reason());
      return;
    }
    List<ExpressionAnalysis.Problem> found = ExpressionAnalysis.problems(expression, catalogue);
    if (!found.isEmpty()) {
      ExpressionAnalysis.Problem p = found.get(0);
      vn.danso.validation.Finding.Builder finding = RuleFile.problem(p.rule(), line, offset + p.at())
          .arg("reason", RuleFile.text(p.reason()));
      if (p.key() != null) {
        finding.arg("key", p.key());
      }
      problems.add(finding.build());
      return;
    }
    current[0] = new Draft(line, 1, "check", id, expression);
    skip[0] = false;
  }

  private void property(int line, int indent, String stripped) {
    int colon = stripped.indexOf(':');
    if (colon < 0) {
      syntax(line, indent + 1, "expected a property as name: value");
      current[0] = null;
      skip[0] = true;
      return;
    }
    String name = stripped.substring(0, colon).strip();
    if (!RuleFile.propertiesOf(current[0].kind).contains(name)) {
      propertyProblem(line, indent + 1, name, current[0].kind.equals("check") || RuleFile.isKind(current[0].kind)
          ? "a " + current[0].kind + " rule takes " + (RuleFile.propertiesOf(current[0].kind).isEmpty() ? "no property"
              : "only " + String.join(", ", RuleFile.propertiesOf(current[0].kind)))
          : "unknown property");
      return;
    }
    if (current[0].values.containsKey(name)) {
      propertyProblem(line, indent + 1, name, "given twice, first on line " + current[0].where.get(name)[0]);
      return;
    }
    int valueAt = colon + 1;
    while (valueAt < stripped.length() && stripped.charAt(valueAt) == ' ') {
      valueAt++;
    }
    current[0].values.put(name, stripped.substring(valueAt));
    current[0].where.put(name, new int[] {line, indent + valueAt + 1});
    try {
      readValue(current[0], name);
    } catch (BadProperty e) {
      propertyProblem(e.line, e.column, e.name, e.getMessage());
    }
  }

  /** Reads a property's value, so that a bad one is reported on its own line. */
  private static Object readValue(Draft d, String name) {
    switch (name) {
      case "severity":
        return value(d, name, RuleFileReader::severity);
      case "missing":
        return value(d, name, RuleFileReader::strategy);
      case "tolerance":
        return value(d, name, RuleFileReader::tolerance);
      case "periods":
        return value(d, name, v -> names(v, PeriodType.values()));
      case "levels":
        return value(d, name, v -> names(v, AdministrativeLevel.values()));
      default:
        return null;
    }
  }

  /** Builds the rule being read, if any, reporting what is wrong with its properties. */
  void finish() {
    Draft d = current[0];
    current[0] = null;
    if (d == null || skip[0]) {
      skip[0] = false;
      return;
    }
    try {
      CheckKinds.Settings settings = new CheckKinds.Settings(value(d, "severity", RuleFileReader::severity),
          value(d, "missing", RuleFileReader::strategy), value(d, "tolerance", RuleFileReader::tolerance),
          value(d, "periods", v -> names(v, PeriodType.values())));
      ImmutableSet<AdministrativeLevel> levels = value(d, "levels", v -> names(v, AdministrativeLevel.values()));
      DataCheck rule = d.kind.equals("check") ? expressionRule(d, settings, levels) : kindRule(d, settings);
      if (rule != null) {
        rules.add(rule);
      }
    } catch (BadProperty e) {
      propertyProblem(e.line, e.column, e.name, e.getMessage());
    }
  }

  private DataCheck kindRule(Draft d, CheckKinds.Settings settings) {
    ExpressionParser in = new ExpressionParser(d.head);
    in.skipSpaces();
    int at = in.position();
    DataCheck rule;
    try {
      rule = CheckKinds.read(in, in.name(), at, settings);
    } catch (IllegalStateException | IllegalArgumentException e) {
      syntax(d.line, d.column, e.getMessage());
      return null;
    }
    CheckReferences.Unknown unknown = CheckReferences.unknown(rule, catalogue);
    if (unknown != null) {
      problems.add(RuleFile.problem(DataRules.RULE_TEXT_UNKNOWN_KEY, d.line, d.column).arg("key", unknown.key())
          .arg("reason", RuleFile.text(unknown.reason())).build());
      return null;
    }
    return rule;
  }

  private DataCheck expressionRule(Draft d, CheckKinds.Settings settings,
      ImmutableSet<AdministrativeLevel> levels) {
    ExpressionCheck.Builder b = ExpressionCheck.builder().id(d.head).expression(d.expression);
    if (settings.severity() != null) {
      b.severity(settings.severity());
    }
    if (settings.missing() != null) {
      b.missingValues(settings.missing());
    }
    if (levels != null) {
      b.addAllLevels(levels);
    }
    if (settings.periods() != null) {
      b.addAllPeriodTypes(settings.periods());
    }
    String vi = d.values.get("vi");
    String en = d.values.get("en");
    if ((vi == null) != (en == null)) {
      int[] at = d.where.get(vi == null ? "en" : "vi");
      propertyProblem(at[0], at[1], vi == null ? "vi" : "en", "give the message in both languages, vi and en");
      return null;
    }
    if (vi != null) {
      b.message(LocalizedText.of(vi, en));
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      int[] at = d.where.getOrDefault("vi", new int[] {d.line, 1});
      propertyProblem(at[0], at[1], "vi", e.getMessage());
      return null;
    }
  }

  /** A property value that cannot be read. */
  private static final class BadProperty extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;
    final String name;

    BadProperty(String message, int line, int column, String name) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
      this.name = name;
    }
  }

  private interface Reader<T> {
    T read(String value);
  }

  private static <T> T value(Draft d, String name, Reader<T> reader) {
    String text = d.values.get(name);
    if (text == null) {
      return null;
    }
    try {
      return reader.read(text);
    } catch (IllegalArgumentException e) {
      int[] at = d.where.get(name);
      throw new BadProperty(e.getMessage(), at[0], at[1], name);
    }
  }

  private static Severity severity(String value) {
    for (Severity s : Severity.values()) {
      if (s.name().toLowerCase(Locale.ROOT).equals(value)) {
        return s;
      }
    }
    throw new IllegalArgumentException("\"" + value + "\" is not a severity: write error, warning or info");
  }

  static String strategyName(MissingValueStrategy strategy) {
    return strategy.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static MissingValueStrategy strategy(String value) {
    for (MissingValueStrategy s : MissingValueStrategy.values()) {
      if (strategyName(s).equals(value)) {
        return s;
      }
    }
    throw new IllegalArgumentException("\"" + value + "\" is not a strategy: write skip-if-any-missing, "
        + "skip-if-all-missing or never-skip");
  }

  private static Double tolerance(String value) {
    ExpressionParser in = new ExpressionParser(value);
    try {
      double tolerance = in.number();
      if (in.peek() != 0) {
        throw new IllegalArgumentException("\"" + value + "\" is not a number");
      }
      return tolerance;
    } catch (RuleTextException e) {
      throw new IllegalArgumentException("\"" + value + "\" is not a tolerance: write a number such as 0.5");
    }
  }

  private static <E extends Enum<E>> ImmutableSet<E> names(String value, E[] all) {
    ImmutableSet.Builder<E> out = ImmutableSet.builder();
    for (String part : Splitter.on(',').split(value)) {
      String name = part.strip();
      E found = null;
      List<String> known = new ArrayList<>();
      for (E e : all) {
        known.add(e.name().toLowerCase(Locale.ROOT));
        if (e.name().toLowerCase(Locale.ROOT).equals(name)) {
          found = e;
        }
      }
      if (found == null) {
        throw new IllegalArgumentException("\"" + name + "\" is not one of " + String.join(", ", known));
      }
      out.add(found);
    }
    return out.build();
  }

  private void syntax(int line, int column, String reason) {
    problems.add(RuleFile.problem(DataRules.RULE_TEXT_SYNTAX, line, column).arg("reason", RuleFile.text(reason))
        .build());
  }

  private void propertyProblem(int line, int column, String name, String reason) {
    Rule rule = DataRules.RULE_TEXT_PROPERTY;
    problems.add(RuleFile.problem(rule, line, column).arg("property", name).arg("reason", RuleFile.text(reason))
        .build());
    if (current[0] != null && current[0].line <= line) {
      skip[0] = true;
    }
  }
}
