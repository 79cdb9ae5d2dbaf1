package vn.danso.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitCode;
import vn.danso.indicator.Period;
import vn.danso.indicator.PeriodType;

/** Data keys, key patterns, values, submissions, datasets and unit trees. */
class DataModelTest {
  private static final UnitCode AN_MINH = UnitCode.of("909");
  private static final Period Y2023 = Period.year(2023);

  @Test
  void keysAreElementPartsOrIndicatorsToldApartByCase() {
    assertThat(DataKey.parse("births[male]").isIndicator()).isFalse();
    assertThat(DataKey.parse(" SRB ").indicatorCode().value()).isEqualTo("SRB");
    assertThat(DataKey.parse("births[male]").subjectKind()).isEqualTo("element");
    assertThat(DataKey.parse("SRB").subjectKind()).isEqualTo("indicator");
    assertThat(DataKey.tryParse("births[married]")).isEmpty();
    assertThat(DataKey.tryParse("")).isEmpty();
    assertThatThrownBy(() -> DataKey.parse("SRB").elementKey()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("check isIndicator() first");
  }

  @Test
  void keysOrderElementsFirstThenIndicators() {
    List<DataKey> keys = new java.util.ArrayList<>(ImmutableList.of(DataKey.parse("SRB"),
        DataKey.parse("births[male]"), DataKey.parse("CBR"), DataKey.parse("births"), DataKey.parse("deaths")));
    java.util.Collections.sort(keys);
    assertThat(keys).extracting(DataKey::toString).containsExactly("births", "births[male]", "deaths", "CBR", "SRB");
    assertThat(DataKey.parse("births[female,15-19]")).isEqualTo(DataKey.parse("births[15-19,female]"));
  }

  @Test
  void aPatternMatchesOneKeyOrEveryPartOfAnElement() {
    KeyPattern every = KeyPattern.parse("births[*]");
    assertThat(every.matches(DataKey.parse("births"))).isTrue();
    assertThat(every.matches(DataKey.parse("births[male,urban]"))).isTrue();
    assertThat(every.matches(DataKey.parse("deaths"))).isFalse();
    assertThat(every.matches(DataKey.parse("SRB"))).isFalse();
    assertThat(every).hasToString("births[*]");
    KeyPattern one = KeyPattern.parse("births[male]");
    assertThat(one.matches(DataKey.parse("births[male]"))).isTrue();
    assertThat(one.matches(DataKey.parse("births"))).isFalse();
  }

  @Test
  void aValueKeepsNaNAndItsDecimals() {
    DataValue srb = DataValue.of(AN_MINH, Y2023, DataKey.parse("SRB"), 100.6, 1);
    assertThat(srb.decimals()).hasValue(1);
    assertThat(srb.unitDate()).isEqualTo(java.time.LocalDate.of(2023, 12, 31));
    assertThat(DataValue.of("909", "2023", "births", Double.NaN).value()).isNaN();
    assertThatThrownBy(() -> DataValue.of(AN_MINH, Y2023, DataKey.parse("SRB"), 100.6, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use 0 to 9");
  }

  @Test
  void aSubmissionHoldsOneUnitsValuesForOnePeriodDuplicatesIncluded() {
    Submission s = Submission.builder(AN_MINH, Y2023).add("births", 1073).add("births", 1080).build();
    assertThat(s.size()).isEqualTo(2);
    assertThat(s.get(DataKey.parse("births"))).hasValue(1073);
    assertThatThrownBy(() -> Submission.builder(AN_MINH, Y2023)
        .add(DataValue.of("31018", "2023", "births", 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one unit's values for one period");
  }

  @Test
  void aDatasetKeepsTheFirstValueOfACellAndEveryDuplicate() {
    Dataset data = Dataset.builder()
        .add(AN_MINH, Y2023, DataKey.parse("births"), 1073)
        .add(AN_MINH, Y2023, DataKey.parse("births"), 1080)
        .add(AN_MINH, Y2023, DataKey.parse("SRB"), 100.6, 1)
        .build();
    assertThat(data.size()).isEqualTo(3);
    assertThat(data.duplicateCount()).isEqualTo(1);
    assertThat(data.get(AN_MINH, Y2023, DataKey.parse("births"))).hasValue(1073);
    Submission back = data.submission(AN_MINH, Y2023).orElseThrow();
    assertThat(back.values()).extracting(DataValue::value).containsExactly(1073.0, 1080.0, 100.6);
    assertThat(back.values().get(2).decimals()).hasValue(1);
  }

  @Test
  void aDatasetTellsAReportedNaNFromAMissingValue() {
    Dataset data = Dataset.builder().add(AN_MINH, Y2023, DataKey.parse("births"), Double.NaN)
        .add(UnitCode.of("31018"), Y2023, DataKey.parse("deaths"), 4).build();
    assertThat(data.get(AN_MINH, Y2023, DataKey.parse("births")).getAsDouble()).isNaN();
    assertThat(data.get(AN_MINH, Y2023, DataKey.parse("deaths"))).isEmpty();
    assertThat(data.submission(UnitCode.of("31018"), Y2023).orElseThrow().size()).isEqualTo(1);
  }

  @Test
  void aDatasetOrdersUnitsByLevelThenCodeAndPeriodsInTime() {
    Dataset data = Dataset.builder()
        .add(UnitCode.of("31018"), Period.month(2023, 2), DataKey.parse("births"), 1)
        .add(AN_MINH, Period.month(2023, 1), DataKey.parse("births"), 2)
        .add(UnitCode.of("91"), Period.month(2023, 2), DataKey.parse("births"), 3)
        .build();
    assertThat(data.units()).extracting(UnitCode::value).containsExactly("91", "909", "31018");
    assertThat(data.periods()).containsExactly(Period.month(2023, 1), Period.month(2023, 2));
    assertThat(data.submissions().map(s -> s.unit().value())).containsExactly("91", "909", "31018");
  }

  @Test
  void aDenseDatasetHoldsAboutEightBytesPerValue() {
    Dataset.Builder builder = Dataset.builder();
    List<Period> months = Period.year(2024).parts(PeriodType.MONTH);
    for (int u = 0; u < 200; u++) {
      for (Period month : months) {
        for (String key : List.of("births", "births[male]", "births[female]", "deaths")) {
          builder.add(UnitCode.of(String.format("%05d", u + 1)), month, DataKey.parse(key), u);
        }
      }
    }
    Dataset data = builder.build();
    assertThat((double) data.arrayBytes() / data.size()).isBetween(8.0, 8.5);
  }

  @Test
  void aTreeIsWalkedOnceWithoutRecursion() {
    int depth = 100_000;
    UnitTree chain = UnitTree.of(UnitCode.of("VN"), u -> {
      int n = u.value().equals("VN") ? 0 : Integer.parseInt(u.value().substring(0, 5));
      return n + 1 < depth ? List.of(UnitCode.of(String.format("%05d-%d", n + 1, 1))) : List.of();
    });
    assertThat(chain.size()).isEqualTo(depth);
    assertThat(chain.isLeaf(UnitCode.of(String.format("%05d-1", depth - 1)))).isTrue();
    assertThat(chain.parent(UnitCode.of("00001-1"))).contains(UnitCode.of("VN"));
  }

  @Test
  void aTreeAnswersParentsAndChildrenAndRefusesAGraphThatIsNotATree() {
    Map<String, List<String>> below = Map.of("VN", List.of("91"), "91", List.of("909", "910"),
        "909", List.of("31018"));
    UnitTree tree = UnitTree.of(UnitCode.of("VN"), u -> below.getOrDefault(u.value(), List.of()).stream()
        .map(UnitCode::of).collect(ImmutableList.toImmutableList()));
    assertThat(tree.children(UnitCode.of("91"))).extracting(UnitCode::value).containsExactly("909", "910");
    assertThat(tree.parent(UnitCode.of("31018"))).contains(AN_MINH);
    assertThat(tree.isLeaf(UnitCode.of("910"))).isTrue();
    assertThat(tree.contains(UnitCode.of("92"))).isFalse();
    assertThatThrownBy(() -> UnitTree.of(UnitCode.of("VN"), u -> u.value().equals("VN")
        ? List.of(UnitCode.of("91"), UnitCode.of("92")) : List.of(UnitCode.of("909"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reached twice");
  }
}
