package vn.danso.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.graph.ImmutableGraph;
import com.google.common.graph.Traverser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import vn.danso.admin.Hierarchy;
import vn.danso.admin.HierarchyResult;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.ReorganisationEvent;
import vn.danso.admin.UnitRow;
import vn.danso.admin.UnitVersion;
import vn.danso.admin.VietnamCatalogue;

/**
 * Whether an as-of view's private tree index earns its place beside its Guava graph: the same two queries on the
 * map of 2025-03-01 at the size of Vietnam (about 10,800 units), answered by the view's index (a depth-first numbering
 * with subtree sizes) and by walking {@link HierarchySnapshot#graph()} with Guava alone.
 *
 * <ul>
 *   <li>the units of a province (its districts and communes): a sub-list of the index against a
 *       {@link Traverser} pre-order walk copied into a list;
 *   <li>"is this commune within that province?": two comparisons of the index against walking the graph's
 *       predecessors up from the commune.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HierarchyGraphBenchmark {
  private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
  private static final int QUERIES = 1024;

  private HierarchySnapshot march;
  private ImmutableGraph<UnitVersion> graph;
  private Traverser<UnitVersion> traverser;
  private String[] communes;
  private String[] provinces;
  private UnitVersion[] communeUnits;
  private UnitVersion[] provinceUnits;
  private int next;

  @Setup
  public void setUp() {
    SyntheticVietnam map = new SyntheticVietnam();
    List<UnitRow> rows = new ArrayList<>(VietnamCatalogue.provinces());
    rows.addAll(map.rows);
    List<ReorganisationEvent> events = new ArrayList<>(VietnamCatalogue.events());
    events.addAll(map.communeEvents);
    HierarchyResult result = Hierarchy.builder().addRows(rows).addEvents(events).build();
    if (!result.isValid()) {
      throw new IllegalStateException("synthetic map is not valid: " + result.report());
    }
    march = result.hierarchy().asOf(MARCH_1);
    graph = march.graph();
    traverser = Traverser.forTree(graph);
    SplittableRandom random = new SplittableRandom(42);
    communes = new String[QUERIES];
    provinces = new String[QUERIES];
    communeUnits = new UnitVersion[QUERIES];
    provinceUnits = new UnitVersion[QUERIES];
    for (int i = 0; i < QUERIES; i++) {
      communes[i] = map.communeCodes.get(random.nextInt(map.communeCodes.size()));
      // Half the pairs hold: the commune's own province; half do not.
      provinces[i] = random.nextBoolean() ? map.parentOf.get(map.parentOf.get(communes[i]))
          : map.provinceCodes.get(random.nextInt(map.provinceCodes.size()));
      communeUnits[i] = march.unit(communes[i]).orElseThrow();
      provinceUnits[i] = march.unit(provinces[i]).orElseThrow();
    }
  }

  /** The units below a province, from the view's index (a sub-list view). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public ImmutableList<UnitVersion> descendantsFromIndex() {
    return march.descendants(provinces[next++ & (QUERIES - 1)]);
  }

  /** The units below a province, walking the Guava graph in pre-order into a list. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public ImmutableList<UnitVersion> descendantsByTraverser() {
    ImmutableList<UnitVersion> walked =
        ImmutableList.copyOf(traverser.depthFirstPreOrder(provinceUnits[next++ & (QUERIES - 1)]));
    return walked.subList(1, walked.size());
  }

  /** Is this commune within that province, from the view's index? */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public boolean isWithinFromIndex() {
    int i = next++ & (QUERIES - 1);
    return march.isWithin(communes[i], provinces[i]);
  }

  /** Is this commune within that province, walking the Guava graph's predecessors up? */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public boolean isWithinByGraphWalk() {
    int i = next++ & (QUERIES - 1);
    UnitVersion target = provinceUnits[i];
    UnitVersion unit = communeUnits[i];
    while (true) {
      if (unit.equals(target)) {
        return true;
      }
      var up = graph.predecessors(unit);
      if (up.isEmpty()) {
        return false;
      }
      unit = up.iterator().next();
    }
  }
}
