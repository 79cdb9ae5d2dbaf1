package vn.danso.network;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Joiner;
import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ListMultimap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitCode;
import vn.danso.admin.UnitVersion;
import vn.danso.body.Body;
import vn.danso.body.BodySystem;
import vn.danso.text.Language;
import vn.danso.text.LocalizedText;
import vn.danso.validation.Subject;
import vn.danso.validation.ValidationReport;
import vn.danso.validation.Validator;

/**
 * Checks a population {@link Network} against the administrative map of one day: every collaborator's villages are
 * villages of the scope and of one commune, every village has a collaborator, every unit at a committee level has one
 * steering committee whose members belong to its territory. Every defect is reported ({@link NetworkRules}); nothing
 * is thrown for bad data. Immutable and thread-safe.
 *
 * <pre>{@code
 * ValidationReport report = NetworkValidator.asOf(hierarchy.asOf(LocalDate.of(2021, 6, 30))).validate(network);
 * }</pre>
 */
public final class NetworkValidator implements Validator<Network> {
  private final HierarchySnapshot map;

  private NetworkValidator(HierarchySnapshot map) {
    this.map = map;
  }

  /**
   * Returns a validator against the given day's map.
   *
   * @param map the administrative map of the day to check on
   * @return the validator
   */
  public static NetworkValidator asOf(HierarchySnapshot map) {
    return new NetworkValidator(checkNotNull(map, "map is null: pass hierarchy.asOf(date)"));
  }

  /**
   * Returns the day checked on.
   *
   * @return the day
   */
  public LocalDate date() {
    return map.date();
  }

  @Override
  public ValidationReport validate(Network network) {
    checkNotNull(network, "network is null");
    ValidationReport.Builder report = ValidationReport.builder();
    Subject root = Subject.of("network", network.scope().value());
    Optional<UnitVersion> scope = map.unit(network.scope());
    if (scope.isEmpty()) {
      report.add(NetworkRules.SCOPE_UNKNOWN.finding(root).actual(network.scope().value()).arg("date", date()).build());
    }
    String scopeName = scope.map(UnitVersion::fullName).orElse(network.scope().value());
    checkCollaboratorIds(network, root, report);
    ListMultimap<UnitCode, Collaborator> byVillage = checkCollaborators(network, root, scopeName, report);
    checkCommittees(network, root, scopeName, report);
    if (scope.isPresent()) {
      checkCoverage(network, scope.get(), byVillage, root, report);
    }
    return report.build();
  }

