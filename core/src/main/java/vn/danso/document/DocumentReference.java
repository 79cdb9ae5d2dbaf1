package vn.danso.document;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import vn.danso.body.Body;
import vn.danso.internal.DansoStyle;

/**
 * A reference from one document to another (viện dẫn văn bản), as a text cites it: "Kế hoạch số 74-KH/TU, ngày
 * 27/1/2018 của Thành ủy Hà Nội"; "Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XII)".
 *
 * <p>A reference names the cited document by some of: its number, its issuer, its type, its date, its term; and
 * keeps the citation as written. A {@linkplain #isComplete() complete} reference has a number, an issuer and a date
 * or term, which identifies one document (a number alone does not: see {@link NumberingScope}). Real texts are often
 * incomplete: seed 002 cites "Chương trình hành động của Tỉnh ủy" with no number; such a reference is kept as it is
 * and {@link #missing()} says what it lacks.
 *
 * <pre>{@code
 * DocumentReference ref = DocumentReference.builder()
 *     .number(DocumentNumber.parse("74-KH/TU"))
 *     .issuer(thanhUyHaNoi)
 *     .date(LocalDate.of(2018, 1, 27))
 *     .build();
 * ref.matches(plan74);   // true when every part given agrees with the document
 * }</pre>
 */
@Value.Immutable
@DansoStyle
public abstract class DocumentReference {
  /** A part a complete reference has. */
  public enum Part {
    /** The document's number and symbol. */
    NUMBER,
    /** The issuing body. */
    ISSUER,
    /** The issue date (to the day, or only the month or year), or the term that scopes the number. */
    DATE_OR_TERM
  }

  DocumentReference() {}

  /**
   * Returns the cited document's number.
   *
   * @return the number, or empty when the citation gives none
   */
  public abstract Optional<DocumentNumber> number();

  /**
   * Returns the cited document's issuer.
   *
   * @return the issuer, or empty
   */
  public abstract Optional<Body> issuer();

  /**
   * Returns the cited document's type.
   *
   * @return the type, or empty
   */
  public abstract Optional<DocumentType> type();

  /**
   * Returns the cited document's issue date, within the years 1–9999 ({@code build()} fails on another).
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns the issue date as far as the citation gives it when it does not give the day: the month ("tháng 3 năm
   * 2018") or the year ("Kế hoạch 45/KH-UBND năm 2018"). Nothing more is assumed: a cascade measures a lag from such a
   * date as a range.
   *
   * @return the date known to the month or year, or empty (a day is {@link #date()})
   */
  public abstract Optional<PartialDate> partialDate();

  /**
   * Returns the issue date as precisely as the citation gives it: the day, the month or the year.
   *
   * @return the date, or empty when the citation gives none
   */
  public Optional<PartialDate> knownDate() {
    return date().isPresent() ? Optional.of(PartialDate.of(date().get())) : partialDate();
  }

  /**
   * Returns the term the citation names: the committee term of a Party document ("khóa XII": 12) or the
   * legislature of a law.
   *
   * @return the term's ordinal, or empty
   */
  public abstract OptionalInt term();

  /**
   * Returns the citation as the text writes it, e.g. {@code "Chương trình hành động của Tỉnh ủy"}.
   *
   * @return the citation, or empty
   */
  public abstract Optional<String> citation();

  /**
   * Returns true if the reference has a number, an issuer and a date or term: enough to identify one document.
   *
   * @return whether nothing is missing
   */
  public boolean isComplete() {
    return missing().isEmpty();
  }

  /**
   * Returns the parts a complete reference would have and this one lacks.
   *
   * @return the missing parts, empty when complete
   */
  public ImmutableSet<Part> missing() {
    EnumSet<Part> missing = EnumSet.noneOf(Part.class);
    if (number().isEmpty()) {
      missing.add(Part.NUMBER);
    }
    if (issuer().isEmpty()) {
      missing.add(Part.ISSUER);
    }
    if (date().isEmpty() && partialDate().isEmpty() && term().isEmpty()) {
      missing.add(Part.DATE_OR_TERM);
    }
    return Sets.immutableEnumSet(missing);
  }

  /**
   * Returns true if every part the reference gives agrees with the document: same number, same issuer (by id), same
   * type, same date (a month or year that contains the document's day), same term (the document's {@linkplain Document#scope() scope} must state it). A reference that
   * gives none of number, issuer, type and date matches nothing.
   *
   * @param document the candidate document
   * @return whether the document fits the reference
   */
  public boolean matches(Document document) {
    checkNotNull(document, "document is null");
    if (number().isEmpty() && issuer().isEmpty() && type().isEmpty() && date().isEmpty()) {
      return false;
    }
    if (number().isPresent() && !number().get().equals(document.number())) {
      return false;
    }
    if (issuer().isPresent() && !issuer().get().id().equals(document.issuer().id())) {
      return false;
    }
    if (type().isPresent() && type().get() != document.type()) {
      return false;
    }
    if (date().isPresent() && !date().get().equals(document.date())) {
      return false;
    }
    if (partialDate().isPresent() && !partialDate().get().admits(document.date())) {
      return false;
    }
    return term().isEmpty() || document.scope().term().equals(Optional.of(term().getAsInt()));
  }

  /**
   * Returns the complete reference to a document: its number, issuer, type, date and, where known, term.
   *
   * @param document the document
   * @return the reference
   */
  public static DocumentReference to(Document document) {
    checkNotNull(document, "document is null");
    Builder builder = builder()
        .number(document.number())
        .issuer(document.issuer())
        .type(document.type())
        .date(document.date());
    document.scope().term().ifPresent(builder::term);
    return builder.build();
  }

  @Value.Check
  void check() {
    checkState(number().isPresent() || issuer().isPresent() || type().isPresent() || citation().isPresent(),
        "a reference names nothing: give at least a number, an issuer, a type or the citation as written");
    checkState(term().isEmpty() || term().getAsInt() >= 1, "term %s is not positive", term());
    date().ifPresent(d -> checkState(d.getYear() >= 1 && d.getYear() <= 9999,
        "date %s is outside the years 1–9999 a citation can carry", d));
    citation().ifPresent(c -> checkState(!c.isBlank(), "citation is blank; omit it"));
    partialDate().ifPresent(p -> checkState(p.precision() != PartialDate.Precision.DAY,
        "partial date %s is a day: give it as date(…)", p));
    checkState(date().isEmpty() || partialDate().isEmpty(),
        "the reference has a date and a partial date: give one, date(…) for a day");
  }

  /** Returns the parts given, e.g. {@code "Kế hoạch 74-KH/TU ngày 27/01/2018 của Thành ủy Hà Nội"}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    type().ifPresent(t -> out.append(t.typeName().vi()).append(' '));
    number().ifPresent(n -> out.append(n).append(' '));
    date().ifPresent(d -> out.append("ngày ").append(VietnameseDate.of(d, DateStyle.SLASH).format())
        .append(' '));
    partialDate().ifPresent(p -> out.append(p.precision() == PartialDate.Precision.MONTH ? "tháng " : "năm ")
        .append(p).append(' '));
    term().ifPresent(t -> out.append(vn.danso.body.Term.label(t)).append(' '));
    issuer().ifPresent(i -> out.append("của ").append(i.name()).append(' '));
    citation().ifPresent(c -> out.append('«').append(c).append('»'));
    return out.toString().trim();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of references
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DocumentReference}; at least one of number, issuer, type and citation is required. */
  public static final class Builder extends ImmutableDocumentReference.Builder {
    Builder() {}
  }
}
