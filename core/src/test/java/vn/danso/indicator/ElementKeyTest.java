package vn.danso.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.danso.text.Language;

class ElementKeyTest {
  @Test
  void keysReadAndWriteTheirText() {
    ElementKey key = ElementKey.parse("population.average[15-19,female]");
    assertThat(key.element()).isEqualTo(ElementCode.of("population.average"));
    assertThat(key.disaggregation().categories()).containsExactly(Sex.FEMALE, AgeGroup.fiveYear(15));
    assertThat(key).hasToString("population.average[female,15-19]");
    assertThat(ElementKey.parse(key.toString())).isEqualTo(key);
    assertThat(ElementKey.parse("births")).isEqualTo(ElementKey.of("births"));
    assertThat(ElementKey.of("births", Sex.MALE)).hasToString("births[male]");
  }

  @Test
  void malformedKeysAreRejectedWithTheReason() {
    assertThatThrownBy(() -> ElementKey.parse("births[male")).hasMessageContaining("brackets");
    assertThatThrownBy(() -> ElementKey.parse("births[male,female]")).hasMessageContaining("one category per");
    assertThatThrownBy(() -> ElementKey.parse("births[boys]")).hasMessageContaining("is not a category");
    assertThatThrownBy(() -> ElementKey.parse("Births")).hasMessageContaining("data element code \"Births\" is malformed");
    assertThat(ElementKey.tryParse("births[x]")).isEmpty();
  }

  @Test
  void ageGroupsParseClosedAndOpen() {
    assertThat(AgeGroup.tryParse("65+")).contains(AgeGroup.AGED_65_PLUS);
    assertThat(AgeGroup.tryParse("0-14")).contains(AgeGroup.UNDER_15);
    assertThat(AgeGroup.tryParse("19-15")).isEmpty();
    assertThat(AgeGroup.tryParse("151+")).isEmpty();
    assertThat(AgeGroup.AGED_65_PLUS.contains(100)).isTrue();
    assertThat(AgeGroup.fiveYear(45).contains(50)).isFalse();
    assertThat(AgeGroup.REPRODUCTIVE).hasSize(7).first().isEqualTo(AgeGroup.of(15, 19));
    assertThat(AgeGroup.AGED_65_PLUS.label(Language.VI)).isEqualTo("từ 65 tuổi trở lên");
    assertThatThrownBy(() -> AgeGroup.fiveYear(16)).hasMessageContaining("multiple of 5");
  }

  @Test
  void disaggregationsSayWhatPartTheyAre() {
    Disaggregation d = Disaggregation.of(Residence.RURAL, Sex.FEMALE);
    assertThat(d.code()).isEqualTo("female,rural");
    assertThat(d.label(Language.VI)).isEqualTo("nữ, nông thôn");
    assertThat(d.with(Sex.MALE).code()).isEqualTo("male,rural");
    assertThat(d.get(Dimension.AGE_GROUP)).isEmpty();
    assertThat(Disaggregation.parse("")).isEqualTo(Disaggregation.total());
    assertThat(Disaggregation.total().label(Language.EN)).isEqualTo("total");
  }

  @Test
  void codesHaveOneForm() {
    assertThat(IndicatorCode.tryParse("SHARE_65_PLUS")).isPresent();
    assertThat(IndicatorCode.tryParse("srb")).isEmpty();
    assertThat(ElementCode.tryParse("women.married-15-49")).isPresent();
    assertThat(ElementCode.tryParse("women..married")).isEmpty();
    assertThatThrownBy(() -> IndicatorCode.of("TFR-2")).hasMessageContaining("SHARE_65_PLUS");
  }

  @Test
  void elementValuesKeepBadValuesAndRejectDuplicates() {
    ElementValues values = ElementValues.builder().put("births[male]", Double.NaN).put("deaths", 3).build();
    assertThat(values.contains(ElementKey.of("births", Sex.MALE))).isTrue();
    assertThat(values.get(ElementKey.of("births", Sex.MALE)).getAsDouble()).isNaN();
    assertThat(values.get(ElementKey.of("births"))).isEmpty();
    assertThat(values.getOrNaN(ElementKey.of("births"))).isNaN();
    assertThatThrownBy(() -> ElementValues.builder().put("deaths", 1).put("deaths", 2))
        .hasMessageContaining("deaths already has the value 1.0");
  }
}
