package vn.danso.data;

import java.util.ArrayList;
import java.util.List;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Rule;

/**
 * What is wrong with an expression that reads well: figures the catalogue does not define, numbers where conditions
 * are needed and conditions where numbers are, and conditions that do not depend on the figures. Every problem has
 * the index in the expression's text where it starts.
 */
final class ExpressionAnalysis {
  private ExpressionAnalysis() {}

  /** One problem: where, which rule it breaks, why (in English), and the key for unknown ones. */
  record Problem(int at, Rule rule, String reason, String key) {}

  static List<Problem> problems(Expression expression, IndicatorCatalogue catalogue) {
    List<Problem> out = new ArrayList<>();
    ExpressionNode root = expression.root();
    types(root, true, out);
    keys(root, catalogue, out);
    if (out.isEmpty()) {
      constant(expression, out);
    }
    return out;
  }

  /** Checks that each node is what its place needs: a condition or a number. */
  private static void types(ExpressionNode node, boolean condition, List<Problem> out) {
    if (node.isCondition() != condition) {
      out.add(new Problem(node.at(), DataRules.RULE_TEXT_TYPE, condition
          ? "\"" + node.text() + "\" is a number where a condition is needed: compare it, e.g. " + node.text()
              + " >= 0"
          : "\"" + node.text() + "\" is a condition (true or false) where a number is needed", null));
      return;
    }
    if (node instanceof ExpressionNode.Negate) {
      types(((ExpressionNode.Negate) node).operand(), false, out);
    } else if (node instanceof ExpressionNode.Arithmetic) {
      types(((ExpressionNode.Arithmetic) node).left(), false, out);
      types(((ExpressionNode.Arithmetic) node).right(), false, out);
    } else if (node instanceof ExpressionNode.Call) {
      ((ExpressionNode.Call) node).arguments().forEach(a -> types(a, false, out));
    } else if (node instanceof ExpressionNode.Comparison) {
      types(((ExpressionNode.Comparison) node).left(), false, out);
      types(((ExpressionNode.Comparison) node).right(), false, out);
    } else if (node instanceof ExpressionNode.Not) {
      types(((ExpressionNode.Not) node).operand(), true, out);
    } else if (node instanceof ExpressionNode.Logic) {
      types(((ExpressionNode.Logic) node).left(), true, out);
      types(((ExpressionNode.Logic) node).right(), true, out);
    }
  }

  private static void keys(ExpressionNode node, IndicatorCatalogue catalogue, List<Problem> out) {
    if (node instanceof ExpressionNode.Figure || node instanceof ExpressionNode.Related) {
      DataKey key = node instanceof ExpressionNode.Figure ? ((ExpressionNode.Figure) node).key()
          : ((ExpressionNode.Related) node).key();
      LocalizedText unknown = CompiledChecks.unknownReason(catalogue, key);
      if (unknown != null) {
        out.add(new Problem(node.at(), DataRules.RULE_TEXT_UNKNOWN_KEY, unknown.en(), key.toString()));
      }
    } else if (node instanceof ExpressionNode.Negate) {
      keys(((ExpressionNode.Negate) node).operand(), catalogue, out);
    } else if (node instanceof ExpressionNode.Not) {
      keys(((ExpressionNode.Not) node).operand(), catalogue, out);
    } else if (node instanceof ExpressionNode.Arithmetic) {
      keys(((ExpressionNode.Arithmetic) node).left(), catalogue, out);
      keys(((ExpressionNode.Arithmetic) node).right(), catalogue, out);
    } else if (node instanceof ExpressionNode.Comparison) {
      keys(((ExpressionNode.Comparison) node).left(), catalogue, out);
      keys(((ExpressionNode.Comparison) node).right(), catalogue, out);
    } else if (node instanceof ExpressionNode.Logic) {
      keys(((ExpressionNode.Logic) node).left(), catalogue, out);
      keys(((ExpressionNode.Logic) node).right(), catalogue, out);
    } else if (node instanceof ExpressionNode.Call) {
      ((ExpressionNode.Call) node).arguments().forEach(a -> keys(a, catalogue, out));
    }
  }

  /** A condition that reads no figure, or compares a side with itself, does not depend on the figures. */
  private static void constant(Expression expression, List<Problem> out) {
    ExpressionNode root = expression.root();
    if (expression.keys().isEmpty()) {
      CompiledExpression compiled = new CompiledExpression(expression);
      double value = compiled.evaluate(new double[0], new double[0], compiled.work());
      if (value == 1) {
        out.add(new Problem(root.at(), DataRules.RULE_TEXT_NEVER_FIRES, "it reads no figure and always holds",
            null));
      } else {
        out.add(new Problem(root.at(), DataRules.RULE_TEXT_ALWAYS_FIRES, "it reads no figure and never holds",
            null));
      }
      return;
    }
    if (root instanceof ExpressionNode.Comparison) {
      ExpressionNode.Comparison c = (ExpressionNode.Comparison) root;
      if (c.left().text().equals(c.right().text())) {
        boolean holds = c.operator().equals("==") || c.operator().equals("~=") || c.operator().equals("<=")
            || c.operator().equals(">=");
        String reason = "both sides are " + c.left().text();
        out.add(new Problem(c.at(), holds ? DataRules.RULE_TEXT_NEVER_FIRES : DataRules.RULE_TEXT_ALWAYS_FIRES,
            reason, null));
      }
    }
  }
}
