package vn.danso.examples;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import vn.danso.data.DataRuleSet;
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
    byte[] bytes = InputFiles.read(file);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InputException(file + " không phải văn bản UTF-8: hãy lưu tệp quy tắc dạng UTF-8",
          file + " is not UTF-8 text: save the rule file as UTF-8");
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);  // a byte-order mark some editors write
    }
    return RuleFile.read(text, catalogue);
  }

  /**
   * Returns the built-in rules followed by a file's rules.
   *
   * @param file the rules read
   * @param catalogue the catalogue
   * @return the rule set
   */
  static DataRuleSet besideBuiltIn(RuleFile file, IndicatorCatalogue catalogue) {
    return DataRuleSet.builder().addAll(DataRuleSet.builtIn(catalogue)).addAll(file.rules()).build();
  }
}
