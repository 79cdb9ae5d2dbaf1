package vn.danso.validation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import vn.danso.text.CountedNoun;
import vn.danso.text.Language;

/**
 * A message template: text with named placeholders such as {@code {code}}; {@code {{} and {@code }}} stand for
 * literal braces. Parsed once per rule; rendering formats each argument for the language ({@link ValueFormat}).
 *
 * <p>A count takes its noun in the placeholder, {@code {count:time|times}} (singular and plural) or
 * {@code {count:lần}} (one form, for a language whose nouns do not change with the number): it renders as the count
 * with its digits grouped and the noun in the form the count takes ("1 time", "2 times", "10,599 times"; see
 * {@link CountedNoun}). A value that is not a whole number takes the plural.
 */
final class MessageTemplate {
  private final ImmutableList<String> literals;
  private final ImmutableList<String> names;
  /** Per placeholder, its noun's singular and plural, or an empty list when it has none. */
  private final ImmutableList<ImmutableList<String>> nouns;
  private final ImmutableSet<String> placeholders;

  private MessageTemplate(ImmutableList<String> literals, ImmutableList<String> names,
      ImmutableList<ImmutableList<String>> nouns) {
    this.literals = literals;
    this.names = names;
    this.nouns = nouns;
    this.placeholders = ImmutableSet.copyOf(names);
  }

  /** The forms of a placeholder's noun, split at each '|': "time|times" gives "time" and "times". */
  private static ImmutableList<String> splitForms(String forms) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    int start = 0;
    for (int bar = forms.indexOf('|'); bar >= 0; bar = forms.indexOf('|', start)) {
      out.add(forms.substring(start, bar));
      start = bar + 1;
    }
    return out.add(forms.substring(start)).build();
  }

  /**
   * Parses a template.
   *
   * @throws IllegalArgumentException naming the index of the first malformed brace
   */
  static MessageTemplate parse(String template) {
    ImmutableList.Builder<String> literals = ImmutableList.builder();
    ImmutableList.Builder<String> names = ImmutableList.builder();
    ImmutableList.Builder<ImmutableList<String>> nouns = ImmutableList.builder();
    StringBuilder literal = new StringBuilder();
    char[] chars = template.toCharArray();
    int i = 0;
    while (i < chars.length) {
      char c = chars[i];
      if (c == '{' && i + 1 < chars.length && chars[i + 1] == '{') {
        literal.append('{');
        i += 2;
      } else if (c == '}' && i + 1 < chars.length && chars[i + 1] == '}') {
        literal.append('}');
        i += 2;
      } else if (c == '{') {
        int end = template.indexOf('}', i);
        checkArgument(end > i, "unclosed '{' at index %s of message template \"%s\"", i, template);
        String name = template.substring(i + 1, end);
        ImmutableList<String> noun = ImmutableList.of();
        int colon = name.indexOf(':');
        if (colon >= 0) {
          noun = splitForms(name.substring(colon + 1));
          name = name.substring(0, colon);
          checkArgument(noun.size() <= 2 && !noun.get(0).isBlank() && !noun.get(noun.size() - 1).isBlank(),
              "the noun of placeholder \"{%s}\" at index %s of message template \"%s\" is not one form or "
                  + "singular|plural, e.g. {count:time|times}", name, i, template);
          if (noun.size() == 1) {
            noun = ImmutableList.of(noun.get(0), noun.get(0));
          }
        }
        checkArgument(
            isName(name),
            "placeholder \"{%s}\" at index %s of message template \"%s\" is not a name of letters and digits",
            name,
            i,
            template);
        literals.add(literal.toString());
        literal.setLength(0);
        names.add(name);
        nouns.add(noun);
        i = end + 1;
      } else {
        checkArgument(c != '}', "unmatched '}' at index %s of message template \"%s\": write }} for a brace", i, template);
        int next = i + 1;
        while (next < chars.length && chars[next] != '{' && chars[next] != '}') {
          next++;
        }
        literal.append(chars, i, next - i);
        i = next;
      }
    }
    literals.add(literal.toString());
    return new MessageTemplate(literals.build(), names.build(), nouns.build());
  }

  ImmutableSet<String> placeholders() {
    return placeholders;
  }

  String render(Map<String, ?> arguments, Language language) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      out.append(literals.get(i));
      Object value = arguments.get(names.get(i));
      ImmutableList<String> noun = nouns.get(i);
      if (value == null) {
        out.append('{').append(names.get(i)).append('}');
      } else if (noun.isEmpty()) {
        out.append(ValueFormat.format(value, language));
      } else if (isWhole(value)) {
        long count = ((Number) value).longValue();
        out.append(CountedNoun.groupDigits(count, language)).append(' ').append(noun.get(count == 1 ? 0 : 1));
      } else {
        out.append(ValueFormat.format(value, language)).append(' ').append(noun.get(1));
      }
    }
    return out.append(literals.get(names.size())).toString();
  }

  private static boolean isWhole(Object value) {
    return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte;
  }

  private static boolean isName(String name) {
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (!Character.isLetterOrDigit(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
