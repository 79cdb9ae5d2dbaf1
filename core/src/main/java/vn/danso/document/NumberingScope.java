package vn.danso.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.danso.body.Term;
import vn.danso.text.Language;
import vn.danso.text.Localized;

/**
 * The scope within which a document's number is unique (phạm vi đánh số): a calendar year for State documents, a
 * Party committee's term for Party documents, a legislature for the laws, ordinances and resolutions of the National
 * Assembly and its Standing Committee.
 *
 * <p>"21-NQ/TW" alone names two resolutions (population, 25/10/2017, khóa XII; grassroots Party organisations,
 * khóa XIII), because Party committees number from 01 per type in each term (Hướng dẫn 36-HD/VPTW, mục II.1.3.1).
 * When a Party document's term is not known, its scope falls back to its {@linkplain Kind#ISSUE_DATE issue date}:
 * two records of the same document then agree only when their dates do. Immutable; compares by value.
 */
public final class NumberingScope implements Localized {
  /** The kinds of scope. */
  public enum Kind {
    /** Numbered from 01 on 1 January to 31 December (Nghị định 30/2020/NĐ-CP, Điều 15). */
    CALENDAR_YEAR,
    /** Numbered from 01 per type within a Party committee's term (nhiệm kỳ cấp ủy). */
    COMMITTEE_TERM,
    /** Numbered per type within a legislature of the National Assembly (khóa Quốc hội). */
    LEGISLATURE_TERM,
    /** The committee term is not known: the issue date stands in for it. */
    ISSUE_DATE
  }

  private final Kind kind;
  private final int value;
  private final LocalDate date;

  private NumberingScope(Kind kind, int value, LocalDate date) {
    this.kind = kind;
    this.value = value;
    this.date = date;
  }

  /**
   * Returns the scope of a calendar year.
   *
   * @param year the year, 1 to 9999
   * @return the scope
   * @throws IllegalArgumentException if the year is outside 1 to 9999
   */
  public static NumberingScope year(int year) {
    checkArgument(year >= 1 && year <= 9999, "year %s is out of range: use 1 to 9999", year);
    return new NumberingScope(Kind.CALENDAR_YEAR, year, null);
  }

  /**
   * Returns the scope of a Party committee's term.
   *
   * @param ordinal the term's number, 12 for khóa XII
   * @return the scope
   * @throws IllegalArgumentException if the ordinal is outside 1 to 3999
   */
  public static NumberingScope committeeTerm(int ordinal) {
    Term.label(ordinal);
    return new NumberingScope(Kind.COMMITTEE_TERM, ordinal, null);
  }

  /**
   * Returns the scope of a legislature of the National Assembly.
   *
   * @param ordinal the legislature's number, 15 for khóa XV
   * @return the scope
   * @throws IllegalArgumentException if the ordinal is outside 1 to 3999
   */
  public static NumberingScope legislatureTerm(int ordinal) {
    Term.label(ordinal);
    return new NumberingScope(Kind.LEGISLATURE_TERM, ordinal, null);
  }

  /**
   * Returns the stand-in scope of a document whose committee term is not known: its issue date.
   *
   * @param date the issue date
   * @return the scope
   */
  public static NumberingScope issueDate(LocalDate date) {
    return new NumberingScope(Kind.ISSUE_DATE, 0, checkNotNull(date, "date is null"));
  }

  /**
   * Returns the kind of scope.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the year of a {@link Kind#CALENDAR_YEAR} scope.
   *
   * @return the year, or empty for other kinds
   */
  public Optional<Integer> year() {
    return kind == Kind.CALENDAR_YEAR ? Optional.of(value) : Optional.empty();
  }

  /**
   * Returns the term number of a committee or legislature scope.
   *
   * @return the term's ordinal, or empty for other kinds
   */
  public Optional<Integer> term() {
    return kind == Kind.COMMITTEE_TERM || kind == Kind.LEGISLATURE_TERM ? Optional.of(value) : Optional.empty();
  }

  /**
   * Returns the issue date of an {@link Kind#ISSUE_DATE} scope.
   *
   * @return the date, or empty for other kinds
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  @Override
  public String label(Language language) {
    boolean vi = checkNotNull(language, "language is null") == Language.VI;
    switch (kind) {
      case CALENDAR_YEAR:
        return (vi ? "năm " : "year ") + value;
      case COMMITTEE_TERM:
        return vi ? "nhiệm kỳ " + Term.label(value) : "committee term " + value;
      case LEGISLATURE_TERM:
        return vi ? "Quốc hội " + Term.label(value) : "legislature " + value;
      default:
        return vi ? "ngày ban hành " + VietnameseDate.of(date, DateStyle.SLASH).format()
            : "issue date " + date;
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof NumberingScope)) {
      return false;
    }
    NumberingScope that = (NumberingScope) o;
    return kind == that.kind && value == that.value && Objects.equals(date, that.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, value, date);
  }

  /** Returns the English label. */
  @Override
  public String toString() {
    return label(Language.EN);
  }
}
