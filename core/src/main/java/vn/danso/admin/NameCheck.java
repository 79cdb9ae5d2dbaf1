package vn.danso.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.danso.text.LocalizedText;
import vn.danso.text.TextIssue;
import vn.danso.text.VietnameseText;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * Reads the name and type of a unit from a row or an event the way real lists write them, reporting every defect:
 * blank names, un-normalised text, a prefix in the wrong case, a prefix that contradicts the type, a repeated prefix,
 * a type missing or of another level.
 */
final class NameCheck {
  /** The proper name and type read from a source, or the reason there is none. */
  static final class Named {
    final String name;
    final UnitType type;

    Named(String name, UnitType type) {
      this.name = name;
      this.type = type;
    }
  }

  private NameCheck() {}

  /**
   * Reads a name and a type.
   *
   * @param declared the type the source gives, or null to read it from the prefix
   * @return the name and type, or null if the type is unknown (reported)
   */
  static Named read(UnitCode code, String raw, UnitType declared, Supplier<Subject> subject, ValidationReport.Builder report) {
    AdministrativeLevel level = code.level();
    if (raw.isBlank()) {
      report.add(HierarchyRules.NAME_BLANK.finding(subject.get()).arg("code", code.value()).build());
    }
    UnitName name = UnitName.parse(raw, level);
    UnitType type = declared;
    if (type == null) {
      type = name.prefixTypes().size() == 1 ? name.prefixTypes().iterator().next() : null;
      if (type == null) {
        String expected = UnitType.at(level).stream().map(t -> t.namePrefix()).distinct()
            .collect(Collectors.joining(", "));
        report.add(HierarchyRules.TYPE_MISSING.finding(subject.get()).arg("code", code.value())
            .expected(expected).actual(raw).build());
        return null;
      }
    }
    checkTypeLevel(code, type, subject, report);
    if (name.prefix().isPresent() && !name.prefixMatches(type) && type.level() == level) {
      report.add(HierarchyRules.NAME_PREFIX_TYPE.finding(subject.get()).arg("code", code.value())
          .arg("prefix", name.prefix().get()).expected(type).actual(name.text()).build());
    }
    if (name.hasRepeatedPrefix()) {
      report.add(HierarchyRules.NAME_PREFIX_REPEATED.finding(subject.get()).arg("code", code.value())
          .expected(name.properName()).actual(name.text()).build());
    }
    LocalizedText issues = issues(raw, name);
    if (issues != null) {
      String expected = name.prefix().isPresent()
          ? UnitName.format(name.prefixTypes().iterator().next(), name.properName()) : name.properName();
      report.add(HierarchyRules.NAME_NOT_NORMALIZED.finding(subject.get()).arg("code", code.value())
          .arg("issues", issues).expected(expected).actual(raw).build());
    }
    return new Named(name.properName(), type);
  }

  static void checkTypeLevel(UnitCode code, UnitType type, Supplier<Subject> subject, ValidationReport.Builder report) {
    if (!type.isAllowedAt(code.level())) {
      report.add(HierarchyRules.TYPE_LEVEL.finding(subject.get()).arg("code", code.value()).arg("level", code.level())
          .arg("typeLevel", type.level()).actual(type).build());
    }
  }

  /** What is wrong with the text, in both languages, or null if nothing is. */
  private static LocalizedText issues(String raw, UnitName name) {
    Set<TextIssue> textIssues = VietnameseText.issues(raw);
    List<String> vi = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (TextIssue issue : textIssues) {
      vi.add(issue.description().vi());
      en.add(issue.description().en());
    }
    if (!name.isPrefixCapitalisedAsOfficial()) {
      vi.add("tiền tố \"" + name.prefix().get() + "\" viết hoa sai");
      en.add("prefix \"" + name.prefix().get() + "\" wrongly capitalised");
    }
    if (vi.isEmpty()) {
      return null;
    }
    return LocalizedText.of(String.join("; ", vi), String.join("; ", en));
  }
}
