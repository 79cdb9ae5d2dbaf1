package vn.danso.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;
import java.util.Optional;
import vn.danso.text.VietnameseText;

/**
 * One line of a document's recipients list (nơi nhận): who receives it and why, such as
 * {@code - Ban Thường vụ Tỉnh ủy; (để b/c)}, where "để b/c" (để báo cáo) says it is sent to report.
 *
 * <p>Names and notes are kept in {@linkplain VietnameseText#normalize normal form}. Immutable; compares by value.
 */
public final class Recipient {
  private final String name;
  private final String note;

  private Recipient(String name, String note) {
    this.name = name;
    this.note = note;
  }

  /**
   * Returns the recipient with the given name.
   *
   * @param name e.g. {@code "Các chi bộ, đảng bộ cơ sở"}
   * @return the recipient
   * @throws IllegalArgumentException if the name is blank
   */
  public static Recipient of(String name) {
    return new Recipient(text(name, "recipient name"), null);
  }

  /**
   * Returns the recipient with the given name and note.
   *
   * @param name e.g. {@code "Ban Thường vụ Tỉnh ủy"}
   * @param note e.g. {@code "để b/c"}, without parentheses
   * @return the recipient
   * @throws IllegalArgumentException if the name or the note is blank
   */
  public static Recipient of(String name, String note) {
    return new Recipient(text(name, "recipient name"), text(note, "note"));
  }

  /**
   * Reads one line of a recipients list: a leading dash or bullet, the name, a {@code ;} or {@code .}, and a note in
   * parentheses before or after it: {@code "- Ban Thường vụ Tỉnh ủy;    (để b/c)"}, {@code "- Lưu VP."}.
   *
   * @param line the line
   * @return the recipient
   * @throws IllegalArgumentException if the line has no name
   */
  public static Recipient fromLine(String line) {
    String s = VietnameseText.foldDashes(VietnameseText.normalize(checkNotNull(line, "line is null")));
    if (!s.isEmpty() && "-+•*".indexOf(s.charAt(0)) >= 0) {
      s = s.substring(1);
    }
    s = withoutTrailingSeparators(s);
    String note = null;
    // An empty "()" is no note: look for one before it, so that a name never ends in what reads as a note.
    for (int open = s.lastIndexOf('('); (note == null || note.isEmpty()) && open >= 0 && s.endsWith(")");
        open = s.lastIndexOf('(')) {
      note = s.substring(open + 1, s.length() - 1).trim();
      s = withoutTrailingSeparators(s.substring(0, open));
    }
    checkArgument(!s.isEmpty(), "recipient line \"%s\" has no name", line);
    return note == null || note.isEmpty() ? of(s) : of(s, note);
  }

  /** The text trimmed, without the separators ({@code ; . ,}), spaces and control characters at its end. */
  private static String withoutTrailingSeparators(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) <= ' ' || ";.,".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return text.substring(0, end).trim();
  }

  private static String text(String value, String what) {
    String normal = VietnameseText.normalize(checkNotNull(value, "%s is null", what));
    checkArgument(!normal.isEmpty(), "%s is blank", what);
    return normal;
  }

  /**
   * Returns who receives the document.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns why it is sent, where the list says so ("để b/c", "để t/h").
   *
   * @return the note, or empty
   */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /**
   * Returns the line as a recipients list writes it: {@code - Ban Thường vụ Tỉnh ủy (để b/c);}.
   *
   * @return the line
   */
  public String format() {
    return "- " + name + (note == null ? "" : " (" + note + ")") + ";";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Recipient && name.equals(((Recipient) o).name)
        && Objects.equals(note, ((Recipient) o).note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, note);
  }

  /** Returns the line. */
  @Override
  public String toString() {
    return format();
  }
}
