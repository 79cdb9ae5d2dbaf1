package vn.danso.document;

/**
 * The repairs {@link ReferenceFinder} makes to a number printed with a wrong separator, each reported as
 * {@link ReferenceRules#SEPARATOR_REPAIRED}: one separator at the character the reader stopped at is put right, and
 * the number is read again; nothing else is guessed. Seen on public pages: {@code 107-KH-ĐUK} (a hyphen where the Party
 * writes its slash), {@code 01/QCPH/UBND-UBMTTQ} and {@code 183/2010/TTLT/BTC-BNN} (a slash inside a joint symbol),
 * {@code 49/-CT /TW} (a doubled separator).
 */
final class SeparatorRepair {
  private SeparatorRepair() {}

  /**
   * Reads a number printed with a wrong separator, when putting one separator right makes it readable: a hyphen where
   * the Party writes its slash ("107-KH-ĐUK"), a slash inside a joint symbol ("01/QCPH/UBND-UBMTTQ"), a doubled
   * separator ("49/-CT /TW"). Returns null when no such repair reads.
   */
  static ParseResult<DocumentNumber> read(NumberingScheme rules, String text, ParseResult<DocumentNumber> failed) {
    String candidate = text;
    ParseResult<DocumentNumber> read = failed;
    for (int round = 0; round < 3 && !read.isSuccess(); round++) {
      int at = read.errorIndex();
      ParseProblem problem = read.problem().get();
      if (at <= 0 || at >= candidate.length()) {
        return null;
      }
      char c = candidate.charAt(at);
      int before = at - 1;
      while (before > 0 && candidate.charAt(before) == ' ') {
        before--;
      }
      char previous = candidate.charAt(before);
      String next;
      if (c == '-' && problem == ParseProblem.SLASH_EXPECTED) {
        next = candidate.substring(0, at) + '/' + candidate.substring(at + 1);
      } else if (c == '/' && (problem == ParseProblem.UNEXPECTED_CHARACTER || problem == ParseProblem.TRAILING_TEXT)) {
        next = candidate.substring(0, at) + '-' + candidate.substring(at + 1);
      } else if ((c == '-' || c == '/') && (previous == '-' || previous == '/') && previous != c) {
        next = candidate.substring(0, before) + candidate.substring(before + 1);
      } else {
        return null;
      }
      candidate = next;
      read = rules.tryParse(candidate);
    }
    return read.isSuccess() && typeKnownOrAbsent(rules, read.get()) ? read : null;
  }

  /**
   * A repair into the Party shape is certain only when the Party table knows the type it reads: {@code 7004-BYT-TT}
   * (a ministry's number of 1956) is not read as a Party number of type {@code BYT}.
   */
  private static boolean typeKnownOrAbsent(NumberingScheme rules, DocumentNumber number) {
    return number.family() != NumberFamily.PARTY || number.typeCode().isEmpty()
        || rules.typeAbbreviation(NumberFamily.PARTY, number.typeCode().get()).isPresent();
  }
}
