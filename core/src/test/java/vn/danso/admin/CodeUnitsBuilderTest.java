package vn.danso.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danso.testing.Gen;

/**
 * The units of one code, found by day, against a plain scan of every unit: in order, out of order, overlapping, and
 * with units ended early the way events end them.
 */
class CodeUnitsBuilderTest {
  private static final LocalDate BASE = LocalDate.of(2000, 1, 1);
  private static final int DAYS = 60;
  private static final UnitCode CODE = UnitCode.of("31018");

  static Stream<Long> seeds() {
    return Gen.seeds(300);
  }

  /** The same lookups, by scanning every unit: what the index must answer. */
  private static final class Reference {
    final List<UnitBuilder> units = new ArrayList<>();
    boolean disjoint = true;

    void add(UnitBuilder unit) {
      for (UnitBuilder other : units) {
        disjoint &= !other.overlaps(unit.start, unit.end);
      }
      units.add(unit);
    }

    UnitBuilder on(LocalDate day) {
      for (UnitBuilder unit : units) {
        if (day == null ? unit.isValidAtStart() : unit.isValidOn(day)) {
          return unit;
        }
      }
      return null;
    }

    /** The earliest overlapping unit when no two units overlap, else the first added. */
    UnitBuilder firstOverlapping(LocalDate from, LocalDate to) {
      UnitBuilder found = null;
      for (UnitBuilder unit : units) {
        if (!unit.overlaps(from, to)) {
          continue;
        }
        if (!disjoint) {
          return unit;
        }
        if (found == null || (unit.start == null || (found.start != null && unit.start.isBefore(found.start)))) {
          found = unit;
        }
      }
      return found;
    }
  }

  private static LocalDate day(int i) {
    return BASE.plusDays(i);
  }

  /** A unit of at least one day; mostly after the last, so that both the ordered and the indexed paths are used. */
  private static UnitBuilder unit(Gen gen, int[] cursor) {
    boolean inOrder = gen.chance(0.8);
    int from = inOrder ? cursor[0] + gen.intBetween(0, 2) : gen.intBetween(0, DAYS - 2);
    from = Math.min(from, DAYS - 2);
    int to = from + gen.intBetween(1, 4);
    cursor[0] = Math.max(cursor[0], to);
    LocalDate start = from == 0 && gen.chance(0.5) ? null : day(from);
    LocalDate end = gen.chance(0.1) ? null : day(to);
    return new UnitBuilder(CODE, start, end, "source", null);
  }

  /** Ends a unit early on a day it lasts past, as an event does (the unit exists the day before). */
  private static void endEarly(Gen gen, List<UnitBuilder> units) {
    UnitBuilder unit = gen.pick(units);
    int first = unit.start == null ? 1 : (int) (unit.start.toEpochDay() - BASE.toEpochDay()) + 1;
    int last = unit.end == null ? DAYS + 2 : (int) (unit.end.toEpochDay() - BASE.toEpochDay());
    if (first <= last) {
      unit.end = day(gen.intBetween(first, last));
    }
  }

  private static LocalDate orNull(Gen gen, int i) {
    return gen.chance(0.1) ? null : day(i);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void everyLookupAgreesWithAScan(long seed) {
    Gen gen = new Gen(seed);
    CodeUnitsBuilder index = new CodeUnitsBuilder();
    Reference reference = new Reference();
    int[] cursor = {0};
    int count = gen.intBetween(1, 25);
    for (int n = 0; n < count; n++) {
      UnitBuilder unit = unit(gen, cursor);
      index.add(unit);
      reference.add(unit);
      if (gen.chance(0.2)) {
        endEarly(gen, reference.units);
      }
      assertThat(index.on(null)).as("seed %s, at the start", seed).isSameAs(reference.on(null));
      for (int i = -1; i <= DAYS + 3; i++) {
        assertThat(index.on(day(i))).as("seed %s, on %s", seed, day(i)).isSameAs(reference.on(day(i)));
      }
      for (int q = 0; q < 20; q++) {
        int a = gen.intBetween(-1, DAYS + 3);
        int b = a + gen.intBetween(1, 6);
        LocalDate from = orNull(gen, a);
        LocalDate to = orNull(gen, b);
        assertThat(index.firstOverlapping(from, to)).as("seed %s, [%s, %s)", seed, from, to)
            .isSameAs(reference.firstOverlapping(from, to));
      }
    }
    assertThat(index.all()).containsExactlyElementsOf(reference.units);
  }

  @Test
  void aHundredThousandIntervalsInReverseOrderAreIndexed() {
    CodeUnitsBuilder index = new CodeUnitsBuilder();
    int n = 100_000;
    for (int i = n - 1; i >= 0; i--) {
      index.add(new UnitBuilder(CODE, day(2 * i), day(2 * i + 1), "source", null));
    }
    assertThat(index.on(day(2 * 777)).start).isEqualTo(day(2 * 777));
    assertThat(index.on(day(2 * 777 + 1))).isNull();
    assertThat(index.firstOverlapping(day(2 * 777 + 1), day(2 * 779 + 1)).start).isEqualTo(day(2 * 778));
  }
}
