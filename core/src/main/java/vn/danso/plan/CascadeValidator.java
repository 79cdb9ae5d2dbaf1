package vn.danso.plan;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.danso.admin.Hierarchy;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitCode;
import vn.danso.body.PlaceLookups;
import vn.danso.document.Document;
import vn.danso.document.DocumentReference;
import vn.danso.document.DocumentType;
import vn.danso.document.DocumentValidator;
import vn.danso.indicator.IndicatorCatalogue;
import vn.danso.indicator.IndicatorCode;
import vn.danso.indicator.IndicatorDefinition;
import vn.danso.indicator.Period;
import vn.danso.indicator.Polarity;
import vn.danso.validation.Finding;
import vn.danso.validation.ValidationReport;
import vn.danso.validation.Validator;

/**
 * Checks a plan cascade (kiểm tra chuỗi triển khai) against an administrative hierarchy and reports every defect under
 * the {@link PlanRules}, never stopping at the first:
 * <ul>
 *   <li>what building the cascade found ({@link Cascade#report()}): duplicates, references unresolved, incomplete,
 *       inferred, ambiguous or repeated, cycles;</li>
 *   <li>each document, by a {@link DocumentValidator} that knows the hierarchy's place names
 *       ({@link PlaceLookups#fromHierarchy});</li>
 *   <li>each plan on its own: its issuer's unit exists on its date; its phases lie in its stated horizon and do not
 *       overlap; no target year before its year of issue; deadlines between its issue and the end of its horizon;
 *       tasks assigned to bodies within its issuer's territory;</li>
 *   <li>each link: the child is not dated before its parent, not from a higher level, and its issuer's unit lies
 *       within the parent issuer's on the child's date (codes are read on that day);</li>
 *   <li>each plan against the nearest documents above it that set the same thing: a target that says it implements
 *       theirs ({@link PlanTarget#implementing()}) no weaker for the same indicator and year, given the indicator's
 *       {@link Polarity}; an own target that differs from theirs reported as information; none for a later year;
 *       phases within their horizon; reviews not due after theirs.</li>
 * </ul>
 *
 * <p>Validation takes time linear in the size of the cascade: the hierarchy's as-of views are made once for each span
 * of days on which it does not change (and kept for the validator's later runs), the checks of each link read flat
 * arrays the cascade keeps, and what each plan is held against is passed down, not searched for. Immutable (its
 * cache of views aside) and thread-safe.
 */
public final class CascadeValidator implements Validator<Cascade> {
  private final SnapshotCache views;
  private final IndicatorCatalogue indicators;
  private final DocumentValidator documents;

  private CascadeValidator(SnapshotCache views, IndicatorCatalogue indicators, DocumentValidator documents) {
    this.views = views;
    this.indicators = indicators;
    this.documents = documents;
  }

  /**
   * Returns the validator that checks cascades against a hierarchy, with the built-in indicator catalogue for
   * polarities and the standard document checks with the hierarchy's place names.
   *
   * @param hierarchy the hierarchy whose units the issuers serve, e.g. {@code VietnamCatalogue.builder()} with the
   *     districts and communes added
   * @return the validator
   */
  public static CascadeValidator of(Hierarchy hierarchy) {
    checkNotNull(hierarchy, "hierarchy is null: give the hierarchy of the units the issuers serve");
    return new CascadeValidator(new SnapshotCache(hierarchy), IndicatorCatalogue.builtIn(),
        DocumentValidator.standard().withPlaceLookup(PlaceLookups.fromHierarchy(hierarchy)));
  }

  /**
   * Returns this validator taking the indicators' polarities from another catalogue.
   *
   * @param catalogue the catalogue; indicators it does not know compare as band indicators
   * @return the validator
   */
  public CascadeValidator withIndicators(IndicatorCatalogue catalogue) {
    return new CascadeValidator(views, checkNotNull(catalogue, "catalogue is null"), documents);
  }

  /**
   * Returns this validator checking each document with another document validator.
   *
   * @param validator the document validator
   * @return the validator
   */
  public CascadeValidator withDocumentValidator(DocumentValidator validator) {
    return new CascadeValidator(views, indicators, checkNotNull(validator, "validator is null"));
  }

  /**
   * Returns this validator without the checks of each document's number, date, place line and signature, for
   * documents already checked on their own.
   *
   * @return the validator
   */
  public CascadeValidator withoutDocumentChecks() {
    return new CascadeValidator(views, indicators, null);
  }

