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
 * against its issuer's territory. Subjects are made only for findings: a plan without defects allocates little.
 */
final class PlanChecks {
  private PlanChecks() {}

  /**
   * Checks the plan's content; {@code view} is the hierarchy on the plan's date when its issuer's unit is in it, else
   * null (then the tasks' bodies are not checked: the issuer's unit or the date is already reported missing).
   */
  static void check(CascadeNode node, Plan plan, HierarchySnapshot view, ValidationReport.Builder report) {
    if (!plan.phases().isEmpty()) {
      checkPhases(node, plan, report);
    }
    Optional<LocalDate> date = plan.date();
    if (date.isPresent()) {
      int year = date.get().getYear();
      for (PlanTarget target : plan.targets()) {
        if (target.year() < year) {
          report.add(PlanRules.TARGET_BEFORE_ISSUE.finding(targetSubject(node, target))
              .arg("indicator", target.indicator().value()).expected(year).actual(target.year()).build());
        }
      }
    }
    if (!plan.tasks().isEmpty() || !plan.reporting().isEmpty()) {
      checkDeadlines(node, plan, report);
    }
    if (view != null && !plan.tasks().isEmpty()) {
      checkTasks(node, plan, plan.issuer().get(), date.get(), view, report);
    }
  }

  private static void checkPhases(CascadeNode node, Plan plan, ValidationReport.Builder report) {
    List<Phase> phases = plan.phases();
    for (int i = 0; i < phases.size(); i++) {
      Period period = phases.get(i).period();
      if (plan.horizon().isPresent() && !plan.horizon().get().contains(period)) {
        report.add(PlanRules.PHASE_OUTSIDE_HORIZON.finding(Subjects.of(node).child("phase", period.code()))
            .expected(plan.horizon().get()).actual(period).build());
      }
      for (int j = i + 1; j < phases.size(); j++) {
        Period other = phases.get(j).period();
        boolean overlap = !period.lastMonth().isBefore(other.firstMonth())
            && !other.lastMonth().isBefore(period.firstMonth());
        if (overlap) {
          report.add(PlanRules.PHASE_OVERLAP.finding(Subjects.of(node).child("phase", other.code()))
              .expected(period).actual(other).build());
        }
      }
    }
  }

  private static void checkDeadlines(CascadeNode node, Plan plan, ValidationReport.Builder report) {
    LocalDate issued = plan.date().orElse(null);
    LocalDate end = plan.effectiveHorizon().map(Period::end).orElse(null);
    if (issued == null && end == null) {
      return;
    }
    List<Task> tasks = plan.tasks();
    for (int i = 0; i < tasks.size(); i++) {
      Task task = tasks.get(i);
      if (task.deadline().isPresent() && outside(task.deadline().get(), issued, end)) {
        report.add(PlanRules.DEADLINE_OUTSIDE_HORIZON.finding(taskSubject(node, task, i))
            .arg("what", LocalizedText.of("nhiệm vụ «" + task + "»", "task «" + task + "»"))
            .expected(span(issued, end)).actual(task.deadline().get()).build());
      }
    }
    for (ReportingDuty duty : plan.reporting()) {
      if (duty.due().isPresent() && outside(duty.due().get(), issued, end)) {
        report.add(PlanRules.DEADLINE_OUTSIDE_HORIZON.finding(Subjects.of(node).child("reporting", key(duty.kind())))
            .arg("what", duty.kind()).expected(span(issued, end)).actual(duty.due().get()).build());
      }
    }
  }

  private static boolean outside(LocalDate day, LocalDate from, LocalDate to) {
    return (from != null && day.isBefore(from)) || (to != null && day.isAfter(to));
  }

  private static LocalizedText span(LocalDate from, LocalDate to) {
    return LocalizedText.of(
        (from == null ? "…" : CoverageFormat.date(from, Language.VI)) + " – "
            + (to == null ? "…" : CoverageFormat.date(to, Language.VI)),
        (from == null ? "…" : from.toString()) + " – " + (to == null ? "…" : to.toString()));
  }

  private static void checkTasks(CascadeNode node, Plan plan, Body issuer, LocalDate date, HierarchySnapshot view,
      ValidationReport.Builder report) {
    UnitCode territory = issuer.jurisdiction().unit();
    List<Task> tasks = plan.tasks();
    for (int i = 0; i < tasks.size(); i++) {
      Task task = tasks.get(i);
      if (task.lead().isPresent()) {
        checkAssignee(node, task, i, task.lead().get(), issuer, territory, date, view, report);
      }
      for (Body partner : task.partners()) {
        checkAssignee(node, task, i, partner, issuer, territory, date, view, report);
      }
    }
  }

  private static void checkAssignee(CascadeNode node, Task task, int index, Body body, Body issuer,
      UnitCode territory, LocalDate date, HierarchySnapshot view, ValidationReport.Builder report) {
    UnitCode unit = body.jurisdiction().unit();
    if (unit.equals(territory) || view.isWithin(unit, territory)) {
      return; // the issuer's own unit is known to exist: its own check looked it up
    }
    if (!view.contains(unit.value())) {
      report.add(unknownUnit(taskSubject(node, task, index), body, date));
    } else {
      report.add(PlanRules.TASK_OUTSIDE_JURISDICTION.finding(taskSubject(node, task, index))
          .arg("task", task.text()).arg("body", body.name()).arg("issuer", issuer.name())
          .expected(unitLabel(view, territory)).actual(unitLabel(view, unit)).build());
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

  static Subject targetSubject(CascadeNode node, PlanTarget target) {
    return Subjects.of(node).child("target", target.indicator().value() + " " + target.year());
  }

  static Subject taskSubject(CascadeNode node, Task task, int index) {
    return Subjects.of(node).child("task", task.label().orElse(Integer.toString(index + 1)));
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
}
