package vn.danso;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.text.CountedNoun;
import vn.danso.text.Language;
import vn.danso.validation.Finding;
import vn.danso.validation.Rule;
import vn.danso.validation.Subject;

/**
 * Every rule's English message reads as English: a count takes the singular for one and the plural otherwise ("1
 * time", "2 times"), its digits grouped ("12,345 times"); no Vietnamese word; one date style (ISO, as
 * {@code 2024-02-01}). Each template is rendered with every placeholder set to 1, then 2, then 12345.
 *
 * <p>The Vietnamese message of every rule is rendered with its counts (the placeholders the English template writes
 * with a noun) set to 1, 2 and 12345: each count is written with its noun, {@code {count:lần}}, so that its digits
 * are grouped with dots ("12.345 lần"), and the noun is not written twice.
 */
class EnglishMessagesTest {
  /** Count nouns, singular and plural: a number in a message is often followed by one of them. */
  private static final ImmutableSet<CountedNoun> NOUNS = ImmutableSet.of(
      noun("unit", "units"), noun("time", "times"), noun("document", "documents"), noun("commune", "communes"),
      noun("collaborator", "collaborators"), noun("part", "parts"), noun("day", "days"),
      noun("working day", "working days"), noun("finding", "findings"), noun("row", "rows"),
      noun("value", "values"), noun("figure", "figures"), noun("year", "years"), noun("member", "members"),
      noun("name", "names"), noun("other name", "other names"), noun("error", "errors"),
      noun("warning", "warnings"), noun("peer", "peers"), noun("comparable unit", "comparable units"),
      noun("village", "villages"), noun("province", "provinces"), noun("district", "districts"),
      noun("link", "links"), noun("event", "events"), noun("character", "characters"), noun("digit", "digits"),
      noun("level", "levels"), noun("line", "lines"), noun("column", "columns"), noun("child", "children"));

  /**
   * Placeholders followed by a word that could be a count noun but that are not counts, by rule id and placeholder:
   * a period's code before "report" ("the 2024 report"), a day before the verb "names", a language before "name".
   * They are rendered as a word.
   */
  private static final ImmutableSet<String> NOT_COUNTS = ImmutableSet.of(
      "reporting.timeliness.late {period}", "reporting.timeliness.overdue {period}",
      "reporting.timeliness.not-judged {period}", "hierarchy.event-unknown-unit {date}",
      "indicator.name-missing {language}");

