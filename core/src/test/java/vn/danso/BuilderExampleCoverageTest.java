package vn.danso;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public builder of the core has an example in its Javadoc ({@code <pre>{@code …}</pre>} that calls the
 * builder), and every such example runs, line for line, in a test class named {@code …ExamplesTest}, so that an
 * example cannot drift from the library: a change to the Javadoc that the test does not repeat fails here, and a change
 * to the API that breaks the example no longer compiles.
 *
 * <p>An example calls the builder's factory ({@code X.builder()}, {@code Submission.builder(unit, period)}), or the
 * method that gives the builder: {@code form.sheet(…)} for a {@code FormSheet}, {@code rule.finding(…)} for a
 * {@code Finding}.
 */
class BuilderExampleCoverageTest {
  private static final Pattern PUBLIC_BUILDER = Pattern.compile("^  public static final class Builder\\b",
      Pattern.MULTILINE);
  private static final Pattern EXAMPLE = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\* }</pre>", Pattern.DOTALL);
  private static final Pattern JAVADOC_MARGIN = Pattern.compile("(?m)^\\s*\\* ?");

  private static Path moduleDir() {
    return Path.of(System.getProperty("basedir", "."));
  }

  /** The code of the examples in a source file that call a builder, with the Javadoc margin removed. */
  static List<String> builderExamples(String source) {
    List<String> examples = new ArrayList<>();
    Matcher m = EXAMPLE.matcher(source);
    while (m.find()) {
      String code = JAVADOC_MARGIN.matcher(m.group(1)).replaceAll("")
          .replace("&lt;", "<").replace("&gt;", ">").replace("&#64;", "@").replace("&amp;", "&");
      if (code.contains("uilder(") || code.contains(".sheet(") || code.contains(".finding(")) {
        examples.add(code);
      }
    }
    return examples;
  }

  /** Text with every run of white space made one space, so that indentation may differ. */
  static String squeeze(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted()
          .collect(ImmutableList.toImmutableList());
    }
  }

  @Test
  void everyPublicBuilderHasAnExampleThatATestRuns() throws IOException {
    Path main = moduleDir().resolve("src/main/java");
    Path test = moduleDir().resolve("src/test/java");
    StringBuilder tests = new StringBuilder();
    for (Path file : files(test, "ExamplesTest.java")) {
      tests.append(squeeze(read(file))).append('\n');
    }
    List<String> publicBuilders = new ArrayList<>();
    List<String> untested = new ArrayList<>();
    for (Path file : files(main, ".java")) {
      String source = read(file);
      if (!PUBLIC_BUILDER.matcher(source).find() || !source.contains("\npublic ")) {
        continue;
      }
      String name = main.relativize(file).toString().replace('\\', '/');
      publicBuilders.add(name);
      List<String> examples = builderExamples(source);
      if (examples.isEmpty() || examples.stream().anyMatch(e -> tests.indexOf(squeeze(e)) < 0)) {
        untested.add(name);
      }
    }
    assertThat(publicBuilders).as("public builders found").hasSizeGreaterThan(50);
    assertThat(untested)
        .as("builders whose Javadoc has no example calling them, or one that no …ExamplesTest runs as written")
        .isEmpty();
  }

  @Test
  void anExampleIsReadWithoutItsJavadocMargin() {
    String source = "  /**\n   * Builds.\n   *\n   * <pre>{@code\n   * X x = X.builder()\n   *     .a(1)\n"
        + "   *     .build();\n   * }</pre>\n   */\n";
    assertThat(builderExamples(source)).containsExactly("X x = X.builder()\n    .a(1)\n    .build();");
    assertThat(builderExamples(source.replace("builder()", "of(1)"))).isEmpty();
  }
}