  private void checkCollaboratorIds(Network network, Subject root, ValidationReport.Builder report) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Collaborator c : network.collaborators()) {
      counts.merge(c.id(), 1, Integer::sum);
    }
    counts.forEach((id, n) -> {
      if (n > 1) {
        report.add(NetworkRules.COLLABORATOR_DUPLICATE_ID.finding(root.child("collaborator", id))
            .actual(id).arg("count", n).build());
      }
    });
  }

  /** Checks each serving collaborator's villages; returns the serving collaborators by the villages they cover. */
  private ListMultimap<UnitCode, Collaborator> checkCollaborators(
      Network network, Subject root, String scopeName, ValidationReport.Builder report) {
    ListMultimap<UnitCode, Collaborator> byVillage = ArrayListMultimap.create();
    for (Collaborator c : network.collaborators()) {
      if (!c.servesOn(date())) {
        continue;
      }
      Subject subject = root.child("collaborator", c.id());
      Set<String> communes = new LinkedHashSet<>();
      for (UnitCode village : c.villages()) {
        Optional<UnitVersion> unit = map.unit(village);
        if (unit.isEmpty() || unit.get().level() != AdministrativeLevel.VILLAGE) {
          Object actual = unit.<Object>map(u -> LocalizedText.of(
                  u.fullName() + " (" + u.level().label(Language.VI) + ")",
                  u.fullName() + " (" + u.level().label(Language.EN) + ")"))
              .orElse(LocalizedText.of("không có đơn vị nào", "no unit"));
          report.add(NetworkRules.COLLABORATOR_NOT_VILLAGE.finding(subject).arg("collaborator", c.id())
              .arg("village", village.value()).arg("date", date()).actual(actual).build());
          continue;
        }
        if (!map.isWithin(village, network.scope())) {
          report.add(NetworkRules.COLLABORATOR_OUTSIDE_SCOPE.finding(subject).arg("collaborator", c.id())
              .arg("village", unit.get().fullName() + " [" + village.value() + "]").arg("scope", scopeName).build());
        }
        byVillage.put(village, c);
        map.ancestorAt(village.value(), AdministrativeLevel.COMMUNE)
            .ifPresent(commune -> communes.add(commune.fullName() + " [" + commune.code() + "]"));
      }
      if (communes.size() > 1) {
        report.add(NetworkRules.COLLABORATOR_SPANS_COMMUNES.finding(subject).arg("collaborator", c.id())
            .arg("count", communes.size()).actual(Joiner.on(", ").join(communes)).build());
      }
    }
    return byVillage;
  }

  private void checkCommittees(Network network, Subject root, String scopeName, ValidationReport.Builder report) {
    for (SteeringCommittee committee : network.committees()) {
      Body body = committee.committee();
      if (!body.isValidOn(date())) {
        continue;
      }
      Subject subject = root.child("committee", body.id());
      if (body.kind().system() != BodySystem.INTER_SECTOR) {
        report.add(NetworkRules.COMMITTEE_KIND.finding(subject).arg("committee", body.name())
            .actual(body.kind().system()).build());
      }
      if (!map.isWithin(committee.unit(), network.scope())) {
        report.add(NetworkRules.COMMITTEE_OUTSIDE_SCOPE.finding(subject).arg("committee", body.name())
            .actual(committee.unit().value()).arg("scope", scopeName).arg("date", date()).build());
      }
      for (Body member : committee.members()) {
        Subject memberSubject = subject.child("member", member.id());
        if (!member.isValidOn(date())) {
          report.add(NetworkRules.MEMBER_INACTIVE.finding(memberSubject).arg("member", member.name())
              .arg("committee", body.name()).arg("date", date()).build());
        }
        UnitCode territory = member.jurisdiction().unit();
        if (!map.isWithin(territory, committee.unit())) {
          report.add(NetworkRules.MEMBER_OUTSIDE_UNIT.finding(memberSubject).arg("member", member.name())
              .arg("committee", body.name()).expected(committee.unit().value()).actual(territory.value()).build());
        }
      }
    }
  }

  private void checkCoverage(Network network, UnitVersion scope, ListMultimap<UnitCode, Collaborator> byVillage,
      Subject root, ValidationReport.Builder report) {
    ListMultimap<UnitCode, SteeringCommittee> committees = ArrayListMultimap.create();
    for (SteeringCommittee committee : network.committees()) {
      if (committee.committee().isValidOn(date())) {
        committees.put(committee.unit(), committee);
      }
    }
    List<UnitVersion> units = new ArrayList<>();
    units.add(scope);
    units.addAll(map.descendants(scope.code().value()));
    for (UnitVersion unit : units) {
      Subject subject = root.child("unit", unit.code().value());
      if (network.committeeLevels().contains(unit.level())) {
        List<SteeringCommittee> here = committees.get(unit.code());
        if (here.isEmpty()) {
          report.add(NetworkRules.COMMITTEE_MISSING.finding(subject)
              .arg("unit", unit.fullName() + " [" + unit.code() + "]").arg("date", date()).build());
        } else if (here.size() > 1) {
          List<String> names = new ArrayList<>();
          here.forEach(c -> names.add(c.committee().id()));
          report.add(NetworkRules.COMMITTEE_DUPLICATE.finding(subject)
              .arg("unit", unit.fullName() + " [" + unit.code() + "]").arg("count", here.size())
              .actual(Joiner.on(", ").join(names)).build());
        }
      }
      if (unit.level() == AdministrativeLevel.VILLAGE) {
        List<Collaborator> serving = byVillage.get(unit.code());
        String village = unit.fullName() + " [" + unit.code() + "]";
        if (serving.isEmpty()) {
          String commune = map.ancestorAt(unit.code().value(), AdministrativeLevel.COMMUNE)
              .map(UnitVersion::fullName).orElse("?");
          report.add(NetworkRules.VILLAGE_UNCOVERED.finding(subject).arg("village", village)
              .arg("commune", commune).arg("date", date()).build());
        } else if (serving.size() > 1) {
          List<String> ids = new ArrayList<>();
          serving.forEach(c -> ids.add(c.id()));
          report.add(NetworkRules.VILLAGE_SHARED.finding(subject).arg("village", village)
              .arg("count", serving.size()).actual(Joiner.on(", ").join(ids)).build());
        }
      }
    }
  }
}
