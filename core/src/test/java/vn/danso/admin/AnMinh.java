package vn.danso.admin;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;

/**
 * A fixture from the statistics office's lists: Huyện An Minh (909) of Tỉnh Kiên Giang with its 11 communes on
 * 2025-03-01, and the mergers of 2025-07-01 that made them 5 communes of the new Tỉnh An Giang (letter
 * 1027/CTK-CSCL; Nghị quyết 1654–1687/NQ-UBTVQH15, as transcribed in the 2025 mapping).
 */
final class AnMinh {
  static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

  static final ImmutableList<UnitRow> ROWS = ImmutableList.of(
      UnitRow.of("909", "Huyện An Minh", "91"),
      UnitRow.of("31018", "Thị trấn Thứ Mười Một", "909"),
      UnitRow.of("31021", "Xã Thuận Hoà", "909"),
      UnitRow.of("31024", "Xã Đông Hòa", "909"),
      UnitRow.of("31030", "Xã Đông Thạnh", "909"),
      UnitRow.of("31031", "Xã Tân Thạnh", "909"),
      UnitRow.of("31033", "Xã Đông Hưng", "909"),
      UnitRow.of("31036", "Xã Đông Hưng A", "909"),
      UnitRow.of("31039", "Xã Đông Hưng B", "909"),
      UnitRow.of("31042", "Xã Vân Khánh", "909"),
      UnitRow.of("31045", "Xã Vân Khánh Đông", "909"),
      UnitRow.of("31048", "Xã Vân Khánh Tây", "909"));

  static final ImmutableList<ReorganisationEvent> EVENTS = ImmutableList.of(
      merger("31018", "Xã An Minh", "31018", "31033", "31039"),
      merger("31024", "Xã Đông Hòa", "31024", "31030"),
      merger("31031", "Xã Tân Thạnh", "31021", "31031"),
      merger("31036", "Xã Đông Hưng", "31036", "31045"),
      merger("31042", "Xã Vân Khánh", "31042", "31048"));

  private AnMinh() {}

  private static Merger merger(String code, String name, String... old) {
    Merger.Builder merger = Merger.builder().effectiveDate(JULY_1)
        .successor(NewUnit.of(code, name, UnitType.XA, "91"));
    for (String o : old) {
      merger.addPredecessors(MergerPart.whole(o));
    }
    return merger.build();
  }

  static HierarchyResult build() {
    return VietnamCatalogue.builder().addRows(ROWS).addEvents(EVENTS).build();
  }
}
