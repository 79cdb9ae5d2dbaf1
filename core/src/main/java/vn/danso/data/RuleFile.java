package vn.danso.data;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.internal.Nfc;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Finding;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * A rule file (tệp quy tắc): data rules written as text, read into a {@link DataCheckSet} with every mistake reported
 * as a finding with its line and column, and written back from any rule set.
 *
 * <pre>
 * # A province's own checks
 * check province.married-women: population.married[female,15-49] &lt;= population[female,15-49]
 *   severity: warning
 *   levels: district, province
 *   periods: year
 *   vi: Số phụ nữ có chồng ({left}) nhiều hơn số phụ nữ ({right})
 *   en: More married women ({left}) than women ({right})
 *
 * rule: components(births, male, female)
 * rule: range(CBR, [0, 80], [5, 35])
 *   periods: year
 * </pre>
 *
 * <p>A line starting with {@code check ID:} begins an {@linkplain ExpressionCheck expression rule} with its own id;
 * a line starting with {@code rule:} begins a rule of a built-in kind, written as its call (see
 * {@code docs/rule-language.md} for every kind). The indented {@code name: value} lines below a rule are its
 * properties: {@code severity} ({@code error}, {@code warning}, {@code info}), {@code missing}
 * ({@code skip-if-any-missing}, {@code skip-if-all-missing}, {@code never-skip}), {@code tolerance},
 * {@code periods} ({@code month, quarter, year, phase}), {@code levels} ({@code nation, province, district,
 * commune, village}), and the messages {@code vi} and {@code en}. A line whose first character other than a space is
 * {@code #} is a comment. The text is read after Unicode NFC normalisation; columns count its characters from 1.
 *
 * <p>Reading never throws on bad text: each rule that cannot be taken gives one finding ({@code data.rule-text.*})
 * and is left out, and the others are read. {@link #format(DataCheckSet)} writes a rule set so that reading it back
 * gives an equal rule set. Immutable.
 */
public final class RuleFile {
  /** The properties each kind of rule takes beside its call. */
  private static final ImmutableMap<String, ImmutableSet<String>> PROPERTIES = ImmutableMap.<String,
      ImmutableSet<String>>builder()
      .put("required", ImmutableSet.of("severity"))
      .put("whole", ImmutableSet.of("severity"))
      .put("range", ImmutableSet.of("severity", "periods"))
      .put("components", ImmutableSet.of("severity", "missing", "tolerance"))
      .put("computed", ImmutableSet.of("severity", "missing"))
      .put("children_sum", ImmutableSet.of("severity", "missing", "tolerance"))
      .put("complete", ImmutableSet.of("severity"))
      .put("year_on_year", ImmutableSet.of("severity", "missing"))
      .put("year_on_year_absolute", ImmutableSet.of("severity", "missing"))
      .put("peer_outlier", ImmutableSet.of("severity", "missing"))
      .put("target", ImmutableSet.of())
      .put("check", ImmutableSet.of("severity", "missing", "levels", "periods", "vi", "en"))
      .build();

  private final DataCheckSet rules;
  private final ValidationReport problems;

  private RuleFile(DataCheckSet rules, ValidationReport problems) {
    this.rules = rules;
    this.problems = problems;
  }

  /**
   * Reads rules from text, checking the figures they read against a catalogue.
   *
   * @param text the rules, e.g. a file's content read as UTF-8
   * @param catalogue the catalogue that defines the figures, such as {@link IndicatorCatalogue#builtIn()}
   * @return the rules read and the problems of those that could not be
   */
  public static RuleFile read(String text, IndicatorCatalogue catalogue) {
    checkNotNull(text, "rule text is null: give the content of a rule file");
    checkNotNull(catalogue, "catalogue is null: use IndicatorCatalogue.builtIn()");
    String normal = Nfc.normalize(text);
    RuleFileReader reader = new RuleFileReader(catalogue);
    // Lines end in LF, CRLF or CR; split by hand, not with a regular expression compiled on every call.
    int line = 1;
    int start = 0;
    int i = 0;
    while (i < normal.length()) {
      char c = normal.charAt(i);
      if (c == '\n' || c == '\r') {
        reader.line(line++, normal.substring(start, i));
        i += c == '\r' && i + 1 < normal.length() && normal.charAt(i + 1) == '\n' ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    reader.line(line, normal.substring(start));
    reader.finish();
    return new RuleFile(DataCheckSet.builder().addAll(reader.rules).build(), reader.problems.build());
  }

  /**
   * Writes a rule set as text that {@link #read} reads back to an equal rule set: one block per rule, with only the
   * properties that differ from the kind's defaults.
   *
   * @param rules the rule set, such as {@code DataCheckSet.builtIn(catalogue)}
   * @return the text
   */
  public static String format(DataCheckSet rules) {
    checkNotNull(rules, "rules is null");
    StringBuilder out = new StringBuilder();
    for (DataCheck rule : rules.checks()) {
      if (rule instanceof ExpressionCheck) {
        formatExpression((ExpressionCheck) rule, out);
      } else {
        formatKind(rule, out);
      }
    }
    return out.toString();
  }

  private static void formatExpression(ExpressionCheck rule, StringBuilder out) {
    out.append("check ").append(rule.id()).append(": ").append(rule.expression()).append('\n');
    if (rule.severity() != vn.danso.validation.Severity.ERROR) {
      property(out, "severity", rule.severity().name().toLowerCase(Locale.ROOT));
    }
    if (rule.missingValues() != MissingValueStrategy.SKIP_IF_ANY_MISSING) {
      property(out, "missing", RuleFileReader.strategyName(rule.missingValues()));
    }
    if (!rule.levels().isEmpty()) {
      property(out, "levels", names(rule.levels()));
    }
    if (!rule.periodTypes().isEmpty()) {
      property(out, "periods", names(rule.periodTypes()));
    }
    rule.message().ifPresent(m -> {
      property(out, "vi", m.vi());
      property(out, "en", m.en());
    });
  }

  private static void formatKind(DataCheck rule, StringBuilder out) {
    String call = CheckKinds.call(rule);
    out.append("rule: ").append(call).append('\n');
    ExpressionParser in = new ExpressionParser(call);
    String kind = in.name();
    DataCheck bare = CheckKinds.read(in, kind, 0, CheckKinds.Settings.NONE);
    if (rule.severity() != bare.severity()) {
      property(out, "severity", rule.severity().name().toLowerCase(Locale.ROOT));
    }
    if (rule.missingValues() != bare.missingValues()) {
      property(out, "missing", RuleFileReader.strategyName(rule.missingValues()));
    }
    double tolerance = tolerance(rule);
    if (Double.compare(tolerance, tolerance(bare)) != 0) {
      property(out, "tolerance", ExpressionNode.format(tolerance));
    }
    if (rule instanceof InRange && !((InRange) rule).periodTypes().isEmpty()) {
      property(out, "periods", names(((InRange) rule).periodTypes()));
    }
  }

  private static double tolerance(DataCheck rule) {
    if (rule instanceof ComponentsSum) {
      return ((ComponentsSum) rule).tolerance();
    }
    return rule instanceof ParentEqualsChildrenSum ? ((ParentEqualsChildrenSum) rule).tolerance() : 0;
  }

  private static void property(StringBuilder out, String name, String value) {
    out.append("  ").append(name).append(": ").append(value).append('\n');
  }

  private static String names(ImmutableSet<? extends Enum<?>> values) {
    List<String> names = new ArrayList<>();
    values.forEach(v -> names.add(v.name().toLowerCase(Locale.ROOT)));
    return String.join(", ", names);
  }

  static ImmutableSet<String> propertiesOf(String kind) {
    return PROPERTIES.getOrDefault(kind, ImmutableSet.of());
  }

  static boolean isKind(String kind) {
    return PROPERTIES.containsKey(kind) && !kind.equals("check");
  }

  /**
   * Returns the rules read, in the order of the file; the rules with problems are left out.
   *
   * @return the rule set
   */
  public DataCheckSet checks() {
    return rules;
  }

  /**
   * Returns one finding for each rule or line that could not be taken, with its line and column.
   *
   * @return the problems, empty when every rule was read
   */
  public ValidationReport problems() {
    return problems;
  }

  /** What a problem of a rule file is about: its line and column. */
  static Subject subject(int line, int column) {
    return Subject.of("line", String.valueOf(line)).child("column", String.valueOf(column));
  }

  static Finding.Builder problem(vn.danso.validation.Rule rule, int line, int column) {
    return rule.finding(subject(line, column)).arg("line", line).arg("column", column);
  }

  static LocalizedText text(String en) {
    return LocalizedText.of(en, en);
  }

  @Override
  public String toString() {
    return "RuleFile[" + rules.size() + " rules, " + problems.findings().size() + " problems]";
  }
}
