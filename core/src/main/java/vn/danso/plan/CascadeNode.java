package vn.danso.plan;

import java.time.LocalDate;
import java.util.Optional;
import vn.danso.body.Body;
import vn.danso.document.DateStyle;
import vn.danso.document.Document;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentReference;
import vn.danso.document.PartialDate;
import vn.danso.document.VietnameseDate;
import vn.danso.text.Language;
import vn.danso.text.Localized;
import vn.danso.text.VietnameseText;

/**
 * A node of a {@link Cascade} (một văn bản trong chuỗi triển khai): a plan given to the cascade, or a placeholder for
 * a document that plans implement but that the cascade does not hold, which says why it is a placeholder.
 *
 * <p>Nothing is invented for a placeholder: it carries the reference as the first plan that cited it wrote it, so
 * its issuer, number and date are those the citation gives, possibly none. Nodes compare by what identifies them in
 * their cascade: a document's {@linkplain Document#identity() identity}, or the identifying parts of a reference.
 * Immutable.
 */
public final class CascadeNode implements Localized {
  /** What a node stands for. */
  public enum Kind implements Localized {
    /** A plan whose document (or issuing decision) the cascade holds in full. */
    DOCUMENT("văn bản", "document"),
    /** A plan known only from a reference, such as a programme other texts cite without number or date. */
    KNOWN_BY_REFERENCE("văn bản chỉ biết qua trích dẫn", "document known only from a reference"),
    /** An incomplete reference (no number, issuer or date) that matches no plan of the cascade. */
    INCOMPLETE_REFERENCE("trích dẫn chưa đầy đủ", "incomplete reference"),
    /** A complete reference that matches no plan of the cascade: the document is not in the collection. */
    UNRESOLVED_REFERENCE("văn bản không có trong tập", "document not in the collection"),
    /** A reference that matches more than one plan of the cascade. */
    AMBIGUOUS_REFERENCE("trích dẫn không xác định được văn bản", "ambiguous reference");

    private final String vi;
    private final String en;

    Kind(String vi, String en) {
      this.vi = vi;
      this.en = en;
    }

    /**
     * Returns true for the placeholders: nodes that stand for a reference the cascade could not resolve.
     *
     * @return whether the node holds no plan
     */
    public boolean isPlaceholder() {
      return this != DOCUMENT && this != KNOWN_BY_REFERENCE;
    }

    @Override
    public String label(Language language) {
      return language == Language.VI ? vi : en;
    }
  }

  private final Kind kind;
  private final Plan plan;
  private final DocumentReference reference;
  private final Object key;
  private final int hash;
  /** Position in the cascade's node list. */
  final int index;

  CascadeNode(Kind kind, Plan plan, DocumentReference reference, Object key, int index) {
    this.kind = kind;
    this.plan = plan;
    this.reference = reference;
    this.key = key;
    this.index = index;
    this.hash = 31 * kind.hashCode() + key.hashCode();
  }

  /**
   * Returns what the node stands for.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns true for a placeholder: a reference the cascade could not resolve to one of its plans.
   *
   * @return whether the node holds no plan
   */
  public boolean isPlaceholder() {
    return kind.isPlaceholder();
  }

  /**
   * Returns the plan.
   *
   * @return the plan, or empty for a placeholder
   */
  public Optional<Plan> plan() {
    return Optional.ofNullable(plan);
  }

  /**
   * Returns the document the node's plan is issued in: its own, or the decision that issues or approves it
   * ({@link Plan#issuingDocument()}).
   *
   * @return the document, or empty unless the kind is {@link Kind#DOCUMENT}
   */
  public Optional<Document> document() {
    return plan == null ? Optional.empty() : plan.issuingDocument();
  }

  /**
   * Returns how the node's document is referred to: a document's complete reference, or the reference as cited.
   *
   * @return the reference
   */
  public DocumentReference reference() {
    return reference;
  }

  /**
   * Returns the issuing body, where known.
   *
   * @return the issuer, or empty
   */
  public Optional<Body> issuer() {
    return plan != null ? plan.issuer() : reference.issuer();
  }

  /**
   * Returns the issue date, where known.
   *
   * @return the date, or empty
   */
  public Optional<LocalDate> date() {
    return plan != null ? plan.date() : reference.date();
  }

  /**
   * Returns the issue date as precisely as it is known: the day, or for a document known only from a citation that
   * gives the month or year ("tháng 3 năm 2018"), that.
   *
   * @return the date, or empty
   */
  public Optional<PartialDate> knownDate() {
    Optional<LocalDate> day = date();
    return day.isPresent() ? Optional.of(PartialDate.of(day.get())) : reference.partialDate();
  }

  /**
   * Returns the number and symbol, where known.
   *
   * @return the number, or empty
   */
  public Optional<DocumentNumber> number() {
    return plan != null ? plan.number() : reference.number();
  }

  /** Returns what identifies the node in its cascade. */
  Object key() {
    return key;
  }

  /**
   * Describes the node: {@code 74-KH/TU ngày 27/01/2018 (Thành ủy Hà Nội)}, or for a reference without a number
   * {@code «Chương trình hành động của Tỉnh ủy» (Tỉnh ủy Kiên Giang)}, with the type in front when the citation
   * does not begin with it.
   */
  @Override
  public String label(Language language) {
    boolean vi = language == Language.VI;
    StringBuilder out = new StringBuilder();
    Optional<DocumentNumber> number = number();
    if (number.isPresent()) {
      out.append(number.get().format());
    } else {
      Optional<String> citation = reference.citation();
      // "Chương trình «Chương trình hành động của Tỉnh ủy»" says the type twice: leave it out when the citation has it.
      reference.type()
          .filter(t -> citation.isEmpty() || !VietnameseText.matchKey(citation.get())
              .startsWith(VietnameseText.matchKey(t.typeName().vi())))
          .ifPresent(t -> out.append(t.typeName().get(language)));
      citation.ifPresent(c -> out.append(out.length() == 0 ? "" : " ").append('«').append(c).append('»'));
      if (out.length() == 0) {
        out.append(vi ? "(không số)" : "(no number)");
      }
    }
    date().ifPresent(d -> out.append(vi ? " ngày " + VietnameseDate.of(d, DateStyle.SLASH).format() : " of " + d));
    if (date().isEmpty()) {
      reference.partialDate().ifPresent(p -> out.append(p.precision() == PartialDate.Precision.MONTH
          ? (vi ? " tháng " : " of ") + p : (vi ? " năm " : " of ") + p));
    }
    issuer().ifPresent(i -> out.append(" (").append(i.name()).append(')'));
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CascadeNode)) {
      return false;
    }
    CascadeNode that = (CascadeNode) o;
    return hash == that.hash && kind == that.kind && key.equals(that.key);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** Returns the Vietnamese label. */
  @Override
  public String toString() {
    return label(Language.VI);
  }
}
