package vn.danso.document;

import com.google.common.collect.ImmutableList;

/**
 * Settles what a text does with each document it cites once every reference of the text is known (quan hệ viện
 * dẫn). The words that give a role ("thực hiện", "căn cứ", "thay thế"…) belong to the citing text only when they open
 * its own clause; standing right after another reference, they describe that document. In "Thực hiện Kế hoạch số
 * 79-KH/TU ngày 17/12/2017 của Tỉnh ủy thực hiện Nghị quyết số 21-NQ/TW" the text implements 79-KH/TU and 79-KH/TU
 * implements 21-NQ/TW, which the text only cites; so with a document named in another's title ("Nghị quyết
 * 137/NQ-CP về Chương trình hành động thực hiện Nghị quyết 21-NQ/TW") or amended by another ("Nghị định số
 * 154/2020/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP"). The words keep their force after a
 * comma, "và" or the end of a sentence ("…, UBND tỉnh ban hành Kế hoạch thực hiện Đề án…"), and after the plan the
 * text issues ("Ban hành kèm theo Quyết định này
 * Chương trình hành động của UBND tỉnh thực hiện Nghị quyết số 137/NQ-CP"), and written with a capital, as a title's
 * second line ("KẾ HOẠCH" then "Thực hiện Nghị quyết số 21-NQ/TW…"). Each item of a list written one a line
 * ("Văn bản liên quan:" then "- Nghị quyết …") and each paragraph after a blank line is a clause of its own.
 *
 * <p>Looks at most {@link RoleWords#WINDOW} characters before each reference: linear in the text's length.
 */
final class ReferenceRoles {
  private static final int WINDOW = RoleWords.WINDOW;

  private ReferenceRoles() {}

  /**
   * Returns the matches with the roles settled, the same list when no role changes.
   *
   * @param text the text as given to the finder (the matches' spans index it)
   * @param matches the matches in the order of the text
   * @return the matches, each with the role its clause gives it
   */
  static ImmutableList<ReferenceMatch> settle(CharSequence text, ImmutableList<ReferenceMatch> matches) {
    ImmutableList.Builder<ReferenceMatch> settled = null;
    ReferenceMatch previous = null;
    for (int i = 0; i < matches.size(); i++) {
      ReferenceMatch m = matches.get(i);
      ReferenceRole role = m.role() == ReferenceRole.CITED ? joined(text, m, previous) : settle(text, m, previous);
      if (role == ReferenceRole.CITED) {
        role = i == 0 && isNumberLine(text, m) ? ReferenceRole.OWN_NUMBER : itemRole(text, m, previous);
      }
      if (role != m.role() && settled == null) {
        settled = ImmutableList.builderWithExpectedSize(matches.size());
        settled.addAll(matches.subList(0, i));
      }
      ReferenceMatch now = role == m.role() ? m : m.withRole(role);
      if (settled != null) {
        settled.add(now);
      }
      previous = now;
    }
    return settled == null ? matches : settled.build();
  }

