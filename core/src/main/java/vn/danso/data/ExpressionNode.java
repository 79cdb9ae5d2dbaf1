package vn.danso.data;

import com.google.common.collect.ImmutableList;
import vn.danso.internal.Decimals;

/**
 * A node of a parsed rule expression: numbers, figures, arithmetic, calls, comparisons and logic. Each node keeps
 * the index in the text where it starts, so that a problem found after parsing (an unknown key, a type error) is
 * reported at its place. Two nodes are the same expression when their {@link #text() canonical texts} are equal.
 */
sealed interface ExpressionNode {
  /** Where the node starts in the text it was read from. */
  int at();

  /** The node written canonically: single spaces around operators, the fewest parentheses that keep its meaning. */
  String text();

  /** Whether the node is a condition (true or false) rather than a number. */
  default boolean isCondition() {
    return false;
  }

  /** How tightly the node binds, to decide where parentheses are needed when it is written. */
  default int precedence() {
    return 9;
  }

  /** A number written in the rule, such as {@code 0.25} or {@code 1000}. */
  record Number(int at, double value) implements ExpressionNode {
    @Override
    public String text() {
      return format(value);
    }
  }

  /** A reported figure, such as {@code births[male]} or {@code CBR}. */
  record Figure(int at, DataKey key) implements ExpressionNode {
    @Override
    public String text() {
      return key.toString();
    }
  }

  /** Which other report a {@link Related} figure comes from. */
  enum Relation {
    /** The same unit's figure for the period just before: the month, quarter, year or phase before. */
    PREVIOUS("previous(", ")"),
    /** The same unit's figure for the same period a year before: March 2023 for March 2024. */
    LAST_YEAR("last_year(", ")"),
    /** The sum of the figure over the units directly below the unit in the {@link UnitTree}. */
    CHILDREN_SUM("sum(children(", "))");

    private final String before;
    private final String after;

    Relation(String before, String after) {
      this.before = before;
      this.after = after;
    }

    /** The relation applied to a key, as written: {@code previous(births)}, {@code sum(children(births))}. */
    String text(DataKey key) {
      return before + key + after;
    }
  }

  /**
   * A figure of another report than the one checked: the same unit's figure for an earlier period, or the sum of
   * the figure over the units below it.
   */
  record Related(int at, Relation relation, DataKey key) implements ExpressionNode {
    @Override
    public String text() {
      return relation.text(key);
    }
  }

  /** A minus sign before a number or a figure. */
  record Negate(int at, ExpressionNode operand) implements ExpressionNode {
    @Override
    public String text() {
      return "-" + wrap(operand, 8);
    }

    @Override
    public int precedence() {
      return 8;
    }
  }

  /** Arithmetic: {@code +}, {@code -}, {@code *}, {@code /}. */
  record Arithmetic(int at, char operator, ExpressionNode left, ExpressionNode right) implements ExpressionNode {
    @Override
    public String text() {
      int p = precedence();
      // Left-associative: the right operand of - and / needs parentheses at the same level.
      return wrap(left, p) + " " + operator + " " + wrap(right, p + 1);
    }

    @Override
    public int precedence() {
      return operator == '+' || operator == '-' ? 6 : 7;
    }
  }

  /** A function applied to its arguments: {@code abs(x)}, {@code min(a, b)}, {@code max(a, b)}. */
  record Call(int at, String function, ImmutableList<ExpressionNode> arguments) implements ExpressionNode {
    @Override
    public String text() {
      StringBuilder out = new StringBuilder(function).append('(');
      for (int i = 0; i < arguments.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(arguments.get(i).text());
      }
      return out.append(')').toString();
    }
  }

  /** A comparison of two numbers: {@code ==}, {@code ~=}, {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=}. */
  record Comparison(int at, String operator, ExpressionNode left, ExpressionNode right) implements ExpressionNode {
    @Override
    public String text() {
      return wrap(left, 5) + " " + operator + " " + wrap(right, 5);
    }

    @Override
    public boolean isCondition() {
      return true;
    }

    @Override
    public int precedence() {
      return 4;
    }
  }

  /** {@code not} a condition. */
  record Not(int at, ExpressionNode operand) implements ExpressionNode {
    @Override
    public String text() {
      return "not " + wrap(operand, 3);
    }

    @Override
    public boolean isCondition() {
      return true;
    }

    @Override
    public int precedence() {
      return 3;
    }
  }

  /** Two conditions joined by {@code and} or {@code or}. */
  record Logic(int at, String operator, ExpressionNode left, ExpressionNode right) implements ExpressionNode {
    @Override
    public String text() {
      int p = precedence();
      return wrap(left, p) + " " + operator + " " + wrap(right, p + 1);
    }

    @Override
    public boolean isCondition() {
      return true;
    }

    @Override
    public int precedence() {
      return operator.equals("and") ? 2 : 1;
    }
  }

  /** The node's text, in parentheses when it binds less tightly than its place needs. */
  static String wrap(ExpressionNode node, int needed) {
    return node.precedence() < needed ? "(" + node.text() + ")" : node.text();
  }

  /** A number in its shortest plain form: {@code 0.25}, {@code 1000}, never an exponent; never throws. */
  static String format(double value) {
    return Decimals.plain(value);
  }
}
