package vn.danso.plan;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.body.Body;
import vn.danso.document.Document;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentReference;
import vn.danso.document.DocumentType;
import vn.danso.indicator.IndicatorCode;
import vn.danso.indicator.Period;
import vn.danso.internal.DansoStyle;
import vn.danso.text.Language;
import vn.danso.text.Localized;

/**
 * A plan (kế hoạch, chương trình hành động, nghị quyết): a document with its content — objectives (mục tiêu), targets
 * (chỉ tiêu), tasks (nhiệm vụ, giải pháp), phases (giai đoạn) and reporting duties (chế độ báo cáo, sơ kết, tổng kết)
 * — and the documents it implements, which make it a node of a {@link Cascade}.
 *
 * <p>Most plans are known in full, as a {@link Document}:
 *
 * <pre>{@code
 * Plan plan49 = Plan.builder()
 *     .document(kh49)                          // 49-KH/ĐUK, implementing 71-KH/TU
 *     .addObjectives("Quán triệt sâu sắc, tuyên truyền rộng rãi … Nghị quyết số 21")
 *     .addTasks(followUp)
 *     .addReporting(ReportingDuty.builder().kind(ReportingKind.FINAL_REVIEW).build())
 *     .build();
 * }</pre>
 *
 * <p>Some are known only from what other texts say of them: seed 002 names "Chương trình hành động của Tỉnh ủy"
 * with no number or date, seed 004 gives the phases of a Hải Dương plan without its number. Such a plan is built
 * from the {@linkplain #reference() reference} it is known by, with the documents it implements given explicitly; a
 * cascade keeps it as a node and reports what it lacks, never invents it:
 *
 * <pre>{@code
 * Plan programme = Plan.builder()
 *     .reference(DocumentReference.builder().type(DocumentType.PROGRAMME).issuer(tinhUyKienGiang)
 *         .citation("Chương trình hành động của Tỉnh ủy").build())
 *     .implemented(List.of(nq21.reference()))
 *     .build();
 * }</pre>
 *
 * <p>Many provincial plans have no number of their own: the People's Committee issues them with a decision
 * ("Ban hành kèm theo Quyết định số 457/QĐ-UBND"), or a decision approves a programme whose content is in the
 * decision itself. Such a plan is built on the {@linkplain #issuingDecision() decision}; it is referred to, dated and
 * numbered by it, so a cascade links through the decision, coverage counts the decision's issuer as having a plan and
 * the lag is measured from the decision's date:
 *
 * <pre>{@code
 * Plan sonLa = Plan.builder()
 *     .attachedTo(qd457, DocumentType.PROGRAMME)     // Chương trình hành động ban hành kèm theo QĐ 457/QĐ-UBND
 *     .build();
 * sonLa.form();                                      // Form.ATTACHED_TO_DECISION
 * sonLa.number();                                    // Optional[457/QĐ-UBND]
 * }</pre>
 *
 * <p>Defects of the content (a phase outside the stated horizon, a target year before the plan) are reported by
 * {@link CascadeValidator}, not thrown; contradictory builder input (a document together with another reference) is
 * misuse and throws. Immutable; compares by value.
 */
@Value.Immutable
@DansoStyle
public abstract class Plan {
  Plan() {}

  /** How a plan is issued (hình thức ban hành). */
  public enum Form implements Localized {
    /** A document of its own, with its own number: "Kế hoạch số 71-KH/TU". */
    OWN_NUMBER("văn bản có số riêng", "a document with its own number"),
    /** Issued with a decision and numbered by it: "Ban hành kèm theo Quyết định số 457/QĐ-UBND". */
    ATTACHED_TO_DECISION("ban hành kèm theo quyết định", "issued with a decision"),
    /** Approved by a decision whose own articles hold the content: "Quyết định phê duyệt Chương trình…". */
    IN_DECISION("nội dung nằm trong quyết định phê duyệt", "content in the approving decision"),
    /** Known only from what other texts say of it. */
    KNOWN_BY_REFERENCE("chỉ biết qua trích dẫn", "known only from a reference");

    private final String vi;
    private final String en;

    Form(String vi, String en) {
      this.vi = vi;
      this.en = en;
    }

    /**
     * Returns true for the forms issued by a decision.
     *
     * @return whether the plan is numbered and dated by a decision
     */
    public boolean isIssuedByDecision() {
      return this == ATTACHED_TO_DECISION || this == IN_DECISION;
    }

    @Override
    public String label(Language language) {
      return language == Language.VI ? vi : en;
    }
  }

  /**
   * Returns the plan's document, when it is known in full and has its own number.
   *
   * @return the document, or empty for a plan issued by a decision or known only from a reference
   */
  public abstract Optional<Document> document();

