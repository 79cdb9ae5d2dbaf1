package vn.danso.document;

import java.time.YearMonth;
import java.util.Set;
import java.util.stream.Collectors;
import vn.danso.internal.CodeTable;

/**
 * Reads what follows a cited number in running text: the date ("ngày 25/10/2017", "ngày 25 tháng 10 năm 2017",
 * "tháng 10/2017", "năm 2017"), the issuer after "của", the term ("khóa XII") and the title after "về",
 * "phê duyệt" or "ban hành" ({@link RoleWords} reads the words before a reference). Every reader looks at a bounded
 * stretch of text.
 */
final class ReferenceTail {
  static final int MAX_TITLE = 240;
  private static final int MAX_ISSUER_WORDS = 14;
  /** Lower-case words that belong to the names of issuers ("Ban Chấp hành Trung ương", "Thủ tướng Chính phủ"). */
  private static final Set<String> ISSUER_WORDS = Set.of("ban", "chấp", "hành", "ương", "nhân", "dân", "tỉnh",
      "thành", "phố", "huyện", "quận", "thị", "xã", "phường", "tướng", "phủ", "tế", "trị", "thư", "vụ", "ủy", "uỷ",
      "khối", "các", "cơ", "quan", "đảng", "cán", "sự", "thường", "hội", "đồng", "nghị", "lần", "thứ", "sáu",
      "kiểm", "tra", "tuyên", "giáo", "chỉ", "đạo", "dục", "đào", "tạo", "lao", "động", "binh", "quốc", "mặt",
      "trận", "tổ", "phụ", "nữ", "liên", "hiệp", "đoàn", "niên", "thanh", "nông", "cựu", "chiến", "cục", "chi",
      "số", "kế", "hoạch", "hóa", "hoá", "gia", "đình", "văn", "phòng", "trung", "tâm", "y", "tài", "chính",
      "nội", "an", "tư", "pháp", "kinh", "doanh", "sở", "bộ", "ngành", "lâm", "thời");

  /** {@link #ISSUER_WORDS} as a table read straight from the text, so that no word is copied to be looked up. */
  private static final CodeTable<String> ISSUER_WORD_TABLE =
      CodeTable.of(ISSUER_WORDS.stream().collect(Collectors.toMap(w -> w, w -> w)));

  final ScanText s;
  private final DocumentCatalogue catalogue;

  ReferenceTail(ScanText s, DocumentCatalogue catalogue) {
    this.s = s;
    this.catalogue = catalogue;
  }

  /** The parts read after a number so far, during one scan; ends are indices of t, -1 when not read. */
  static final class PartsBuilder {
    int end;
    PartialDate date;
    int dateStart = -1;
    int dateEnd = -1;
    ParseResult<VietnameseDate> badDate;
    String issuer;
    int term;
    String title;
  }

  /** Reads the parts that follow at i, in any order, each once. */
  PartsBuilder read(int i, boolean hasDate) {
    PartsBuilder p = new PartsBuilder();
    p.end = i;
    boolean issuer = false;
    boolean term = false;
    boolean title = false;
    boolean date = hasDate;
    for (int round = 0; round < 6; round++) {
      int j = s.skipSpaces(p.end);
      if (j < s.n && s.t[j] == ',' && round == 0) {
        j = s.skipSpaces(j + 1);
      }
      boolean paren = j < s.n && s.t[j] == '(';
      int k = paren ? s.skipSpaces(j + 1) : j;
      int next = -1;
      if (!date && (next = date(k, p)) > 0) {
        date = true;
      } else if (!term && (next = term(k, p)) > 0) {
        term = true;
      } else if (!paren && !issuer && s.wordsAt(k, "của") && (next = issuer(s.skipSpaces(k + 3), p)) > 0) {
        issuer = true;
      } else if (!paren && !title && (next = title(k, p)) > 0) {
        title = true;
      }
      if (next < 0) {
        break;
      }
      if (paren) {
        int close = s.skipSpaces(next);
        if (close >= s.n || s.t[close] != ')') {
          break;
        }
        next = close + 1;
      }
      p.end = next;
    }
    return p;
  }

