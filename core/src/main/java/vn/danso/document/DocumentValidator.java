package vn.danso.document;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import vn.danso.body.Body;
import vn.danso.body.BodySystem;
import vn.danso.body.PlaceLookup;
import vn.danso.body.Term;
import vn.danso.internal.CodeTable;
import vn.danso.text.LocalizedText;
import vn.danso.text.VietnameseText;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;
import vn.danso.validation.Validator;

/**
 * Checks a document (kiểm tra văn bản) and reports every defect under the {@link DocumentRules}:
 * <ul>
 *   <li>the number: what {@link NumberValidator} checks, with the issuer's own kind; a family the issuer's system
 *       numbers in; an issuer abbreviation that is the issuer's; a type abbreviation that means the document's type
 *       (a State Quy định is {@code QyĐ}); a legal number's year equal to the year of issue; the legislature number
 *       equal to the issuer's term on the date, where its terms are known;</li>
 *   <li>the date: within the issuer's validity; in the date line, written in full and with leading zeros as the
 *       official rule puts them;</li>
 *   <li>the place line: it names the issuer's unit or its seat (compared after normalisation, tone-mark folding and
 *       without a leading unit type such as "Thành phố"), or, with a {@link PlaceLookup}, a place within the
 *       unit;</li>
 *   <li>the signature: its capacity written in the form of the issuer's system ({@code T/M} for the Party,
 *       {@code TM.} for the State).</li>
 * </ul>
 * Findings are about {@code body[<issuer id>] › document[<number>]}. Immutable and thread-safe.
 */
public final class DocumentValidator implements Validator<Document> {
  private static final DocumentValidator STANDARD = new DocumentValidator(NumberingScheme.standard(), null);
  private static final ImmutableList<String> UNIT_TYPES = ImmutableList.of(
      "thành phố ", "tp. ", "tp.", "tp ", "tỉnh ", "huyện ", "quận ", "thị xã ", "thị trấn ", "xã ", "phường ",
      "đặc khu ");

  private final NumberingScheme rules;
  private final PlaceLookup places;

  private DocumentValidator(NumberingScheme rules, PlaceLookup places) {
    this.rules = rules;
    this.places = places;
  }

  /**
   * Returns the validator of the standard rules, checking place lines against the issuers' jurisdictions only.
   *
   * @return the validator
   */
  public static DocumentValidator standard() {
    return STANDARD;
  }

  /**
   * Returns a validator of the given rules.
   *
   * @param rules the numbering rules
   * @return the validator
   */
  public static DocumentValidator of(NumberingScheme rules) {
    return new DocumentValidator(checkNotNull(rules, "rules is null"), null);
  }

  /**
   * Returns this validator, also accepting place lines the lookup says name a place within the issuer's unit.
   *
   * @param lookup knowledge of place names, e.g. from an administrative hierarchy
   * @return the validator with the lookup
   */
  public DocumentValidator withPlaceLookup(PlaceLookup lookup) {
    checkNotNull(lookup, "lookup is null");
    return new DocumentValidator(rules, places == null ? lookup : places.or(lookup));
  }

  @Override
  public ValidationReport validate(Document document) {
    checkNotNull(document, "document is null");
    Body issuer = document.issuer();
    DocumentNumber number = document.number();
    Subject subject = Subject.of("body", issuer.id()).child("document", number.format());
    ValidationReport.Builder report = ValidationReport.builder();
    NumberChecks.check(rules, number, issuer, subject, report);
    checkNumberAgainstIssuer(document, subject, report);
    checkDate(document, subject, report);
    document.placeLine().ifPresent(line -> checkPlaceLine(document, line, subject, report));
    document.signature().ifPresent(signature -> {
      Optional<BodySystem> form = signature.capacity().system();
      BodySystem system = issuer.system();
      boolean partyDocument = system == BodySystem.PARTY;
      boolean mismatch = form.isPresent() && system != BodySystem.MASS_ORGANISATION
          && (form.get() == BodySystem.PARTY) != partyDocument;
      if (mismatch) {
        report.add(DocumentRules.CAPACITY_MISMATCH.finding(subject)
            .arg("system", form.get())
            .arg("issuer", issuer.name())
            .actual(signature.capacity().written())
            .build());
      }
    });
    return report.build();
  }

