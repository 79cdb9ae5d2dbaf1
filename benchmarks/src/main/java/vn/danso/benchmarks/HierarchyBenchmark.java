package vn.danso.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import vn.danso.admin.AdministrativeUnit;
import vn.danso.admin.Hierarchy;
import vn.danso.admin.HierarchyResult;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.Merger;
import vn.danso.admin.MergerPart;
import vn.danso.admin.ReorganisationEvent;
import vn.danso.admin.UnitRow;
import vn.danso.admin.UnitVersion;
import vn.danso.admin.VietnamCatalogue;

/**
 * The administrative hierarchy at the size of Vietnam in 2025 (63 provinces, 696 districts, 10,047 communes, and
 * the 2025 events: 23 province mergers, the end of the district level, about 3,350 commune mergers), each measure
 * beside a baseline that does the least a plain program would do with a {@link HashMap}.
 *
 * <p>The build touches many methods: give it at least five warm-up iterations before reading its time.
 *
 * <ul>
 *   <li>build: the checked, immutable, time-versioned hierarchy (goal ≤ 50 ms) against putting every row's parent
 *       and every merger's links into hash maps;
 *   <li>as-of view: the view of one day, with its tree numbering and child lists (goal ≤ 5 ms), against collecting
 *       the units valid that day into a hash map by code;
 *   <li>jurisdiction ("is this commune within that province?") and ancestor queries on a view (goal ≤ 100 ns)
 *       against walking a code → parent-code hash map.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HierarchyBenchmark {
  private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
  private static final int QUERIES = 1024;

  private SyntheticVietnam map;
  private List<UnitRow> allRows;
  private List<ReorganisationEvent> allEvents;
  private Hierarchy hierarchy;
  private HierarchySnapshot march;
  private Map<String, String> parentOf;
  private String[] communes;
  private String[] provinces;
  private int next;

  @Setup
  public void setUp() {
    map = new SyntheticVietnam();
    allRows = new ArrayList<>(VietnamCatalogue.provinces());
    allRows.addAll(map.rows);
    allEvents = new ArrayList<>(VietnamCatalogue.events());
    allEvents.addAll(map.communeEvents);
    HierarchyResult result = Hierarchy.builder().addRows(allRows).addEvents(allEvents).build();
    if (!result.isValid()) {
      throw new IllegalStateException("synthetic map is not valid: " + result.report());
    }
    hierarchy = result.hierarchy();
    march = hierarchy.asOf(MARCH_1);
    parentOf = new HashMap<>(map.parentOf);
    allRows.forEach(r -> parentOf.putIfAbsent(r.code(), "VN"));
    SplittableRandom random = new SplittableRandom(42);
    communes = new String[QUERIES];
    provinces = new String[QUERIES];
    for (int i = 0; i < QUERIES; i++) {
      communes[i] = map.communeCodes.get(random.nextInt(map.communeCodes.size()));
      // Half the pairs hold: the commune's own province; half do not.
      provinces[i] = random.nextBoolean() ? map.parentOf.get(map.parentOf.get(communes[i]))
          : map.provinceCodes.get(random.nextInt(map.provinceCodes.size()));
    }
  }

  /** Baseline of the build: every row's parent and every merger's links into hash maps. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Object baselineBuildHashMaps() {
    Map<String, String> parents = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (UnitRow row : allRows) {
      parents.put(row.code(), row.parent().orElse("VN"));
      names.put(row.code(), row.name());
    }
    Map<String, List<String>> successors = new HashMap<>();
    for (ReorganisationEvent event : allEvents) {
      if (event instanceof Merger) {
        Merger merger = (Merger) event;
        for (MergerPart part : merger.predecessors()) {
          successors.computeIfAbsent(part.code().value(), c -> new ArrayList<>(1))
              .add(merger.successor().code().value());
        }
      }
    }
    return new Object[] {parents, names, successors};
  }

  /** The checked, immutable hierarchy of the pre-2025 map and the 2025 events. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public HierarchyResult buildHierarchy() {
    return Hierarchy.builder().addRows(allRows).addEvents(allEvents).build();
  }

  /** Baseline of the as-of view: the units valid on the day, into a hash map by code. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Map<String, UnitVersion> baselineAsOfHashMap() {
    Map<String, UnitVersion> valid = new HashMap<>();
    for (AdministrativeUnit unit : hierarchy.units()) {
      unit.versionOn(MARCH_1).ifPresent(v -> valid.put(v.code().value(), v));
    }
    return valid;
  }

  /** The as-of view of 2025-03-01: about 10,800 units, their tree numbering and child lists. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public HierarchySnapshot asOfView() {
    return hierarchy.asOf(MARCH_1);
  }

  /** Baseline of the jurisdiction query: walk a code → parent-code hash map from the commune up. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public boolean baselineIsWithinHashMapWalk() {
    int i = next++ & (QUERIES - 1);
    String target = provinces[i];
    for (String code = communes[i]; code != null; code = parentOf.get(code)) {
      if (code.equals(target)) {
        return true;
      }
      if (code.equals("VN")) {
        return false;
      }
    }
    return false;
  }

  /** Is this commune within that province on 2025-03-01? */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public boolean isWithin() {
    int i = next++ & (QUERIES - 1);
    return march.isWithin(communes[i], provinces[i]);
  }

  /** The parent of a commune on 2025-03-01. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Object parent() {
    return march.parent(communes[next++ & (QUERIES - 1)]);
  }

  /** The ancestors of a commune on 2025-03-01 (district, province, nation), as a list. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Object ancestors() {
    return march.ancestors(communes[next++ & (QUERIES - 1)]);
  }

  /** The children of a province on 2025-03-01 (a view of a list built once). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public void childCodes(Blackhole blackhole) {
    blackhole.consume(march.childCodes(provinces[next++ & (QUERIES - 1)]));
  }
}
