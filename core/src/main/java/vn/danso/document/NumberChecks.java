package vn.danso.document;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Optional;
import vn.danso.body.Body;
import vn.danso.body.BodyKind;
import vn.danso.body.IssuerAbbreviation;
import vn.danso.validation.Severity;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/** The checks of a number against the rules' tables, shared by {@link NumberValidator} and the document validator. */
final class NumberChecks {
  private NumberChecks() {}

  /**
   * Checks the number; when the issuer is known, the family and type-for-issuer checks use the body, else the kinds
   * the issuer abbreviation stands for.
   */
  static void check(NumberingScheme rules, DocumentNumber number, Body issuer, Subject subject,
      ValidationReport.Builder report) {
    if (number.number() < 1) {
      report.add(DocumentRules.NUMBER_NOT_POSITIVE.finding(subject).actual(number.number()).build());
    }
    if (number.form() == NumberForm.YEAR_AFTER_HYPHEN) {
      String standard = NumberingTables.pad(number.number()) + number.format().substring(number.format().indexOf('/'));
      report.add(DocumentRules.YEAR_AFTER_HYPHEN.finding(subject).actual(number.format()).expected(standard).build());
    } else if (number.form() == NumberForm.OLD_WITHOUT_TYPE) {
      report.add(DocumentRules.OLD_FORM_WITHOUT_TYPE.finding(subject).actual(number.format()).build());
    } else if (number.form() == NumberForm.TYPE_MISSING) {
      report.add(DocumentRules.TYPE_MISSING.finding(subject).actual(number.format()).build());
    }
    if (number.sequenceLetter().isPresent()) {
      report.add(DocumentRules.SEQUENCE_LETTER.finding(subject).actual(number.format()).build());
    }
    boolean older = number.form() == NumberForm.ISSUER_BEFORE_TYPE;
    if (older) {
      report.add(DocumentRules.ISSUER_BEFORE_TYPE.finding(subject).actual(number.format()).build());
    }
    number.typeCode().filter(code -> !older).ifPresent(code -> {
      if (rules.typeAbbreviation(number.family(), code).isEmpty()) {
        report.add(DocumentRules.UNKNOWN_TYPE.finding(subject)
            .severity(rules.isComplete(number.family()) ? Severity.ERROR : Severity.INFO)
            .arg("family", number.family())
            .actual(code)
            .build());
      }
    });
    Optional<IssuerAbbreviation> entry = rules.issuers().find(number.issuerCode());
    if (entry.isEmpty()) {
      report.add(DocumentRules.UNKNOWN_ISSUER.finding(subject).actual(number.issuerCode()).build());
    } else if (entry.get().termNumbered() && number.term().isEmpty()) {
      report.add(DocumentRules.TERM_MISSING.finding(subject).actual(number.issuerCode()).build());
    }
    if (issuer == null && entry.isPresent()) {
      EnumSet<NumberFamily> allowed = EnumSet.noneOf(NumberFamily.class);
      for (BodyKind kind : entry.get().kinds()) {
        allowed.addAll(rules.families(kind.system()));
      }
      if (!allowed.contains(number.family())) {
        report.add(DocumentRules.FAMILY_MISMATCH.finding(subject)
            .arg("issuer", entry.get().name())
            .expected(Labels.join(allowed))
            .actual(number.family())
            .build());
      }
    }
    Optional<TypeAbbreviation> type = older ? Optional.empty() : rules.typeAbbreviationOf(number);
    if (type.isPresent() && !type.get().issuerKinds().isEmpty()) {
      ImmutableSet<BodyKind> allowedKinds = type.get().issuerKinds();
      boolean fits;
      Object issuerName;
      if (issuer != null) {
        fits = allowedKinds.contains(issuer.kind());
        issuerName = issuer.name();
      } else if (entry.isPresent()) {
        fits = !Sets.intersection(allowedKinds, entry.get().kinds()).isEmpty();
        issuerName = entry.get().name();
      } else {
        fits = true;
        issuerName = "";
      }
      if (!fits) {
        report.add(DocumentRules.TYPE_NOT_FOR_ISSUER.finding(subject)
            .arg("type", Labels.join(type.get().types()))
            .arg("code", type.get().code().orElse(number.issuerCode()))
            .arg("issuer", issuerName)
            .expected(Labels.join(allowedKinds))
            .build());
      }
    }
  }
}