  private void checkNumberAgainstIssuer(Document document, Subject subject, ValidationReport.Builder report) {
    Body issuer = document.issuer();
    DocumentNumber number = document.number();
    ImmutableSet<NumberFamily> families = rules.families(issuer.system());
    if (!families.contains(number.family())) {
      report.add(DocumentRules.FAMILY_MISMATCH.finding(subject)
          .arg("issuer", issuer.name())
          .expected(Labels.join(families))
          .actual(number.family())
          .build());
    }
    issuer.abbreviation().ifPresent(abbreviation -> {
      String written = number.issuerCode() + (number.term().isPresent() ? number.term().getAsInt() : "");
      String key = CodeTable.foldCase(abbreviation);
      if (!key.equals(CodeTable.foldCase(number.issuerCode())) && !key.equals(CodeTable.foldCase(written))) {
        report.add(DocumentRules.ISSUER_MISMATCH.finding(subject)
            .arg("issuer", issuer.name())
            .expected(abbreviation)
            .actual(written)
            .build());
      }
    });
    if (!number.types().isEmpty() && !number.types().contains(document.type())) {
      Object code = number.typeCode().isPresent()
          ? number.typeCode().get()
          : LocalizedText.of(number.isLetter() ? "công văn, không có chữ viết tắt" : "không có chữ viết tắt",
              number.isLetter() ? "letter, no abbreviation" : "no abbreviation");
      report.add(DocumentRules.TYPE_MISMATCH.finding(subject)
          .arg("code", code)
          .arg("types", Labels.join(number.types()))
          .arg("family", number.family())
          .expected(Labels.codes(rules.codesFor(number.family(), document.type())))
          .actual(document.type())
          .build());
    }
    number.year().ifPresent(year -> {
      if (year != document.date().getYear()) {
        report.add(DocumentRules.YEAR_MISMATCH.finding(subject)
            .expected(document.date().getYear())
            .actual(year)
            .build());
      }
    });
    number.term().ifPresent(term -> {
      Optional<Term> onDate = issuer.termOn(document.date());
      if (onDate.isPresent() && onDate.get().ordinal() != term) {
        report.add(DocumentRules.TERM_MISMATCH.finding(subject)
            .arg("issuer", issuer.name())
            .expected(onDate.get().ordinal())
            .actual(term)
            .build());
      }
    });
  }

  private static void checkDate(Document document, Subject subject, ValidationReport.Builder report) {
    Body issuer = document.issuer();
    LocalDate date = document.date();
    if (!issuer.isValidOn(date)) {
      report.add(DocumentRules.OUTSIDE_ISSUER_VALIDITY.finding(subject)
          .arg("issuer", issuer.name())
          .expected(Labels.range(issuer.validity()))
          .actual(date)
          .build());
    }
  }

  private void checkPlaceLine(Document document, PlaceLine line, Subject subject, ValidationReport.Builder report) {
    VietnameseDate written = line.date();
    if (!written.isWrittenInFull()) {
      report.add(DocumentRules.NOT_IN_FULL.finding(subject)
          .expected(written.official().format())
          .actual(written.format())
          .build());
    } else if (!written.followsLeadingZeroRule()) {
      report.add(DocumentRules.LEADING_ZERO.finding(subject)
          .expected(written.official().format())
          .actual(written.format())
          .build());
    }
    Body issuer = document.issuer();
    ImmutableSet<String> names = issuer.jurisdiction().placeNames();
    if (names.isEmpty() && places == null) {
      return;
    }
    for (String name : names) {
      if (samePlace(line.place(), name)) {
        return;
      }
    }
    if (places != null && places.names(line.place(), issuer.jurisdiction().unit(), document.date())) {
      return;
    }
    String expected = names.isEmpty() ? issuer.jurisdiction().unit().value() : String.join(" / ", names);
    report.add(DocumentRules.PLACE_MISMATCH.finding(subject)
        .arg("issuer", issuer.name())
        .expected(expected)
        .actual(line.place())
        .build());
  }

  /** True if the names are the same after matching keys, with or without a leading unit type. */
  static boolean samePlace(String a, String b) {
    String ka = VietnameseText.matchKey(a);
    String kb = VietnameseText.matchKey(b);
    return ka.equals(kb) || withoutUnitType(ka).equals(withoutUnitType(kb));
  }

  private static String withoutUnitType(String key) {
    for (String prefix : UNIT_TYPES) {
      if (key.startsWith(prefix)) {
        return key.substring(prefix.length()).trim();
      }
    }
    return key;
  }
}
