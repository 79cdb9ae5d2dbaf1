package vn.danso.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.danso.admin.Hierarchy;
import vn.danso.admin.HierarchyResult;
import vn.danso.admin.Merger;
import vn.danso.admin.MergerPart;
import vn.danso.admin.NewUnit;
import vn.danso.admin.ReorganisationEvent;
import vn.danso.admin.Renaming;
import vn.danso.admin.UnitRow;
import vn.danso.admin.UnitType;

/**
 * Long histories (lịch sử dài) of one unit or one code: the hierarchy builder must stay O(n log n) in the length of
 * a history, whatever its shape (goal: 100,000 events on one unit in at most 1 s). Each shape is measured beside the
 * baseline of building as many independent units, which the builder has always done in near-linear time:
 * <ul>
 *   <li>{@code renamings}: one commune renamed every day, {@code n} times;
 *   <li>{@code intervals}: one code with {@code n} successive validity intervals, given as rows;
 *   <li>{@code chainedMergers}: {@code n} mergers in a chain, each commune merged into the next the following day
 *       (codes are used again once the unit that bore them has long ended);
 *   <li>{@code independentUnits}: the baseline, {@code n} communes side by side with no history.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LongHistoryBenchmark {
  private static final LocalDate FIRST_DAY = LocalDate.of(1800, 1, 1);

  @Param({"10000", "100000"})
  public int n;

  private List<UnitRow> parents;
  private List<ReorganisationEvent> renamings;
  private List<UnitRow> intervals;
  private List<ReorganisationEvent> mergers;
  private List<UnitRow> independent;

  @Setup
  public void setUp() {
    parents = List.of(UnitRow.of("91", "Tỉnh Kiên Giang", null), UnitRow.of("909", "Huyện An Minh", "91"));
    renamings = new ArrayList<>(n);
    intervals = new ArrayList<>(parents);
    mergers = new ArrayList<>(n);
    independent = new ArrayList<>(parents);
    for (int i = 0; i < n; i++) {
      LocalDate day = FIRST_DAY.plusDays(i);
      renamings.add(Renaming.of(day, "31018", "Xã Đông Thạnh " + i));
      intervals.add(UnitRow.builder().code("31018").name("Xã Đông Thạnh " + i).parent("909")
          .validFrom(FIRST_DAY.plusDays(2L * i)).validThrough(FIRST_DAY.plusDays(2L * i + 1)).build());
      mergers.add(Merger.of(day.plusDays(1), NewUnit.of(commune(i + 1), "Xã Số " + (i + 1), UnitType.XA, "909"),
          MergerPart.whole(commune(i))));
      independent.add(UnitRow.of(String.format("%05d", i), "Xã Số " + i, "909"));
    }
  }

  /** A commune code of the chain: 90,000 codes, used again once the unit that bore them has ended. */
  private static String commune(int i) {
    return String.valueOf(10_000 + i % 90_000);
  }

  @Benchmark
  public HierarchyResult renamings() {
    List<UnitRow> rows = new ArrayList<>(parents);
    rows.add(UnitRow.of("31018", "Xã Đông Thạnh", "909"));
    return Hierarchy.builder().addRows(rows).addEvents(renamings).build();
  }

  @Benchmark
  public HierarchyResult intervals() {
    return Hierarchy.builder().addRows(intervals).build();
  }

  @Benchmark
  public HierarchyResult chainedMergers() {
    List<UnitRow> rows = new ArrayList<>(parents);
    rows.add(UnitRow.builder().code(commune(0)).name("Xã Số 0").parent("909").build());
    return Hierarchy.builder().addRows(rows).addEvents(mergers).build();
  }

  @Benchmark
  public HierarchyResult independentUnits() {
    return Hierarchy.builder().addRows(independent).build();
  }
}
