package vn.danso.plan;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import vn.danso.body.Body;
import vn.danso.document.Document;
import vn.danso.document.DocumentNumber;
import vn.danso.document.DocumentReference;
import vn.danso.indicator.IndicatorCode;
import vn.danso.indicator.Period;
import vn.danso.internal.DansoStyle;

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
 * <p>Defects of the content (a phase outside the stated horizon, a target year before the plan) are reported by
 * {@link CascadeValidator}, not thrown; contradictory builder input (a document together with another reference) is
 * misuse and throws. Immutable; compares by value.
 */
@Value.Immutable
@DansoStyle
public abstract class Plan {
  Plan() {}

  /**
   * Returns the plan's document, when it is known in full.
   *
   * @return the document, or empty for a plan known only from a reference
   */
  public abstract Optional<Document> document();

  /**
   * Returns how the plan is referred to: the document's complete reference, or for a plan known only from what other
   * texts say, that (possibly incomplete) reference.
   *
   * @return the reference
   */
  @Value.Default
  public DocumentReference reference() {
    return document().map(Document::reference).orElseThrow(() -> new IllegalStateException(
        "a plan needs its document(…) or, when the document is not known in full, the reference(…) it is known by"));
  }

  /**
   * Returns the documents the plan implements ("thực hiện…"): the document's, or those given for a plan known only
   * from a reference.
   *
   * @return the references, in the order cited
   */
  // The default is not empty, so the builder takes the whole value at once rather than adding to it.
  @SuppressWarnings("immutables:untype")
  @Value.Default
  public ImmutableList<DocumentReference> implemented() {
    return document().map(Document::implemented).orElse(ImmutableList.of());
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
   * Returns the issuing body: the document's, or the reference's.
   *
   * @return the issuer, or empty when a reference does not name it
   */
  public Optional<Body> issuer() {
    return document().isPresent() ? Optional.of(document().get().issuer()) : reference().issuer();
  }

  /**
   * Returns the issue date: the document's, or the reference's.
   *
   * @return the date, or empty when a reference does not give it
   */
  public Optional<LocalDate> date() {
    return document().isPresent() ? Optional.of(document().get().date()) : reference().date();
  }

  /**
   * Returns the number and symbol: the document's, or the reference's.
   *
   * @return the number, or empty when a reference does not give it
   */
  public Optional<DocumentNumber> number() {
    return document().isPresent() ? Optional.of(document().get().number()) : reference().number();
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
    return document().isEmpty();
  }

  /** True if the plan has anything the validator holds against itself or the documents above. */
  boolean hasCheckedContent() {
    return !targets().isEmpty() || !tasks().isEmpty() || !phases().isEmpty() || !reporting().isEmpty()
        || horizon().isPresent();
  }

  @Value.Check
  void check() {
    if (document().isPresent()) {
      Document d = document().get();
      checkState(reference().equals(d.reference()),
          "plan %s has a document and another reference: leave reference(…) out, it is the document's", d.number());
      checkState(implemented().equals(d.implemented()),
          "plan %s has a document and other implemented references: give them to the document", d.number());
    }
    for (String objective : objectives()) {
      checkState(!objective.isBlank(), "plan %s has a blank objective; omit it", reference());
    }
    horizon().ifPresent(h -> checkState(h.months() % 12 == 0 && h.firstMonth().getMonthValue() == 1,
        "plan %s: a horizon spans whole years (Period.phase or Period.year), not %s", reference(), h));
  }

  /** Returns the reference's text, e.g. {@code "Kế hoạch 49-KH/ĐUK ngày 04/06/2018 của …"}. */
  @Override
  public String toString() {
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
      return implemented(ImmutableList.copyOf(references));
    }
  }
}
