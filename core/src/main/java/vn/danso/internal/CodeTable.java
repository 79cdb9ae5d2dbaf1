package vn.danso.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Map;

/**
 * A fixed table from short codes (document-type and issuer abbreviations) to values, looked up case-insensitively in
 * a range of a character sequence without allocating: what the document-number parser needs to stay fast.
 *
 * <p>Keys are compared after {@link #fold(char)} of each character, so {@code "ctr"}, {@code "CTR"}
 * and {@code "CTr"} find the same entry. Immutable and thread-safe.
 *
 * @param <V> the type of the values
 */
public final class CodeTable<V> {
  private final String[] keys;
  private final Object[] values;
  private final int mask;

  private CodeTable(Map<String, V> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
    keys = new String[capacity];
    values = new Object[capacity];
    mask = capacity - 1;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      String key = checkNotNull(e.getKey(), "a code is null");
      checkArgument(!key.isEmpty(), "a code is empty");
      int slot = hash(key, 0, key.length()) & mask;
      while (keys[slot] != null) {
        checkArgument(!sameCode(keys[slot], key, 0, key.length()),
            "codes \"%s\" and \"%s\" differ only in case: a code table needs them distinct", keys[slot], key);
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = checkNotNull(e.getValue(), "value of code %s is null", key);
    }
  }

  /**
   * Returns a table of the given entries.
   *
   * @param entries codes and their values; no two codes may differ only in case
   * @param <V> the type of the values
   * @return the table
   */
  public static <V> CodeTable<V> of(Map<String, V> entries) {
    return new CodeTable<>(checkNotNull(entries, "entries is null"));
  }

  /**
   * Returns the value of the code written in {@code text[start, end)}, ignoring case.
   *
   * @param text the text
   * @param start the first index of the code
   * @param end the index after the code
   * @return the value, or null when the code is not in the table
   */
  @SuppressWarnings("unchecked")
  public V get(CharSequence text, int start, int end) {
    int slot = hash(text, start, end) & mask;
    String key;
    while ((key = keys[slot]) != null) {
      if (sameCode(key, text, start, end)) {
        return (V) values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  /**
   * Returns the value of the code written in {@code text[start, end)}, ignoring case.
   *
   * @param text the characters
   * @param start the first index of the code
   * @param end the index after the code
   * @return the value, or null when the code is not in the table
   */
  @SuppressWarnings("unchecked")
  public V get(char[] text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + fold(text[i]);
    }
    int slot = (h ^ (h >>> 16)) & mask;
    String key;
    while ((key = keys[slot]) != null) {
      if (key.length() == end - start) {
        boolean same = true;
        for (int i = 0; i < key.length() && same; i++) {
          char a = key.charAt(i);
          char b = text[start + i];
          same = a == b || fold(a) == fold(b);
        }
        if (same) {
          return (V) values[slot];
        }
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  /**
   * Returns the character as lookups compare it: {@link Character#toUpperCase(char)}, with a fast path for ASCII.
   *
   * @param c a character
   * @return its upper-case form
   */
  public static char fold(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }
    return c == '\u0111' ? '\u0110' : Character.toUpperCase(c);
  }

  /**
   * Returns the value of the code, ignoring case.
   *
   * @param code the code
   * @return the value, or null when the code is not in the table
   */
  public V get(CharSequence code) {
    return get(code, 0, code.length());
  }

  /**
   * Returns the text with each character upper-cased as lookups compare it ({@link Character#toUpperCase(char)}):
   * the key under which two spellings of a code are the same.
   *
   * @param code the code
   * @return its case-folded form
   */
  public static String foldCase(CharSequence code) {
    char[] out = new char[code.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(code.charAt(i));
    }
    return new String(out);
  }

  /**
   * Whether a code is one or more letters ({@link Character#isLetter(char)}), the shape of every abbreviation in
   * the tables.
   *
   * @param code the code
   * @return whether it is non-empty and letters only
   */
  public static boolean isLetters(String code) {
    for (int i = 0; i < code.length(); i++) {
      if (!Character.isLetter(code.charAt(i))) {
        return false;
      }
    }
    return !code.isEmpty();
  }

  private static int hash(CharSequence s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + fold(s.charAt(i));
    }
    return h ^ (h >>> 16);
  }

  private static boolean sameCode(String key, CharSequence s, int start, int end) {
    if (key.length() != end - start) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char a = key.charAt(i);
      char b = s.charAt(start + i);
      if (a != b && fold(a) != fold(b)) {
        return false;
      }
    }
    return true;
  }
}