  /** Reads a date at i: "ngày …", a bare "25/10/2017", "tháng 10/2017", "tháng 10 năm 2017", "năm 2017". */
  int date(int i, PartsBuilder p) {
    if (i >= s.n) {
      return -1;
    }
    if (s.wordsAt(i, "ngày") || ScanText.isDigit(s.t[i])) {
      int from = ScanText.isDigit(s.t[i]) ? i : s.skipSpaces(i + 4);
      int end = dayEnd(from);
      if (end < 0) {
        return -1;
      }
      ParseResult<VietnameseDate> read = VietnameseDate.tryParse(s.rawText(i, end));
      if (read.isSuccess()) {
        p.date = PartialDate.of(read.get().toLocalDate());
      } else {
        p.badDate = read;
      }
      p.dateStart = i;
      p.dateEnd = end;
      return end;
    }
    if (s.wordsAt(i, "tháng")) {
      int m = s.skipSpaces(i + 5);
      int mEnd = s.digitsEnd(m);
      int month = mEnd - m <= 2 ? s.digits(m, mEnd) : -1;
      int y = yearAfterSeparator(mEnd);
      if (month < 1 || month > 12 || y < 0) {
        return -1;
      }
      int year = s.digits(y, y + 4);
      if (year < 1) {
        return -1;
      }
      p.date = PartialDate.of(YearMonth.of(year, month));
      return y + 4;
    }
    if (s.wordsAt(i, "năm")) {
      int y = s.skipSpaces(i + 3);
      int yEnd = s.digitsEnd(y);
      if (yEnd - y != 4 || s.isWordChar(yEnd) || s.t[y] < '1' || s.t[y] > '2') {
        return -1;
      }
      p.date = PartialDate.ofYear(s.digits(y, yEnd));
      return yEnd;
    }
    return -1;
  }

  /** The end of "D/M/YYYY", "D-M-YYYY", "D.M.YYYY" or "D tháng M năm YYYY" at i, or -1. */
  private int dayEnd(int i) {
    int d = s.digitsEnd(i);
    if (d == i || d - i > 2) {
      return -1;
    }
    int j = s.skipSpaces(d);
    if (j < s.n && (s.t[j] == '/' || s.t[j] == '-' || s.t[j] == '.')) {
      char sep = s.t[j];
      int m = s.skipSpaces(j + 1);
      int mEnd = s.digitsEnd(m);
      int k = s.skipSpaces(mEnd);
      if (mEnd == m || mEnd - m > 2 || k >= s.n || s.t[k] != sep) {
        return -1;
      }
      int y = s.skipSpaces(k + 1);
      int yEnd = s.digitsEnd(y);
      return yEnd - y == 4 && !s.isWordChar(yEnd) ? yEnd : -1;
    }
    if (s.wordsAt(j, "tháng")) {
      int m = s.skipSpaces(j + 5);
      int mEnd = s.digitsEnd(m);
      int k = s.skipSpaces(mEnd);
      if (mEnd == m || !s.wordsAt(k, "năm")) {
        return -1;
      }
      int y = s.skipSpaces(k + 3);
      int yEnd = s.digitsEnd(y);
      return yEnd - y == 4 && !s.isWordChar(yEnd) ? yEnd : -1;
    }
    return -1;
  }

  /** The start of a four-digit year after "/", "-", "." or "năm" at i, or -1. */
  private int yearAfterSeparator(int i) {
    int j = s.skipSpaces(i);
    if (j < s.n && (s.t[j] == '/' || s.t[j] == '-' || s.t[j] == '.')) {
      j = s.skipSpaces(j + 1);
    } else if (s.wordsAt(j, "năm")) {
      j = s.skipSpaces(j + 3);
    } else {
      return -1;
    }
    int end = s.digitsEnd(j);
    return end - j == 4 && !s.isWordChar(end) ? j : -1;
  }

  /** Reads "khóa XII", "khoá 12" at i. */
  int term(int i, PartsBuilder p) {
    if (!s.wordsAt(i, "khóa") && !s.wordsAt(i, "khoá")) {
      return -1;
    }
    int j = s.skipSpaces(i + 4);
    int end = s.wordEnd(j);
    int value = ScanText.isDigit(s.t[Math.min(j, s.n - 1)]) ? s.digits(j, end) : roman(j, end);
    if (value < 1 || value > 40) {
      return -1;
    }
    p.term = value;
    return end;
  }

  private int roman(int start, int end) {
    int total = 0;
    int previous = 0;
    for (int k = end - 1; k >= start; k--) {
      int v;
      switch (Character.toUpperCase(s.t[k])) {
        case 'I': v = 1; break;
        case 'V': v = 5; break;
        case 'X': v = 10; break;
        case 'L': v = 50; break;
        default: return -1;
      }
      total += v < previous ? -v : v;
      previous = Math.max(previous, v);
    }
    return end > start ? total : -1;
  }

