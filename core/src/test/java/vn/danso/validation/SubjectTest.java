package vn.danso.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubjectTest {
  @Test
  void readsAsAPath() {
    Subject subject = Subject.of("document", "49-KH/ĐUK").child("section", "II");
    assertThat(subject).hasToString("document[49-KH/ĐUK] › section[II]");
    assertThat(Subject.root()).hasToString("*");
  }

  @Test
  void prefixesSelectEverythingWithin() {
    Subject unit = Subject.of("unit", "91");
    Subject period = unit.child("period", "2023");
    assertThat(period.startsWith(unit)).isTrue();
    assertThat(period.startsWith(Subject.root())).isTrue();
    assertThat(unit.startsWith(period)).isFalse();
    assertThat(Subject.of("unit", "910").startsWith(unit)).isFalse();
  }

  @Test
  void keyOfFindsTheFirstSegmentOfAKind() {
    Subject subject = Subject.of("unit", "91").child("period", "2023");
    assertThat(subject.keyOf("period")).contains("2023");
    assertThat(subject.keyOf("document")).isEmpty();
  }

  @Test
  void keysAreComparedInNfc() {
    assertThat(Subject.of("unit", "Hu\u0065\u0302\u0301")).isEqualTo(Subject.of("unit", "Huế"));
  }

  @Test
  void misuseIsExplained() {
    assertThatThrownBy(() -> Subject.of("Unit", "91")).hasMessageContaining("lower-case word");
    assertThatThrownBy(() -> Subject.of("unit", " ")).hasMessageContaining("blank");
    assertThatThrownBy(() -> Subject.of("unit", null)).hasMessageContaining("pass the code");
  }
}
