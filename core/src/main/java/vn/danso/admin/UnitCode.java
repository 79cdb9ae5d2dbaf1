package vn.danso.admin;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import vn.danso.text.Language;

/**
 * The code of an administrative unit (mã đơn vị hành chính): the statistics office's 2-digit province, 3-digit
 * district and 5-digit commune codes (Quyết định 124/2004/QĐ-TTg and its updates, Quyết định 19/2025/QĐ-TTg), plus
 * danso's {@code VN} for the nation and {@code <commune code>-<suffix>} for villages.
 *
 * <p>The level follows from the form of the code. <strong>A code is not an identity</strong>: codes are reused (91
 * meant Kiên Giang until 2025-06-30 and the new An Giang from 2025-07-01), so a unit is identified by its code
 * together with a date; see the hierarchy.
 *
 * <p>{@link #of(String)} parses strictly and throws on malformed input, like {@code java.time}'s parsers; validators
 * of data use {@link #tryParse(String)} and report a finding instead.
 */
public final class UnitCode implements Comparable<UnitCode> {
  private final String value;
  private final AdministrativeLevel level;

  private UnitCode(String value, AdministrativeLevel level) {
    this.value = value;
    this.level = level;
  }

  /**
   * Returns the code with the given text.
   *
   * @param code {@code "VN"}, 2, 3 or 5 digits, or a village code such as {@code "31018-01"}
   * @return the code
   * @throws IllegalArgumentException if the text is not a code of any level
   */
  public static UnitCode of(String code) {
    checkNotNull(code, "unit code is null");
    Optional<UnitCode> parsed = tryParse(code);
    checkArgument(
        parsed.isPresent(),
        "\"%s\" is not a unit code: expected VN, 2 digits (province), 3 (district), 5 (commune), "
            + "or a commune code, a hyphen and up to 8 letters or digits (village)",
        code);
    return parsed.get();
  }

  /**
   * Returns the code with the given text, checking that it is of the given level.
   *
   * @param level the level the code must have
   * @param code the code
   * @return the code
   * @throws IllegalArgumentException if the text is not a code of that level
   */
  public static UnitCode of(AdministrativeLevel level, String code) {
    checkNotNull(level, "level is null");
    UnitCode parsed = of(code);
    checkArgument(
        parsed.level == level,
        "\"%s\" is a %s code, not a %s code (%s)",
        code,
        parsed.level.label(Language.EN),
        level.label(Language.EN),
        describeFormat(level));
    return parsed;
  }

  /**
   * Reads a code without throwing.
   *
   * @param code the text, may be null
   * @return the code, or empty if the text is not a code of any level
   */
  public static Optional<UnitCode> tryParse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    AdministrativeLevel level = levelOf(code);
    return level == null ? Optional.empty() : Optional.of(new UnitCode(code, level));
  }

  /**
   * Describes the form of a code at a level, for messages: "2 chữ số" and so on are in the validators' rules;
   * this is the English form.
   *
   * @param level the level
   * @return e.g. {@code "2 digits"}
   */
  public static String describeFormat(AdministrativeLevel level) {
    return switch (checkNotNull(level, "level is null")) {
      case NATION -> "VN";
      case PROVINCE -> "2 digits";
      case DISTRICT -> "3 digits";
      case COMMUNE -> "5 digits";
      case VILLAGE -> "5-digit commune code, hyphen, up to 8 letters or digits";
    };
  }

  private static AdministrativeLevel levelOf(String code) {
    if (code.equals("VN")) {
      return AdministrativeLevel.NATION;
    }
    int length = code.length();
    if (length > 6 && length <= 14 && code.charAt(5) == '-') {
      if (!allDigits(code, 0, 5)) {
        return null;
      }
      for (int i = 6; i < length; i++) {
        char c = code.charAt(i);
        boolean alphanumeric = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (!alphanumeric) {
          return null;
        }
      }
      return AdministrativeLevel.VILLAGE;
    }
    if (!allDigits(code, 0, length)) {
      return null;
    }
    return switch (length) {
      case 2 -> AdministrativeLevel.PROVINCE;
      case 3 -> AdministrativeLevel.DISTRICT;
      case 5 -> AdministrativeLevel.COMMUNE;
      default -> null;
    };
  }

  private static boolean allDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the level this code belongs to.
   *
   * @return the level
   */
  public AdministrativeLevel level() {
    return level;
  }

  /**
   * Returns the code as text.
   *
   * @return the code, e.g. {@code "31018"}
   */
  public String value() {
    return value;
  }

  /** Orders codes by level from the top, then by text. */
  @Override
  public int compareTo(UnitCode other) {
    int byLevel = level.compareTo(other.level);
    return byLevel != 0 ? byLevel : value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitCode other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the code as text. */
  @Override
  public String toString() {
    return value;
  }
}