  /**
   * Returns the decision (quyết định) that issues the plan ("ban hành kèm theo Quyết định số …") or approves it with
   * the content in its articles; the plan has no number of its own and is referred to by the decision's.
   *
   * @return the decision, or empty for a plan with its own document or known only from a reference
   */
  public abstract Optional<Document> issuingDecision();

  /**
   * Returns the type of what a decision issues or approves: {@code PROGRAMME} for "Chương trình hành động",
   * {@code PLAN} for "Kế hoạch". A citation of the decision's number with this type ("Chương trình hành động ban
   * hành kèm theo Quyết định số 457/QĐ-UBND") names the plan and is not a type mismatch.
   *
   * @return the type, or empty
   */
  public abstract Optional<DocumentType> issuedAs();

  /**
   * Returns how the plan is issued: {@link Form#OWN_NUMBER} with a document, {@link Form#ATTACHED_TO_DECISION} with
   * an issuing decision unless {@link Form#IN_DECISION} is given, else {@link Form#KNOWN_BY_REFERENCE}.
   *
   * @return the form
   */
  @Value.Default
  public Form form() {
    return document().isPresent() ? Form.OWN_NUMBER
        : issuingDecision().isPresent() ? Form.ATTACHED_TO_DECISION : Form.KNOWN_BY_REFERENCE;
  }

  /**
   * Returns the document the plan is issued in: its own document, or the decision that issues or approves it.
   *
   * @return the document, or empty for a plan known only from a reference
   */
  public Optional<Document> issuingDocument() {
    return document().isPresent() ? document() : issuingDecision();
  }

  /**
   * Returns how the plan is referred to: the document's complete reference, or for a plan known only from what other
   * texts say, that (possibly incomplete) reference.
   *
   * @return the reference
   */
  @Value.Default
  public DocumentReference reference() {
    return issuingDocument().map(Document::reference).orElseThrow(() -> new IllegalStateException(
        "a plan needs its document(…), the decision that issues it (attachedTo(…), approvedIn(…)) or, when the "
            + "document is not known in full, the reference(…) it is known by"));
  }

  /**
   * Returns the documents the plan implements ("thực hiện…"): the document's; for a plan issued by a decision those
   * given, by default the decision's; those given for a plan known only from a reference.
   *
   * @return the references, in the order cited
   */
  // The default is not empty, so the builder takes the whole value at once rather than adding to it.
  @SuppressWarnings("immutables:untype")
  @Value.Default
  public ImmutableList<DocumentReference> implemented() {
    return issuingDocument().map(Document::implemented).orElse(ImmutableList.of());
  }

  /**
   * Returns the objectives (mục tiêu, mục đích), as the document words them.
   *
   * @return the objectives
   */
  public abstract ImmutableList<String> objectives();

  /**
   * Returns the targets (chỉ tiêu).
   *
   * @return the targets
   */
  public abstract ImmutableList<PlanTarget> targets();

  /**
   * Returns the tasks (nhiệm vụ, giải pháp), in order.
   *
   * @return the tasks
   */
  public abstract ImmutableList<Task> tasks();

  /**
   * Returns the phases (giai đoạn), in order.
   *
   * @return the phases
   */
  public abstract ImmutableList<Phase> phases();

  /**
   * Returns the reporting duties: periodic reports, mid-term and final reviews.
   *
   * @return the duties
   */
  public abstract ImmutableList<ReportingDuty> reporting();

  /**
   * Returns the years the plan states it covers, e.g. 2018–2030.
   *
   * @return the stated horizon, or empty; see {@link #effectiveHorizon()}
   */
  public abstract Optional<Period> horizon();

  /**
   * Returns the issuing body: the document's or decision's, or the reference's.
   *
   * @return the issuer, or empty when a reference does not name it
   */
  public Optional<Body> issuer() {
    Optional<Document> d = issuingDocument();
    return d.isPresent() ? Optional.of(d.get().issuer()) : reference().issuer();
  }

  /**
   * Returns the issue date: the document's or decision's, or the reference's.
   *
   * @return the date, or empty when a reference does not give it to the day
   */
  public Optional<LocalDate> date() {
    Optional<Document> d = issuingDocument();
    return d.isPresent() ? Optional.of(d.get().date()) : reference().date();
  }

  /**
   * Returns the number and symbol: the document's, the decision's, or the reference's.
   *
   * @return the number, or empty when a reference does not give it
   */
  public Optional<DocumentNumber> number() {
    Optional<Document> d = issuingDocument();
    return d.isPresent() ? Optional.of(d.get().number()) : reference().number();
  }

