package vn.danso.indicator;

import java.util.Optional;
import vn.danso.text.Language;

/** Picks the name to show from optional Vietnamese and English names. */
final class Names {
  private Names() {}

  static String label(Optional<String> vi, Optional<String> en, String code, Language language) {
    Optional<String> first = language == Language.VI ? vi : en;
    Optional<String> second = language == Language.VI ? en : vi;
    return first.filter(s -> !s.isBlank()).or(() -> second.filter(s -> !s.isBlank())).orElse(code);
  }
}
