package vn.danso.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the examples program in-process and keeps what it printed, for the command tests. */
abstract class CommandTestSupport {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** Runs the program with the given command line and returns its exit status. */
  int run(String... args) {
    return Main.run(args,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** Everything printed to standard output so far. */
  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The file path of a test resource beside these tests, to pass on a command line. */
  static String resource(String name) throws URISyntaxException {
    return Path.of(CommandTestSupport.class.getResource(name).toURI()).toString();
  }

  /** Everything printed to standard error so far. */
  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
