package vn.danso.examples;

import com.google.common.collect.Streams;
import com.google.common.graph.Traverser;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.danso.admin.Crosswalk;
import vn.danso.admin.CrosswalkLink;
import vn.danso.admin.Hierarchy;
import vn.danso.admin.HierarchySnapshot;
import vn.danso.admin.UnitId;
import vn.danso.admin.UnitVersion;
import vn.danso.admin.VietnamCatalogue;
import vn.danso.text.TextWrap;
import vn.danso.text.TextTable;

/**
 * What 2025 changed for the seeds' places, read from the built-in catalogue: each province's name and type before
 * Huế's upgrade, on the last day of the three-tier map and on the first day of the two-tier map, and the crosswalk
 * link that takes it across; and where Kiên Giang's territory went, following the succession links as a Guava graph.
 */
final class ReorganisationSection {
  private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
  private static final LocalDate LAST_THREE_TIER = LocalDate.of(2025, 6, 30);

  /** The seeds' provinces: Hà Nội (000), Bắc Kạn (001), Kiên Giang (002), Thừa Thiên Huế (003), Hải Dương (004). */
  private static final List<String> PLACES = List.of("01", "06", "91", "46", "30");

  private ReorganisationSection() {}

  static void print(Console console) {
    Hierarchy vietnam = VietnamCatalogue.hierarchy();
    HierarchySnapshot before = vietnam.asOf(END_2024);
    HierarchySnapshot last = vietnam.asOf(LAST_THREE_TIER);
    Crosswalk across = vietnam.crosswalk(LAST_THREE_TIER, VietnamCatalogue.TWO_TIER_FROM);
    console.out().println(console.t(
        "Các tỉnh trong bài báo qua ba ngày, theo danh mục có sẵn của thư viện (VietnamCatalogue):",
        "The articles' provinces on three days, from the library's built-in catalogue (VietnamCatalogue):"));
    TextTable.Builder table = TextTable.builder().column(console.t("Mã", "Code")).column("31/12/2024")
        .column("30/06/2025").column(console.t("Từ 01/07/2025", "From 2025-07-01")).column(console.t("Liên kết", "Link"));
    for (String code : PLACES) {
      List<CrosswalkLink> links = across.links(code);
      String after = links.stream().map(l -> l.target().fullName() + " [" + l.target().code() + "]")
          .collect(Collectors.joining(", "));
      String coverage = links.stream().map(l -> l.coverage().label(console.language())).distinct()
          .collect(Collectors.joining(", "));
      table.row(code, name(before, code), name(last, code), after, coverage);
    }
    console.out().print(table.build().format(2));
    UnitVersion huế = last.unit("46").orElseThrow();
    console.out().print(TextWrap.wrap(console.t("Thừa Thiên Huế từ 01/01/2025 là ", "Thừa Thiên Huế from 2025-01-01 is a ")
        + huế.type().label(console.language()) + console.t(
            "; mã 91 trước và sau 01/07/2025 là hai đơn vị khác nhau.",
            "; code 91 before and after 2025-07-01 names two different units."), 100, "  ", "  "));
    UnitId kienGiang = last.unit("91").orElseThrow().unit();
    String heirs = Streams.stream(Traverser.forGraph(vietnam.successionGraph()).breadthFirst(kienGiang)).skip(1)
        .map(id -> vietnam.unit(id).orElseThrow().first().fullName() + " [" + id + "]")
        .collect(Collectors.joining(", "));
    console.out().print(TextWrap.wrap(console.t(
        "Theo các liên kết kế thừa (Hierarchy.successionGraph), lãnh thổ của Tỉnh Kiên Giang đi vào: ",
        "Following the succession links (Hierarchy.successionGraph), Tỉnh Kiên Giang's territory went into: ")
        + heirs + ".", 100, "  ", "  "));
  }

  private static String name(HierarchySnapshot day, String code) {
    return day.unit(code).map(UnitVersion::fullName).orElse("—");
  }
}
