package vn.danso.examples;

import com.google.common.collect.ImmutableList;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.danso.text.Language;

/**
 * The examples jar's entry point: {@code java -jar examples/target/danso-examples.jar [--lang en] [COMMAND] [ARGS…]}.
 * Without a command it runs {@code tour}; {@code --help} lists the commands.
 */
public final class Main {
  /** Every example program, in the order {@code --help} lists them; the first is the default. */
  static final ImmutableList<Command> COMMANDS = ImmutableList.of(
      new TourCommand(),
      new HierarchyCommand(),
      new NumberCommand(),
      new NetworkCommand(),
      new IndicatorsCommand(),
      new CascadeCommand(),
      new ValidateCommand(),
      new FiguresCommand(),
      new ReportingCommand());

  private Main() {}

  /**
   * Runs the examples program and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs the program against the given streams and returns its exit status; what tests call. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Language language = Language.VI;
    boolean help = false;
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--lang") || arg.equals("-l")) {
        if (i + 1 == args.length) {
          err.println("--lang needs a value: vi or en");
          return 2;
        }
        try {
          language = Language.fromTag(args[++i]);
        } catch (IllegalArgumentException e) {
          err.println(e.getMessage());
          return 2;
        }
      } else if (arg.startsWith("--lang=")) {
        try {
          language = Language.fromTag(arg.substring("--lang=".length()));
        } catch (IllegalArgumentException e) {
          err.println(e.getMessage());
          return 2;
        }
      } else if (arg.equals("--help") || arg.equals("-h")) {
        help = true;
      } else {
        rest.add(arg);
      }
    }
    Console console = new Console(language, out, err);
    if (help) {
      printHelp(console);
      return 0;
    }
    String name = rest.isEmpty() ? COMMANDS.get(0).name() : rest.get(0);
    Optional<Command> command = COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
    if (command.isEmpty()) {
      err.println(console.t("Không có lệnh \"" + name + "\". Dùng --help để xem danh sách.",
          "No command \"" + name + "\". Use --help to list them."));
      return 2;
    }
    List<String> commandArgs = rest.isEmpty() ? List.of() : rest.subList(1, rest.size());
    try {
      return command.get().run(commandArgs, console);
    } catch (Exception e) {
      err.println(console.t("Lỗi: ", "Error: ") + e.getMessage());
      return 1;
    }
  }

  private static void printHelp(Console console) {
    PrintStream out = console.out();
    out.println(console.t(
        "danso — ví dụ sử dụng thư viện dân số và phát triển",
        "danso — examples of the population-and-development library"));
    out.println();
    out.println(console.t("Cách dùng:", "Usage:")
        + " java -jar examples/target/danso-examples.jar [--lang vi|en] [COMMAND] [ARGS…]");
    out.println();
    out.println(console.t("Lệnh (mặc định: ", "Commands (default: ") + COMMANDS.get(0).name() + "):");
    int width = COMMANDS.stream().mapToInt(c -> (c.name() + " " + c.usage()).length()).max().orElse(0);
    for (Command command : COMMANDS) {
      String head = (command.name() + " " + command.usage()).strip();
      out.println("  " + head + " ".repeat(width - head.length() + 2) + command.summary().get(console.language()));
    }
    out.println();
    out.println(console.t("Tùy chọn:", "Options:"));
    out.println("  --lang vi|en  " + console.t("ngôn ngữ của thông báo (mặc định: vi)",
        "language of messages (default: vi)"));
    out.println("  --help        " + console.t("in trợ giúp này", "print this help"));
  }
}
