package vn.danso.examples;

import java.io.PrintStream;
import vn.danso.text.Language;

/** Where an example program writes, and in which language: the I/O the library itself never does. */
final class Console {
  private final Language language;
  private final PrintStream out;
  private final PrintStream err;

  Console(Language language, PrintStream out, PrintStream err) {
    this.language = language;
    this.out = out;
    this.err = err;
  }

  Language language() {
    return language;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  /** Picks the Vietnamese or English text for the console's language. */
  String t(String vi, String en) {
    return language == Language.VI ? vi : en;
  }
}
