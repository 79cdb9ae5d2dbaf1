package vn.danso.data;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.danso.internal.Nfc;

/**
 * A condition on the figures of a report (biểu thức kiểm tra), written as text a person can read, such as
 * {@code births[male] + births[female] == births},
 * {@code population.married[female,15-49] <= population[female,15-49]} or {@code NIR ~= CBR - CDR}.
 *
 * <p>The grammar, from the loosest binding to the tightest (every construct is listed in
 * {@code docs/rule-language.md}):
 *
 * <pre>
 * condition  = and { "or" and }
 * and        = not { "and" not }
 * not        = "not" not | comparison
 * comparison = sum [ ("==" | "~=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=") sum ]
 * sum        = product { ("+" | "-") product }
 * product    = unary { ("*" | "/") unary }
 * unary      = "-" unary | primary
 * primary    = number [ "%" ] | key | related | function "(" condition { "," condition } ")"
 *              | "(" condition ")"
 * function   = "abs" | "min" | "max"
 * related    = ("previous" | "last_year") "(" key ")" | "sum" "(" "children" "(" key ")" ")"
 * </pre>
 *
 * <p>{@code previous(births)} is the same unit's figure for the period just before (the month, quarter or year
 * before), {@code last_year(births)} for the same period a year before, and {@code sum(children(births))} the sum of
 * the figure over the units directly below the unit in the validator's {@link UnitTree}: they read other reports
 * than the one checked ({@link #readsOtherReports()}), so they are decided over a {@link Dataset}.
 *
 * <p>A key is a data key as reported ({@code births}, {@code births[male]}, {@code SRB}); a minus between two element
 * codes needs spaces ({@code births - deaths}), since element codes may contain hyphens. The symbols typed in
 * documents are accepted and written back in ASCII: {@code ≤ ≥ ≠ ≈ × ÷}, and the minus sign and en-dash for minus.
 * The text is read after Unicode NFC normalisation.
 *
 * <p>The language is total: no loops, no assignments, no calls out; an expression is at most
 * {@value #MAX_NESTING} levels deep and {@value #MAX_NODES} terms long, so reading hostile text never overflows the
 * stack. A number is written in plain digits, at most {@value #MAX_NUMBER_LENGTH} characters, and must be finite.
 * Two expressions are equal when their canonical texts ({@link #toString()}) are. Immutable.
 */
public final class Expression {
  /** The deepest nesting of parentheses, minus signs, {@code not} and function calls. */
  public static final int MAX_NESTING = 32;

  /** The most terms (numbers, figures, operators, calls) of one expression. */
  public static final int MAX_NODES = 200;

  /**
   * The longest number, in characters, an expression reads: enough for every finite double written in plain form
   * (the smallest, 4.9 × 10⁻³²⁴, takes 327), so that any rule the library prints reads back.
   */
  public static final int MAX_NUMBER_LENGTH = 400;

  private final ExpressionNode root;
  private final String text;

  Expression(ExpressionNode root) {
    this.root = root;
    this.text = root.text();
  }

  /**
   * Reads an expression.
   *
   * @param text e.g. {@code "births[male] + births[female] == births"}
   * @return the expression
   * @throws RuleTextException if the text is not an expression, with the index of the first character that is not
   *     right and the reason
   */
  public static Expression parse(String text) {
    checkNotNull(text, "expression is null: give the text of a rule such as \"births >= deaths\"");
    String normal = Nfc.normalize(text);
    return new Expression(new ExpressionParser(normal).expression());
  }

  ExpressionNode root() {
    return root;
  }

  /**
   * Returns true if the expression is a condition (true or false), as a rule's expression must be; false if it is a
   * number, such as {@code births - deaths}.
   *
   * @return whether it is a condition
   */
  public boolean isCondition() {
    return root.isCondition();
  }

  /**
   * Returns the keys of the figures the expression reads, in order of first appearance; a key read in
   * {@code previous(births)} or {@code sum(children(births))} is listed too.
   *
   * @return the keys
   */
  public ImmutableSet<DataKey> keys() {
    Set<DataKey> keys = new LinkedHashSet<>();
    collect(root, keys);
    return ImmutableSet.copyOf(keys);
  }

  /**
   * Returns true if the expression reads figures of other reports than the one checked: {@code previous(x)} and
   * {@code last_year(x)} (the same unit, an earlier period) or {@code sum(children(x))} (the units below). Such an
   * expression is decided over a {@link Dataset}, which holds those reports; a lone {@link Submission} does not, so
   * {@link DataValidator#validate(Submission)} does not check it (see {@link ExpressionCheck#isWithinSubmission()}).
   *
   * @return whether the expression reads other reports
   */
  public boolean readsOtherReports() {
    return readsOtherReports(root);
  }

  private static boolean readsOtherReports(ExpressionNode node) {
    if (node instanceof ExpressionNode.Related) {
      return true;
    } else if (node instanceof ExpressionNode.Negate) {
      return readsOtherReports(((ExpressionNode.Negate) node).operand());
    } else if (node instanceof ExpressionNode.Not) {
      return readsOtherReports(((ExpressionNode.Not) node).operand());
    } else if (node instanceof ExpressionNode.Arithmetic) {
      ExpressionNode.Arithmetic a = (ExpressionNode.Arithmetic) node;
      return readsOtherReports(a.left()) || readsOtherReports(a.right());
    } else if (node instanceof ExpressionNode.Comparison) {
      ExpressionNode.Comparison c = (ExpressionNode.Comparison) node;
      return readsOtherReports(c.left()) || readsOtherReports(c.right());
    } else if (node instanceof ExpressionNode.Logic) {
      ExpressionNode.Logic l = (ExpressionNode.Logic) node;
      return readsOtherReports(l.left()) || readsOtherReports(l.right());
    } else if (node instanceof ExpressionNode.Call) {
      return ((ExpressionNode.Call) node).arguments().stream().anyMatch(Expression::readsOtherReports);
    }
    return false;
  }

  private static void collect(ExpressionNode node, Set<DataKey> keys) {
    if (node instanceof ExpressionNode.Figure) {
      keys.add(((ExpressionNode.Figure) node).key());
    } else if (node instanceof ExpressionNode.Related) {
      keys.add(((ExpressionNode.Related) node).key());
    } else if (node instanceof ExpressionNode.Negate) {
      collect(((ExpressionNode.Negate) node).operand(), keys);
    } else if (node instanceof ExpressionNode.Not) {
      collect(((ExpressionNode.Not) node).operand(), keys);
    } else if (node instanceof ExpressionNode.Arithmetic) {
      collect(((ExpressionNode.Arithmetic) node).left(), keys);
      collect(((ExpressionNode.Arithmetic) node).right(), keys);
    } else if (node instanceof ExpressionNode.Comparison) {
      collect(((ExpressionNode.Comparison) node).left(), keys);
      collect(((ExpressionNode.Comparison) node).right(), keys);
    } else if (node instanceof ExpressionNode.Logic) {
      collect(((ExpressionNode.Logic) node).left(), keys);
      collect(((ExpressionNode.Logic) node).right(), keys);
    } else if (node instanceof ExpressionNode.Call) {
      ((ExpressionNode.Call) node).arguments().forEach(a -> collect(a, keys));
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Expression && text.equals(((Expression) o).text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Returns the canonical text: single spaces around operators, only the parentheses the meaning needs. */
  @Override
  public String toString() {
    return text;
  }
}
