package vn.danso.data;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads rule expressions: a hand-written scanner and a recursive-descent parser whose recursion is bounded by
 * {@link Expression#MAX_NESTING} levels of nesting and whose trees by {@link Expression#MAX_NODES} nodes, so that no
 * text, however hostile, overflows the stack. Not thread-safe: one parser reads one text.
 */
final class ExpressionParser {
  /** The functions of numbers a general expression may call. */
  static final ImmutableSet<String> FUNCTIONS = ImmutableSet.of("abs", "min", "max");

  /** The functions that read figures of other reports than the one checked (and "children", to say how). */
  static final ImmutableSet<String> RELATED = ImmutableSet.of("previous", "last_year", "sum", "children");

  /** How those are written, for messages. */
  private static final ImmutableList<String> RELATED_CALLS = ImmutableList.of("previous(key)", "last_year(key)",
      "sum(children(key))");

  private final String text;
  /** The reading position, the current nesting and the nodes made so far (one array, so the fields stay final). */
  private final int[] cursor = new int[3];

  ExpressionParser(String text) {
    this.text = text;
  }

  /** Reads a whole expression; throws at the first character that cannot be read. */
  ExpressionNode expression() {
    ExpressionNode node = or();
    skipSpaces();
    if (cursor[0] < text.length()) {
      throw error("unexpected \"" + text.charAt(cursor[0]) + "\": expected an operator or the end of the rule", cursor[0]);
    }
    return node;
  }

  int position() {
    return cursor[0];
  }

  void seek(int position) {
    cursor[0] = position;
  }

  String text() {
    return text;
  }

  RuleTextException error(String reason, int at) {
    return new RuleTextException(reason, text, at);
  }

  void skipSpaces() {
    while (cursor[0] < text.length() && Character.isWhitespace(text.charAt(cursor[0]))) {
      cursor[0]++;
    }
  }

  /** The next character after spaces, or 0 at the end. */
  char peek() {
    skipSpaces();
    return cursor[0] < text.length() ? text.charAt(cursor[0]) : 0;
  }

  boolean accept(char c) {
    if (peek() == c) {
      cursor[0]++;
      return true;
    }
    return false;
  }

  void expect(char c, String what) {
    if (!accept(c)) {
      throw error("expected \"" + c + "\" " + what + (cursor[0] < text.length() ? "" : ", but the rule ended"), cursor[0]);
    }
  }

  private boolean acceptWord(String word) {
    skipSpaces();
    int end = cursor[0] + word.length();
    if (text.startsWith(word, cursor[0]) && (end == text.length() || !isNamePart(text.charAt(end)))) {
      cursor[0] = end;
      return true;
    }
    return false;
  }

  private ExpressionNode or() {
    ExpressionNode left = and();
    while (true) {
      if (!acceptWord("or")) {
        return left;
      }
      left = count(new ExpressionNode.Logic(left.at(), "or", left, and()));
    }
  }

  private ExpressionNode and() {
    ExpressionNode left = not();
    while (true) {
      if (!acceptWord("and")) {
        return left;
      }
      left = count(new ExpressionNode.Logic(left.at(), "and", left, not()));
    }
  }

  private ExpressionNode not() {
    int at = skipAndMark();
    if (acceptWord("not")) {
      enter(at);
      ExpressionNode operand = not();
      cursor[1]--;
      return count(new ExpressionNode.Not(at, operand));
    }
    return comparison();
  }

  private ExpressionNode comparison() {
    ExpressionNode left = sum();
    int at = skipAndMark();
    String operator = comparisonOperator();
    if (operator == null) {
      return left;
    }
    ExpressionNode right = sum();
    if (comparisonOperator() != null) {
      throw error("a comparison cannot be compared again: join two comparisons with \"and\"", at);
    }
    return count(new ExpressionNode.Comparison(left.at(), operator, left, right));
  }

  /** Reads a comparison operator, also as typed in documents (≤ ≥ ≠ ≈), or returns null. */
  private String comparisonOperator() {
    skipSpaces();
    String[][] operators = {{"==", "=="}, {"~=", "~="}, {"!=", "!="}, {"<=", "<="}, {">=", ">="}, {"≤", "<="},
        {"≥", ">="}, {"≠", "!="}, {"≈", "~="}, {"<", "<"}, {">", ">"}};
    for (String[] operator : operators) {
      if (text.startsWith(operator[0], cursor[0])) {
        cursor[0] += operator[0].length();
        return operator[1];
      }
    }
    if (cursor[0] < text.length() && text.charAt(cursor[0]) == '=') {
      throw error("\"=\" alone is not an operator: write \"==\" for equal, or \"~=\" for equal within the reported "
          + "precision", cursor[0]);
    }
    return null;
  }

  private ExpressionNode sum() {
    ExpressionNode left = product();
    while (true) {
      char c = peek();
      if (c == '+' || c == '-' || c == '−' || c == '–') {
        cursor[0]++;
        left = count(new ExpressionNode.Arithmetic(left.at(), c == '+' ? '+' : '-', left, product()));
      } else {
        return left;
      }
    }
  }

  private ExpressionNode product() {
    ExpressionNode left = unary();
    while (true) {
      char c = peek();
      if (c == '*' || c == '/' || c == '×' || c == '÷') {
        cursor[0]++;
        left = count(new ExpressionNode.Arithmetic(left.at(), c == '*' || c == '×' ? '*' : '/', left, unary()));
      } else {
        return left;
      }
    }
  }

  private ExpressionNode unary() {
    char c = peek();
    int at = cursor[0];
    if (c == '-' || c == '−' || c == '–') {
      cursor[0]++;
      enter(at);
      ExpressionNode operand = unary();
      cursor[1]--;
      return count(new ExpressionNode.Negate(at, operand));
    }
    return primary();
  }

  private ExpressionNode primary() {
    char c = peek();
    int at = cursor[0];
    if (c == '(') {
      cursor[0]++;
      enter(at);
      ExpressionNode inner = or();
      cursor[1]--;
      if (!accept(')')) {
        throw error("expected \")\" to close the \"(\" at index " + at, cursor[0]);
      }
      return inner;
    }
    if (isDigit(c) || c == '.') {
      return count(new ExpressionNode.Number(at, number()));
    }
    if (isNameStart(c)) {
      String name = name();
      if (peek() == '(') {
        return call(at, name);
      }
      return count(new ExpressionNode.Figure(at, key(at, name)));
    }
    throw error(c == 0 ? "the rule ended where a number, a figure, a function or \"(\" was expected"
        : "expected a number, a figure, a function or \"(\" here, not \"" + c + "\"", cursor[0]);
  }

  private ExpressionNode call(int at, String name) {
    if (RELATED.contains(name)) {
      return related(at, name);
    }
    if (!FUNCTIONS.contains(name)) {
      throw error("no function \"" + name + "\": the functions are " + String.join(", ", FUNCTIONS) + ", "
          + String.join(", ", RELATED_CALLS) + "; checks such as required(...) or range(...) are whole rules, not "
          + "parts of an expression", at);
    }
    cursor[0]++;
    enter(at);
    List<ExpressionNode> arguments = new ArrayList<>();
    if (!accept(')')) {
      do {
        arguments.add(or());
      } while (accept(','));
      expect(')', "to close the arguments of " + name);
    }
    cursor[1]--;
    int needed = name.equals("abs") ? 1 : 2;
    if (name.equals("abs") ? arguments.size() != 1 : arguments.size() < 2) {
      throw error(name + " takes " + (needed == 1 ? "one argument" : "two or more arguments") + ", not "
          + arguments.size(), at);
    }
    return count(new ExpressionNode.Call(at, name, ImmutableList.copyOf(arguments)));
  }

  /**
   * Reads a figure of another report after its function's name: {@code previous(KEY)}, {@code last_year(KEY)} or
   * {@code sum(children(KEY))}. The argument is a key, not an expression: {@code previous(births) - previous(deaths)}.
   */
  private ExpressionNode related(int at, String name) {
    cursor[0]++;
    enter(at);
    ExpressionNode.Relation relation;
    if (name.equals("children")) {
      throw error("children(...) is the figures of the units below: add them up, e.g. sum(children(births))", at);
    }
    if (name.equals("sum")) {
      skipSpaces();
      int inner = cursor[0];
      if (!isNameStart(peek()) || !name().equals("children") || peek() != '(') {
        throw error("sum takes the figures of the units below, e.g. sum(children(births))", inner);
      }
      cursor[0]++;
      relation = ExpressionNode.Relation.CHILDREN_SUM;
    } else {
      relation = name.equals("previous") ? ExpressionNode.Relation.PREVIOUS : ExpressionNode.Relation.LAST_YEAR;
    }
    skipSpaces();
    int keyAt = cursor[0];
    if (!isNameStart(peek())) {
      throw error(name + " takes one figure, such as " + relation.text(DataKey.parse("births"))
          + "; to combine figures, write e.g. previous(births) - previous(deaths)", keyAt);
    }
    DataKey key = key(keyAt, name());
    String closing = relation == ExpressionNode.Relation.CHILDREN_SUM ? "children" : name;
    expect(')', "to close " + closing + "(" + key + "): it takes one figure, not an expression");
    if (relation == ExpressionNode.Relation.CHILDREN_SUM) {
      expect(')', "to close sum(children(" + key + "))");
    }
    cursor[1]--;
    return count(new ExpressionNode.Related(at, relation, key));
  }

  /** Reads a name: letters, digits, "_", "." and single hyphens inside (element codes such as a-b). */
  String name() {
    skipSpaces();
    int start = cursor[0];
    while (cursor[0] < text.length()) {
      char c = text.charAt(cursor[0]);
      if (isNamePart(c) || (c == '-' && cursor[0] > start && cursor[0] + 1 < text.length()
          && Character.isLetterOrDigit(text.charAt(cursor[0] + 1)) && Character.isLowerCase(text.charAt(start)))) {
        cursor[0]++;
      } else {
        break;
      }
    }
    if (start == cursor[0]) {
      throw error("expected a name here", cursor[0]);
    }
    return text.substring(start, cursor[0]);
  }

  /** Reads the categories after a name, if any, and returns the key's whole text. */
  String keyText(String name) {
    if (cursor[0] < text.length() && text.charAt(cursor[0]) == '[') {
      int open = cursor[0];
      int close = text.indexOf(']', open);
      if (close < 0) {
        throw error("expected \"]\" to close the \"[\" at index " + open, text.length());
      }
      cursor[0] = close + 1;
      return name + text.substring(open, cursor[0]);
    }
    return name;
  }

  /** Reads a data key after its name. */
  DataKey key(int at, String name) {
    String key = keyText(name);
    try {
      return DataKey.parse(key);
    } catch (IllegalArgumentException e) {
      throw error("\"" + key + "\" is not a data key: " + e.getMessage(), at);
    }
  }

  /** Reads an unsigned number: digits, an optional point and decimals; a trailing % divides by 100. */
  double number() {
    skipSpaces();
    int start = cursor[0];
    while (cursor[0] < text.length() && (isDigit(text.charAt(cursor[0])) || text.charAt(cursor[0]) == '.')) {
      cursor[0]++;
    }
    String digits = text.substring(start, cursor[0]);
    if (digits.indexOf('.') != digits.lastIndexOf('.') || digits.equals(".")) {
      throw error("\"" + digits + "\" is not a number: write digits with at most one point, e.g. 0.25", start);
    }
    if (digits.length() > Expression.MAX_NUMBER_LENGTH) {
      throw error("a number of " + digits.length() + " characters is longer than the "
          + Expression.MAX_NUMBER_LENGTH + " any finite number needs", start);
    }
    double value = Double.parseDouble(digits);
    if (cursor[0] < text.length() && text.charAt(cursor[0]) == '%') {
      cursor[0]++;
      value = new java.math.BigDecimal(digits).movePointLeft(2).doubleValue();
    }
    if (Double.isInfinite(value)) {
      throw error("\"" + (digits.length() > 20 ? digits.substring(0, 20) + "…" : digits)
          + "\" is too large: a number in a rule is below 1.8 × 10^308", start);
    }
    if (cursor[0] < text.length() && isNameStart(text.charAt(cursor[0]))) {
      throw error("a number must be followed by an operator, not \"" + text.charAt(cursor[0]) + "\"", cursor[0]);
    }
    return value;
  }

  private void enter(int at) {
    if (++cursor[1] > Expression.MAX_NESTING) {
      throw error("nested deeper than " + Expression.MAX_NESTING + " levels: simplify the rule", at);
    }
  }

  private ExpressionNode count(ExpressionNode node) {
    if (++cursor[2] > Expression.MAX_NODES) {
      throw error("more than " + Expression.MAX_NODES + " terms: split the rule", node.at());
    }
    return node;
  }

  private int skipAndMark() {
    skipSpaces();
    return cursor[0];
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  static boolean isNamePart(char c) {
    return isNameStart(c) || isDigit(c) || c == '.';
  }
}
