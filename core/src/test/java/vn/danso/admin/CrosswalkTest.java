package vn.danso.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.danso.text.Language;

class CrosswalkTest {
  private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
  private static final LocalDate JULY_1 = AnMinh.JULY_1;
  private static final Hierarchy HIERARCHY = AnMinh.build().hierarchy();

  private static UnitCode code(String code) {
    return UnitCode.of(code);
  }

  @Test
  void aDistrictThatEndedMapsThroughItsCommunesToTheNewCommunes() {
    List<CrosswalkLink> links = HIERARCHY.crosswalk(MARCH_1, JULY_1).links("909");
    assertThat(links).extracting(l -> l.target().code().value())
        .containsExactly("31018", "31024", "31031", "31036", "31042");
    assertThat(links).allSatisfy(l -> {
      assertThat(l.coverage()).isEqualTo(Coverage.PARTIAL);
      assertThat(l.share()).isEmpty();
      assertThat(l.source().fullName()).isEqualTo("Huyện An Minh");
    });
    assertThat(links.get(0).target().fullName()).isEqualTo("Xã An Minh");
  }

  @Test
  void aCommuneThatWentWholeIntoANewOneMapsWholly() {
    CrosswalkLink link = HIERARCHY.crosswalk(MARCH_1, JULY_1).links("31033").get(0);
    assertThat(link.target().unit()).hasToString("31018@2025-07-01");
    assertThat(link.coverage()).isEqualTo(Coverage.FULL);
    assertThat(link.share()).hasValue(1.0);
  }

  @Test
  void backwardsANewCommuneMapsToThePartsItWasMadeOf() {
    List<CrosswalkLink> links = HIERARCHY.crosswalk(JULY_1, MARCH_1).links("31018");
    assertThat(links).extracting(l -> l.target().fullName())
        .containsExactly("Thị trấn Thứ Mười Một", "Xã Đông Hưng", "Xã Đông Hưng B");
    assertThat(links).extracting(CrosswalkLink::coverage).containsOnly(Coverage.PARTIAL);
    assertThat(HIERARCHY.crosswalk(JULY_1, MARCH_1).reverse().from()).isEqualTo(MARCH_1);
  }

  @Test
  void provincesFollowTheBuiltInMergers() {
    Crosswalk forward = HIERARCHY.crosswalk(MARCH_1, JULY_1);
    assertThat(forward.links("91")).singleElement().satisfies(l -> {
      assertThat(l.target().fullName()).isEqualTo("Tỉnh An Giang");
      assertThat(l.coverage()).isEqualTo(Coverage.FULL);
    });
    assertThat(forward.links("01")).singleElement().satisfies(l -> {
      assertThat(l.target().unit()).isEqualTo(l.source().unit());
      assertThat(l.coverage()).isEqualTo(Coverage.FULL);
    });
    assertThat(forward.reverse().links("91")).extracting(l -> l.target().fullName())
        .containsExactly("Tỉnh An Giang", "Tỉnh Kiên Giang");
  }

  @Test
  void aCrosswalkOfOneDayIsTheIdentity() {
    assertThat(HIERARCHY.crosswalk(MARCH_1, MARCH_1).links("31021")).singleElement()
        .satisfies(l -> assertThat(l.target()).isEqualTo(l.source()));
  }

  @Test
  void countsOfWholeLinksAddUpOnTheNewUnits() {
    Map<UnitCode, Integer> births = Map.of(code("31018"), 100, code("31033"), 20, code("31039"), 3,
        code("31021"), 40);
    Reaggregation result = HIERARCHY.crosswalk(MARCH_1, JULY_1).reaggregate(births);
    assertThat(result.values()).containsEntry(code("31018"), 123.0).containsEntry(code("31031"), 40.0);
    assertThat(result.leftOut()).isEmpty();
    assertThat(result.report().findings()).isEmpty();
  }

