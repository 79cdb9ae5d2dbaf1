package vn.danso.network;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitCode;
import vn.danso.admin.UnitVersion;

/**
 * How far a population {@link Network} reaches on one day (độ bao phủ của mạng lưới): per commune, its villages and
 * residential groups, how many have a collaborator, how many collaborators serve there and how many of them also do
 * family and children's work, and whether the commune has a steering committee; and, per level, how many units have
 * a committee. Values to print or chart; the defects themselves are {@link NetworkValidator}'s findings.
 */
public final class NetworkCoverage {
  private final LocalDate date;
  private final UnitCode scope;
  private final ImmutableList<CommuneRow> communes;
  private final ImmutableMap<AdministrativeLevel, int[]> committees;

  private NetworkCoverage(LocalDate date, UnitCode scope, ImmutableList<CommuneRow> communes,
      ImmutableMap<AdministrativeLevel, int[]> committees) {
    this.date = date;
    this.scope = scope;
    this.communes = communes;
    this.committees = committees;
  }

  /**
   * Measures the network on the day of the map. Units outside the scope, and collaborators or committees not serving
   * that day, are not counted. An unknown scope gives an empty coverage.
   *
   * @param network the network
   * @param map the administrative map of the day
   * @return the coverage
   */
  public static NetworkCoverage of(Network network, HierarchySnapshot map) {
    checkNotNull(network, "network is null");
    checkNotNull(map, "map is null: pass hierarchy.asOf(date)");
    LocalDate date = map.date();
    Set<UnitCode> committeeUnits = new HashSet<>();
    for (SteeringCommittee c : network.committees()) {
      if (c.committee().isValidOn(date)) {
        committeeUnits.add(c.unit());
      }
    }
    Map<UnitCode, Set<String>> collaboratorsByVillage = new HashMap<>();
    Map<String, Collaborator> serving = new LinkedHashMap<>();
    for (Collaborator c : network.collaborators()) {
      if (c.servesOn(date)) {
        serving.putIfAbsent(c.id(), c);
        for (UnitCode village : c.villages()) {
          collaboratorsByVillage.computeIfAbsent(village, v -> new LinkedHashSet<>()).add(c.id());
        }
      }
    }
    ImmutableList.Builder<CommuneRow> rows = ImmutableList.builder();
    EnumMap<AdministrativeLevel, int[]> perLevel = new EnumMap<>(AdministrativeLevel.class);
    if (map.unit(network.scope()).isPresent()) {
      ImmutableList.Builder<UnitVersion> units = ImmutableList.builder();
      units.add(map.unit(network.scope()).get()).addAll(map.descendants(network.scope().value()));
      for (UnitVersion unit : units.build()) {
        if (network.committeeLevels().contains(unit.level())) {
          int[] counts = perLevel.computeIfAbsent(unit.level(), l -> new int[2]);
          counts[0]++;
          if (committeeUnits.contains(unit.code())) {
            counts[1]++;
          }
        }
        if (unit.level() == AdministrativeLevel.COMMUNE) {
          rows.add(communeRow(unit, map, collaboratorsByVillage, serving, committeeUnits.contains(unit.code())));
        }
      }
    }
    return new NetworkCoverage(date, network.scope(), rows.build(), ImmutableMap.copyOf(perLevel));
  }

  private static CommuneRow communeRow(UnitVersion commune, HierarchySnapshot map,
      Map<UnitCode, Set<String>> collaboratorsByVillage, Map<String, Collaborator> serving, boolean hasCommittee) {
    int villages = 0;
    int covered = 0;
    Set<String> ids = new LinkedHashSet<>();
    for (UnitVersion child : map.children(commune.code())) {
      if (child.level() != AdministrativeLevel.VILLAGE) {
        continue;
      }
      villages++;
      Set<String> here = collaboratorsByVillage.get(child.code());
      if (here != null && !here.isEmpty()) {
        covered++;
        ids.addAll(here);
      }
    }
    int dual = 0;
    for (String id : ids) {
      if (serving.get(id).alsoCoversFamilyAndChildren()) {
        dual++;
      }
    }
    return new CommuneRow(commune.code(), commune.fullName(), villages, covered, ids.size(), dual, hasCommittee);
  }

  /**
   * Returns the day measured.
   *
   * @return the day
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the network's scope.
   *
   * @return the scope's code
   */
  public UnitCode scope() {
    return scope;
  }

  /**
   * Returns one row per commune of the scope, in the map's order.
   *
   * @return the communes
   */
  public ImmutableList<CommuneRow> communes() {
    return communes;
  }

  /**
   * Returns the number of villages and residential groups in the scope's communes.
   *
   * @return the villages
   */
  public int villages() {
    return communes.stream().mapToInt(CommuneRow::villages).sum();
  }

  /**
   * Returns the number of villages with at least one collaborator.
   *
   * @return the covered villages
   */
  public int coveredVillages() {
    return communes.stream().mapToInt(CommuneRow::coveredVillages).sum();
  }

  /**
   * Returns the share of villages with a collaborator, from 0 to 1; NaN when there are no villages.
   *
   * @return the share covered
   */
  public double villageCoverage() {
    int villages = villages();
    return villages == 0 ? Double.NaN : (double) coveredVillages() / villages;
  }

  /**
   * Returns the number of units of the scope at a committee level (the scope itself included).
   *
   * @param level the level
   * @return the units; 0 for a level that is not a committee level or does not exist that day
   */
  public int unitsAt(AdministrativeLevel level) {
    int[] counts = committees.get(checkNotNull(level, "level is null"));
    return counts == null ? 0 : counts[0];
  }

  /**
   * Returns how many of the units at a committee level have a steering committee in force.
   *
   * @param level the level
   * @return the units with a committee
   */
  public int unitsWithCommittee(AdministrativeLevel level) {
    int[] counts = committees.get(checkNotNull(level, "level is null"));
    return counts == null ? 0 : counts[1];
  }

  /**
   * One commune's share of the network (độ bao phủ của một xã). Immutable; compares by value.
   *
   * @param code the commune's code
   * @param name the commune's full name on the day, e.g. "Phường Cẩm Thượng"
   * @param villages the number of villages and residential groups in the commune
   * @param coveredVillages the number of them with a collaborator
   * @param collaborators the number of collaborators serving in the commune's villages
   * @param alsoFamilyAndChildren how many of them also do family and children's work
   * @param hasCommittee true if the commune has a steering committee in force
   */
  public record CommuneRow(UnitCode code, String name, int villages, int coveredVillages, int collaborators,
      int alsoFamilyAndChildren, boolean hasCommittee) {
    /**
     * Checks that the code and name are present.
     *
     * @param code the commune's code
     * @param name the commune's full name
     * @param villages the villages and residential groups
     * @param coveredVillages those with a collaborator
     * @param collaborators the collaborators
     * @param alsoFamilyAndChildren those also doing family and children's work
     * @param hasCommittee whether there is a committee
     * @throws NullPointerException if the code or name is null
     */
    public CommuneRow {
      checkNotNull(code, "code is null");
      checkNotNull(name, "name is null");
    }

    @Override
    public String toString() {
      return name + " [" + code + "]: " + coveredVillages + "/" + villages + " villages covered, " + collaborators
          + " collaborators (" + alsoFamilyAndChildren + " also family and children), committee " + hasCommittee;
    }
  }
}
