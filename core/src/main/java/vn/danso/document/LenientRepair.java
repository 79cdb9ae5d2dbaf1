package vn.danso.document;

/**
 * The repairs the lenient mode of {@link ReferenceFinder} makes to numbers whose hyphen was lost when the text was
 * extracted from a PDF file: {@code 20NQ/TW} is read as {@code 20-NQ/TW}, {@code 5556/QĐBYT} as
 * {@code 5556/QĐ-BYT}, {@code 75/2017/NĐCP} as {@code 75/2017/NĐ-CP}. A glued group is split only where it is a type
 * abbreviation followed by an issuer abbreviation, both known to the tables; nothing else is guessed.
 */
final class LenientRepair {
  private final NumberingTables tables;

  LenientRepair(NumberingScheme rules) {
    this.tables = rules.tables();
  }

  /** Returns the candidate with lost hyphens put back, or null when there is nothing to repair. */
  String repair(String candidate) {
    StringBuilder out = new StringBuilder(candidate.length() + 4);
    boolean changed = false;
    int i = 0;
    int n = candidate.length();
    while (i < n && ScanText.isDigit(candidate.charAt(i))) {
      out.append(candidate.charAt(i++));
    }
    if (i < n && ParseInput.isCodeLetter(candidate.charAt(i))) {
      out.append('-');
      changed = true;
    }
    while (i < n) {
      char c = candidate.charAt(i);
      if (!ParseInput.isCodeLetter(c)) {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < n && (ParseInput.isCodeLetter(candidate.charAt(end)) || ScanText.isDigit(candidate.charAt(end)))) {
        end++;
      }
      String group = candidate.substring(i, end);
      String split = split(group);
      out.append(split == null ? group : split);
      changed |= split != null;
      i = end;
    }
    return changed ? out.toString() : null;
  }

  /** "QĐBYT" → "QĐ-BYT" when the group itself is unknown and splits into a known type and a known issuer. */
  private String split(String group) {
    if (tables.issuerTable().get(group) != null || isType(group)) {
      return null;
    }
    for (int k = 1; k < group.length(); k++) {
      String type = group.substring(0, k);
      String issuer = group.substring(k);
      if (isType(type) && tables.issuerTable().get(issuer) != null) {
        return type + "-" + issuer;
      }
    }
    return null;
  }

  private boolean isType(String code) {
    for (NumberFamily family : NumberFamily.values()) {
      if (tables.typeTable(family).get(code) != null) {
        return true;
      }
    }
    return false;
  }
}
