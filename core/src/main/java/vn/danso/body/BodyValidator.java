package vn.danso.body;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.LocalizedText;
import vn.danso.text.TextIssue;
import vn.danso.text.VietnameseText;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;
import vn.danso.validation.Validator;

/**
 * Checks an issuing body (kiểm tra cơ quan ban hành) against its kind and the issuer abbreviation table, and reports
 * every defect under the {@link BodyRules}: a jurisdiction at a level the kind does not exist at, an abbreviation
 * unknown or belonging to another kind, overlapping terms, a name not in normal form.
 *
 * <p>Immutable and thread-safe.
 */
public final class BodyValidator implements Validator<Body> {
  private static final BodyValidator STANDARD = new BodyValidator(IssuerAbbreviations.standard());

  private final IssuerAbbreviations abbreviations;

  private BodyValidator(IssuerAbbreviations abbreviations) {
    this.abbreviations = abbreviations;
  }

  /**
   * Returns the validator using the built-in abbreviation table.
   *
   * @return the standard validator
   */
  public static BodyValidator standard() {
    return STANDARD;
  }

  /**
   * Returns a validator using the given abbreviation table.
   *
   * @param abbreviations the table, e.g. the standard one extended with the integrator's own bodies
   * @return the validator
   */
  public static BodyValidator of(IssuerAbbreviations abbreviations) {
    return new BodyValidator(checkNotNull(abbreviations, "abbreviations is null"));
  }

  @Override
  public ValidationReport validate(Body body) {
    checkNotNull(body, "body is null");
    Subject subject = Subject.of("body", body.id());
    ValidationReport.Builder report = ValidationReport.builder();
    checkLevel(body, subject, report);
    checkAbbreviation(body, subject, report);
    checkTerms(body, subject, report);
    Set<TextIssue> issues = VietnameseText.issues(body.name());
    if (!issues.isEmpty()) {
      report.add(BodyRules.NAME_NOT_NORMALISED.finding(subject)
          .arg("issues", describe(issues))
          .expected(VietnameseText.normalize(body.name()))
          .actual(body.name())
          .build());
    }
    return report.build();
  }

  private static void checkLevel(Body body, Subject subject, ValidationReport.Builder report) {
    AdministrativeLevel level = body.level();
    if (!body.kind().levels().contains(level)) {
      report.add(BodyRules.LEVEL_MISMATCH.finding(subject)
          .arg("body", body.name())
          .arg("kind", body.kind())
          .arg("unit", body.jurisdiction().unit().value())
          .expected(joinLabels(body.kind().levels().asList()))
          .actual(level)
          .build());
    }
  }

  private void checkAbbreviation(Body body, Subject subject, ValidationReport.Builder report) {
    Optional<String> abbreviation = body.abbreviation();
    if (abbreviation.isEmpty()) {
      report.add(BodyRules.NO_ABBREVIATION.finding(subject).arg("body", body.name()).build());
      return;
    }
    Optional<IssuerAbbreviation> entry = abbreviations.find(abbreviation.get());
    if (entry.isEmpty()) {
      report.add(BodyRules.UNKNOWN_ABBREVIATION.finding(subject)
          .arg("body", body.name())
          .actual(abbreviation.get())
          .build());
    } else if (!entry.get().kinds().contains(body.kind())) {
      report.add(BodyRules.ABBREVIATION_KIND_MISMATCH.finding(subject)
          .arg("body", body.name())
          .arg("kind", body.kind())
          .expected(entry.get().name())
          .actual(abbreviation.get())
          .build());
    }
  }

  private static void checkTerms(Body body, Subject subject, ValidationReport.Builder report) {
    List<Term> terms = body.terms();
    for (int i = 0; i < terms.size(); i++) {
      for (int j = i + 1; j < terms.size(); j++) {
        Term a = terms.get(i);
        Term b = terms.get(j);
        if (a.period().isConnected(b.period()) && !a.period().intersection(b.period()).isEmpty()) {
          report.add(BodyRules.TERMS_OVERLAP.finding(subject)
              .arg("body", body.name())
              .arg("term", a.label())
              .arg("other", b.label())
              .build());
        }
      }
    }
  }

  /** Joins the labels of several localized values into one localized text: "cấp tỉnh, cấp huyện". */
  static LocalizedText joinLabels(ImmutableList<? extends Localized> values) {
    StringJoiner vi = new StringJoiner(", ");
    StringJoiner en = new StringJoiner(", ");
    for (Localized value : values) {
      vi.add(value.label(Language.VI));
      en.add(value.label(Language.EN));
    }
    return LocalizedText.of(vi.toString(), en.toString());
  }

  private static LocalizedText describe(Set<TextIssue> issues) {
    return joinLabels(ImmutableList.copyOf(issues));
  }
}