  @Override
  public ValidationReport validate(Cascade cascade) {
    checkNotNull(cascade, "cascade is null");
    ValidationReport.Builder report = ValidationReport.builder();
    report.addAll(cascade.report());
    ImmutableList<CascadeNode> nodes = cascade.nodes();
    Inherited[] passedOn = new Inherited[nodes.size()];
    List<Inherited> fromParents = new ArrayList<>();
    for (int i : cascade.order()) {
      int[] parents = cascade.parentIndexes(i);
      Inherited received;
      if (parents.length == 0) {
        received = Inherited.NONE;
      } else if (parents.length == 1) {
        received = passedOn[parents[0]];
      } else {
        fromParents.clear();
        for (int p : parents) {
          fromParents.add(passedOn[p]);
        }
        received = Inherited.merge(fromParents);
      }
      boolean content = cascade.hasContent(i);
      passedOn[i] = content ? Inherited.passOn(received, nodes.get(i)) : received;
      CascadeNode node = nodes.get(i);
      Optional<Plan> plan = node.plan();
      if (plan.isEmpty()) {
        continue;
      }
      if (documents != null && plan.get().issuingDocument().isPresent()) {
        report.addAll(documents.validate(plan.get().issuingDocument().get()));
      }
      long day = cascade.day(i);
      String unit = cascade.unit(i);
      HierarchySnapshot view = null;
      if (day != Cascade.NO_DAY && unit != null) {
        view = views.at(day);
        if (!view.contains(unit)) {
          report.add(PlanChecks.unknownUnit(Subjects.of(node), node.issuer().get(), LocalDate.ofEpochDay(day)));
          view = null;
        }
      }
      if (content) {
        PlanChecks.check(node, plan.get(), view, report);
      }
      for (int p : parents) {
        checkLink(cascade, i, p, view, report);
      }
      if (content && received != Inherited.NONE) {
        checkAgainstAbove(node, plan.get(), received, report);
      }
    }
    return report.build();
  }

  /**
   * Checks the link from child {@code c} to parent {@code p} on the flat arrays of the cascade; {@code view} is the
   * hierarchy on the child's date when the child's unit is in it, else null.
   */
  private static void checkLink(Cascade cascade, int c, int p, HierarchySnapshot view,
      ValidationReport.Builder report) {
    long childDay = cascade.day(c);
    long parentDay = cascade.day(p);
    if (childDay != Cascade.NO_DAY && parentDay != Cascade.NO_DAY && childDay < parentDay) {
      report.add(PlanRules.BEFORE_PARENT.finding(Subjects.of(cascade.nodes().get(c)))
          .arg("parent", cascade.nodes().get(p))
          .expected(LocalDate.ofEpochDay(parentDay)).actual(LocalDate.ofEpochDay(childDay)).build());
    }
    String childUnit = cascade.unit(c);
    String parentUnit = cascade.unit(p);
    if (childUnit == null || parentUnit == null) {
      return;
    }
    if (cascade.level(c) < cascade.level(p)) {
      CascadeNode child = cascade.nodes().get(c);
      CascadeNode parent = cascade.nodes().get(p);
      report.add(PlanRules.HIGHER_LEVEL.finding(Subjects.of(child))
          .arg("issuer", child.issuer().get().name()).arg("parentIssuer", parent.issuer().get().name())
          .arg("parent", parent).expected(parent.issuer().get().level()).actual(child.issuer().get().level())
          .build());
      return;
    }
    if (view == null || view.isWithin(childUnit, parentUnit)) {
      return; // an unknown child unit or date is reported by the child's own checks
    }
    CascadeNode child = cascade.nodes().get(c);
    CascadeNode parent = cascade.nodes().get(p);
    LocalDate date = LocalDate.ofEpochDay(childDay);
    if (!view.contains(parentUnit)) {
      report.add(PlanChecks.unknownUnit(Subjects.of(child), parent.issuer().get(), date));
    } else {
      report.add(PlanRules.OUTSIDE_PARENT_JURISDICTION.finding(Subjects.of(child))
          .arg("issuer", child.issuer().get().name()).arg("parentIssuer", parent.issuer().get().name())
          .arg("parent", parent).arg("date", date)
          .expected(PlanChecks.unitLabel(view, UnitCode.of(parentUnit)))
          .actual(PlanChecks.unitLabel(view, UnitCode.of(childUnit))).build());
    }
  }

