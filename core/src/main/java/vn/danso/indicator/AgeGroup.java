package vn.danso.indicator;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import vn.danso.text.Language;

/**
 * An age group in completed years (nhóm tuổi), a category of {@link Dimension#AGE_GROUP}: closed such as
 * {@code 15-19} (15 to 19 inclusive) or open-ended such as {@code 65+}.
 *
 * <p>The statistics office tabulates by 5-year groups; the total fertility rate uses the seven groups of women of
 * reproductive age, 15–19 to 45–49 ({@link #REPRODUCTIVE}); the age-structure targets of QĐ 1679/QĐ-TTg use the
 * broad groups under 15, 15–64 and 65 and over ({@link #UNDER_15}, {@link #WORKING_AGE}, {@link #AGED_65_PLUS}).
 */
public final class AgeGroup implements Category, Comparable<AgeGroup> {
  /** The highest age a group may start or end at. */
  public static final int MAX_AGE = 150;

  /** Ages 0 to 14 (dưới 15 tuổi). */
  public static final AgeGroup UNDER_15 = new AgeGroup(0, 14);
  /** Ages 15 to 64, the working-age denominator of the dependency ratio. */
  public static final AgeGroup WORKING_AGE = new AgeGroup(15, 64);
  /** Ages 65 and over (từ 65 tuổi trở lên). */
  public static final AgeGroup AGED_65_PLUS = new AgeGroup(65, -1);
  /** Ages 15 to 49, women of reproductive age (phụ nữ trong độ tuổi sinh đẻ). */
  public static final AgeGroup REPRODUCTIVE_AGE = new AgeGroup(15, 49);

  /** The seven 5-year groups of reproductive age, 15–19 to 45–49, over which the total fertility rate sums. */
  public static final ImmutableList<AgeGroup> REPRODUCTIVE = ImmutableList.of(
      fiveYear(15), fiveYear(20), fiveYear(25), fiveYear(30), fiveYear(35), fiveYear(40), fiveYear(45));


  private final int from;
  private final int to;

  private AgeGroup(int from, int to) {
    this.from = from;
    this.to = to;
  }

  /**
   * Returns the closed group from one age to another, both inclusive.
   *
   * @param from the first age, 0 to {@value #MAX_AGE}
   * @param to the last age, at least {@code from}
   * @return the group
   * @throws IllegalArgumentException if the ages are out of range or reversed
   */
  public static AgeGroup of(int from, int to) {
    checkArgument(from >= 0 && from <= MAX_AGE, "age %s is out of range: use 0 to %s", from, MAX_AGE);
    checkArgument(to >= from && to <= MAX_AGE, "age group %s-%s ends before it starts or after %s", from, to, MAX_AGE);
    return new AgeGroup(from, to);
  }

  /**
   * Returns the open-ended group of the given age and over ({@code 65+}).
   *
   * @param from the first age, 0 to {@value #MAX_AGE}
   * @return the group
   * @throws IllegalArgumentException if the age is out of range
   */
  public static AgeGroup andOver(int from) {
    checkArgument(from >= 0 && from <= MAX_AGE, "age %s is out of range: use 0 to %s", from, MAX_AGE);
    return new AgeGroup(from, -1);
  }

  /**
   * Returns the 5-year group starting at the given age ({@code fiveYear(15)} is 15–19).
   *
   * @param from the first age, a multiple of 5
   * @return the group
   * @throws IllegalArgumentException if the age is not a multiple of 5 or out of range
   */
  public static AgeGroup fiveYear(int from) {
    checkArgument(from % 5 == 0, "5-year age groups start at a multiple of 5, not %s", from);
    return of(from, from + 4);
  }

  /**
   * Reads an age group from its code without throwing.
   *
   * @param code {@code "15-19"} or {@code "65+"}, may be null
   * @return the group, or empty if the text is not an age group
   */
  public static Optional<AgeGroup> tryParse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    // One to three digits, then "+" or "-" and one to three digits; read by hand, so that no regular expression is
    // compiled when the first key with a category is read.
    int firstEnd = digits(code, 0);
    if (firstEnd == 0 || firstEnd == code.length()) {
      return Optional.empty();
    }
    int from = Integer.parseInt(code.substring(0, firstEnd));
    if (from > MAX_AGE) {
      return Optional.empty();
    }
    char sign = code.charAt(firstEnd);
    if (sign == '+') {
      return firstEnd + 1 == code.length() ? Optional.of(new AgeGroup(from, -1)) : Optional.empty();
    }
    int secondEnd = sign == '-' ? digits(code, firstEnd + 1) : firstEnd + 1;
    if (sign != '-' || secondEnd == firstEnd + 1 || secondEnd != code.length()) {
      return Optional.empty();
    }
    int to = Integer.parseInt(code.substring(firstEnd + 1));
    return to >= from && to <= MAX_AGE ? Optional.of(new AgeGroup(from, to)) : Optional.empty();
  }

  /** The end of the run of at most three ASCII digits starting at {@code from}; {@code from} when there is none. */
  private static int digits(String code, int from) {
    int end = from;
    while (end < code.length() && end - from < 3 && code.charAt(end) >= '0' && code.charAt(end) <= '9') {
      end++;
    }
    return end;
  }

  /**
   * Returns the first age of the group.
   *
   * @return the first age
   */
  public int from() {
    return from;
  }

  /**
   * Returns true if the group has no upper age ({@code 65+}).
   *
   * @return whether the group is open-ended
   */
  public boolean isOpenEnded() {
    return to < 0;
  }

  /**
   * Returns the last age of the group, inclusive.
   *
   * @return the last age, or {@link #MAX_AGE} for an open-ended group
   */
  public int to() {
    return to < 0 ? MAX_AGE : to;
  }

  /**
   * Returns true if a person of the given age in completed years belongs to the group.
   *
   * @param age the age
   * @return whether the age is in the group
   */
  public boolean contains(int age) {
    return age >= from && (to < 0 || age <= to);
  }

  @Override
  public Dimension dimension() {
    return Dimension.AGE_GROUP;
  }

  @Override
  public String code() {
    return to < 0 ? from + "+" : from + "-" + to;
  }

  /** Returns {@code "15–19 tuổi"} or {@code "65 tuổi trở lên"} in Vietnamese, {@code "aged 15–19"} in English. */
  @Override
  public String label(Language language) {
    if (language == Language.VI) {
      return to < 0 ? "từ " + from + " tuổi trở lên" : from + "–" + to + " tuổi";
    }
    return to < 0 ? "aged " + from + " and over" : "aged " + from + "–" + to;
  }

  /** Orders groups by first age, then closed before open, then by last age. */
  @Override
  public int compareTo(AgeGroup other) {
    int byFrom = Integer.compare(from, other.from);
    return byFrom != 0 ? byFrom : Integer.compare(to(), other.to()) != 0
        ? Integer.compare(to(), other.to()) : Boolean.compare(isOpenEnded(), other.isOpenEnded());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgeGroup && from == ((AgeGroup) o).from && to == ((AgeGroup) o).to;
  }

  @Override
  public int hashCode() {
    return 31 * from + to;
  }

  /** Returns the code, {@code "15-19"} or {@code "65+"}. */
  @Override
  public String toString() {
    return code();
  }
}
