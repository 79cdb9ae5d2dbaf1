package vn.danso.examples;

import java.nio.file.Path;
import vn.danso.data.DataCheckSet;
import vn.danso.data.RuleFile;
import vn.danso.indicator.IndicatorCatalogue;

/**
 * The rules a {@code validate --rules FILE} run checks with: the built-in rules of the catalogue, and after them the
 * rules of a rule file in the rule language (UTF-8), whose mistakes are reported with their lines and columns.
 */
final class RulesOption {
  private RulesOption() {}

  /**
   * Reads a rule file.
   *
   * @param file the file, UTF-8
   * @param catalogue the catalogue the rules' figures are checked against
   * @return the rules read and the problems of those that could not be
   * @throws InputException if the file is missing, a directory, unreadable or not UTF-8
   */
  static RuleFile read(Path file, IndicatorCatalogue catalogue) {
    return RuleFile.read(InputFiles.text(file, "tệp quy tắc", "rule file"), catalogue);
  }

  /**
   * Returns the built-in rules followed by a file's rules.
   *
   * @param file the rules read
   * @param catalogue the catalogue
   * @return the rule set
   */
  static DataCheckSet besideBuiltIn(RuleFile file, IndicatorCatalogue catalogue) {
    return DataCheckSet.builder().addAll(DataCheckSet.builtIn(catalogue)).addAll(file.checks()).build();
  }
}
