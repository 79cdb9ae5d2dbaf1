package vn.danso.document;

/**
 * How the internal scanners stop at the first character they cannot read: a stackless exception carrying the
 * problem and the raw index, caught by the public {@code parse} and {@code tryParse} methods. Never leaves the
 * package.
 */
final class ParseFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final ParseProblem problem;
  final int rawIndex;

  ParseFailure(ParseProblem problem, int rawIndex) {
    super(null, null, false, false);
    this.problem = problem;
    this.rawIndex = rawIndex;
  }
}
