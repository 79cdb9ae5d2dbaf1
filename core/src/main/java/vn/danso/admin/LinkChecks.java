package vn.danso.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import vn.danso.admin.HierarchyAssembler.LinkDraft;
import vn.danso.validation.ValidationReport;

/**
 * The checks of one day's succession links: a unit that went whole somewhere has no other link, a single partial link
 * leaves part of its unit nowhere, and known shares add up to the whole.
 */
final class LinkChecks {
  private static final double TOLERANCE = 1e-6;

  private LinkChecks() {}

  static void check(LocalDate day, List<LinkDraft> links, ValidationReport.Builder report) {
    if (links.size() <= 1) {
      // The common day of a long history: no link, or one, which is the only one out of and into its units.
      for (LinkDraft link : links) {
        List<LinkDraft> only = List.of(link);
        checkOut(day, link.from, only, report);
        checkSum(day, link.to, only, false, report);
      }
      return;
    }
    Map<UnitBuilder, List<LinkDraft>> out = new LinkedHashMap<>();
    Map<UnitBuilder, List<LinkDraft>> in = new LinkedHashMap<>();
    for (LinkDraft link : links) {
      out.computeIfAbsent(link.from, u -> new ArrayList<>()).add(link);
      in.computeIfAbsent(link.to, u -> new ArrayList<>()).add(link);
    }
    out.forEach((from, fromLinks) -> checkOut(day, from, fromLinks, report));
    in.forEach((to, toLinks) -> checkSum(day, to, toLinks, false, report));
  }

  /** The checks of the links out of one unit. */
  private static void checkOut(LocalDate day, UnitBuilder from, List<LinkDraft> fromLinks,
      ValidationReport.Builder report) {
    LinkDraft full = fromLinks.size() == 1 ? null
        : fromLinks.stream().filter(l -> l.coverage == Coverage.FULL).findFirst().orElse(null);
    if (full != null) {
      String others = fromLinks.stream().filter(l -> l != full).map(l -> l.to.id().toString())
          .collect(Collectors.joining(", "));
      report.add(HierarchyRules.LINK_CONFLICT.finding(from.subject()).arg("code", from.code.value())
          .arg("successor", full.to.id().toString()).arg("date", day).actual(others).build());
    } else if (fromLinks.size() == 1 && fromLinks.get(0).coverage == Coverage.PARTIAL) {
      LinkDraft only = fromLinks.get(0);
      if (only.to != from) {
        report.add(HierarchyRules.PARTIAL_ALONE.finding(from.subject()).arg("code", from.code.value())
            .arg("successor", only.to.id().toString()).arg("date", day).build());
      }
    }
    checkSum(day, from, fromLinks, true, report);
  }

  private static void checkSum(LocalDate day, UnitBuilder unit, List<LinkDraft> links, boolean ofPredecessor,
      ValidationReport.Builder report) {
    double sum = 0;
    int known = 0;
    for (LinkDraft link : links) {
      OptionalDouble share = ofPredecessor
          ? (link.coverage == Coverage.FULL ? OptionalDouble.of(1) : link.shareOfPredecessor)
          : link.shareOfSuccessor;
      if (share.isPresent()) {
        sum += share.getAsDouble();
        known++;
      }
    }
    if (known == 0) {
      return;
    }
    boolean allKnown = known == links.size();
    boolean wrong = allKnown ? Math.abs(sum - 1) > TOLERANCE : sum > 1 + TOLERANCE;
    if (wrong) {
      report.add(HierarchyRules.WEIGHTS_SUM.finding(unit.subject()).arg("code", unit.code.value())
          .arg("date", day).expected(allKnown ? "1" : "≤ 1").actual(Math.round(sum * 1e6) / 1e6).build());
    }
  }
}
