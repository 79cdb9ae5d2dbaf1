package vn.danso.document;

import static com.google.common.base.Preconditions.checkState;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import vn.danso.internal.DansoStyle;

/**
 * A reference found in running text (viện dẫn tìm thấy trong văn bản): where it is, and what the text says of the
 * cited document — its number with the words before it, its type named in words, its date, its issuer and term named
 * in words, its title — and, where a {@link DocumentCatalogue} knows it, the document itself.
 *
 * <p>Found by {@link ReferenceFinder}: in "Thực hiện Nghị quyết số 21-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung
 * ương Đảng khóa XII về công tác dân số trong tình hình mới" the match spans from "Nghị quyết" to "mới", with number
 * {@code 21-NQ/TW}, type {@link DocumentType#RESOLUTION}, date 25/10/2017, issuer "Ban Chấp hành Trung ương Đảng",
 * term 12, the title and the role {@link ReferenceRole#IMPLEMENTS}.
 *
 * <p>Indices are into the text as given (before any normalisation), {@code start} inclusive, {@code end} exclusive.
 * Immutable; compares by value.
 */
@Value.Immutable
@DansoStyle
public abstract class ReferenceMatch {
  ReferenceMatch() {}

  /**
   * Returns the index of the first character of the reference in the text.
   *
   * @return the start, inclusive
   */
  public abstract int start();

  /**
   * Returns the index after the last character of the reference in the text.
   *
   * @return the end, exclusive
   */
  public abstract int end();

  /**
   * Returns the reference as the text writes it, from {@link #start()} to {@link #end()}.
   *
   * @return the text of the reference
   */
  public abstract String text();

  /**
   * Returns the document number, read and in canonical form; a Party number written in the State shape
   * ({@code 21/NQ-TW}) is given in the Party form, with a finding.
   *
   * @return the number, or empty when the text gives none
   */
  public abstract Optional<DocumentNumber> number();

  /**
   * Returns the sequence number when the text gives it without a symbol ("Nghị quyết số 21").
   *
   * @return the bare sequence number, or empty
   */
  public abstract OptionalInt sequenceOnly();

  /**
   * Returns the type the text names in words ("Kế hoạch", "Chương trình hành động").
   *
   * @return the type, or empty when no type word precedes the number
   */
  public abstract Optional<DocumentType> type();

  /**
   * Returns the type words as written.
   *
   * @return the words, e.g. {@code "Chương trình hành động"}, or empty
   */
  public abstract Optional<String> typeWords();

  /**
   * Returns the date the text gives: to the day, the month or only the year.
   *
   * @return the date, or empty
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns the issuer as the text names it after "của": {@code "Ban Chấp hành Trung ương Đảng"},
   * {@code "UBND tỉnh"}.
   *
   * @return the issuer's name as written, or empty
   */
  public abstract Optional<String> issuer();

  /**
   * Returns the term the text names ("khóa XII": 12).
   *
   * @return the term, or empty
   */
  public abstract OptionalInt term();

  /**
   * Returns the title: what follows "về", "phê duyệt" or "ban hành", or the name a catalogue knows the document by.
   *
   * @return the title, or empty
   */
  public abstract Optional<String> title();

  /**
   * Returns what the citing text does with the document.
   *
   * @return the role
   */
  public abstract ReferenceRole role();

  /**
   * Returns the document of the catalogue the reference names, when exactly one fits.
   *
   * @return the known document, or empty when unresolved
   */
  public abstract Optional<KnownDocument> resolved();

  /**
   * Returns true if the reference was resolved to a known document.
   *
   * @return whether {@link #resolved()} is present
   */
  public boolean isResolved() {
    return resolved().isPresent();
  }

  /**
   * Returns the reference as a {@link DocumentReference}: the resolved document's complete reference, else the
   * number, type, date (the day, or the month or year as {@link DocumentReference#partialDate()}) and term the text
   * gives, with the text as the citation.
   *
   * @return the reference
   */
  public DocumentReference toReference() {
    DocumentReference.Builder builder = DocumentReference.builder().citation(text());
    if (resolved().isPresent()) {
      Document document = resolved().get().document();
      builder.number(document.number()).issuer(document.issuer()).type(document.type()).date(document.date());
      document.scope().term().ifPresent(builder::term);
      return builder.build();
    }
    number().ifPresent(builder::number);
    type().ifPresent(builder::type);
    date().flatMap(PartialDate::toLocalDate).ifPresent(builder::date);
    date().filter(d -> d.precision() != PartialDate.Precision.DAY).ifPresent(builder::partialDate);
    term().ifPresent(builder::term);
    return builder.build();
  }

  /** This match with another role, every other part the same. */
  ReferenceMatch withRole(ReferenceRole role) {
    return builder().start(start()).end(end()).text(text()).number(number()).sequenceOnly(sequenceOnly())
        .type(type()).typeWords(typeWords()).date(date()).issuer(issuer()).term(term()).title(title()).role(role)
        .resolved(resolved()).build();
  }

  @Value.Check
  void check() {
    checkState(start() >= 0 && end() > start(), "span [%s, %s) is empty or negative", start(), end());
    checkState(text().length() == end() - start(), "text %s does not span [%s, %s)", text(), start(), end());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReferenceMatch}. */
  static final class Builder extends ImmutableReferenceMatch.Builder {
    Builder() {}
  }
}
