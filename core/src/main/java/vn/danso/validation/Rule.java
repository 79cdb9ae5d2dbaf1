package vn.danso.validation;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;
import vn.danso.text.Language;
import vn.danso.text.LocalizedText;

/**
 * A validation rule (quy tắc kiểm tra): its stable {@linkplain RuleId id}, its default severity, what it checks and
 * the message each of its findings carries, in Vietnamese and English.
 *
 * <p>Messages are templates with named placeholders: {@code "Báo cáo {period} của {unit} gửi ngày {actual}"}. Every
 * finding of the rule must supply each placeholder used, either as an argument or as one of the built-in names
 * {@code expected}, {@code actual} and {@code subject}. Both languages must use the same placeholders. A count takes its
 * noun in the placeholder, {@code {count:time|times}} in English ("1 time", "2 times", "12,345 times": the singular
 * for one, digits grouped), {@code {count:lần}} in Vietnamese, where the noun does not change.
 *
 * <pre>{@code
 * Rule reportLate = Rule.builder()     // an integrator's own rule, in its own id group; keep it in a constant
 *     .id("myapp.report-late")
 *     .severity(Severity.WARNING)
 *     .title("Báo cáo gửi muộn", "Report sent late")
 *     .message("Báo cáo {period} của {unit} gửi ngày {actual}, sau hạn {expected}",
 *              "Report {period} of {unit} sent on {actual}, after the deadline {expected}")
 *     .build();
 * Finding late = reportLate.finding(Subject.of("unit", "909").child("period", "2023"))
 *     .arg("period", "2023").arg("unit", "Huyện An Minh")
 *     .expected(LocalDate.of(2024, 1, 15)).actual(LocalDate.of(2024, 2, 1))
 *     .build();
 * late.message(Language.EN);   // "Report 2023 of Huyện An Minh sent on 2024-02-01, after the deadline 2024-01-15"
 * }</pre>
 *
 * <p>Rules are immutable and compare by value. Each package of the library lists its rules in one class; all of them
 * are gathered in the catalogue documented in {@code docs/rules.md}.
 */
@Value.Immutable
@DansoStyle
public abstract class Rule {
  Rule() {}

  /**
   * Returns the rule's stable id.
   *
   * @return the id
   */
  public abstract RuleId id();

  /**
   * Returns the severity of the rule's findings unless a finding says otherwise.
   *
   * @return the default severity
   */
  public abstract Severity severity();

  /**
   * Returns what the rule checks, in a short phrase per language, for catalogues and documentation.
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * Returns the message template of the rule's findings, per language.
   *
   * @return the message template
   */
  public abstract LocalizedText message();

  /**
   * Returns the legal or official source of the rule, where there is one, e.g.
   * {@code "NĐ 30/2020/NĐ-CP, Phụ lục I"}.
   *
   * @return the source, or empty
   */
  public abstract Optional<String> source();

  /**
   * Returns the placeholder names the message template uses.
   *
   * @return the names, in order of first use in the Vietnamese template
   */
  public ImmutableSet<String> placeholders() {
    return templateVi().placeholders();
  }

  /** The Vietnamese template, parsed once when the rule is built. */
  @Value.Derived
  @Value.Auxiliary
  MessageTemplate templateVi() {
    return parseTemplate(message().vi());
  }

  /** The English template, parsed once when the rule is built. */
  @Value.Derived
  @Value.Auxiliary
  MessageTemplate templateEn() {
    return parseTemplate(message().en());
  }

  MessageTemplate template(Language language) {
    return language == Language.VI ? templateVi() : templateEn();
  }

  private MessageTemplate parseTemplate(String template) {
    try {
      return MessageTemplate.parse(template);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("rule " + id() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Starts a finding of this rule about the given subject.
   *
   * @param subject what the finding is about
   * @return a builder for the finding
   */
  public Finding.Builder finding(Subject subject) {
    return new Finding.Builder(this, subject);
  }

  @Value.Check
  void check() {
    ImmutableSet<String> vi = templateVi().placeholders();
    ImmutableSet<String> en = templateEn().placeholders();
    checkState(
        vi.equals(en),
        "rule %s: the Vietnamese message uses placeholders %s but the English one uses %s; use the same names",
        id(),
        vi,
        en);
    checkState(
        source().isEmpty() || !source().get().isBlank(), "rule %s: source is blank; omit it instead", id());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of rules
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Rule}; id, severity, title and message are required. Not thread-safe. */
  public static final class Builder extends ImmutableRule.Builder {
    Builder() {}

    /**
     * Sets the id from its text.
     *
     * @param id the id, e.g. {@code "hierarchy.cycle"}
     * @return this builder
     */
    public Builder id(String id) {
      return id(RuleId.of(id));
    }

    /**
     * Sets the title.
     *
     * @param vi what the rule checks, in Vietnamese
     * @param en what the rule checks, in English
     * @return this builder
     */
    public Builder title(String vi, String en) {
      return title(LocalizedText.of(vi, en));
    }

    /**
     * Sets the message template.
     *
     * @param vi the Vietnamese template
     * @param en the English template
     * @return this builder
     */
    public Builder message(String vi, String en) {
      return message(LocalizedText.of(vi, en));
    }
  }
}
