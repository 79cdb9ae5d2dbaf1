package vn.danso.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.danso.text.Language;

/**
 * One thing a validator found (phát hiện): which {@linkplain Rule rule}, how serious, about what
 * {@linkplain Subject subject}, what was expected and what was there, and a message in Vietnamese and English.
 *
 * <p>Findings are made by a rule: {@code rule.finding(subject).arg("code", "9091").expected("3 chữ số").build()}.
 * The message is rendered on demand from the rule's template and the finding's arguments; numbers and dates are
 * written the way each language writes them ({@code 100,6} and {@code 25/10/2017} in Vietnamese). Arguments,
 * expected and actual values are immutable values: text, numbers, {@code java.time} dates, enums, or anything
 * {@link vn.danso.text.Localized}.
 *
 * <p>Immutable and thread-safe; equal when rule id, severity, subject, expected, actual and arguments are equal.
 */
public final class Finding {
  private final Rule rule;
  private final Severity severity;
  private final Subject subject;
  private final Object expected;
  private final Object actual;
  private final ImmutableMap<String, Object> arguments;

  private Finding(Builder builder) {
    this.rule = builder.rule;
    this.severity = builder.severity;
    this.subject = builder.subject;
    this.expected = builder.expected;
    this.actual = builder.actual;
    this.arguments = ImmutableMap.copyOf(builder.arguments);
  }

  /**
   * Returns the rule that produced this finding.
   *
   * @return the rule
   */
  public Rule rule() {
    return rule;
  }

  /**
   * Returns the id of the rule that produced this finding.
   *
   * @return the rule id
   */
  public RuleId ruleId() {
    return rule.id();
  }

  /**
   * Returns how serious this finding is: the rule's severity unless the finding was given its own.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns what this finding is about.
   *
   * @return the subject
   */
  public Subject subject() {
    return subject;
  }

  /**
   * Returns the expected value, where one means something.
   *
   * @return the expected value, or empty
   */
  public Optional<Object> expected() {
    return Optional.ofNullable(expected);
  }

  /**
   * Returns the value that was found, where one means something.
   *
   * @return the actual value, or empty
   */
  public Optional<Object> actual() {
    return Optional.ofNullable(actual);
  }

  /**
   * Returns the expected value written for people in the given language.
   *
   * @param language the language
   * @return the expected value as text, or empty
   */
  public Optional<String> expectedText(Language language) {
    return expected().isPresent()
        ? Optional.ofNullable(ValueFormat.format(expected().get(), language)) : Optional.empty();
  }

  /**
   * Returns the actual value written for people in the given language.
   *
   * @param language the language
   * @return the actual value as text, or empty
   */
  public Optional<String> actualText(Language language) {
    return actual().isPresent()
        ? Optional.ofNullable(ValueFormat.format(actual().get(), language)) : Optional.empty();
  }

  /**
   * Returns the named arguments of the message, in the order they were given.
   *
   * @return the arguments
   */
  public ImmutableMap<String, Object> arguments() {
    return arguments;
  }

  /**
   * Returns the message in the given language.
   *
   * @param language the language
   * @return the rendered message
   */
  public String message(Language language) {
    checkNotNull(language, "language is null");
    Map<String, Object> all = new LinkedHashMap<>(arguments);
    if (expected != null) {
      all.put("expected", expected);
    }
    if (actual != null) {
      all.put("actual", actual);
    }
    all.put("subject", subject);
    return rule.template(language).render(all, language);
  }

  /**
   * Returns the message in Vietnamese.
   *
   * @return the rendered Vietnamese message
   */
  public String message() {
    return message(Language.VI);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding that = (Finding) o;
    return rule.id().equals(that.rule.id())
        && severity == that.severity
        && subject.equals(that.subject)
        && Objects.equals(expected, that.expected)
        && Objects.equals(actual, that.actual)
        && arguments.equals(that.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule.id(), severity, subject, expected, actual, arguments);
  }

  /** Returns {@code severity rule-id @ subject: message}, the message in Vietnamese. */
  @Override
  public String toString() {
    return severity + " " + rule.id() + " @ " + subject + ": " + message(Language.VI);
  }

  /**
   * Builds a {@link Finding}; obtained from {@link Rule#finding(Subject)}. Not thread-safe; {@link #build()} may be
   * called more than once.
   *
   * <p>For example, with the rule {@code reportLate} of {@link Rule}:
   *
   * <pre>{@code
   * Finding late = reportLate.finding(Subject.of("unit", "909").child("period", "2023"))
   *     .arg("period", "2023").arg("unit", "Huyện An Minh")
   *     .expected(LocalDate.of(2024, 1, 15)).actual(LocalDate.of(2024, 2, 1))
   *     .severity(Severity.ERROR)     // above the rule's default, for this finding only
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final Rule rule;
    private final Subject subject;
    private Severity severity;
    private Object expected;
    private Object actual;
    private final Map<String, Object> arguments = new LinkedHashMap<>();

    Builder(Rule rule, Subject subject) {
      this.rule = checkNotNull(rule, "rule is null");
      this.subject = checkNotNull(subject, "subject is null: use Subject.root() for the whole input");
      this.severity = rule.severity();
    }

    /**
     * Overrides the rule's default severity for this finding.
     *
     * @param severity the severity
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = checkNotNull(severity, "severity is null");
      return this;
    }

    /**
     * Sets the expected value; available to the message as {@code {expected}}.
     *
     * @param expected the expected value: text, a number, a date, an enum or a localized value
     * @return this builder
     */
    public Builder expected(Object expected) {
      this.expected = checkValue("expected", expected);
      return this;
    }

    /**
     * Sets the value that was found; available to the message as {@code {actual}}.
     *
     * @param actual the actual value: text, a number, a date, an enum or a localized value
     * @return this builder
     */
    public Builder actual(Object actual) {
      this.actual = checkValue("actual", actual);
      return this;
    }

    /**
     * Adds a named argument of the message.
     *
     * @param name the placeholder name
     * @param value the value: text, a number, a date, an enum or a localized value
     * @return this builder
     * @throws IllegalArgumentException if the name is reserved or the value's type is not supported
     */
    public Builder arg(String name, Object value) {
      checkNotNull(name, "argument name is null");
      checkArgument(
          !name.equals("expected") && !name.equals("actual") && !name.equals("subject"),
          "argument name \"%s\" is reserved: use expected(…), actual(…), or the finding's subject",
          name);
      arguments.put(name, checkValue(name, value));
      return this;
    }

    /**
     * Returns the finding.
     *
     * @return the finding
     * @throws IllegalStateException if the rule's message uses a placeholder that was not given
     */
    public Finding build() {
      Set<String> needed = rule.placeholders();
      for (String name : needed) {
        boolean given =
            arguments.containsKey(name)
                || name.equals("subject")
                || (name.equals("expected") && expected != null)
                || (name.equals("actual") && actual != null);
        checkState(
            given,
            "finding of rule %s lacks the message argument {%s}: pass it with %s",
            rule.id(),
            name,
            name.equals("expected") || name.equals("actual") ? name + "(…)" : "arg(\"" + name + "\", …)");
      }
      return new Finding(this);
    }

    private static Object checkValue(String name, Object value) {
      checkNotNull(value, "value of %s is null: leave it out instead", name);
      checkArgument(
          ValueFormat.isSupported(value),
          "value of %s has type %s: pass text, a number, a java.time date, an enum or a Localized value",
          name,
          value.getClass().getName());
      return value;
    }
  }
}
