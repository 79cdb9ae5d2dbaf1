package vn.danso.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.danso.admin.AdministrativeLevel;
import vn.danso.admin.AdministrativeUnit;
import vn.danso.admin.Hierarchy;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitCode;
import vn.danso.admin.UnitVersion;
import vn.danso.body.Body;
import vn.danso.text.Language;

/**
 * Which units have issued their document implementing a root document by a date (mức độ triển khai): for each unit
 * of a level within the root issuer's territory, whether its Party committee and its People's Committee (or other
 * {@linkplain CoverageTrack tracks}) have a document below the root in the cascade, and which.
 *
 * <pre>{@code
 * CascadeNode root = cascade.node(nq21).orElseThrow();                       // the node of 21-NQ/TW
 * CoverageReport provinces = CoverageReport.of(cascade, root, hierarchy, LocalDate.of(2024, 1, 31),
 *     AdministrativeLevel.PROVINCE);
 * provinces.count(CoverageTrack.partyCommittee(), CoverageStatus.ISSUED);   // provinces whose Party committee has
 *                                                                            // issued a dated plan by then
 * provinces.missing(CoverageTrack.peoplesCommittee());                       // units still without a plan
 * String table = provinces.format(Language.VI); // print it where your program writes
 * }</pre>
 *
 * <p>A document counts for a unit when its issuer is of the track's kinds and serves that very unit: the unit with
 * the issuer's code on the document's date must be the unit of the report's date (codes are reused: a Kiên Giang
 * plan of 2018 does not count for the An Giang formed on 2025-07-01 under the same code 91). Documents dated after
 * the report's date do not count; a document known only from a reference without a date counts as
 * {@link CoverageStatus#UNDATED}. Immutable.
 */
public final class CoverageReport {
  private final CascadeNode root;
  private final LocalDate date;
  private final AdministrativeLevel level;
  private final ImmutableList<CoverageTrack> tracks;
  private final ImmutableList<CoverageRow> rows;

  private CoverageReport(CascadeNode root, LocalDate date, AdministrativeLevel level,
      ImmutableList<CoverageTrack> tracks, ImmutableList<CoverageRow> rows) {
    this.root = root;
    this.date = date;
    this.level = level;
    this.tracks = tracks;
    this.rows = rows;
  }

  /**
   * Returns the coverage of the Party committees and the People's Committees.
   *
   * @param cascade the cascade
   * @param root the document implemented, a node of the cascade
   * @param hierarchy the hierarchy of the units
   * @param date the day the report is made for
   * @param level the level of the units reported, below or at the root issuer's
   * @return the coverage
   * @throws IllegalArgumentException if the root is not a node of the cascade
   */
  public static CoverageReport of(Cascade cascade, CascadeNode root, Hierarchy hierarchy, LocalDate date,
      AdministrativeLevel level) {
    return of(cascade, root, hierarchy, date, level,
        ImmutableList.of(CoverageTrack.partyCommittee(), CoverageTrack.peoplesCommittee()));
  }

  /**
   * Returns the coverage of the given tracks.
   *
   * @param cascade the cascade
   * @param root the document implemented, a node of the cascade
   * @param hierarchy the hierarchy of the units
   * @param date the day the report is made for
   * @param level the level of the units reported
   * @param tracks the columns, at least one
   * @return the coverage
   * @throws IllegalArgumentException if the root is not a node of the cascade, or no track is given
   */
  public static CoverageReport of(Cascade cascade, CascadeNode root, Hierarchy hierarchy, LocalDate date,
      AdministrativeLevel level, List<CoverageTrack> tracks) {
    checkNotNull(cascade, "cascade is null");
    int rootIndex = cascade.check(root);
    checkNotNull(hierarchy, "hierarchy is null");
    checkNotNull(date, "date is null");
    checkNotNull(level, "level is null");
    ImmutableList<CoverageTrack> columns = ImmutableList.copyOf(checkNotNull(tracks, "tracks is null"));
    checkArgument(!columns.isEmpty(), "give at least one track");
    HierarchySnapshot view = hierarchy.asOf(date);
    String territory = root.issuer().map(b -> b.jurisdiction().unit().value()).orElse("VN");
    List<UnitVersion> units = new ArrayList<>();
    view.unit(territory).filter(u -> u.level() == level).ifPresent(units::add);
    for (UnitVersion unit : view.descendants(territory)) {
      if (unit.level() == level) {
        units.add(unit);
      }
    }
    Map<String, List<CascadeNode>> byUnit = documentsByUnit(cascade, rootIndex, date, level);
    ImmutableList.Builder<CoverageRow> rows = ImmutableList.builderWithExpectedSize(units.size());
    for (UnitVersion unit : units) {
      List<CascadeNode> candidates = byUnit.getOrDefault(unit.code().value(), List.of());
      ImmutableList.Builder<CoverageCell> cells = ImmutableList.builderWithExpectedSize(columns.size());
      for (CoverageTrack track : columns) {
        cells.add(cell(candidates, track, unit, hierarchy));
      }
      rows.add(new CoverageRow(unit, columns, cells.build()));
    }
    return new CoverageReport(root, date, level, columns, rows.build());
  }

