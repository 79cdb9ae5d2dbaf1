package vn.danso.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danso.admin.UnitType;

class SnapshotCacheTest {
  private final SnapshotCache views = new SnapshotCache(Seeds.HIERARCHY);

  @Test
  void eachDayIsAnsweredByTheViewOfItsSpan() {
    assertThat(views.at(LocalDate.of(2018, 6, 4)).type("46")).contains(UnitType.TINH);
    assertThat(views.at(LocalDate.of(2024, 12, 31)).type("46")).contains(UnitType.TINH);
    assertThat(views.at(LocalDate.of(2025, 1, 1)).type("46")).contains(UnitType.THANH_PHO_TRUC_THUOC_TRUNG_UONG);
    assertThat(views.at(LocalDate.of(2025, 6, 30)).contains("06")).isTrue();
    assertThat(views.at(LocalDate.of(2025, 7, 1)).contains("06")).isFalse();
    assertThat(views.at(LocalDate.of(2031, 1, 1)).contains("06")).isFalse();
  }

  @Test
  void daysOfOneSpanShareOneView() {
    assertThat(views.at(LocalDate.of(2018, 1, 1))).isSameAs(views.at(LocalDate.of(2020, 5, 5)));
    assertThat(views.at(LocalDate.of(2025, 2, 1))).isSameAs(views.at(LocalDate.of(2025, 1, 1)))
        .isNotSameAs(views.at(LocalDate.of(2024, 12, 31)));
  }
}
