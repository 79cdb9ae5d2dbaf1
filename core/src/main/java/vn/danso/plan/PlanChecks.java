package vn.danso.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitCode;
import vn.danso.body.Body;
import vn.danso.indicator.Period;
import vn.danso.indicator.Target;
import vn.danso.text.Language;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Finding;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;

/**
 * The checks of one plan on its own: its issuer's unit on its date, its phases against its stated horizon and each
 * other, its target years and deadlines against its date and horizon, and the bodies its tasks are assigned to
 * against its issuer's territory.
 */
final class PlanChecks {
  private PlanChecks() {}

  static void check(Plan plan, Subject subject, SnapshotCache views, ValidationReport.Builder report) {
    Optional<Body> issuer = plan.issuer();
    Optional<LocalDate> date = plan.date();
    HierarchySnapshot view = date.map(views::at).orElse(null);
    boolean issuerKnown = false;
    if (issuer.isPresent() && view != null) {
      UnitCode unit = issuer.get().jurisdiction().unit();
      issuerKnown = view.contains(unit.value());
      if (!issuerKnown) {
        report.add(unknownUnit(subject, issuer.get(), date.get()));
      }
    }
    checkPhases(plan, subject, report);
    date.ifPresent(d -> plan.targets().forEach(t -> {
      if (t.year() < d.getYear()) {
        report.add(PlanRules.TARGET_BEFORE_ISSUE.finding(targetSubject(subject, t))
            .arg("indicator", t.indicator().value()).expected(d.getYear()).actual(t.year()).build());
      }
    }));
    checkDeadlines(plan, subject, report);
    if (issuerKnown) {
      checkTasks(plan, issuer.get(), date.get(), view, subject, report);
    }
  }

  private static void checkPhases(Plan plan, Subject subject, ValidationReport.Builder report) {
    List<Phase> phases = plan.phases();
    for (int i = 0; i < phases.size(); i++) {
      Period period = phases.get(i).period();
      if (plan.horizon().isPresent() && !plan.horizon().get().contains(period)) {
        report.add(PlanRules.PHASE_OUTSIDE_HORIZON.finding(subject.child("phase", period.code()))
            .expected(plan.horizon().get()).actual(period).build());
      }
      for (int j = i + 1; j < phases.size(); j++) {
        Period other = phases.get(j).period();
        boolean overlap = !period.lastMonth().isBefore(other.firstMonth())
            && !other.lastMonth().isBefore(period.firstMonth());
        if (overlap) {
          report.add(PlanRules.PHASE_OVERLAP.finding(subject.child("phase", other.code()))
              .expected(period).actual(other).build());
        }
      }
    }
  }

  private static void checkDeadlines(Plan plan, Subject subject, ValidationReport.Builder report) {
    Optional<LocalDate> issued = plan.date();
    Optional<LocalDate> end = plan.effectiveHorizon().map(Period::end);
    if (issued.isEmpty() && end.isEmpty()) {
      return;
    }
    LocalizedText span = LocalizedText.of(
        issued.map(PlanChecks::vi).orElse("…") + " – " + end.map(PlanChecks::vi).orElse("…"),
        issued.map(LocalDate::toString).orElse("…") + " – " + end.map(LocalDate::toString).orElse("…"));
    List<Task> tasks = plan.tasks();
    for (int i = 0; i < tasks.size(); i++) {
      Task task = tasks.get(i);
      if (task.deadline().isPresent() && outside(task.deadline().get(), issued, end)) {
        report.add(PlanRules.DEADLINE_OUTSIDE_HORIZON.finding(taskSubject(subject, task, i))
            .arg("what", LocalizedText.of("nhiệm vụ «" + task + "»", "task «" + task + "»"))
            .expected(span).actual(task.deadline().get()).build());
      }
    }
    for (ReportingDuty duty : plan.reporting()) {
      if (duty.due().isPresent() && outside(duty.due().get(), issued, end)) {
        report.add(PlanRules.DEADLINE_OUTSIDE_HORIZON.finding(subject.child("reporting", key(duty.kind())))
            .arg("what", duty.kind()).expected(span).actual(duty.due().get()).build());
      }
    }
  }

  private static boolean outside(LocalDate day, Optional<LocalDate> from, Optional<LocalDate> to) {
    return (from.isPresent() && day.isBefore(from.get())) || (to.isPresent() && day.isAfter(to.get()));
  }

  private static void checkTasks(Plan plan, Body issuer, LocalDate date, HierarchySnapshot view, Subject subject,
      ValidationReport.Builder report) {
    UnitCode territory = issuer.jurisdiction().unit();
    List<Task> tasks = plan.tasks();
    for (int i = 0; i < tasks.size(); i++) {
      Task task = tasks.get(i);
      for (Body body : task.bodies()) {
        UnitCode unit = body.jurisdiction().unit();
        if (!view.contains(unit.value())) {
          report.add(unknownUnit(taskSubject(subject, task, i), body, date));
        } else if (!view.isWithin(unit, territory)) {
          report.add(PlanRules.TASK_OUTSIDE_JURISDICTION.finding(taskSubject(subject, task, i))
              .arg("task", task.text()).arg("body", body.name()).arg("issuer", issuer.name())
              .expected(unitLabel(view, territory)).actual(unitLabel(view, unit)).build());
        }
      }
    }
  }

  static Finding unknownUnit(Subject subject, Body body, LocalDate date) {
    return PlanRules.UNIT_UNKNOWN.finding(subject)
        .arg("body", body.name()).arg("date", date).actual(body.jurisdiction().unit().value()).build();
  }

  /** E.g. {@code "909 Huyện An Minh"}. */
  static String unitLabel(HierarchySnapshot view, UnitCode code) {
    return code.value() + view.unit(code).map(u -> " " + u.fullName()).orElse("");
  }

  static Subject targetSubject(Subject subject, PlanTarget target) {
    return subject.child("target", target.indicator().value() + " " + target.year());
  }

  static Subject taskSubject(Subject subject, Task task, int index) {
    return subject.child("task", task.label().orElse(Integer.toString(index + 1)));
  }

  static String key(ReportingKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A target's statement without its year: {@code < 109}, {@code ≈ 2,1}, {@code giảm 50%}. */
  static LocalizedText statement(Target target) {
    BigDecimal value = target.value();
    String plain = value.toPlainString();
    String vi = plain.replace('.', ',');
    if (target.kind().isRelative()) {
      return LocalizedText.of(target.kind().label(Language.VI) + " " + vi + "%",
          target.kind().label(Language.EN) + " " + plain + "%");
    }
    return LocalizedText.of(target.kind().symbol() + " " + vi, target.kind().symbol() + " " + plain);
  }

  private static String vi(LocalDate date) {
    return CoverageFormat.date(date, Language.VI);
  }
}
