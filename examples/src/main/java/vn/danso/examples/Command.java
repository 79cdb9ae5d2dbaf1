package vn.danso.examples;

import java.util.List;
import vn.danso.text.LocalizedText;

/** One example program, run as a subcommand of the examples jar: {@code java -jar danso-examples.jar NAME ARGS…}. */
interface Command {
  /** The subcommand's name, as typed on the command line. */
  String name();

  /** One line saying what the program shows, for {@code --help}, in both languages. */
  LocalizedText summary();

  /** The arguments it takes, e.g. {@code "GSO_EXPORT.json [MAPPING.json]"}; empty when none. */
  default String usage() {
    return "";
  }

  /**
   * Runs the program.
   *
   * @return the process exit status: 0 when the run went as intended (even if it printed findings), 2 on bad
   *     arguments, 1 when an input could not be read
   */
  int run(List<String> args, Console console) throws Exception;

  /**
   * Returns the value after an option on the command line ({@code --date 2025-07-01}).
   *
   * @throws IllegalArgumentException if the option is the last argument
   */
  static String optionValue(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(i);
  }
}