  /**
   * True if a reference is a heading's number line: "Số:" (or "Số") and the number, with only spaces or the bar of a
   * table cell before it on its line.
   */
  private static boolean isNumberLine(CharSequence text, ReferenceMatch m) {
    String own = m.text();
    if (own.length() < 3 || !(own.startsWith("Số") || own.startsWith("SỐ") || own.startsWith("số"))
        || Character.isLetter(own.charAt(2))) {
      return false;
    }
    for (int i = m.start() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '|' && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  /**
   * The role of a reference that its own words give none: the previous reference's, when only "và" or a comma joins
   * them ("thay thế Quyết định số 12/QĐ-UBND và Quyết định số 13/QĐ-UBND"), since "thay thế", "bãi bỏ" and "sửa
   * đổi" give a role only close before the first.
   */
  private static ReferenceRole joined(CharSequence text, ReferenceMatch m, ReferenceMatch previous) {
    if (previous == null || previous.role() == ReferenceRole.CITED || previous.end() > m.start()
        || m.start() - previous.end() > WINDOW) {
      return ReferenceRole.CITED;
    }
    ScanText gap = ScanText.of(text.subSequence(previous.end(), m.start()), false);
    return gap.n > 0 && onlyConnectors(gap, gap.n) ? previous.role() : ReferenceRole.CITED;
  }

  private static ReferenceRole settle(CharSequence text, ReferenceMatch m, ReferenceMatch previous) {
    int start = m.start();
    int clause = clauseStart(text, Math.max(0, start - WINDOW), start);
    if (previous == null || previous.start() < clause || previous.end() > start) {
      return hasRoleWord(text, clause, start) ? m.role() : ReferenceRole.CITED;
    }
    // The text's own plan, named by its title after "kèm theo Quyết định này": its words are the text's.
    boolean ownPlan = previous.role() == ReferenceRole.ISSUED_WITH && previous.number().isEmpty();
    ScanText gap = ScanText.of(text.subSequence(previous.end(), start), false);
    int word = RoleWords.last(gap, 0, gap.n);
    if (word >= 0) {
      return ownPlan || opensClause(gap, word) ? m.role() : ReferenceRole.CITED;
    }
    // No role word between the two: it stands before the previous reference (a list: "Thực hiện A và B"), or in it,
    // as words of its title.
    ScanText before = ScanText.of(text.subSequence(previous.start(), previous.end()), false);
    boolean inTitle = !ownPlan && RoleWords.last(before, 1, before.n) >= 0;
    return inTitle ? ReferenceRole.CITED : m.role();
  }

  /**
   * True when the role word at word opens a clause of the citing text: written with a capital ("KẾ HOẠCH" then
   * "Thực hiện Nghị quyết…" on the next line), or after a comma, "và", or the end of a sentence ("…đến năm 2030, UBND
   * tỉnh ban hành Kế hoạch thực hiện Đề án…"). Role words that follow the previous reference with none of these
   * describe it ("…của Tỉnh ủy thực hiện…").
   */
  private static boolean opensClause(ScanText gap, int word) {
    if (Character.isUpperCase(gap.t[word])) {
      return true;
    }
    for (int i = 0; i < word; i++) {
      char c = gap.t[i];
      if (c == ',' || c == ';' || c == '.' || c == ':' || gap.isWordStart(i) && gap.wordsAt(i, "và")) {
        return true;
      }
    }
    return false;
  }

  /** True when the gap up to end holds a comma or "và" and nothing else but spaces. */
  private static boolean onlyConnectors(ScanText gap, int end) {
    int i = 0;
    boolean connector = false;
    while (i < end) {
      char c = gap.t[i];
      if (c == ' ') {
        i++;
      } else if (c == ',') {
        connector = true;
        i++;
      } else if (gap.isWordStart(i) && gap.wordsAt(i, "và")) {
        connector = true;
        i = gap.wordEnd(i);
      } else {
        return false;
      }
    }
    return connector;
  }

  /** The role of the first reference of an item of a list whose words give it none: its lead line's. */
  private static ReferenceRole itemRole(CharSequence text, ReferenceMatch m, ReferenceMatch previous) {
    int start = m.start();
    int clause = clauseStart(text, Math.max(0, start - WINDOW), start);
    if (previous != null && previous.start() >= clause || hasRoleWord(text, clause, start)) {
      return ReferenceRole.CITED;
    }
    return leadRole(text, clause);
  }

  /**
   * The role that the line leading a list gives an item of it with no role word of its own: "I. CĂN CỨ XÂY DỰNG KẾ
   * HOẠCH" then "- Quyết định số 718/QĐ-BYT…" is a legal basis, "Văn bản liên quan:" then "- Nghị quyết…" a citation.
   * Only for a clause that starts an item of a list; the lead line is the last line above the items that is not one.
   */
  private static ReferenceRole leadRole(CharSequence text, int clause) {
    if (clause == 0 || !isListMarker(text, skipBlanks(text, clause), text.length())) {
      return ReferenceRole.CITED;
    }
    int lineEnd = clause - 1;   // the line break before the item
    int floor = Math.max(0, clause - 4 * WINDOW);
    while (lineEnd > floor) {
      int lineStart = lineEnd;
      while (lineStart > floor && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
        lineStart--;
      }
      int first = skipBlanks(text, lineStart);
      if (first < lineEnd && !isListMarker(text, first, lineEnd)) {
        ScanText lead = ScanText.of(text.subSequence(first, lineEnd), false);
        int word = RoleWords.last(lead, 0, lead.n);
        ReferenceRole role = word < 0 ? null : RoleWords.at(lead, word, lead.n);
        return role == null ? ReferenceRole.CITED : role;
      }
      lineEnd = lineStart - 1;
    }
    return ReferenceRole.CITED;
  }

  private static int skipBlanks(CharSequence text, int i) {
    while (i < text.length() && isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean hasRoleWord(CharSequence text, int from, int to) {
    ScanText clause = ScanText.of(text.subSequence(from, to), false);
    return RoleWords.last(clause, 0, clause.n) >= 0;
  }

  /**
   * Where the clause that ends at to starts, no earlier than from: after the last line break that starts an item of
   * a list ("- ", "+ ", "• ", "1. ", "a) "), that follows a colon, or that ends a blank line.
   */
  static int clauseStart(CharSequence text, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      char c = text.charAt(i);
      if ((c == '\n' || c == '\r') && breaksClause(text, i, to)) {
        return i + 1;
      }
    }
    return from;
  }

  private static boolean breaksClause(CharSequence text, int lineBreak, int to) {
    int b = lineBreak - 1;
    while (b >= 0 && isBlank(text.charAt(b)) && text.charAt(b) != '\n') {
      b--;
    }
    if (b < 0 || text.charAt(b) == ':' || text.charAt(b) == '\n') {
      return true;   // the first line, a line after a colon, or after a blank line
    }
    int a = lineBreak + 1;
    while (a < to && isBlank(text.charAt(a))) {
      a++;
    }
    return a < to && isListMarker(text, a, to);
  }

  private static boolean isListMarker(CharSequence text, int a, int to) {
    char c = text.charAt(a);
    if ("-+•*–—·".indexOf(c) >= 0) {
      return a + 1 < to && text.charAt(a + 1) == ' ';
    }
    int digits = a;
    while (digits < to && digits - a < 2 && Character.isDigit(text.charAt(digits))) {
      digits++;
    }
    int mark = digits > a ? digits : Character.isLetter(c) ? a + 1 : -1;
    return mark > 0 && mark + 1 < to && (text.charAt(mark) == ')' || digits > a && text.charAt(mark) == '.')
        && text.charAt(mark + 1) == ' ';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\r';
  }
}
