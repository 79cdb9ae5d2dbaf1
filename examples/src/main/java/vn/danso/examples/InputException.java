package vn.danso.examples;

import vn.danso.text.Language;
import vn.danso.text.LocalizedText;

/**
 * An input that cannot be used at all (tệp đầu vào không dùng được): a missing file, a directory, text that is not
 * JSON, a mapping given where the unit list belongs, a file with no figures. The message names the file and says what
 * was wrong in both languages; the program prints it in the reader's and exits with {@link ExitStatus#INPUT_ERROR}.
 * Defects inside a usable file are findings, never this exception.
 */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final LocalizedText text;

  InputException(LocalizedText text) {
    super(text.get(Language.EN));
    this.text = text;
  }

  InputException(String vi, String en) {
    this(LocalizedText.of(vi, en));
  }

  /** The message in the given language. */
  String message(Language language) {
    return text.get(language);
  }
}
