package vn.danso.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.danso.DansoRules;

/**
 * docs/rules.md is the rule catalogue users read; it must equal what the code says. Run the build with
 * {@code -Ddanso.docs.update=true} to rewrite it after changing a rule.
 */
class RuleCatalogueDocTest {
  @Test
  void docsRulesMdMatchesTheCatalogue() throws IOException {
    String dir = System.getProperty("danso.docs.dir", "../docs");
    Path file = Path.of(dir, "rules.md");
    String expected = DansoRules.catalogue().toMarkdown();
    if (Boolean.getBoolean("danso.docs.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertThat(file).as("docs/rules.md exists; run mvn verify -Ddanso.docs.update=true to write it").exists();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("docs/rules.md differs from the rule catalogue: run mvn verify -Ddanso.docs.update=true")
        .isEqualTo(expected);
  }

  @Test
  void everyRuleHasBothLanguagesAndAUniqueId() {
    for (Rule rule : DansoRules.catalogue().rules()) {
      assertThat(rule.title().vi()).isNotBlank();
      assertThat(rule.title().en()).isNotBlank();
      assertThat(rule.message().vi()).isNotBlank();
      assertThat(rule.message().en()).isNotBlank();
    }
  }
}
