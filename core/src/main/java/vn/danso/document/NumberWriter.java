package vn.danso.document;

import com.google.common.collect.ImmutableList;

/**
 * Writes a {@link DocumentNumber} in its canonical form ({@link DocumentNumber#format()}): one array of the exact
 * length, filled left to right, with no intermediate strings, since numbers are formatted in bulk. Each
 * {@linkplain NumberForm form} is written as read: {@code 21-NQ/TW}, {@code 94/KH-UBND}, {@code 30/2020/NĐ-CP},
 * {@code 19-2018/NQ-CP}, {@code 216-CP}, {@code 808-BYT/QĐ}, {@code 1281/-UBND}, a letter after the sequence number
 * small ({@code 36a/NQ-CP}). Stateless.
 */
final class NumberWriter {
  private NumberWriter() {}

  /** The canonical form of a number with these parts; year and term 0 and type code and letter null when absent. */
  static String write(NumberFamily family, NumberForm form, int number, String letter, int year, String typeCode,
      String issuerCode, int term, ImmutableList<String> qualifiers) {
    int digits = number < 10 ? 2 : stringSize(number);
    int length = digits + 1 + issuerCode.length() + (letter == null ? 0 : letter.length());
    if (form == NumberForm.TYPE_MISSING) {
      length++;
    }
    if (year != 0) {
      length += 5;
    }
    if (typeCode != null) {
      length += typeCode.length() + 1;
    }
    if (term > 0) {
      length += stringSize(term);
    }
    for (String qualifier : qualifiers) {
      length += qualifier.length() + 1;
    }
    char[] out = new char[length];
    int at = putInt(out, 0, number, digits);
    if (letter != null) {
      at = put(out, at, letter);
    }
    if (form == NumberForm.OLD_WITHOUT_TYPE) {
      out[at++] = '-';
    } else if (form == NumberForm.ISSUER_BEFORE_TYPE) {
      out[at++] = '-';
      at = put(out, at, issuerCode);
      out[at++] = '/';
      return new String(out, 0, put(out, at, typeCode));
    } else if (form == NumberForm.TYPE_MISSING) {
      out[at++] = '/';
      out[at++] = '-';
    } else if (form == NumberForm.YEAR_AFTER_HYPHEN) {
      out[at++] = '-';
      at = putInt(out, at, year, 4);
      out[at++] = '/';
      if (typeCode != null) {
        at = put(out, at, typeCode);
        out[at++] = '-';
      }
    } else if (family == NumberFamily.PARTY) {
      out[at++] = '-';
      at = put(out, at, typeCode);
      out[at++] = '/';
    } else {
      out[at++] = '/';
      if (year != 0) {
        at = putInt(out, at, year, 4);
        out[at++] = '/';
      }
      if (typeCode != null) {
        at = put(out, at, typeCode);
        out[at++] = '-';
      }
    }
    at = put(out, at, issuerCode);
    if (term > 0) {
      at = putInt(out, at, term, stringSize(term));
    }
    for (String qualifier : qualifiers) {
      out[at++] = '-';
      at = put(out, at, qualifier);
    }
    return new String(out);
  }

  private static int stringSize(int value) {
    int size = 1;
    for (int v = value; v >= 10; v /= 10) {
      size++;
    }
    return size;
  }

  private static int putInt(char[] out, int at, int value, int digits) {
    for (int i = at + digits - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
    return at + digits;
  }

  private static int put(char[] out, int at, String text) {
    text.getChars(0, text.length(), out, at);
    return at + text.length();
  }
}