  /** Reads the issuer's name at i: capitalised words and the lower-case words of issuers' names. */
  int issuer(int i, PartsBuilder p) {
    if (i >= s.n || !Character.isUpperCase(s.t[i])) {
      return -1;
    }
    int end = i;
    int j = i;
    for (int words = 0; words < MAX_ISSUER_WORDS && j < s.n; words++) {
      int wordEnd = s.wordEnd(j);
      if (wordEnd == j) {
        break;
      }
      boolean capital = Character.isUpperCase(s.t[j]);
      if (!capital && ISSUER_WORD_TABLE.get(s.t, j, wordEnd) == null) {
        break;
      }
      if ((!capital && (s.wordsAt(j, "khóa") || s.wordsAt(j, "khoá") || numberFollows(j, wordEnd)))
          || titleStarts(j)) {
        break;
      }
      end = wordEnd;
      int next = s.skipSpaces(wordEnd);
      if (next < s.n && s.t[next] == '-' && next + 1 < s.n) {
        next = s.skipSpaces(next + 1);   // "Sở Lao động - Thương binh và Xã hội"
      }
      if (next == wordEnd && next < s.n && s.t[next] != ' ') {
        break;
      }
      j = next;
    }
    p.issuer = s.clean(i, end);
    return end;
  }

  /** "số" and a number after an issuer's name ("của Bộ Chính trị số 22-NQ/TW"): the name ends before it. */
  private boolean numberFollows(int word, int wordEnd) {
    int next = s.skipSpaces(wordEnd);
    if (next < s.n && s.t[next] == ':') {
      next = s.skipSpaces(next + 1);
    }
    return s.wordsAt(word, "số") && next > wordEnd && next < s.n && ScanText.isDigit(s.t[next]);
  }

  private boolean titleStarts(int i) {
    return s.wordsAt(i, "về") || s.wordsAt(i, "phê duyệt") || s.wordsAt(i, "ban hành");
  }

  /** Reads a title at i, after "về", "phê duyệt" or "ban hành", to the end of its clause. */
  int title(int i, PartsBuilder p) {
    if (!titleStarts(i)) {
      return -1;
    }
    int end = titleEnd(i);
    if (end <= i + 4) {
      return -1;
    }
    p.title = s.clean(i, end);
    return end;
  }

  /** The end of a title starting at i: before punctuation that closes a clause, or the next cited document. */
  int titleEnd(int i) {
    int limit = Math.min(s.n, i + MAX_TITLE);
    int lastWordEnd = i;
    int j = i;
    while (j < limit) {
      char c = s.t[j];
      if (c == ';' || c == '(' || c == ')' || c == '"' || c == '“' || c == '”' || c == ':' || c == '\u2026'
          || (c == '.' && !(s.isWordChar(j - 1) && s.isWordChar(j + 1) && ScanText.isDigit(s.t[j + 1])))
          || (c == ',' && j + 2 < s.n && s.t[j + 1] == ' ' && Character.isUpperCase(s.t[s.skipSpaces(j + 1)]))) {
        return lastWordEnd;
      }
      if (Character.isLetterOrDigit(c) && s.isWordStart(j) && j > i && nextReference(j, lastWordEnd)) {
        return trimConnector(lastWordEnd);
      }
      if (Character.isLetterOrDigit(c)) {
        j = s.wordEnd(j);
        lastWordEnd = j;
      } else {
        j++;
      }
    }
    return limit == s.n ? lastWordEnd : s.skipSpacesBack(lastWordEnd);
  }

  /**
   * True if another cited document starts at the word j: type words and a number, or after "và" or a comma, a
   * title the catalogue knows or capitalised type words ("và Chiến lược Dân số Việt Nam đến năm 2030").
   */
  boolean nextReference(int j, int previousWordEnd) {
    if (j >= s.n) {
      return false;
    }
    int type = TypeWords.at(s, j);
    if (type >= 0 && startsNumber(TypeWords.end(s, j, type))) {
      return true;
    }
    if (!Character.isUpperCase(s.t[j]) || type < 0 && catalogue.titleAt(s.t, j, s.n) < 0) {
      return false;
    }
    int back = s.skipSpacesBack(j);
    return (back > 0 && s.t[back - 1] == ',') || s.wordEndsAt(back, "và");
  }

  private boolean startsNumber(int i) {
    int j = s.skipSpaces(i);
    if (s.wordsAt(j, "số")) {
      return true;
    }
    return j < s.n && ScanText.isDigit(s.t[j]);
  }

  /** Moves back over a trailing " và" or "," before the next reference. */
  private int trimConnector(int end) {
    int e = s.skipSpacesBack(end);
    if (s.wordEndsAt(e, "và")) {
      e = s.skipSpacesBack(e - 2);
    }
    while (e > 0 && (s.t[e - 1] == ',' || s.t[e - 1] == ' ')) {
      e--;
    }
    return e;
  }
}
