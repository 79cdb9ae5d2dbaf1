package vn.danso.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.danso.text.LocalizedText;
import java.util.function.Supplier;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * Resolves what a reference in text gives (a number, or a bare sequence number with its type) against a
 * {@link DocumentCatalogue}, using the date and term the text gives to tell documents with the same number apart, and
 * reports what it cannot settle. Nothing is guessed: a reference that fits no document, or several, stays unresolved.
 */
final class ReferenceResolver {
  private final DocumentCatalogue catalogue;
  private final ValidationReport.Builder report;

  ReferenceResolver(DocumentCatalogue catalogue, ValidationReport.Builder report) {
    this.catalogue = catalogue;
    this.report = report;
  }

  Optional<KnownDocument> resolveNumber(DocumentNumber number, ReferenceTail.PartsBuilder parts, Supplier<Subject> subject) {
    List<KnownDocument> candidates = catalogue.find(number);
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    List<KnownDocument> fits = fitting(candidates, parts);
    if (fits.size() == 1) {
      return Optional.of(fits.get(0));
    }
    if (fits.isEmpty()) {
      if (candidates.size() == 1 && parts.date != null) {
        report.add(ReferenceRules.DATE_MISMATCH.finding(subject.get()).arg("number", number.format())
            .actual(parts.date.toString()).expected(VietnameseDate.of(candidates.get(0).document().date(), DateStyle.SLASH)
                .format()).build());
      }
      return Optional.empty();
    }
    report.add(ReferenceRules.AMBIGUOUS.finding(subject.get()).actual(number.format()).arg("count", fits.size())
        .build());
    return Optional.empty();
  }

  Optional<KnownDocument> resolveSequence(int sequence, DocumentType type, ReferenceTail.PartsBuilder parts,
      Supplier<Subject> subject, String text) {
    List<KnownDocument> candidates = new ArrayList<>();
    for (KnownDocument entry : catalogue.entries()) {
      Document document = entry.document();
      if (document.number().number() == sequence && (type == null || document.type() == type)) {
        candidates.add(entry);
      }
    }
    List<KnownDocument> fits = fitting(candidates, parts);
    Optional<KnownDocument> resolved = fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    LocalizedText resolution = resolved
        .map(k -> LocalizedText.of("nhận là " + k.document().number().format(),
            "read as " + k.document().number().format()))
        .orElse(LocalizedText.of("không xác định được văn bản", "no document of the catalogue fits"));
    report.add(ReferenceRules.SEQUENCE_ONLY.finding(subject.get()).actual(text).arg("resolution", resolution).build());
    return resolved;
  }

  private static List<KnownDocument> fitting(List<KnownDocument> candidates, ReferenceTail.PartsBuilder parts) {
    List<KnownDocument> fits = new ArrayList<>(candidates.size());
    for (KnownDocument entry : candidates) {
      LocalDate date = entry.document().date();
      boolean dateFits = parts.date == null || parts.date.admits(date);
      boolean termFits = parts.term == 0 || entry.document().scope().term().map(t -> t == parts.term).orElse(true);
      if (dateFits && termFits) {
        fits.add(entry);
      }
    }
    return fits;
  }
}