  /**
   * Returns the targets set for an indicator.
   *
   * @param indicator the indicator
   * @return the targets, in order
   */
  public ImmutableList<PlanTarget> targets(IndicatorCode indicator) {
    checkNotNull(indicator, "indicator is null");
    return targets().stream().filter(t -> t.indicator().equals(indicator))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the years the plan covers: the {@linkplain #horizon() stated horizon}; otherwise, when the plan has phases
   * or targets, from the year of issue (or the earliest phase or target year) to the latest phase or target year.
   * Resolution 21-NQ/TW, issued in 2017 with targets for 2030, covers 2017–2030.
   *
   * @return the horizon, or empty for a plan that states none and has neither phases nor targets
   */
  @Value.Derived
  public Optional<Period> effectiveHorizon() {
    if (horizon().isPresent()) {
      return horizon();
    }
    if (phases().isEmpty() && targets().isEmpty()) {
      return Optional.empty();
    }
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (Phase phase : phases()) {
      first = Math.min(first, phase.firstYear());
      last = Math.max(last, phase.lastYear());
    }
    for (PlanTarget target : targets()) {
      first = Math.min(first, target.year());
      last = Math.max(last, target.year());
    }
    if (date().isPresent()) {
      first = Math.min(first, date().get().getYear());
    }
    return Optional.of(last > first ? Period.phase(first, last) : Period.year(first));
  }

  /**
   * Returns true if the plan is known only from a reference, not as a full document.
   *
   * @return whether the document is missing
   */
  public boolean isKnownOnlyByReference() {
    return issuingDocument().isEmpty();
  }

  /** True if the plan has anything the validator holds against itself or the documents above. */
  boolean hasCheckedContent() {
    return !targets().isEmpty() || !tasks().isEmpty() || !phases().isEmpty() || !reporting().isEmpty()
        || horizon().isPresent();
  }

  /** Fails fast on contradictory builder input; see {@link PlanGuard}. */
  @Value.Check
  void check() {
    PlanGuard.check(this);
  }

  /** Returns the reference's text, e.g. {@code "Kế hoạch 49-KH/ĐUK ngày 04/06/2018 của …"}. */
  @Override
  public String toString() {
    if (form().isIssuedByDecision()) {
      return issuedAs().map(t -> t.typeName().vi() + " ").orElse("")
          + (form() == Form.ATTACHED_TO_DECISION ? "kèm theo " : "trong ") + issuingDecision().get();
    }
    return document().map(Document::toString).orElseGet(() -> reference().toString());
  }

  /**
   * Returns the plan of a document, with no content.
   *
   * @param document the document
   * @return the plan
   */
  public static Plan of(Document document) {
    return builder().document(checkNotNull(document, "document is null")).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder of plans
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Plan}; a document, or a reference, is required. Not thread-safe. */
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {}

    /**
     * Sets the documents a plan known only from a reference implements.
     *
     * @param references the references, in the order cited
     * @return this builder
     */
    public Builder implemented(Iterable<DocumentReference> references) {
      return implemented(ImmutableList.copyOf(checkNotNull(references, "references is null")));
    }

    /**
     * Sets the documents a plan known only from a reference implements.
     *
     * @param references the references, in the order cited
     * @return this builder
     */
    public Builder implemented(DocumentReference... references) {
      return implemented(ImmutableList.copyOf(checkNotNull(references, "references is null")));
    }

    /**
     * Sets the decision that issues the plan as an attachment ("Ban hành kèm theo Quyết định này Chương trình hành
     * động…"): the plan is numbered and dated by the decision.
     *
     * @param decision the decision, of type {@link DocumentType#DECISION}
     * @param type what the decision issues, e.g. {@link DocumentType#PROGRAMME} or {@link DocumentType#PLAN}
     * @return this builder
     */
    public Builder attachedTo(Document decision, DocumentType type) {
      return issuingDecision(checkNotNull(decision, "decision is null")).issuedAs(checkNotNull(type, "type is null"))
          .form(Form.ATTACHED_TO_DECISION);
    }

    /**
     * Sets the decision that approves the plan with its content in the decision's own articles ("Quyết định phê duyệt
     * Chương trình…").
     *
     * @param decision the decision, of type {@link DocumentType#DECISION}
     * @param type what the decision approves, e.g. {@link DocumentType#PROGRAMME}
     * @return this builder
     */
    public Builder approvedIn(Document decision, DocumentType type) {
      return issuingDecision(checkNotNull(decision, "decision is null")).issuedAs(checkNotNull(type, "type is null"))
          .form(Form.IN_DECISION);
    }
  }
}
