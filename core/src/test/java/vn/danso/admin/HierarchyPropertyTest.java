package vn.danso.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.testing.Gen;
import vn.danso.validation.Severity;

/** Properties of hierarchies built from generated histories of events. */
class HierarchyPropertyTest {
  static Stream<Long> seeds() {
    return Gen.seeds(300);
  }

  /** The days worth looking at: before everything, each event day, the day before it, and one after all. */
  private static List<LocalDate> daysOf(EventTrees trees) {
    List<LocalDate> days = new ArrayList<>();
    days.add(LocalDate.of(2019, 12, 31));
    for (LocalDate day : trees.days) {
      days.add(day.minusDays(1));
      days.add(day);
    }
    days.add(LocalDate.of(2040, 1, 1));
    return days;
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void aConsistentHistoryBuildsWithoutErrorsOrWarnings(long seed) {
    EventTrees trees = new EventTrees(new Gen(seed));
    HierarchyResult result = trees.build();
    assertThat(result.report().atLeast(Severity.WARNING).findings()).as("seed %s", seed).isEmpty();
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void everyViewIsATreeWhoseParentLinksAgree(long seed) {
    EventTrees trees = new EventTrees(new Gen(seed));
    Hierarchy hierarchy = trees.build().hierarchy();
    for (LocalDate day : daysOf(trees)) {
      HierarchySnapshot view = hierarchy.asOf(day);
      assertThat(view.descendants("VN")).as("seed %s, %s", seed, day).hasSize(view.size() - 1);
      for (UnitVersion unit : view.units()) {
        String code = unit.code().value();
        if (unit.level() == AdministrativeLevel.NATION) {
          assertThat(view.parent(code)).isEmpty();
          continue;
        }
        UnitVersion parent = view.parent(code).orElseThrow(() -> new AssertionError(
            "seed " + seed + ", " + day + ": " + code + " has no parent in the view"));
        assertThat(unit.parent()).as("seed %s, %s, %s", seed, day, code).contains(parent.unit());
        assertThat(parent.level().isAbove(unit.level())).isTrue();
        assertThat(view.childCodes(parent.code().value())).contains(unit.code());
        assertThat(view.children(parent.code())).contains(unit);
        assertThat(view.isWithin(code, parent.code().value())).isTrue();
        assertThat(view.isWithin(parent.code().value(), code)).isFalse();
        assertThat(view.isWithin(code, "VN")).isTrue();
        assertThat(view.path(code).get(0).code().value()).isEqualTo("VN");
        assertThat(view.ancestors(code).get(0)).isEqualTo(parent);
        assertThat(hierarchy.unit(unit.unit()).orElseThrow().versionOn(day)).contains(unit);
      }
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void crosswalkThereAndBackReturnsTheUnitForWholeLinks(long seed) {
    Gen gen = new Gen(seed);
    EventTrees trees = new EventTrees(gen);
    Hierarchy hierarchy = trees.build().hierarchy();
    List<LocalDate> days = daysOf(trees);
    LocalDate a = gen.pick(days);
    LocalDate b = gen.pick(days);
    if (b.isBefore(a)) {
      LocalDate t = a;
      a = b;
      b = t;
    }
    Crosswalk forward = hierarchy.crosswalk(a, b);
    Crosswalk backward = forward.reverse();
    for (UnitVersion unit : hierarchy.asOf(a).units()) {
      for (CrosswalkLink link : forward.links(unit.code())) {
        List<CrosswalkLink> back = backward.links(link.target().code());
        assertThat(back).as("seed %s, %s → %s: back from %s", seed, a, b, link.target()).isNotEmpty();
        if (link.coverage() == Coverage.FULL) {
          assertThat(link.share()).hasValue(1.0);
          assertThat(back).as("seed %s, %s → %s: back from %s", seed, a, b, link.target())
              .extracting(l -> l.target().unit()).contains(unit.unit());
        }
      }
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void countsOfCommunesAreConservedOnTheProvincesWhereSharesAreKnown(long seed) {
    EventTrees trees = new EventTrees(new Gen(seed));
    Hierarchy hierarchy = trees.build().hierarchy();
    LocalDate first = LocalDate.of(2019, 12, 31);
    LocalDate last = LocalDate.of(2040, 1, 1);
    java.util.Map<UnitCode, Integer> ones = new java.util.HashMap<>();
    hierarchy.asOf(first).units(AdministrativeLevel.COMMUNE).forEach(u -> ones.put(u.code(), 1));
    Reaggregation result = hierarchy.crosswalk(first, last).reaggregate(ones, AdministrativeLevel.PROVINCE);
    double carried = result.values().values().stream().mapToDouble(Double::doubleValue).sum();
    double leftOut = result.leftOut().values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(carried + leftOut).as("seed %s", seed).isCloseTo(ones.size(), org.assertj.core.api.Assertions.within(1e-6));
  }
}