  /** The documents below the root, issued by the day, whose issuers serve a unit of the level, by unit code. */
  private static Map<String, List<CascadeNode>> documentsByUnit(Cascade cascade, int root, LocalDate date,
      AdministrativeLevel level) {
    Reach reach = new Reach(cascade, root, date);
    Map<String, List<CascadeNode>> byUnit = new HashMap<>();
    for (int i = 0; i < reach.in.length; i++) {
      if (!reach.in[i] || i == root) {
        continue;
      }
      CascadeNode node = cascade.nodes().get(i);
      Optional<Body> issuer = node.issuer();
      if (issuer.isPresent() && issuer.get().level() == level) {
        byUnit.computeIfAbsent(issuer.get().jurisdiction().unit().value(), k -> new ArrayList<>(2)).add(node);
      }
    }
    return byUnit;
  }

  private static CoverageCell cell(List<CascadeNode> candidates, CoverageTrack track, UnitVersion unit,
      Hierarchy hierarchy) {
    CascadeNode best = null;
    for (CascadeNode node : candidates) {
      Body issuer = node.issuer().get();
      if (!track.includes(issuer) || !sameUnit(node, issuer, unit, hierarchy)) {
        continue;
      }
      if (best == null || earlier(node, best)) {
        best = node;
      }
    }
    return best == null ? CoverageCell.missing() : CoverageCell.of(best);
  }

  /** True if the issuer's code named, on the document's date (or the issuer's last day), the report's unit. */
  private static boolean sameUnit(CascadeNode node, Body issuer, UnitVersion unit, Hierarchy hierarchy) {
    UnitCode code = issuer.jurisdiction().unit();
    Optional<LocalDate> day = node.date().isPresent() ? node.date() : lastDay(issuer);
    if (day.isEmpty()) {
      return true;
    }
    return hierarchy.unit(code, day.get()).map(AdministrativeUnit::id).map(unit.unit()::equals).orElse(false);
  }

  private static Optional<LocalDate> lastDay(Body issuer) {
    if (!issuer.validity().hasUpperBound()) {
      return Optional.empty();
    }
    LocalDate end = issuer.validity().upperEndpoint();
    return Optional.of(issuer.validity().upperBoundType() == BoundType.OPEN ? end.minusDays(1) : end);
  }

  /** Dated before undated, then the earlier date. */
  private static boolean earlier(CascadeNode a, CascadeNode b) {
    if (a.date().isEmpty()) {
      return false;
    }
    return b.date().isEmpty() || a.date().get().isBefore(b.date().get());
  }

  /**
   * Returns the document implemented.
   *
   * @return the root
   */
  public CascadeNode root() {
    return root;
  }

  /**
   * Returns the day of the report.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the level of the units reported.
   *
   * @return the level
   */
  public AdministrativeLevel level() {
    return level;
  }

  /**
   * Returns the columns.
   *
   * @return the tracks
   */
  public ImmutableList<CoverageTrack> tracks() {
    return tracks;
  }

  /**
   * Returns one row per unit of the level within the root issuer's territory on the date, in the hierarchy's order.
   *
   * @return the rows
   */
  public ImmutableList<CoverageRow> rows() {
    return rows;
  }

  /**
   * Returns the number of units whose cell of a track has a status.
   *
   * @param track one of the tracks
   * @param status the status
   * @return the count
   * @throws IllegalArgumentException if the track is not one of the report's
   */
  public int count(CoverageTrack track, CoverageStatus status) {
    checkNotNull(status, "status is null");
    int count = 0;
    for (CoverageRow row : rows) {
      if (row.cell(track).status() == status) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns the units that have no implementing document of a track by the date.
   *
   * @param track one of the tracks
   * @return the units, in order
   * @throws IllegalArgumentException if the track is not one of the report's
   */
  public ImmutableList<UnitVersion> missing(CoverageTrack track) {
    return rows.stream().filter(r -> r.cell(track).status() == CoverageStatus.MISSING).map(CoverageRow::unit)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the report as a plain-text table: a title, one line per unit with the document of each track, and the
   * counts.
   *
   * @param language the language
   * @return the text, lines ending in {@code \n}
   */
  public String format(Language language) {
    return format(language, false);
  }

  /**
   * Returns the report as a plain-text table, optionally leaving out the units that have nothing yet (they are
   * counted, and named in a list, under the table).
   *
   * @param language the language
   * @param onlyUnitsWithDocuments whether to leave out the rows where every track is missing
   * @return the text, lines ending in {@code \n}
   */
  public String format(Language language, boolean onlyUnitsWithDocuments) {
    checkNotNull(language, "language is null");
    return CoverageFormat.format(this, language, onlyUnitsWithDocuments);
  }

  /** Returns the English table. */
  @Override
  public String toString() {
    return format(Language.EN);
  }
}
