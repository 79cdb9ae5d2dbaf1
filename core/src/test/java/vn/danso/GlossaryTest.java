package vn.danso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/glossary.md names the type of every domain concept: each type it names must exist. */
class GlossaryTest {
  private static final Pattern TYPE_CELL = Pattern.compile("\\|\\s*`([a-z]+\\.[A-Z][A-Za-z0-9]*)`\\s*\\|\\s*$");

  @Test
  void everyTypeTheGlossaryNamesExists() throws IOException {
    Path file = Path.of(System.getProperty("danso.docs.dir", "../docs"), "glossary.md");
    List<String> types = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      Matcher m = TYPE_CELL.matcher(line);
      if (!m.find()) {
        continue;
      }
      types.add(m.group(1));
      try {
        Class.forName("vn.danso." + m.group(1), false, GlossaryTest.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        missing.add(m.group(1));
      }
    }
    assertThat(types).as("types named in %s", file).hasSizeGreaterThan(50);
    assertThat(missing).as("types named in docs/glossary.md that do not exist: rename them there too").isEmpty();
  }
}
