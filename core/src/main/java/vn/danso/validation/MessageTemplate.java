package vn.danso.validation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import vn.danso.text.Language;

/**
 * A message template: text with named placeholders such as {@code {code}}; {@code {{} and {@code }}} stand for
 * literal braces. Parsed once per rule; rendering formats each argument for the language ({@link ValueFormat}).
 */
final class MessageTemplate {
  private final ImmutableList<String> literals;
  private final ImmutableList<String> names;
  private final ImmutableSet<String> placeholders;

  private MessageTemplate(ImmutableList<String> literals, ImmutableList<String> names) {
    this.literals = literals;
    this.names = names;
    this.placeholders = ImmutableSet.copyOf(names);
  }

  /**
   * Parses a template.
   *
   * @throws IllegalArgumentException naming the index of the first malformed brace
   */
  static MessageTemplate parse(String template) {
    ImmutableList.Builder<String> literals = ImmutableList.builder();
    ImmutableList.Builder<String> names = ImmutableList.builder();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
        literal.append('{');
        i += 2;
      } else if (c == '}' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
        literal.append('}');
        i += 2;
      } else if (c == '{') {
        int end = template.indexOf('}', i);
        checkArgument(end > i, "unclosed '{' at index %s of message template \"%s\"", i, template);
        String name = template.substring(i + 1, end);
        checkArgument(
            isName(name),
            "placeholder \"{%s}\" at index %s of message template \"%s\" is not a name of letters and digits",
            name,
            i,
            template);
        literals.add(literal.toString());
        literal.setLength(0);
        names.add(name);
        i = end + 1;
      } else {
        checkArgument(c != '}', "unmatched '}' at index %s of message template \"%s\": write }} for a brace", i, template);
        literal.append(c);
        i++;
      }
    }
    literals.add(literal.toString());
    return new MessageTemplate(literals.build(), names.build());
  }

  ImmutableSet<String> placeholders() {
    return placeholders;
  }

  String render(Map<String, ?> arguments, Language language) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      out.append(literals.get(i));
      Object value = arguments.get(names.get(i));
      out.append(value == null ? "{" + names.get(i) + "}" : ValueFormat.format(value, language));
    }
    return out.append(literals.get(names.size())).toString();
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
