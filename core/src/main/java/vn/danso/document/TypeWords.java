package vn.danso.document;

import static vn.danso.document.DocumentType.*;

/**
 * The words Vietnamese texts name document types with ("Kế hoạch", "Chương trình hành động", "Nghị quyết"), longest
 * first, so that "Chương trình hành động" wins over "Chương trình". "Văn bản" names a document of no particular type.
 */
final class TypeWords {
  private static final String[] WORDS = {
      "chương trình hành động", "kế hoạch hành động", "thông tư liên tịch", "nghị quyết liên tịch",
      "thông báo kết luận", "hướng dẫn liên tịch", "chương trình", "kế hoạch", "nghị quyết", "quyết định", "quy định",
      "chỉ thị", "kết luận", "thông báo", "thông tri", "hướng dẫn", "thông tư", "nghị định", "pháp lệnh", "bộ luật",
      "luật", "công văn", "công điện", "đề án", "dự án", "phương án", "báo cáo", "tờ trình", "chiến lược", "quy chế",
      "quy hoạch", "hiến pháp", "văn bản"};
  private static final DocumentType[] TYPES = {
      PROGRAMME, PLAN, JOINT_CIRCULAR, RESOLUTION,
      NOTICE, GUIDANCE, PROGRAMME, PLAN, RESOLUTION, DECISION, REGULATION,
      DIRECTIVE, CONCLUSION, NOTICE, CIRCULAR_NOTICE, GUIDANCE, CIRCULAR, DECREE, ORDINANCE, CODE,
      LAW, OFFICIAL_LETTER, DISPATCH, SCHEME, PROJECT, OPTION_PLAN, REPORT, SUBMISSION, STRATEGY, RULES,
      MASTER_PLAN, CONSTITUTION, null};

  /**
   * The indices of the words by their first letter (lower case, below U+0180), longest first as in {@link #WORDS}:
   * most words of a text start with a letter no type word starts with, and cost one look-up.
   */
  private static final int[][] BY_FIRST = new int[0x180][];

  static {
    for (int w = WORDS.length - 1; w >= 0; w--) {
      char first = WORDS[w].charAt(0);
      int[] old = BY_FIRST[first];
      int[] now = new int[old == null ? 1 : old.length + 1];
      now[0] = w;
      if (old != null) {
        System.arraycopy(old, 0, now, 1, old.length);
      }
      BY_FIRST[first] = now;
    }
  }

  private TypeWords() {}

  /** Returns the index of the type words at i (ignoring case, at a word boundary), or -1. */
  static int at(ScanText s, int i) {
    if (i >= s.n) {
      return -1;
    }
    char first = lower(s.t[i]);
    int[] candidates = first < BY_FIRST.length ? BY_FIRST[first] : null;
    if (candidates == null || i + 1 >= s.n) {
      return -1;
    }
    char second = lower(s.t[i + 1]);
    for (int w : candidates) {
      if (WORDS[w].charAt(1) == second && s.wordsAt(i, WORDS[w])) {
        return isFamilyPlanning(s, i, w) ? -1 : w;
      }
    }
    return -1;
  }

  /**
   * True for "kế hoạch hóa" ("Kế hoạch hóa gia đình", family planning, in a title written in capitals: "DỊCH VỤ KẾ
   * HOẠCH HÓA GIA ĐÌNH"): a verb, not a Kế hoạch.
   */
  private static boolean isFamilyPlanning(ScanText s, int i, int w) {
    if (TYPES[w] != PLAN || WORDS[w].length() != "kế hoạch".length()) {
      return false;
    }
    int next = s.skipSpaces(s.wordsEnd(i, WORDS[w]));
    return s.wordsAt(next, "hóa") || s.wordsAt(next, "hoá");
  }

  private static char lower(char c) {
    return c < 0x80 ? (char) (c | 0x20) : Character.toLowerCase(c);
  }

  /** Returns the end of the type words of the index at i. */
  static int end(ScanText s, int i, int index) {
    return s.wordsEnd(i, WORDS[index]);
  }

  /** The type the words name; null for "văn bản". */
  static DocumentType type(int index) {
    return TYPES[index];
  }

  /** True for the types whose numbers texts cite without "số" ("Nghị quyết 21", "Chỉ thị 05"). */
  static boolean citedWithoutSo(int index) {
    DocumentType type = TYPES[index];
    return type == RESOLUTION || type == CONCLUSION || type == DIRECTIVE || type == DECISION;
  }
}
