package vn.danso.examples;

import java.util.Collection;
import java.util.Locale;

/**
 * A suggestion for a mistyped name (gợi ý): the known name that differs from what was typed only in letter case, or
 * by at most two letters inserted, removed or changed ({@code srb} → {@code SRB}, {@code TRF} → {@code TFR}).
 */
final class Suggestion {
  private static final int MAX_EDITS = 2;

  private Suggestion() {}

  /**
   * Returns {@code ". Did you mean: X?"} in the console's language for the closest known name, or an empty text
   * when none is close.
   */
  static String of(String typed, Collection<String> known, Console console) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String folded = typed.strip().toUpperCase(Locale.ROOT);
    for (String name : known) {
      int distance = distance(folded, name.toUpperCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    if (best == null || bestDistance > Math.min(MAX_EDITS, Math.max(0, folded.length() - 1))) {
      return ".";
    }
    return console.t(". Có phải ý bạn là: ", ". Did you mean: ") + best + "?";
  }

  /** The number of letters inserted, removed or changed between two names (Levenshtein distance). */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