  private void checkAgainstAbove(CascadeNode node, Plan plan, Inherited above, ValidationReport.Builder report) {
    for (PlanTarget target : plan.targets()) {
      List<Inherited.Sourced<PlanTarget>> theirs = above.targets.get(target.indicator());
      if (theirs == null || theirs.isEmpty()) {
        continue;
      }
      Polarity polarity = polarity(target.indicator());
      boolean sameYear = false;
      Inherited.Sourced<PlanTarget> latest = null;
      for (Inherited.Sourced<PlanTarget> their : theirs) {
        if (their.value.year() == target.year()) {
          sameYear = true;
          compare(node, target, their, polarity, report);
        }
        if (latest == null || their.value.year() > latest.value.year()) {
          latest = their;
        }
      }
      if (!sameYear && target.year() > latest.value.year()) {
        report.add(PlanRules.LATER_TARGET_YEAR.finding(PlanChecks.targetSubject(node, target))
            .arg("indicator", target.indicator().value()).arg("parent", latest.from)
            .expected(latest.value.year()).actual(target.year()).build());
      }
    }
    for (Phase phase : plan.phases()) {
      for (Inherited.Sourced<Period> horizon : above.horizons) {
        if (!horizon.value.contains(phase.period())) {
          report.add(PlanRules.PHASE_OUTSIDE_PARENT_HORIZON.finding(
              Subjects.of(node).child("phase", phase.period().code()))
              .arg("parent", horizon.from).expected(horizon.value).actual(phase.period()).build());
        }
      }
    }
    for (ReportingDuty duty : plan.reporting()) {
      List<Inherited.Sourced<LocalDate>> theirs = above.reviews.get(duty.kind());
      if (!duty.kind().isReview() || duty.due().isEmpty() || theirs == null) {
        continue;
      }
      for (Inherited.Sourced<LocalDate> their : theirs) {
        if (duty.due().get().isAfter(their.value)) {
          report.add(PlanRules.REVIEW_AFTER_PARENT.finding(
              Subjects.of(node).child("reporting", PlanChecks.key(duty.kind())))
              .arg("kind", duty.kind()).arg("parent", their.from)
              .expected(their.value).actual(duty.due().get()).build());
        }
      }
    }
  }

  private static void compare(CascadeNode node, PlanTarget target, Inherited.Sourced<PlanTarget> their,
      Polarity polarity, ValidationReport.Builder report) {
    boolean claimed = target.implementing().isPresent() && names(target.implementing().get(), their.from);
    if (!claimed) {
      if (!TargetComparison.sameStatement(target, their.value)) {
        report.add(PlanRules.OWN_TARGET.finding(PlanChecks.targetSubject(node, target))
            .arg("indicator", target.indicator().value()).arg("year", target.year()).arg("parent", their.from)
            .expected(PlanChecks.statement(their.value.target())).actual(PlanChecks.statement(target.target()))
            .build());
      }
      return;
    }
    TargetComparison.Outcome outcome = TargetComparison.compare(target, their.value, polarity);
    if (outcome == TargetComparison.Outcome.NOT_WEAKER) {
      return;
    }
    boolean weaker = outcome == TargetComparison.Outcome.WEAKER;
    Finding.Builder finding = (weaker ? PlanRules.WEAKER_TARGET : PlanRules.INCOMPARABLE_TARGET)
        .finding(PlanChecks.targetSubject(node, target))
        .arg("indicator", target.indicator().value()).arg("year", target.year()).arg("parent", their.from)
        .expected(PlanChecks.statement(their.value.target())).actual(PlanChecks.statement(target.target()));
    if (weaker) {
      finding.arg("polarity", polarity);
    }
    report.add(finding.build());
  }

  /**
   * True if a reference names a node: its document (a plan issued by a decision also by the decision's number with
   * the plan's type), or for a plan known by a reference, that reference.
   */
  static boolean names(DocumentReference reference, CascadeNode node) {
    Optional<Document> document = node.document();
    if (document.isEmpty()) {
      return ReferenceKey.of(node.reference()).admits(reference);
    }
    if (reference.matches(document.get())) {
      return true;
    }
    Optional<DocumentType> issuedAs = node.plan().flatMap(Plan::issuedAs);
    return issuedAs.isPresent() && reference.type().equals(issuedAs)
        && CascadeAssembler.withoutType(reference).matches(document.get());
  }

  private Polarity polarity(IndicatorCode code) {
    return indicators.indicator(code).map(IndicatorDefinition::polarity).orElse(Polarity.BAND);
  }
}