  @Test
  void aDistrictsCountIsNotGuessedOntoNewCommunesButGoesWholeToItsNewProvince() {
    Map<UnitCode, Integer> births = Map.of(code("909"), 1073);
    Crosswalk walk = HIERARCHY.crosswalk(MARCH_1, JULY_1);
    Reaggregation communes = walk.reaggregate(births);
    assertThat(communes.values()).isEmpty();
    assertThat(communes.leftOut()).containsEntry(code("909"), 1073.0);
    assertThat(communes.report().findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(HierarchyRules.PARTIAL_WITHOUT_WEIGHT.id());
      assertThat(f.message(Language.EN)).isEqualTo("The value 1073 of 909 (2025-03-01) cannot be divided among "
          + "31018, 31024, 31031, 31036, 31042 (2025-07-01): a partial link has no share; the value is left out");
    });
    Reaggregation provinces = walk.reaggregate(births, AdministrativeLevel.PROVINCE);
    assertThat(provinces.values()).containsExactly(Map.entry(code("91"), 1073.0));
    assertThat(provinces.report().findings()).isEmpty();
  }

  @Test
  void sharesDivideACountAmongTheUnitsOfASplit() {
    Hierarchy split = VietnamCatalogue.builder().addRows(AnMinh.ROWS)
        .addEvent(Split.of(JULY_1, "31018",
            SplitPart.of(NewUnit.of("31018", "Xã An Minh", UnitType.XA, "91"), 0.25),
            SplitPart.of(NewUnit.of("31019", "Xã An Minh Bắc", UnitType.XA, "91"), 0.75)))
        .build().hierarchy();
    Reaggregation result = split.crosswalk(MARCH_1, JULY_1).reaggregate(Map.of(code("31018"), 400));
    assertThat(result.values()).containsEntry(code("31018"), 100.0).containsEntry(code("31019"), 300.0);
    assertThat(result.report().findings()).isEmpty();
  }

  @Test
  void aSplitThatKeepsItsPredecessorMapsPartlyToItself() {
    Hierarchy split = VietnamCatalogue.builder().addRows(AnMinh.ROWS)
        .addEvent(Split.builder().effectiveDate(JULY_1).predecessor(code("31018")).continues(true)
            .addSuccessors(SplitPart.of(NewUnit.of("31018", "Thị trấn Thứ Mười Một", UnitType.THI_TRAN, "909"), 0.6),
                SplitPart.of(NewUnit.of("31019", "Xã Mới", UnitType.XA, "909"), 0.4))
            .build())
        .build().hierarchy();
    UnitId before = split.asOf(MARCH_1).unit("31018").orElseThrow().unit();
    List<CrosswalkLink> links = split.crosswalk(MARCH_1, LocalDate.of(2025, 7, 2)).links("31018");
    assertThat(links).extracting(l -> l.target().unit().toString()).containsExactly("31018", "31019@2025-07-01");
    assertThat(links.get(0).target().unit()).isEqualTo(before);
    assertThat(links.get(0).share().getAsDouble()).isCloseTo(0.6, within(1e-9));
    assertThat(split.crosswalk(LocalDate.of(2025, 7, 2), MARCH_1).links("31019")).singleElement()
        .satisfies(l -> assertThat(l.coverage()).isEqualTo(Coverage.FULL));
  }

  @Test
  void valuesForUnknownUnitsAndUnitsWithoutCounterpartAreLeftOutAndReported() {
    Hierarchy abolished = VietnamCatalogue.builder().addRows(AnMinh.ROWS)
        .addEvent(Abolition.of(MARCH_1, "31048")).build().hierarchy();
    Reaggregation result = abolished.crosswalk(LocalDate.of(2025, 2, 1), MARCH_1)
        .reaggregate(Map.of(code("31048"), 7, code("31099"), 5));
    assertThat(result.values()).isEmpty();
    assertThat(result.leftOut()).containsOnlyKeys(code("31048"), code("31099"));
    assertThat(result.report().findings()).extracting(f -> f.ruleId().toString())
        .containsExactly("crosswalk.no-counterpart", "crosswalk.unknown-unit");
  }
}
