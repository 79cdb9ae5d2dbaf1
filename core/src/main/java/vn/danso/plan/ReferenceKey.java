package vn.danso.plan;

import java.time.LocalDate;
import java.util.Objects;
import vn.danso.body.Body;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentReference;
import vn.danso.document.DocumentType;
import vn.danso.document.PartialDate;

/**
 * The identifying parts of a reference (number, issuer id, type, date, term, and the citation's wording when there is
 * no number): two references with equal keys name the same document, or are equally vague about it.
 */
final class ReferenceKey {
  private final DocumentNumber number;
  private final String issuerId;
  private final DocumentType type;
  private final LocalDate date;
  private final PartialDate partialDate;
  private final int term;
  private final String citation;
  private final int hash;

  private ReferenceKey(DocumentReference reference) {
    this.number = reference.number().orElse(null);
    this.issuerId = reference.issuer().map(Body::id).orElse(null);
    this.type = reference.type().orElse(null);
    this.date = reference.date().orElse(null);
    this.partialDate = reference.partialDate().orElse(null);
    this.term = reference.term().orElse(0);
    // Without a number, two plans of one issuer (two unnumbered plans of a People's Committee) differ by their wording.
    this.citation = number == null ? reference.citation().orElse(null) : null;
    this.hash = Objects.hash(number, issuerId, type, date, partialDate, term, citation);
  }

  static ReferenceKey of(DocumentReference reference) {
    return new ReferenceKey(reference);
  }

  /**
   * True if a reference may name the document this key describes: the number and issuer the reference gives are
   * this key's, and no type, date or term that both give differ. A date or term this key lacks is not a
   * contradiction.
   */
  boolean admits(DocumentReference reference) {
    if (reference.number().isPresent() && !reference.number().get().equals(number)) {
      return false;
    }
    if (reference.issuer().isPresent() && !reference.issuer().get().id().equals(issuerId)) {
      return false;
    }
    if (reference.type().isPresent() && type != null && reference.type().get() != type) {
      return false;
    }
    if (reference.date().isPresent() && date != null && !reference.date().get().equals(date)) {
      return false;
    }
    if (reference.date().isPresent() && partialDate != null && !partialDate.admits(reference.date().get())) {
      return false;
    }
    if (reference.partialDate().isPresent() && ((date != null && !reference.partialDate().get().admits(date))
        || (partialDate != null && !overlap(reference.partialDate().get(), partialDate)))) {
      return false;
    }
    return reference.term().isEmpty() || term == 0 || reference.term().getAsInt() == term;
  }

  /** True if two dates known to the month or year may be the same day. */
  private static boolean overlap(PartialDate a, PartialDate b) {
    return a.year() == b.year() && (a.month() == 0 || b.month() == 0 || a.month() == b.month());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ReferenceKey)) {
      return false;
    }
    ReferenceKey that = (ReferenceKey) o;
    return hash == that.hash && Objects.equals(number, that.number) && Objects.equals(issuerId, that.issuerId)
        && type == that.type && Objects.equals(date, that.date) && Objects.equals(partialDate, that.partialDate)
        && term == that.term
        && Objects.equals(citation, that.citation);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return number + " " + issuerId + " " + type + " " + (date != null ? date : partialDate) + " " + term + " "
        + citation;
  }
}
