package vn.danso.examples;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.danso.text.Language;

/**
 * The command line of the examples (dòng lệnh), on picocli: builds the command tree, reads help in the reader's
 * language, and turns every way a run can fail into a message in that language and an {@link ExitStatus}.
 */
final class Cli {
  /** The widest line of the generated help. */
  static final int WIDTH = 100;

  private Cli() {}

  /**
   * The language asked for with {@code --lang}, {@code -l} or {@code --lang=}, read before the command line is
   * parsed so that help and errors speak it; Vietnamese when none or an unknown one is given (the parser then says
   * what is wrong).
   */
  static Language language(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if ((args[i].equals("--lang") || args[i].equals("-l")) && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      }
      if (value != null && value.strip().equalsIgnoreCase("en")) {
        return Language.EN;
      }
    }
    return Language.VI;
  }

  /** The command tree for a console: the root, then each command in the given order. */
  static CommandLine create(Object root, ImmutableList<Function<Console, Callable<Integer>>> commands,
      Console console) {
    CommandLine cli = new CommandLine(root);
    for (Function<Console, Callable<Integer>> command : commands) {
      cli.addSubcommand(command.apply(console));
    }
    cli.registerConverter(LocalDate.class, new DateConverter(console.language()));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setUsageHelpWidth(WIDTH);
    cli.setOut(writer(console.out()));
    cli.setErr(writer(console.err()));
    if (console.language() == Language.VI) {
      cli.setResourceBundle(vietnamese());
    }
    exitCodes(cli, console);
    cli.setParameterExceptionHandler((e, args) -> usageError(e, console));
    cli.setExecutionExceptionHandler((e, line, parsed) -> failure(e, console));
    return cli;
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /** The Vietnamese help text: {@code HelpVi.properties}, UTF-8. */
  private static ResourceBundle vietnamese() {
    try (InputStream in = Cli.class.getResourceAsStream("HelpVi.properties")) {
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every command's help ends with what its exit status means. */
  private static void exitCodes(CommandLine cli, Console console) {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(ExitStatus.VALID + "", console.t("hợp lệ: không có phát hiện mức lỗi (cảnh báo, ghi chú không tính)",
        "valid: no finding of error severity (warnings and info do not count)"));
    codes.put(ExitStatus.FINDINGS + "", console.t("có phát hiện mức lỗi (cả cảnh báo, với --fail-on-warning)",
        "findings of error severity (warnings too, with --fail-on-warning)"));
    codes.put(ExitStatus.INPUT_ERROR + "", console.t("lỗi dòng lệnh hoặc tệp đầu vào không dùng được",
        "a usage error, or an input file that cannot be used"));
    for (CommandLine command : ImmutableList.<CommandLine>builder().add(cli).addAll(cli.getSubcommands().values())
        .build()) {
      command.getCommandSpec().usageMessage().exitCodeListHeading(console.t("%nMã thoát:%n", "%nExit status:%n"))
          .exitCodeList(codes);
    }
  }

  private static int usageError(ParameterException e, Console console) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(message(e, console));
    err.println(console.t("Xem trợ giúp: ", "See the help: ")
        + command.getCommandSpec().qualifiedName() + " --help");
    err.flush();
    return ExitStatus.INPUT_ERROR;
  }

  /** A usage error in the reader's language, with a suggestion for a mistyped option or command. */
  private static String message(ParameterException e, Console console) {
    if (e instanceof UnmatchedArgumentException) {
      UnmatchedArgumentException unmatched = (UnmatchedArgumentException) e;
      String args = String.join(" ", unmatched.getUnmatched());
      String text = console.t("Không hiểu tham số: ", "Unknown argument: ") + args;
      if (!unmatched.getSuggestions().isEmpty()) {
        text += console.t(". Có phải ý bạn là: ", ". Did you mean: ")
            + String.join(console.t(" hoặc ", " or "), unmatched.getSuggestions()) + "?";
      }
      return text;
    }
    if (e instanceof CommandLine.MissingParameterException) {
      List<CommandLine.Model.ArgSpec> missing = ((CommandLine.MissingParameterException) e).getMissing();
      if (!missing.isEmpty() && missing.get(0).isOption()) {
        return console.t("Thiếu giá trị cho ", "A value is needed for ") + name(missing.get(0));
      }
      return console.t("Thiếu: ", "Missing: ") + missing.stream().map(Cli::name).collect(Collectors.joining(", "));
    }
    if (e.getCause() instanceof CommandLine.TypeConversionException && e.getArgSpec() != null) {
      return name(e.getArgSpec()) + ": " + e.getCause().getMessage();
    }
    return e.getMessage();
  }

  private static String name(CommandLine.Model.ArgSpec arg) {
    return arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
  }

  private static int failure(Exception e, Console console) {
    if (e instanceof InputException) {
      console.err().println(console.t("Lỗi: ", "Error: ") + ((InputException) e).message(console.language()));
      return ExitStatus.INPUT_ERROR;
    }
    console.err().println(console.t("Lỗi không lường trước (xin báo lỗi này): ",
        "Unexpected error (please report it): ") + e);
    e.printStackTrace(console.err());
    return ExitStatus.INPUT_ERROR;
  }

  /** Reads {@code --lang}: {@code vi} or {@code en}. */
  static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      try {
        return Language.fromTag(value.strip());
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code --version}: the version the jar was built as, from {@code version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Cli.class.getResourceAsStream("/vn/danso/examples/version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"danso " + properties.getProperty("version", "(unknown version)")
          + " — Java " + Runtime.version()};
    }
  }
}
