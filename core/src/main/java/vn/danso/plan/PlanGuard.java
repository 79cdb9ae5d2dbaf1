package vn.danso.plan;

import static com.google.common.base.Preconditions.checkState;

import vn.danso.document.Document;
import vn.danso.document.DocumentType;
import vn.danso.plan.Plan.Form;

/**
 * The guards of a {@link Plan}'s builder input. Contradictory input (a document together with another reference, an
 * issuing decision that is not a decision, a form that does not fit what is given, a blank objective, a horizon of
 * part of a year) is misuse and fails fast with a message that says what to give instead; defects of the content are
 * {@link CascadeValidator}'s findings, not checked here.
 */
final class PlanGuard {
  private PlanGuard() {}

  /**
   * Throws if the plan's builder input contradicts itself.
   *
   * @param plan the plan just built
   * @throws IllegalStateException if the input is contradictory; the message says what to leave out or use instead
   */
  static void check(Plan plan) {
    if (plan.document().isPresent()) {
      Document d = plan.document().get();
      checkState(plan.reference().equals(d.reference()),
          "plan %s has a document and another reference: leave reference(…) out, it is the document's", d.number());
      checkState(plan.implemented().equals(d.implemented()),
          "plan %s has a document and other implemented references: give them to the document", d.number());
      checkState(plan.issuingDecision().isEmpty(), "plan %s has its own document and an issuing decision: a plan "
          + "issued by a decision has no number of its own, give only attachedTo(…) or approvedIn(…)", d.number());
      checkState(plan.issuedAs().isEmpty(), "plan %s: issuedAs(…) is for a plan issued by a decision; the "
          + "document's type is %s", d.number(), d.type());
    }
    if (plan.issuingDecision().isPresent()) {
      Document d = plan.issuingDecision().get();
      checkState(d.type() == DocumentType.DECISION, "plan issued by %s: that is a %s, not a decision (Quyết định); "
          + "give a plan with its own number as document(…)", d.number(), d.type());
      checkState(plan.reference().equals(d.reference()),
          "plan issued by %s has another reference: leave reference(…) out, it is the decision's", d.number());
    }
    checkState(plan.form().isIssuedByDecision() == plan.issuingDecision().isPresent()
            && (plan.form() == Form.OWN_NUMBER) == plan.document().isPresent(),
        "plan %s: form %s does not fit what is given; use attachedTo(…) or approvedIn(…) for a plan issued by a "
            + "decision", plan.reference(), plan.form());
    plan.issuedAs().ifPresent(t -> checkState(t != DocumentType.DECISION,
        "plan %s: issuedAs(…) is what the decision issues (PROGRAMME, PLAN…), not DECISION", plan.reference()));
    for (String objective : plan.objectives()) {
      checkState(!objective.isBlank(), "plan %s has a blank objective; omit it", plan.reference());
    }
    plan.horizon().ifPresent(h -> checkState(h.months() % 12 == 0 && h.firstMonth().getMonthValue() == 1,
        "plan %s: a horizon spans whole years (Period.phase or Period.year), not %s", plan.reference(), h));
  }
}
