package vn.danso.document;

/**
 * The words that give a cited document its role in a text (quan hệ viện dẫn): "kèm theo", "thực hiện", "triển
 * khai", "căn cứ"; and "thay thế", "bãi bỏ" or "sửa đổi" only close before the reference ("thay thế Quyết định
 * số…", "sửa đổi, bổ sung một số điều của Quyết định số…"), so that "mức sinh thay thế" in a sentence that cites a
 * strategy gives it no role. {@link ReferenceRoles} then takes back the roles whose words belong to another reference
 * of the sentence. Each reader looks at most {@link #WINDOW} characters back.
 */
final class RoleWords {
  /** How far before a reference its role is looked for. */
  static final int WINDOW = 240;
  /** The first letters of the words that give a role, lower case. */
  private static final String INITIALS = "ktcsb";
  /** How close before a reference "thay thế" and "bãi bỏ" ("thay thế cho các") and "sửa đổi" must stand. */
  private static final int NEAR_REPLACE = 16;
  private static final int NEAR_AMEND = 60;

  private RoleWords() {}

  /**
   * The role that the words before the reference at start give it within its sentence (back to a semicolon or the
   * end of a sentence): the nearest role word's, {@link ReferenceRole#CITED} when there is none.
   */
  static ReferenceRole before(ScanText s, int start) {
    int from = Math.max(0, start - WINDOW);
    for (int j = start - 1; j >= from; j--) {
      char c = s.t[j];
      if (c == ';' || (c == '.' && j + 1 < s.n && s.t[j + 1] == ' ')) {
        from = j + 1;
        break;
      }
    }
    int word = last(s, from, start);
    return word < 0 ? ReferenceRole.CITED : at(s, word, start);
  }

  /** The last word in t from from to to that gives a reference starting at to a role; -1 when none. */
  static int last(ScanText s, int from, int to) {
    for (int j = to - 1; j >= from; j--) {
      char c = s.t[j];
      char first = c < 0x80 ? (char) (c | 0x20) : c;
      if (INITIALS.indexOf(first) >= 0 && s.isWordStart(j) && at(s, j, to) != null) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The role the words at j give a reference starting at start, or null when they give none; j must be the start of
   * a word.
   */
  static ReferenceRole at(ScanText s, int j, int start) {
    if (s.wordsAt(j, "kèm theo")) {
      return ReferenceRole.ISSUED_WITH;
    }
    if (s.wordsAt(j, "thực hiện") || s.wordsAt(j, "triển khai")) {
      return ReferenceRole.IMPLEMENTS;
    }
    if (s.wordsAt(j, "căn cứ")) {
      return ReferenceRole.BASIS;
    }
    int end = s.wordsEnd(j, "thay thế");
    if (end >= 0 && onlyFillers(s, end, start)) {
      return ReferenceRole.REPLACES;
    }
    end = s.wordsEnd(j, "bãi bỏ");
    if (end >= 0 && onlyFillers(s, end, start)) {
      return ReferenceRole.REPEALS;
    }
    end = s.wordsEnd(j, "sửa đổi");
    if (end >= 0 && start - end <= NEAR_AMEND) {
      return ReferenceRole.AMENDS;
    }
    return null;
  }

  /** True when only spaces, "cho", "các" and "toàn bộ" stand from from to to ("thay thế cho các Quyết định"). */
  private static boolean onlyFillers(ScanText s, int from, int to) {
    if (to - from > NEAR_REPLACE) {
      return false;
    }
    int i = from;
    while (i < to) {
      if (s.t[i] == ' ') {
        i++;
        continue;
      }
      int e = s.wordsEnd(i, "cho");
      e = e >= 0 ? e : s.wordsEnd(i, "các");
      e = e >= 0 ? e : s.wordsEnd(i, "toàn bộ");
      if (e < 0) {
        return false;
      }
      i = e;
    }
    return true;
  }
}
