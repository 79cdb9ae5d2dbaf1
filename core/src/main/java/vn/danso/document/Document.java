package vn.danso.document;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import vn.danso.body.Body;
import vn.danso.body.Term;
import vn.danso.internal.DansoStyle;
import vn.danso.text.VietnameseText;

/**
 * A Party or State document (văn bản): its number and symbol, type, issuer, place and date line, subject line
 * (trích yếu), the documents it implements and cites, signature, recipients (nơi nhận) and numbered sections.
 *
 * <pre>{@code
 * Document plan = Document.builder()                                   // seed 003
 *     .number(DocumentNumber.parse("Số 49-KH/ĐUK"))
 *     .type(DocumentType.PLAN)
 *     .issuer(dangUyKhoi)
 *     .placeLine(PlaceLine.parse("Thành phố Huế, ngày 04 tháng 6 năm 2018"))
 *     .subjectLine("thực hiện Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XII) về công tác "
 *         + "dân số trong tình hình mới")
 *     .addImplemented(DocumentReference.builder().number(DocumentNumber.parse("71-KH/TU"))
 *         .issuer(banThuongVuTinhUy).date(LocalDate.of(2018, 4, 24)).build())
 *     .signature(Signature.builder().capacity(SigningCapacity.PARTY_ON_BEHALF).onBehalfOf("Ban Thường vụ")
 *         .position("Phó Bí thư thường trực").name("Nguyễn Hữu Tiến").build())
 *     .build();
 * }</pre>
 *
 * <p>The date is the place line's when there is one; a document known only from citations gives its date without a
 * place line. Data defects (a number of the wrong family, a date outside the issuer's life, a place line naming
 * another province) are reported by {@link DocumentValidator}, not thrown; contradictory builder input (a date that
 * differs from the place line's) is misuse and throws. Immutable; compares by value.
 */
@Value.Immutable
@DansoStyle
public abstract class Document {
  Document() {}

  /**
   * Returns the number and symbol.
   *
   * @return the number
   */
  public abstract DocumentNumber number();

  /**
   * Returns the type of document; the number's type code may stand for more than one (the Party's {@code QĐ}), the
   * document says which.
   *
   * @return the type
   */
  public abstract DocumentType type();

  /**
   * Returns the issuing body.
   *
   * @return the issuer
   */
  public abstract Body issuer();

  /**
   * Returns the place and date line as the document writes it.
   *
   * @return the line, or empty for a document known only from citations
   */
  public abstract Optional<PlaceLine> placeLine();

  /**
   * Returns the issue date: the place line's day unless given. A date outside the years 1–9999 is misuse and fails at
   * {@code build()}, as a citation's {@link PartialDate} would.
   *
   * @return the date
   */
  @Value.Default
  public LocalDate date() {
    return placeLine()
        .map(line -> line.date().toLocalDate())
        .orElseThrow(() -> new IllegalStateException(
            "document " + number() + " has neither a date nor a place line: give date(…) or placeLine(…)"));
  }

  /**
   * Returns the subject line (trích yếu nội dung): what the document is about, after its type name.
   *
   * @return the subject line, or empty
   */
  public abstract Optional<String> subjectLine();

  /**
   * Returns the documents this one implements ("thực hiện…"), the edges of a plan cascade.
   *
   * @return the references, in the order cited
   */
  public abstract ImmutableList<DocumentReference> implemented();

  /**
   * Returns other documents the text cites (bases, rules it applies), that it does not implement.
   *
   * @return the references, in the order cited
   */
  public abstract ImmutableList<DocumentReference> cited();

  /**
   * Returns the signature block.
   *
   * @return the signature, or empty
   */
  public abstract Optional<Signature> signature();

  /**
   * Returns the recipients list (nơi nhận), in order.
   *
   * @return the recipients
   */
  public abstract ImmutableList<Recipient> recipients();

  /**
   * Returns the numbered sections of the body, in order.
   *
   * @return the sections
   */
  public abstract ImmutableList<Section> sections();

  /**
   * Returns the Party committee term the document was issued in ("khóa XII": 12), where the document or its
   * citations say so. When absent, {@link #scope()} looks for the term in the issuer's terms.
   *
   * @return the term's ordinal, or empty
   */
  public abstract OptionalInt committeeTerm();

  /**
   * Returns the family of the document's number.
   *
   * @return the family
   */
  public NumberFamily family() {
    return number().family();
  }

  /**
   * Returns the scope the document's number runs in: what the number states (legislature or year of legal
   * documents); the calendar year of the date for State administrative documents; for Party documents the
   * committee term given, else the issuer's term on the date, else the issue date itself.
   *
   * @return the scope
   */
  public NumberingScope scope() {
    Optional<NumberingScope> stated = number().scope();
    if (stated.isPresent()) {
      return stated.get();
    }
    if (family() != NumberFamily.PARTY) {
      return NumberingScope.year(date().getYear());
    }
    if (committeeTerm().isPresent()) {
      return NumberingScope.committeeTerm(committeeTerm().getAsInt());
    }
    Optional<Term> term = issuer().termOn(date());
    return term.isPresent() ? NumberingScope.committeeTerm(term.get().ordinal()) : NumberingScope.issueDate(date());
  }

  /**
   * Returns what identifies the document: issuer, number, type and scope.
   *
   * @return the identity
   */
  public DocumentIdentity identity() {
    return DocumentIdentity.of(issuer().id(), number(), type(), scope());
  }

  /**
   * Returns a complete reference to this document, for documents that implement or cite it.
   *
   * @return the reference
   */
  public DocumentReference reference() {
    return DocumentReference.to(this);
  }

  /**
   * Returns the section whose title matches, ignoring case, spacing and tone-mark style:
   * {@code section("Tổ chức thực hiện")}.
   *
   * @param title the title
   * @return the top-level section, or empty
   */
  public Optional<Section> section(String title) {
    String key = VietnameseText.matchKey(title);
    return sections().stream().filter(s -> VietnameseText.matchKey(s.title()).equals(key)).findFirst();
  }

  @Value.Check
  void check() {
    placeLine().ifPresent(line -> checkState(line.date().toLocalDate().equals(date()),
        "document %s: date %s differs from the place line's (%s); give one or make them agree", number(), date(),
        line.date().toLocalDate()));
    checkState(date().getYear() >= 1 && date().getYear() <= 9999,
        "document %s: date %s is outside the years 1–9999 a text can carry", number(), date());
    checkState(committeeTerm().isEmpty() || committeeTerm().getAsInt() >= 1,
        "document %s: committee term %s is not positive", number(), committeeTerm());
    subjectLine().ifPresent(s -> checkState(!s.isBlank(), "document %s: subject line is blank; omit it", number()));
  }

  /** Returns e.g. {@code "Kế hoạch 49-KH/ĐUK ngày 04/6/2018 (Đảng ủy Khối…)"}. */
  @Override
  public String toString() {
    return type().typeName().vi() + " " + number() + " ngày " + VietnameseDate.of(date(), DateStyle.SLASH).format()
        + " (" + issuer().name() + ")";
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of documents
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Document}; number, type, issuer and a date or place line are required. Not thread-safe. */
  public static final class Builder extends ImmutableDocument.Builder {
    Builder() {}
  }
}
