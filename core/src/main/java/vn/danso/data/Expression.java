package vn.danso.data;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A condition on the figures of one report (biểu thức kiểm tra), written as text a person can read, such as
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
 * primary    = number [ "%" ] | key | function "(" condition { "," condition } ")" | "(" condition ")"
 * function   = "abs" | "min" | "max"
 * </pre>
 *
 * <p>A key is a data key as reported ({@code births}, {@code births[male]}, {@code SRB}); a minus between two element
 * codes needs spaces ({@code births - deaths}), since element codes may contain hyphens. The symbols typed in
 * documents are accepted and written back in ASCII: {@code ≤ ≥ ≠ ≈ × ÷}, and the minus sign and en-dash for minus.
 * The text is read after Unicode NFC normalisation.
 *
 * <p>The language is total: no loops, no assignments, no calls out; an expression is at most
 * {@value #MAX_NESTING} levels deep and {@value #MAX_NODES} terms long, so reading hostile text never overflows the
 * stack. Two expressions are equal when their canonical texts ({@link #toString()}) are. Immutable.
 */
public final class Expression {
  /** The deepest nesting of parentheses, minus signs, {@code not} and function calls. */
  public static final int MAX_NESTING = 32;

  /** The most terms (numbers, figures, operators, calls) of one expression. */
  public static final int MAX_NODES = 200;

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
    String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
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
   * Returns the figures the expression reads, in order of first appearance.
   *
   * @return the keys
   */
  public ImmutableSet<DataKey> keys() {
    Set<DataKey> keys = new LinkedHashSet<>();
    collect(root, keys);
    return ImmutableSet.copyOf(keys);
  }

  private static void collect(ExpressionNode node, Set<DataKey> keys) {
    if (node instanceof ExpressionNode.Figure) {
      keys.add(((ExpressionNode.Figure) node).key());
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
