package vn.danso.examples;

import com.google.common.collect.ImmutableList;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import vn.danso.text.Language;

/**
 * The examples jar's entry point: {@code java -jar examples/target/danso-examples.jar [--lang vi|en] [COMMAND]
 * [ARGS…]}. Without a command it runs {@code tour}; {@code --help} lists the commands, {@code COMMAND --help} one
 * command's options. The exit status is an {@link ExitStatus}: 0 valid, 1 findings of error severity, 2 a usage or
 * input error.
 *
 * <p>Adding a command: write a class annotated {@code @Command(name = "…", description = "…")} that implements
 * {@code Callable<Integer>} and takes the {@link Console} in its constructor; declare its arguments as
 * {@code @Parameters} and {@code @Option} fields, each with a {@code descriptionKey} {@code "command.option"} whose
 * Vietnamese text goes in {@code HelpVi.properties} (the annotation's description is the English); keep the work in
 * a plain method taking typed arguments (paths, options, the console); return an {@link ExitStatus}; throw an
 * {@link InputException} for a file that cannot be used. Then add its constructor to {@link #COMMANDS}.
 */
public final class Main {
  /** Every example program, in the order {@code --help} lists them; the first runs when no command is given. */
  static final ImmutableList<Function<Console, Callable<Integer>>> COMMANDS = ImmutableList.of(
      TourCommand::new,
      HierarchyCommand::new,
      NumberCommand::new,
      NetworkCommand::new,
      IndicatorsCommand::new,
      CascadeCommand::new,
      ValidateCommand::new,
      ServeCommand::new,
      FiguresCommand::new,
      ReportingCommand::new,
      ColumnsCommand::new);

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
    Console console = new Console(Cli.language(args), out, err);
    return Cli.create(new Root(console), COMMANDS, console).execute(args);
  }

  /** The top command: the language for every command, help and version, and the tour when no command is given. */
  @Command(name = "danso-examples", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
      versionProvider = Cli.Version.class,
      description = "Examples of danso, the population-and-development library. Without a command: the tour.")
  static final class Root implements Callable<Integer> {
    private final Console console;

    @Option(names = {"-l", "--lang"}, paramLabel = "vi|en", scope = ScopeType.INHERIT, descriptionKey = "lang",
        converter = Cli.LanguageConverter.class,
        description = "Language of the output and of messages: vi or en (default: vi).")
    Language language = Language.VI;

    Root(Console console) {
      this.console = console;
    }

    @Override
    public Integer call() {
      return new TourCommand(console).call();
    }
  }
}