  private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\{)\\{([A-Za-z][A-Za-z0-9]*)(:[^}]*)?}");
  private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b");

  private static CountedNoun noun(String singular, String plural) {
    return CountedNoun.of("-", singular, plural);
  }

  static Stream<Rule> rules() {
    return DansoRules.catalogue().rules().stream();
  }

  /** The names of the placeholders of the English template, in order, without duplicates. */
  private static Set<String> placeholders(Rule rule) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(rule.message().en());
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The English message with every placeholder, expected and actual included, set to one value. */
  private static String render(Rule rule, Object sample) {
    Finding.Builder finding = rule.finding(Subject.of("unit", "909"));
    for (String name : placeholders(rule)) {
      Object value = NOT_COUNTS.contains(rule.id().value() + " {" + name + "}") ? "P" : sample;
      switch (name) {
        case "expected" -> finding.expected(value);
        case "actual" -> finding.actual(value);
        case "subject" -> { }
        default -> finding.arg(name, value);
      }
    }
    return finding.build().message(Language.EN);
  }

  private static List<String> countProblems(String rendered, long n) {
    List<String> problems = new ArrayList<>();
    String number = CountedNoun.groupDigits(n, Language.EN);
    for (CountedNoun noun : NOUNS) {
      String wrong = number + " " + (n == 1 ? noun.plural() : noun.singular());
      int at = rendered.indexOf(wrong);
      while (at >= 0) {
        boolean wordEnds = at + wrong.length() == rendered.length()
            || !Character.isLetter(rendered.charAt(at + wrong.length()));
        boolean wordStarts = at == 0 || !Character.isLetterOrDigit(rendered.charAt(at - 1));
        if (wordStarts && wordEnds) {
          problems.add("\"" + wrong + "\" in \"" + rendered + "\"");
        }
        at = rendered.indexOf(wrong, at + 1);
      }
    }
    if (n > 9999) {
      Matcher ungrouped = Pattern.compile("\\b" + n + " (\\p{L}+)").matcher(rendered);
      while (ungrouped.find()) {
        String word = ungrouped.group(1);
        if (NOUNS.stream().anyMatch(c -> c.plural().startsWith(word) || c.singular().startsWith(word))) {
          problems.add("a count without grouped digits in \"" + rendered + "\"");
        }
      }
    }
    return problems;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void countsTakeTheSingularForOneAndThePluralOtherwise(Rule rule) {
    List<String> problems = new ArrayList<>();
    problems.addAll(countProblems(render(rule, 1), 1));
    problems.addAll(countProblems(render(rule, 2), 2));
    problems.addAll(countProblems(render(rule, 12345), 12345));
    assertThat(problems).as("write a count as {name:singular|plural} in the English template of %s", rule.id())
        .isEmpty();
  }

  /** The placeholders the English template writes as counts, {@code {count:time|times}}, with nothing after. */
  private static Set<String> counts(String template) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      if (m.group(2) != null) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void vietnameseCountsGroupTheirDigitsAndWriteTheirNounOnce(Rule rule) {
    Set<String> counts = counts(rule.message().en());
    assertThat(counts(rule.message().vi()))
        .as("a count of the English template of %s is a count in Vietnamese too, {count:lần}: %s", rule.id(),
            rule.message().vi())
        .containsAll(counts);
    Matcher m = PLACEHOLDER.matcher(rule.message().vi());
    List<String> nouns = new ArrayList<>();
    while (m.find()) {
      if (m.group(2) != null) {
        nouns.add(m.group(2).substring(1));
      }
    }
    for (long n : new long[] {1, 2, 12345}) {
      Finding.Builder finding = rule.finding(Subject.of("unit", "909"));
      for (String name : placeholders(rule)) {
        Object value = counts.contains(name) ? (Object) n : "P";
        switch (name) {
          case "expected" -> finding.expected(value);
          case "actual" -> finding.actual(value);
          case "subject" -> { }
          default -> finding.arg(name, value);
        }
      }
      String rendered = finding.build().message(Language.VI);
      String grouped = CountedNoun.groupDigits(n, Language.VI);
      assertThat(rendered).as("%s counts %s", rule.id(), n).doesNotContain("12345");
      for (String noun : nouns) {
        assertThat(rendered).as("%s counts %s", rule.id(), n).contains(grouped + " " + noun)
            .doesNotContain(noun + " " + noun);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void englishTextHasNoVietnameseWordAndOneDateStyle(Rule rule) {
    for (String text : List.of(rule.message().en(), rule.title().en())) {
      String literal = PLACEHOLDER.matcher(text).replaceAll(" ");
      StringBuilder vietnamese = new StringBuilder();
      literal.codePoints().filter(EnglishMessagesTest::isVietnameseLetter).forEach(vietnamese::appendCodePoint);
      assertThat(vietnamese.toString()).as("Vietnamese letters in the English text of %s: %s", rule.id(), text)
          .isEmpty();
      assertThat(NUMERIC_DATE.matcher(literal).find())
          .as("a day written d/m/y in the English text of %s (English messages write 2024-02-01): %s", rule.id(),
              text)
          .isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void aDayInAnEnglishMessageIsWrittenTheIsoWay(Rule rule) {
    String rendered = render(rule, LocalDate.of(2024, 2, 1));
    assertThat(NUMERIC_DATE.matcher(rendered).find()).as("%s: %s", rule.id(), rendered).isFalse();
    if (!placeholders(rule).isEmpty()) {
      assertThat(rendered).as("%s: %s", rule.id(), rendered).contains("2024-02-01");
    }
  }

  /** A letter of Vietnamese that English does not write: đ, or a letter with a diacritic (â, ơ, ư, tone marks). */
  private static boolean isVietnameseLetter(int codePoint) {
    if (codePoint == 'đ' || codePoint == 'Đ') {
      return true;
    }
    if (!Character.isLetter(codePoint) || codePoint < 0x80) {
      return false;
    }
    String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFD);
    return decomposed.codePoints().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK);
  }
}
