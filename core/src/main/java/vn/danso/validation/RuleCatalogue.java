package vn.danso.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A set of rules by id (danh mục quy tắc): each package's rules, or all of the library's
 * ({@code vn.danso.DansoRules.catalogue()}), documented for users in {@code docs/rules.md}.
 *
 * <p>Ids are unique within a catalogue; rules are kept sorted by id. Immutable and thread-safe.
 */
public final class RuleCatalogue {
  private static final RuleCatalogue EMPTY = new RuleCatalogue(ImmutableSortedMap.of());

  private final ImmutableSortedMap<RuleId, Rule> rules;

  private RuleCatalogue(ImmutableSortedMap<RuleId, Rule> rules) {
    this.rules = rules;
  }

  /**
   * Returns a catalogue of the given rules.
   *
   * @param rules the rules
   * @return the catalogue
   * @throws IllegalArgumentException if two different rules share an id
   */
  public static RuleCatalogue of(Iterable<Rule> rules) {
    checkNotNull(rules, "rules is null");
    Map<RuleId, Rule> byId = new TreeMap<>();
    for (Rule rule : rules) {
      checkNotNull(rule, "a rule is null");
      Rule previous = byId.putIfAbsent(rule.id(), rule);
      checkArgument(
          previous == null || previous.equals(rule),
          "two different rules have the id %s (titles \"%s\" and \"%s\"): ids are unique",
          rule.id(),
          previous == null ? "" : previous.title().en(),
          rule.title().en());
    }
    return byId.isEmpty() ? EMPTY : new RuleCatalogue(ImmutableSortedMap.copyOfSorted(new TreeMap<>(byId)));
  }

  /**
   * Returns a catalogue of the given rules.
   *
   * @param rules the rules
   * @return the catalogue
   * @throws IllegalArgumentException if two different rules share an id
   */
  public static RuleCatalogue of(Rule... rules) {
    return of(Arrays.asList(rules));
  }

  /**
   * Returns the catalogue holding every rule of the given catalogues.
   *
   * @param catalogues the catalogues
   * @return the union
   * @throws IllegalArgumentException if two different rules share an id
   */
  public static RuleCatalogue union(Iterable<RuleCatalogue> catalogues) {
    ImmutableList.Builder<Rule> all = ImmutableList.builder();
    for (RuleCatalogue catalogue : catalogues) {
      all.addAll(catalogue.rules());
    }
    return of(all.build());
  }

  /**
   * Returns every rule, sorted by id.
   *
   * @return the rules
   */
  public ImmutableCollection<Rule> rules() {
    return rules.values();
  }

  /**
   * Returns the rule with the given id.
   *
   * @param id the id
   * @return the rule, or empty
   */
  public Optional<Rule> get(RuleId id) {
    return Optional.ofNullable(rules.get(checkNotNull(id, "id is null")));
  }

  /**
   * Returns the number of rules.
   *
   * @return the number of rules
   */
  public int size() {
    return rules.size();
  }

  /**
   * Writes the catalogue as a Markdown document: one table per rule group with id, severity, meaning and both
   * message templates. This is how {@code docs/rules.md} is made.
   *
   * @return the Markdown text
   */
  public String toMarkdown() {
    StringBuilder out = new StringBuilder();
    out.append("# Validation rules\n\n")
        .append("Every finding danso reports carries one of these rule ids. Ids are stable: they are never renamed\n")
        .append("or reused. Messages are templates; `{name}` is filled from the finding's arguments, and `{expected}`,\n")
        .append("`{actual}` and `{subject}` from the finding itself. This file is generated from the code\n")
        .append("(`RuleCatalogueDocTest` fails when they differ).\n");
    String group = null;
    for (Rule rule : rules.values()) {
      if (!rule.id().group().equals(group)) {
        group = rule.id().group();
        out.append("\n## ").append(group).append("\n\n")
            .append("| id | severity | checks | message (vi) | message (en) |\n")
            .append("|---|---|---|---|---|\n");
      }
      out.append("| `").append(rule.id()).append("` | ").append(rule.severity().name().toLowerCase(Locale.ROOT))
          .append(" | ").append(cell(rule.title().vi())).append("<br>").append(cell(rule.title().en()));
      rule.source().ifPresent(s -> out.append("<br>Source: ").append(cell(s)));
      out.append(" | ").append(cell(rule.message().vi()))
          .append(" | ").append(cell(rule.message().en())).append(" |\n");
    }
    if (rules.isEmpty()) {
      out.append("\n(No rules yet.)\n");
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleCatalogue && rules.equals(((RuleCatalogue) o).rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  /** Returns the ids of the rules. */
  @Override
  public String toString() {
    return "RuleCatalogue" + rules.keySet();
  }
}
